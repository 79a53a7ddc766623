"""The span of a story's dates named by the broadest expression at each bound: "the first ten months of the year"
and "the year" both start in January, and the year holds the months."""

from __future__ import annotations

from datetime import date

import pandas as pd

from newsframe import summary


def _timeline(rows: list[tuple]) -> pd.DataFrame:
    """A timeline table of (expression, type, value, date, date_end) rows, in paragraph 1."""
    table = pd.DataFrame(rows, columns=["expression", "type", "value", "date", "date_end"])
    return table.assign(paragraph=1, start_char=range(len(table)), anchor="")


def test_a_year_and_its_first_months_start_together_and_the_year_names_the_span():
    rows = [
        ("the first nine months", "DATE", "2025-01/2025-09", "2025-01-01", "2025-09-30"),
        ("the year", "DATE", "2025", "2025-01-01", "2025-12-31"),
        ("Friday", "DATE", "2025-10-17", "2025-10-17", ""),
    ]
    sentence = summary.dates_sentence(_timeline(rows))
    assert sentence.startswith("Of its 3 dated expressions, “the year” refers to 2025 and"), sentence
    assert "January 2025 to 2025" not in sentence
    # the last months of a year and the year end together: the year names the end as well
    rows[0] = ("the last three months", "DATE", "2025-10/2025-12", "2025-10-01", "2025-12-31")
    rows.append(("May 2024", "DATE", "2024-05", "2024-05-01", "2024-05-31"))
    assert summary.span_words(summary.dated_expressions(_timeline(rows))) == "from May 2024 to 2025"


def test_a_stretch_of_time_from_a_year_names_no_day():
    """ "five years" counted from 2019 starts on 1 January by arithmetic only: the year names the span's start."""
    rows = [
        ("2019", "DATE", "2019", "2019-01-01", "2019-12-31"),
        ("five years", "DURATION", "P5Y", "2019-01-01", "2024-01-01"),
        ("January", "DATE", "2026-01", "2026-01-01", "2026-01-31"),
    ]
    assert summary.dates_sentence(_timeline(rows)) == "Its 3 dated expressions run from 2019 to January 2026."


def test_a_bound_only_a_stretch_of_years_reaches_names_its_year_not_a_day():
    """ "a pay offer over two years", written on 21 May 2026, runs to 2028: its 21 May 2028 is arithmetic."""
    published = date(2026, 5, 21)
    rows = [
        ("January", "DATE", "2026-01", "2026-01-01", "2026-01-31"),
        ("over two years", "DURATION", "P2Y", "2026-05-21", "2028-05-21"),
        ("Monday", "DATE", "2026-05-25", "2026-05-25", ""),
    ]
    sentence = summary.dates_sentence(_timeline(rows), published)
    assert sentence == "Its 3 dated expressions run from January 2026 to 2028.", sentence
    # with no publication day, which bound was counted cannot be told: the days stay
    assert summary.dates_sentence(_timeline(rows)).endswith("to 21 May 2028."), summary.dates_sentence(_timeline(rows))
    # counted in months, the month is named; in days or weeks, the day the count gives
    rows[1] = ("the next 18 months", "DURATION", "P18M", "2026-05-21", "2027-11-21")
    assert (
        summary.span_words(summary.dated_expressions(_timeline(rows)), published)
        == "from January 2026 to November 2027"
    )
    rows[1] = ("the next ten days", "DURATION", "P10D", "2026-05-21", "2026-05-31")
    assert (
        summary.span_words(summary.dated_expressions(_timeline(rows)), published) == "from January 2026 to 31 May 2026"
    )


def test_the_publication_day_and_a_financial_year_keep_their_bounds():
    """ "the past eighteen months" runs to the publication day, which is a day the story gives; "the year" to 29
    March starts in April, a month the story gives."""
    rows = [
        ("March 2025", "DATE", "2025-03", "2025-03-01", "2025-03-31"),
        ("eighteen months", "DURATION", "P18M", "2025-05-27", "2026-11-27"),
    ]
    span = summary.span_words(summary.dated_expressions(_timeline(rows)), date(2026, 11, 27))
    assert span == "from March 2025 to 27 November 2026", span
    rows = [
        ("the year", "DURATION", "P1Y", "2024-04-01", "2025-03-31"),
        ("18 July", "DATE", "2025-07-18", "2025-07-18", ""),
    ]
    span = summary.span_words(summary.dated_expressions(_timeline(rows)), date(2025, 5, 22))
    assert span == "from April 2024 to 18 July 2025", span
    # a count of years from a year's start names the year, as before
    rows[0] = ("two years", "DURATION", "P2Y", "2023-01-01", "2024-12-31")
    span = summary.span_words(summary.dated_expressions(_timeline(rows)), date(2025, 5, 22))
    assert span == "from 2023 to 18 July 2025", span


def test_a_bound_a_week_sets_names_the_week_not_its_last_day():
    """ "later in the week", written on Monday 13 July 2026, is that week: its Sunday, 19 July, is the calendar's."""
    rows = [
        ("July 2022", "DATE", "2022-07", "2022-07-01", "2022-07-31"),
        ("Wednesday", "DATE", "2026-07-15", "2026-07-15", ""),
        ("later in the week", "DATE", "2026-W29", "2026-07-13", "2026-07-19"),
    ]
    sentence = summary.dates_sentence(_timeline(rows))
    assert sentence == "Its 3 dated expressions run from July 2022 to the week of 13 July 2026.", sentence
