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
