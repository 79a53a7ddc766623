"""A period named as the one before another ("the month before") is not the period of publication."""

from __future__ import annotations

from datetime import datetime

from test_timeline_kinds import table


def test_the_month_before_in_monthly_figures_is_not_the_month_of_publication():
    frame = table(
        "Average hourly earnings rose 0.2% from the month before and 3.5% from a year earlier, the department "
        "said of October's figures.",
        published=datetime(2026, 11, 6, 14, 0),
    )
    assert "2026-11-01" not in frame["date"].tolist()
