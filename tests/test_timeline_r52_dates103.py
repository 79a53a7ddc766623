"""Timeline: a holiday period named by its feast ("the Christmas holidays", "the summer holidays") is the break
round it, not the feast day or the season's three months; the feast day itself stays one day."""

from __future__ import annotations

from datetime import datetime

import pytest
from test_timeline_sentences import row, table

NOVEMBER = datetime(2025, 11, 3, 7, 45)
JANUARY = datetime(2026, 1, 6, 8, 0)  # a Tuesday

CHRISTMAS_BREAK_2025 = ("2025-12-20", "2026-01-03")


@pytest.mark.parametrize(
    ("paragraph", "published", "expression", "dates"),
    [
        # the Christmas holidays: the fortnight round Christmas Day
        (
            "The local authority said the building would be assessed during the Christmas holidays.",
            NOVEMBER,
            "Christmas holidays",
            CHRISTMAS_BREAK_2025,
        ),
        (
            "The head said the heating had failed over the Christmas break, leaving the pipes frozen.",
            JANUARY,
            "Christmas break",
            CHRISTMAS_BREAK_2025,
        ),
        # the feast day itself stays one day
        (
            "The headteacher will open the school on Christmas Day for lunch with elderly neighbours.",
            NOVEMBER,
            "Christmas Day",
            ("2025-12-25", "2025-12-25"),
        ),
        (
            "Volunteers will serve hot meals at the shelter at Christmas, the charity said.",
            NOVEMBER,
            "Christmas",
            ("2025-12-25", "2025-12-25"),
        ),
        # the summer holidays: late July to early September, not June to August
        (
            "Work on the new sports hall will take place in the summer holidays, when the school is empty.",
            NOVEMBER,
            "the summer holidays",
            ("2026-07-20", "2026-09-05"),
        ),
        (
            "Last summer holidays, the trust spent £40,000 replacing windows at three of its schools.",
            NOVEMBER,
            "Last summer holidays",
            ("2025-07-20", "2025-09-05"),
        ),
        # the summer alone stays the season
        (
            "The council will decide over the summer whether to close the pool.",
            NOVEMBER,
            "the summer",
            ("2026-06-01", "2026-08-31"),
        ),
    ],
)
def test_a_holiday_period_is_the_break_round_its_feast(paragraph, published, expression, dates):
    found = row(table(paragraph, published=published), expression)
    assert (found["date"], found["date_end"]) == dates


def test_a_day_after_the_holidays_counts_from_christmas_not_its_week():
    frame = table("Pupils at Oak Lane School returned from the Christmas holidays on Monday.", published=JANUARY)
    assert row(frame, "Christmas holidays")["date"] == "2025-12-20"
    assert row(frame, "Monday")["date"] == "2026-01-05"
