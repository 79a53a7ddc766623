"""Timeline: a clock time with its day after "until" lasts to a day still to come, as the day alone does."""

from __future__ import annotations

from datetime import datetime

from test_timeline_sentences import row, table

SATURDAY = datetime(2024, 12, 7)


def test_a_time_on_a_day_after_until_is_the_day_to_come():
    frame = table(
        "Transport for Wales has cancelled all services on its network until at least midday on Sunday.",
        published=SATURDAY,
    )
    assert row(frame, "midday on Sunday")["value"] == "2024-12-08T12:00"  # not the Sunday gone by
    closed = table("The council has closed the road until 6pm on Monday.", published=SATURDAY)
    assert row(closed, "6pm on Monday")["value"] == "2024-12-09T18:00"
