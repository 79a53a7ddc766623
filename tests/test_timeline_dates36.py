"""Timeline rows of invented news a reader would check against the calendar: a thing called off or still to
change, an event a present perfect came days before, a deadline a saying shifted back, a past habit in a quotation,
the last year of a series, a kind of programme, a pact named after a holiday and a year of accounts named bare."""

from __future__ import annotations

from datetime import datetime

from test_timeline_kinds import row
from test_timeline_kinds import table as timeline_of

MONDAY = datetime(2026, 3, 2, 8, 0)  # a Monday
WEDNESDAY = datetime(2026, 12, 9, 9, 0)  # a Wednesday


def table(*paragraphs: str, published: datetime = WEDNESDAY):
    """The timeline of an article whose body is `paragraphs` (headline "T")."""
    return timeline_of(*paragraphs, published=published)


# --- a weekday's thing called off, or still to change ------------------------------------------------------------


def test_a_match_postponed_in_the_present_perfect_is_the_coming_one():
    frame = table("Sunday's league game at Harbour Park has been postponed after heavy rain.", published=MONDAY)
    assert row(frame, "Sunday")["date"] == "2026-03-08"


def test_a_parade_called_off_in_the_present_perfect_is_the_coming_one():
    frame = table("Organisers have called off Saturday's carnival parade because of high winds.", published=MONDAY)
    assert row(frame, "Saturday")["date"] == "2026-03-07"


def test_a_prize_that_will_still_grow_is_the_coming_draw():
    frame = table("Saturday's prize pot will climb to £9m after nobody picked the winning numbers.")
    assert row(frame, "Saturday")["date"] == "2026-12-12"


def test_a_thing_a_future_verb_weighs_stays_gone_by():
    frame = table("Friday's flooding will cost the district millions, engineers said.")
    assert row(frame, "Friday")["date"] == "2026-12-04"


# --- an event a present perfect came before --------------------------------------------------------------------------


def test_an_event_days_after_a_withdrawal_in_the_present_perfect_is_to_come():
    frame = table("The comedian has quit the tour days before Saturday's opening night in Leeds.")
    assert row(frame, "Saturday")["date"] == "2026-12-12"


def test_an_event_hours_after_a_withdrawal_in_the_simple_past_stays_gone_by():
    frame = table("The tenor withdrew hours before Friday's recital in Bath.")
    assert row(frame, "Friday")["date"] == "2026-12-04"


# --- a deadline a saying shifted back ------------------------------------------------------------------------------


def test_a_deadline_asked_for_in_a_reported_past_perfect_is_to_come():
    frame = table("The health secretary said she had asked for a written account by Monday.")
    assert row(frame, "Monday")["date"] == "2026-12-14"


# --- a past habit in a quotation ----------------------------------------------------------------------------------


def test_a_season_in_a_quoted_would_habit_has_no_year():
    frame = table(
        "The keeper took over the lighthouse in 1971.",
        '"We\'d row across to the rock in the summer," his son says. "It was the best part of the year."',
    )
    assert row(frame, "the summer")["date"] in ("", None)


# --- the last of a series --------------------------------------------------------------------------------------------


def test_the_last_year_of_a_series_beside_a_year_is_no_length():
    frame = table("Pass rates were above those of 2018, the last year before the new syllabus, the board said.")
    assert "the last year" not in frame["expression"].tolist()
    assert row(frame, "2018")["date"] == "2018-01-01"


# --- a kind of programme -------------------------------------------------------------------------------------------


def test_a_weekday_naming_a_kind_of_programme_has_no_date():
    frame = table("Critics said budgets for Sunday evening drama had been cut by a quarter.")
    assert row(frame, "Sunday evening")["date"] in ("", None)


def test_a_weekday_of_an_event_after_a_verbs_preposition_keeps_its_date():
    frame = table("Crowds gathered outside the town hall after Friday prayers.")
    assert row(frame, "Friday")["date"] == "2026-12-04"


# --- a pact named after a holiday ----------------------------------------------------------------------------------


def test_a_pact_named_after_a_holiday_has_no_date():
    frame = table("Both parties said the Good Friday Agreement must be protected.")
    assert not any("Friday" in e for e in frame["expression"].tolist())


def test_a_holiday_itself_keeps_its_date():
    frame = table("Talks will resume after Good Friday, both parties said.", published=MONDAY)
    assert row(frame, "Good Friday")["date"] == "2026-04-03"


# --- a year of accounts named bare ------------------------------------------------------------------------------


def test_a_budget_year_across_two_is_put_on_the_calendar():
    frame = table("The council said it faced a £9m hole in its budget for 2027-28.")
    r = row(frame, "2027-28")
    assert r["date"] == "2027-04-01" and r["date_end"] == "2028-03-31"  # a UK council's year: April to March (dates51)


def test_a_sports_season_across_two_spans_its_two_calendar_years():
    frame = table("The club finished fourth in 2024-25, its best for a decade.")
    assert (row(frame, "2024-25")["date"], row(frame, "2024-25")["date_end"]) == ("2024-01-01", "2025-12-31")


# --- a listing's days and slots ------------------------------------------------------------------------------------


def test_a_weekday_with_its_number_takes_the_month_of_the_day_after_it():
    frame = table("The last two episodes go out on Sunday 27 and Monday 28 December.", published=datetime(2026, 12, 19))
    assert row(frame, "Sunday 27")["date"] == "2026-12-27"


def test_a_weekday_paired_with_a_weekly_slot_is_a_slot_too():
    frame = table(
        "The channel has moved the quiz from Saturday teatime to Thursday nights.", published=datetime(2026, 12, 19)
    )
    assert row(frame, "Saturday")["date"] in ("", None)


def test_a_clock_time_in_a_when_clause_after_a_holiday_is_on_that_day():
    frame = table(
        "The broadcaster has kept its new thriller for Boxing Day, when the opening episode airs at 9pm on BBC Two.",
        published=datetime(2026, 12, 19),
    )
    assert row(frame, "9pm")["date"] == "2026-12-26T21:00"
