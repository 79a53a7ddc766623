"""Timeline rows of invented news where a reader would be misled: a day of a result told after "after" under a verb
to come, a day someone was ordered to act on, a speed or a short idiom read as a time, a count of hundreds spelt out,
and the last day of a stretch counted from a day."""

from __future__ import annotations

from datetime import datetime

from test_timeline_kinds import dated, row
from test_timeline_kinds import table as timeline_of

MONDAY = datetime(2027, 5, 3)
FRIDAY = datetime(2026, 8, 14)
TUESDAY = datetime(2026, 11, 24)


def table(*paragraphs: str, published: datetime = MONDAY):
    """The timeline of an article whose body is `paragraphs` (headline "T")."""
    return timeline_of(*paragraphs, published=published)


def undated(frame, expression: str) -> bool:
    r = row(frame, expression)
    return r["date"] == "" and r["date_end"] == ""


# --- a result is over, whatever comes after it ----------------------------------------------------------------


def test_a_day_on_a_result_after_after_is_gone_by_under_a_verb_to_come():
    frame = table(
        "Kelby Rovers will meet Arden in the cup final after a tense 2-1 win over Marsh Town at Hale Park on Saturday.",
        "The manager will appeal against the ban following the defeat on Sunday.",
    )
    assert row(frame, "Saturday")["date"] == "2027-05-01"
    assert row(frame, "Sunday")["date"] == "2027-05-02"


def test_a_day_on_a_planned_event_after_after_stays_to_come():
    frame = table("The roads around Hale Park will reopen after the race on Sunday.")
    assert row(frame, "Sunday")["date"] == "2027-05-09"


# --- an order carried out at once ------------------------------------------------------------------------------


def test_a_day_someone_was_ordered_to_act_on_is_the_nearest_not_next_weeks():
    frame = table(
        "About 900 people were ordered to leave their homes on Thursday night as the river rose.",
        published=FRIDAY,
    )
    assert row(frame, "Thursday night")["date"] == "2026-08-13"
    rest = table("The singer cancelled her tour after doctors ordered her to rest her voice for six weeks.")
    assert row(rest, "six weeks")["date"] == "2027-05-03"  # a length ordered still runs on from now


def test_a_plan_told_in_the_past_still_looks_ahead():
    frame = table("The council planned to reopen the bridge on Thursday.", published=FRIDAY)
    assert row(frame, "Thursday")["date"] == "2026-08-20"


# --- no time where there is none -------------------------------------------------------------------------------


def test_a_length_before_an_hour_is_a_speed_not_how_often():
    frame = table("Gusts of up to 45 miles an hour carried embers across the road.", published=FRIDAY)
    assert "an hour" not in frame["expression"].tolist()
    habit = table("She walks five miles a day to the clinic.", published=FRIDAY)
    assert dated(habit, "a day")[:2] == ("SET", "P1D")


def test_a_short_stretch_on_from_now_gets_no_day():
    frame = table(
        '"You can\'t switch off for a second," she said.',
        "The tunnel will shut for six hours for repairs.",
        "Ministers will decide within 24 hours.",
        published=FRIDAY,
    )
    assert undated(frame, "a second")
    assert undated(frame, "six hours")
    assert row(frame, "24 hours")["date"] == "2026-08-14"  # a day or more still counts from publication


def test_hundreds_spelt_out_are_counted_whole():
    frame = table(
        '"We have waited two hundred and forty days for this call," he said.',
        "The abbey stood for a hundred and ten years before the fire.",
        published=FRIDAY,
    )
    assert dated(frame, "two hundred and forty days")[:2] == ("DURATION", "P240D")
    assert dated(frame, "a hundred and ten years")[:2] == ("DURATION", "P110Y")
    assert "forty days" not in frame["expression"].tolist()


# --- the last day of a stretch counted from a day -------------------------------------------------------------


def test_a_stretch_from_a_day_ends_on_its_last_day():
    frame = table(
        "Trains between Kelby and Arden will be replaced by buses for nine days from Saturday.",
        published=TUESDAY,
    )
    assert dated(frame, "nine days")[1:] == ("P9D", "2026-11-28", "2026-12-06")
    timed = table("The strike will last 48 hours from 6 a.m. on Wednesday.", published=TUESDAY)
    assert dated(timed, "48 hours")[2:] == ("2026-11-25T06:00", "2026-11-27T06:00")  # a moment, not a day


