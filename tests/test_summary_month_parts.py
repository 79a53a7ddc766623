"""A part of a month the article names as such ("early January", "the end of November") is said in those words,
not by the bound of the days the calendar gives it ("11 January 2027"), which the article never wrote."""

from __future__ import annotations

import pandas as pd

from newsframe import summary


def timeline(*rows) -> pd.DataFrame:
    """A timeline table of (expression, value, date, date_end) rows."""
    return pd.DataFrame(rows, columns=["expression", "value", "date", "date_end"]).assign(type="DATE")


def test_a_part_of_a_month_ends_the_span_in_the_articles_words():
    table = timeline(
        ("2 November", "2026-11-02", "2026-11-02", None),
        ("early January", "2027-01", "2027-01-01", "2027-01-11"),
    )
    sentence = summary.dates_sentence(table)
    assert sentence.endswith("run from 2 November 2026 to early January 2027."), sentence


def test_late_and_middle_parts_of_a_month():
    table = timeline(
        ("the end of March", "2026-03", "2026-03-21", "2026-03-31"),
        ("mid-June", "2026-06", "2026-06-11", "2026-06-20"),
    )
    assert "from late March 2026 to mid-June 2026" in summary.dates_sentence(table)
    one = timeline(("early May", "2026-05", "2026-05-01", "2026-05-10"))
    assert "refers to early May 2026" in summary.dates_sentence(one)


def test_days_the_article_gives_keep_their_bounds():
    table = timeline(
        ("1-11 January", "2027-01-01/2027-01-11", "2027-01-01", "2027-01-11"),
        ("2 November", "2026-11-02", "2026-11-02", None),
    )
    assert "to 11 January 2027" in summary.dates_sentence(table)
    # a whole month is the month
    table = timeline(
        ("January", "2027-01", "2027-01-01", "2027-01-31"), ("2 November", "2026-11-02", "2026-11-02", None)
    )
    assert "to January 2027" in summary.dates_sentence(table)


def test_the_rest_of_a_month_is_the_month():
    table = timeline(
        ("Thursday", "2026-10-01", "2026-10-01", None),
        ("later this month", "2026-10", "2026-10-02", "2026-10-31"),
    )
    assert summary.dates_sentence(table).endswith("from 1 October 2026 to October 2026."), summary.dates_sentence(table)
