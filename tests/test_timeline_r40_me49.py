"""Dates of news nobody here wrote: what a law provides for lies after its passing."""

from __future__ import annotations

from datetime import datetime

from test_timeline_sentences import row, table

FRIDAY = datetime(2025, 3, 14)


def test_a_month_a_bill_passed_today_funds_the_government_through_is_the_one_to_come():
    frame = table(
        "The U.S. Senate on Friday passed a stopgap funding bill to keep the federal government open through "
        "September, sending the measure to President Donald Trump hours before a midnight deadline.",
        published=FRIDAY,
    )
    assert row(frame, "September")["value"] == "2025-09"
    assert row(frame, "Friday")["value"] == "2025-03-14"


def test_a_month_a_law_came_into_force_in_is_still_the_one_gone_by():
    frame = table("The law came into force in September, and bars say trade has held up.", published=FRIDAY)
    assert row(frame, "September")["value"] == "2024-09"
