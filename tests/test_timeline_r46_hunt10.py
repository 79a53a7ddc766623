"""Timeline: a week counted back from the day that ends it ("in the week to January 5"), as health and retail
figures are given, is the seven days ending then, not the week of publication."""

from __future__ import annotations

from datetime import datetime

from test_timeline_sentences import row, table

FIGURES_THURSDAY = datetime(2025, 2, 13)


def span(frame, expression: str) -> tuple[str, str, str]:
    found = row(frame, expression)
    return found["value"], found["date"], found["date_end"]


def test_the_week_to_a_day_is_the_seven_days_ending_on_it():
    frame = table(
        "An average of 5,408 flu patients were in hospital each day in the week to January 5, NHS England said.",
        "Some 4,000 people were admitted in the week ending 12 January.",
        published=FIGURES_THURSDAY,
    )
    assert span(frame, "January 5") == ("2025-01-05", "2024-12-30", "2025-01-05")
    assert span(frame, "12 January") == ("2025-01-12", "2025-01-06", "2025-01-12")
    assert not frame["expression"].str.lower().eq("the week").any()  # no week of publication
