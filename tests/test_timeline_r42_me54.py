"""A fraction of a unit of time as a length: "a quarter of a century", "three quarters of an hour"."""

from __future__ import annotations

from datetime import datetime

from test_timeline_sentences import row, table


def test_a_quarter_of_a_century_is_twenty_five_years():
    frame = table(
        "Fergus Ewing served in Holyrood for a quarter of a century. The plant opened a quarter of a century ago.",
        "Fans waited three quarters of an hour, and the row lasted half a century.",
        published=datetime(2026, 11, 30, 9, 0),
    )
    assert row(frame, "a quarter of a century")["value"] == "P25Y"
    assert row(frame, "a quarter of a century ago")["value"] == "2001"
    assert row(frame, "three quarters of an hour")["value"] == "PT45M"
    assert row(frame, "half a century")["value"] == "P0.5C"
