"""Timeline: a date a record is measured back to ("the fastest rate since November 2022") is no date the story
tells of: what counts from the story's last date counts from the one before it."""

from __future__ import annotations

from datetime import datetime

from test_timeline_sentences import row, table


def test_the_previous_month_after_a_record_since_a_date_counts_from_the_story():
    frame = table(
        "UK house prices rose by 2.4% in the year to October, the fastest annual rate since November 2022.",
        "The average price of a home reached £266,064, up 0.1% on the previous month.",
        published=datetime(2024, 11, 1),
    )
    assert row(frame, "the previous month")["value"] == "2024-09"  # not October 2022
    assert row(frame, "November 2022")["value"] == "2022-11"
