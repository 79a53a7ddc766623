"""Timeline rows of invented news a reader would check against the calendar: a walker who "set out to climb" on a
day gone by, a match's last quarter, and "every minute" as what a clause is about."""

from __future__ import annotations

from datetime import datetime

import pandas as pd
from test_timeline_kinds import row
from test_timeline_kinds import table as timeline_of

WEDNESDAY = datetime(2026, 10, 14, 12, 30)  # a Wednesday; the Sunday gone is 11 October, the one to come 18 October
SATURDAY_NIGHT = datetime(2026, 2, 21, 19, 0)  # a Saturday evening, after the match


def table(*paragraphs: str, published: datetime = WEDNESDAY) -> pd.DataFrame:
    """The timeline of an article whose body is `paragraphs` (headline "T")."""
    return timeline_of(*paragraphs, published=published)


# --- "set out to" is a going, not a plan ------------------------------------------------------------------------


def test_a_day_after_set_out_to_is_the_day_gone_by():
    frame = table(
        "Volunteers are searching for a cyclist who has not been heard from since she set out to ride to Brecon "
        "on Sunday morning."
    )
    assert row(frame, "Sunday morning")["date"] == "2026-10-11"


def test_set_off_to_is_a_going_too():
    frame = table("The two men set off to sail round the headland on Monday and have not been seen since.")
    assert row(frame, "Monday")["date"] == "2026-10-12"


def test_a_plan_set_for_a_day_still_looks_ahead():
    frame = table("The council was set to vote on the budget on Monday, officials said.")
    assert row(frame, "Monday")["date"] == "2026-10-19"


def test_clock_times_after_a_set_out_day_are_on_that_day():
    frame = table(
        "Rescuers are searching for a man who set out to walk the ridge on Sunday morning.",
        "He left his car at the foot of the hill at about 8am. He was reported missing at 9pm that evening.",
    )
    assert row(frame, "8am")["date"] == "2026-10-11T08:00"
    assert row(frame, "9pm")["date"] == "2026-10-11T21:00"
    assert row(frame, "that evening")["date"] == "2026-10-11"


# --- a match's last quarter -------------------------------------------------------------------------------------


def test_the_last_quarter_of_a_match_is_no_calendar_quarter():
    frame = table(
        "Leeds beat Hull 24-18 at Headingley on Saturday, with a try in the 76th minute deciding the league match.",
        "Hull had led at half-time after their winger scored twice.",
        'The coach said his side had "finally played well in the last quarter".',
        published=SATURDAY_NIGHT,
    )
    assert "the last quarter" not in frame["expression"].tolist()


def test_a_companys_last_quarter_is_still_dated():
    frame = table(
        "The retailer said sales had risen 4% in the last quarter, helped by a warm summer.",
        published=SATURDAY_NIGHT,
    )
    assert row(frame, "the last quarter")["value"] == "2025-Q4"


# --- "every minute" as what a clause is about -------------------------------------------------------------------


def test_every_minute_as_a_subject_is_no_recurring_time():
    frame = table('"Every minute counts," the rescue chief told reporters.', "Each hour brings more rain.")
    assert not (frame["type"] == "SET").any()


def test_every_day_as_a_time_of_a_habit_stays_recurring():
    frame = table("She swims in the lake every day, whatever the weather.")
    assert row(frame, "every day")["type"] == "SET"


def test_every_minute_as_what_was_done_is_no_recurring_time():
    frame = table("The striker has played every minute of the campaign and enjoyed every minute of it.")
    assert "every minute" not in frame["expression"].str.lower().tolist()


# --- "that winter" after a story's autumn -------------------------------------------------------------------------

NOVEMBER = datetime(2026, 11, 20, 9, 0)  # a Friday


def test_that_winter_after_an_autumn_day_is_the_winter_to_come():
    frame = table(
        "The storm wrecked the harbour on 2 November 1987.",
        "That winter the boats stayed ashore, and fishing did not start again until the following spring.",
        published=NOVEMBER,
    )
    assert row(frame, "That winter")["date"] == "1987-12-01"
    assert row(frame, "the following spring")["date"] == "1988-03-01"


def test_that_winter_after_a_january_day_is_that_years():
    frame = table("The mill closed in January 1985.", "That winter was the hardest anyone could remember.")
    assert row(frame, "That winter")["date"] == "1984-12-01"


# --- a side's fixture told in the present ----------------------------------------------------------------------------

TUESDAY = datetime(2026, 11, 24, 16, 0)


def test_a_trip_a_side_faces_is_still_to_come():
    frame = table(
        "United face three games in the next eight days, starting with Wednesday night's trip to Exeter.",
        published=TUESDAY,
    )
    assert row(frame, "Wednesday night")["date"] == "2026-11-25"


def test_a_trip_looked_into_is_gone_by():
    frame = table("Police will investigate disorder on Wednesday night's trip to Exeter.", published=TUESDAY)
    assert row(frame, "Wednesday night")["date"] == "2026-11-18"


# --- a holiday in a sentence that names its own year ---------------------------------------------------------------


def test_a_holiday_in_a_sentence_of_last_year_keeps_last_years_day():
    frame = table(
        "Customers should post cards by 18 December to arrive before Christmas.",
        "Last year the service handled 90 million letters in the fortnight before Christmas.",
        published=datetime(2026, 12, 2, 8, 0),
    )
    assert row(frame, "Christmas", 0)["date"] == "2026-12-25"
    assert row(frame, "Christmas", 1)["date"] == "2025-12-25"


# --- a run of months told as over ------------------------------------------------------------------------------------


def test_a_run_of_months_told_in_the_past_ended_before_publication():
    frame = table("The midfielder was sidelined from October until March with the same injury.", published=TUESDAY)
    assert (row(frame, "October")["date"], row(frame, "March")["date"]) == ("2025-10-01", "2026-03-01")


def test_a_run_of_months_to_come_is_left_ahead():
    frame = table("The bridge will be closed from January to March for repairs.", published=TUESDAY)
    assert row(frame, "March")["date"] == "2027-03-01"
