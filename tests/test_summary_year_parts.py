"""A part of a year the article names as such ("late 2028", "early next year", "by the end of the year") is said in
those words, not by the bound of the months or days the calendar gives it ("December 2028"), which the article never
wrote; a year's value on most of the year ("later this year" written in February) keeps its bounds."""

from __future__ import annotations

import pandas as pd

from newsframe import summary


def timeline(*rows) -> pd.DataFrame:
    """A timeline table of (expression, value, date, date_end) rows."""
    return pd.DataFrame(rows, columns=["expression", "value", "date", "date_end"]).assign(type="DATE")


def test_a_late_part_of_a_year_ends_the_span_in_the_articles_words():
    table = timeline(("2023", "2023", "2023-01-01", "2023-12-31"), ("late 2028", "2028", "2028-09-01", "2028-12-31"))
    sentence = summary.dates_sentence(table)
    assert sentence.endswith("run from 2023 to late 2028."), sentence


def test_an_early_part_of_a_year_and_one_alone():
    table = timeline(
        ("early next year", "2027", "2027-01-01", "2027-04-30"),
        ("the end of 2028", "2028", "2028-09-01", "2028-12-31"),
    )
    assert "from early 2027 to late 2028" in summary.dates_sentence(table)
    one = timeline(("late 2028", "2028", "2028-09-01", "2028-12-31"))
    assert "refers to late 2028" in summary.dates_sentence(one)


def test_a_year_on_one_month_or_its_middle_months_names_no_part():
    # "two years ago" placed on March 2024 is neither early nor late in words the article gave
    table = timeline(("two years ago", "2024", "2024-03-01", "2024-03-31"), ("Monday", "2026-03-09", "2026-03-09", ""))
    assert summary.dates_sentence(table).endswith("from March 2024 to 9 March 2026.")
    middle = timeline(("mid-2027", "2027", "2027-05-01", "2027-08-31"), ("Monday", "2026-03-09", "2026-03-09", ""))
    assert "to August 2027" in summary.dates_sentence(middle)


def test_a_year_spanning_the_rest_is_named_whole_whatever_the_first_expression():
    table = timeline(
        ("January", "2025-01", "2025-01-01", "2025-01-31"),  # first in reading order, and first to start
        ("this year", "2025", "2025-01-01", "2025-12-31"),
        ("4 March", "2025-03-04", "2025-03-04", None),
    )
    sentence = summary.dates_sentence(table)
    assert sentence.startswith("Of its 3 dated expressions, “this year” refers to 2025 and"), sentence


def test_the_rest_of_a_year_written_late_in_it_is_its_late_part():
    table = timeline(
        ("March", "2026-03", "2026-03-01", "2026-03-31"),
        ("later this year", "2026", "2026-10-12", "2026-12-31"),
    )
    assert summary.dates_sentence(table).endswith("from March 2026 to late 2026.")


def test_most_of_a_year_keeps_its_bounds_and_a_month_is_no_part_of_a_year():
    # "later this year" written in February runs ten months: no part of the year ("from January 2026 to 2026")
    table = timeline(
        ("January", "2026-01", "2026-01-01", "2026-01-31"),
        ("later this year", "2026", "2026-02-12", "2026-12-31"),
    )
    assert summary.dates_sentence(table).endswith("from January 2026 to 31 December 2026.")
    # a month's value is named by its month, never as a part of its year
    months = timeline(("2019", "2019", "2019-01-01", "2019-12-31"), ("December", "2026-12", "2026-12-01", "2026-12-31"))
    assert summary.dates_sentence(months).endswith("from 2019 to December 2026.")
