"""A clock time ending a range whose first clock time is later on the clock ("between 10pm on Thursday and 4am"):
the night runs into the next day."""

from __future__ import annotations

from datetime import datetime

from test_timeline_sentences import row, table

FRIDAY = datetime(2025, 3, 14, 11, 20)


def test_a_range_from_a_weekday_night_ends_the_next_morning():
    found = table(
        "Russian troops attacked in 14 places along the front between 10pm on Thursday and 4am, a spokesman said.",
        published=FRIDAY,
    )
    assert row(found, "4am")["value"] == "2025-03-14T04:00"


def test_a_range_from_an_evening_runs_past_midnight():
    found = table(
        "The road was closed from 8.30pm on Saturday until 2am while officers examined the scene.",
        published=datetime(2025, 3, 17, 9, 0),
    )
    assert row(found, "2am")["value"] == "2025-03-16T02:00"


def test_a_range_within_one_day_stays_on_that_day():
    found = table(
        "The museum was closed between 9am on Wednesday and 1pm for repairs.",
        published=datetime(2025, 3, 14, 9, 0),
    )
    assert row(found, "between 9am on Wednesday and 1pm")["date_end"] == "2025-03-12T13:00"
