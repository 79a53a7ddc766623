"""Holiday periods in British news: the days between Christmas and New Year as 27 to 31 December, "the festive
period" (season) as the Christmas period, and a weekday a half-term begins on as the one to come, not a day of the
half-term's usual week."""

from __future__ import annotations

from datetime import datetime

from test_timeline_sentences import row, table


def dated(frame, expression: str) -> tuple[str, str, str]:
    r = row(frame, expression)
    return r["value"], r["date"], r["date_end"]


# --- between Christmas and New Year -------------------------------------------------------------------------------


def test_between_christmas_and_new_year_to_come_is_the_days_after_boxing_day():
    frame = table(
        "Between Christmas and New Year, trains on the West Coast Main Line will run a reduced timetable.",
        published=datetime(2025, 12, 9, 10, 0),
    )
    assert dated(frame, "Christmas and New Year") == ("2025-12", "2025-12-27", "2025-12-31")
    assert "Christmas" not in frame["expression"].tolist()


def test_between_christmas_day_and_the_new_year_gone_by_is_last_years():
    frame = table(
        "Bus use fell by a third in the days between Christmas Day and New Year's Day, the council said.",
        "Helplines said the period between Christmas and the New Year had been the busiest on record.",
        published=datetime(2026, 1, 12, 8, 0),
    )
    assert dated(frame, "Christmas Day and New Year's Day") == ("2025-12", "2025-12-27", "2025-12-31")
    assert dated(frame, "Christmas and the New Year") == ("2025-12", "2025-12-27", "2025-12-31")


def test_christmas_and_new_year_without_between_stay_as_before():
    frame = table("Grocery sales rose 5% over the Christmas and New Year period.", published=datetime(2026, 1, 9, 8, 0))
    assert dated(frame, "Christmas and New Year period") == ("2025-W52", "2025-12-20", "2026-01-03")


# --- the festive period, the festive season -----------------------------------------------------------------------


def test_the_festive_period_is_the_christmas_period():
    frame = table(
        "Supermarkets reported record sales in the festive period, the industry body said.",
        published=datetime(2026, 1, 14, 8, 0),
    )
    assert dated(frame, "festive period") == ("2025-W52", "2025-12-20", "2026-01-03")


def test_the_festive_season_ahead_and_the_festive_trading_period():
    frame = table(
        "Retailers said footfall during the festive season was expected to be lower than last year.",
        "Shops will hire 80,000 extra staff for the festive trading period.",
        published=datetime(2025, 11, 20, 8, 0),
    )
    assert dated(frame, "festive season") == ("2025-W52", "2025-12-20", "2026-01-03")
    assert dated(frame, "festive trading period") == ("2025-W52", "2025-12-20", "2026-01-03")


def test_the_festive_season_of_diwali_is_not_christmas():
    frame = table(
        "Car sales rose 12% during the festive season, helped by Diwali and Dussehra offers.",
        published=datetime(2025, 10, 20, 8, 0),
    )
    assert "festive season" not in frame["expression"].tolist()


# --- the day a half-term begins on --------------------------------------------------------------------------------


def test_the_friday_half_term_begins_on_is_the_coming_friday():
    frame = table(
        "Families paid an average of £300 for childcare over half term, which begins on Friday for most pupils.",
        published=datetime(2026, 2, 9, 8, 0),  # a Monday; the usual half-term week starts on 16 February
    )
    assert dated(frame, "Friday") == ("2026-02-13", "2026-02-13", "2026-02-13")
    assert dated(frame, "half term")[0] == "2026-W08"


def test_the_day_the_autumn_half_term_starts_on_is_this_weeks():
    frame = table(
        "Pupils will be off for the autumn half-term, which starts on Friday, and return on 2 November.",
        published=datetime(2026, 10, 20, 8, 0),  # a Tuesday; the usual week starts on 26 October
    )
    assert dated(frame, "Friday") == ("2026-10-23", "2026-10-23", "2026-10-23")
