"""Timeline rules of round 36 (dates65). Every text here was written for these tests."""

from __future__ import annotations

from datetime import datetime

from test_timeline_sentences import row, table

MARCH = datetime(2026, 3, 5)


def test_the_past_fortnight_is_the_fourteen_days_up_to_publication():
    frame = table("Mortgage lenders had already started to raise fixed rates in the past fortnight.", published=MARCH)
    found = row(frame, "the past fortnight")
    assert (found["type"], found["value"], found["date"], found["date_end"]) == (
        "DURATION",
        "P2W",
        "2026-02-19",
        "2026-03-05",
    )
    assert "in the past" not in set(frame["expression"])  # no vague past beside it
    ahead = row(table("Prices will rise over the next fortnight.", published=MARCH), "the next fortnight")
    assert (ahead["date"], ahead["date_end"]) == ("2026-03-05", "2026-03-19")
    assert table("That fortnight was hard for the crew.", published=MARCH).empty
    week = row(table("Sales have slowed in the past week.", published=MARCH), "the past week")
    assert (week["value"], week["date"]) == ("P1W", "2026-02-26")
