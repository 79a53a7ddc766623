"""Timeline rows of invented news of Uganda and of a newsletter: a run of two months named alone, and a week's agenda
of weekdays."""

from __future__ import annotations

from datetime import datetime

from test_timeline_kinds import row
from test_timeline_kinds import table as timeline_of

SUNDAY = datetime(2026, 11, 29, 9, 0)


def test_a_run_of_two_months_named_alone_does_not_begin_after_it_ends():
    frame = timeline_of(
        "The weather authority had warned in September that the region would receive above-normal rainfall between "
        "October and December.",
        published=SUNDAY,
    )
    stretch = row(frame, "between October and December")
    assert (stretch["date"], stretch["date_end"]) == ("2026-10-01", "2026-12-31")


def test_a_run_of_months_across_the_new_year_is_the_one_nearest_publication():
    frame = timeline_of("The ferry will run a winter timetable from November to March.", published=SUNDAY)
    assert row(frame, "November")["date"] == "2026-11-01"
    assert row(frame, "March")["date"] == "2027-03-01"


def test_the_days_of_a_weeks_agenda_run_forward():
    frame = timeline_of(
        "The week ahead. Tuesday: energy price cap; Wednesday: house price index; Thursday: financial stability "
        "report.",
        published=datetime(2026, 11, 30, 6, 0),
    )
    assert row(frame, "Tuesday")["date"] == "2026-12-01"
    assert row(frame, "Wednesday")["date"] == "2026-12-02"
    assert row(frame, "Thursday")["date"] == "2026-12-03"