# --- a part of a month or a year, and a week counted back ------------------------------------------------------

JANUARY_FRIDAY = datetime(2026, 1, 9)
OCTOBER = datetime(2026, 10, 27)


def test_a_week_of_a_month_told_as_done_is_not_after_publication():
    frame = table(
        "The old covered market closed in the last week of January.",
        "Its replacement opens in the last week of January.",
        published=JANUARY_FRIDAY,
    )
    assert dated(frame, "the last week of January")[2:] == ("2025-01-25", "2025-01-31")
    assert dated(frame, "the last week of January", 1)[2:] == ("2026-01-25", "2026-01-31")


def test_a_half_of_the_year_gone_by_but_told_as_to_come_is_next_years():
    frame = table(
        "The licensing rules will be reviewed in the first half of the year.",
        "Ticket sales fell in the first half of the year.",
        published=OCTOBER,
    )
    assert dated(frame, "the first half of the year")[1] == "2027-H1"
    assert dated(frame, "the first half of the year", 1)[1] == "2026-H1"
    results = table("Marlow Foods will report its results for the first half of the year.", published=OCTOBER)
    assert dated(results, "the first half of the year")[1] == "2026-H1"  # reported once it is over


def test_a_weekday_in_the_clause_of_weeks_ago_is_in_that_week():
    frame = table("Two weeks ago the club signed him on Friday.", published=JANUARY_FRIDAY)
    assert row(frame, "Friday")["date"] == "2025-12-26"
    other = table("Orders fell two weeks ago, the company said on Tuesday.", published=JANUARY_FRIDAY)
    assert row(other, "Tuesday")["date"] == "2026-01-06"  # the saying's day, another verb


def test_a_year_naming_a_thing_does_not_take_a_clock_time_from_its_sentences_day():
    frame = table(
        "Saturday's late film is the 1985 comedy Bright Lights, at 11.15pm on BBC One.", published=JANUARY_FRIDAY
    )
    day = row(frame, "Saturday")["date"]
    assert day and row(frame, "11.15pm")["date"][:10] == day


# --- a listing of the days ahead -------------------------------------------------------------------------------

LISTING_THURSDAY = datetime(2026, 3, 12)


def test_a_listing_led_by_todays_weekday_runs_forward_not_back():
    frame = table(
        "THURSDAY: The Arden Singers perform Elijah at St Mark's at 7.30pm.",
        "FRIDAY: The craft fair opens in the corn exchange from 10am.",
        "SUNDAY: A fun run starts at the lido at 9am.",
        published=LISTING_THURSDAY,
    )
    assert row(frame, "THURSDAY")["date"] == "2026-03-12"
    assert row(frame, "FRIDAY")["date"] == "2026-03-13"
    assert row(frame, "SUNDAY")["date"] == "2026-03-15"
    assert row(frame, "9am")["date"] == "2026-03-15T09:00"


def test_a_chronology_of_days_gone_by_stays_in_the_past():
    frame = table(
        "Monday - Talks between the union and the trust collapse.",
        "Tuesday - Nurses walk out at two hospitals.",
        published=LISTING_THURSDAY,
    )
    assert row(frame, "Monday")["date"] == "2026-03-09"
    assert row(frame, "Tuesday")["date"] == "2026-03-10"


def test_every_second_friday_is_how_often_not_a_second():
    frame = table("The market runs every second Friday until October.", published=LISTING_THURSDAY)
    assert dated(frame, "every second Friday") == ("SET", "XXXX-WXX-5", "", "")
    assert "every second" not in frame["expression"].tolist()
    other = table("Bins are emptied every other Tuesday.", published=LISTING_THURSDAY)
    assert dated(other, "every other Tuesday")[:2] == ("SET", "XXXX-WXX-2")


def test_a_date_just_set_for_a_trial_is_to_come():
    published = datetime(2026, 11, 18)
    frame = table("The judge set a new trial date of 2 March and said it should last six weeks.", published=published)
    assert row(frame, "2 March")["date"] == "2027-03-02"
    fixed = table("The court has fixed a deadline of 4 January for the defence.", published=published)
    assert row(fixed, "4 January")["date"] == "2027-01-04"
    gone = table("The trial was moved to a date in March after the defence asked for time.", published=published)
    assert row(gone, "March")["date"] == "2026-03-01"  # a move told in the past, with no date set for it
