"""Timeline (newsframe.timeline): "overnight" told of a stretch of days to come ("from Monday to Friday next week",
"for the next three weeks") is the nights of those days, none of them tonight."""

from __future__ import annotations

from datetime import datetime

from test_timeline_sentences import row, table  # the timeline of an article given as paragraphs

THURSDAY = datetime(2025, 2, 6, 9, 10)


def test_overnight_over_a_stretch_of_days_to_come_is_no_one_night():
    frame = table(
        "Resurfacing work will close the road overnight between 21:00 and 05:00 from Monday to Friday next week.",
        "The bridge will be shut overnight for the next three weeks.",
        published=THURSDAY,
    )
    assert frame[frame["expression"] == "overnight"]["value"].tolist() == ["XXXX-XX-XXTNI", "XXXX-XX-XXTNI"]
    assert row(frame, "next week")["value"] == "2025-W07"


def test_overnight_of_one_night_to_come_stays_tonight():
    frame = table("The road will close overnight for resurfacing.", published=THURSDAY)
    assert row(frame, "overnight")["value"] == "2025-02-06TNI"
