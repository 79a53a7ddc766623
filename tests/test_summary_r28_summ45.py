"""Answers that read the article as a reader does: a match report's "Top in February means nothing", written on
Saturday 15 February, or a live blog's "Budget 2025" over its "11:52" entries, is the present period, not the earliest
event the story tells of."""

from __future__ import annotations

from datetime import datetime

import pandas as pd

from newsframe import findings, summary


def _timeline(rows: list[tuple]) -> pd.DataFrame:
    """A timeline table of (paragraph, expression, value, date, date_end, event) rows."""
    table = pd.DataFrame(rows, columns=["paragraph", "expression", "value", "date", "date_end", "event"])
    return table.assign(type="DATE", start_char=range(len(table)), anchor="")


def test_the_month_of_publication_is_not_the_earliest_event_of_a_saturday_match():
    """ "Vale won on Saturday. ... 'Top in February means nothing if you're not top in May.'" written on Saturday
    15 February 2025: the earliest event is the match, on the day of publication; February only holds it."""
    rows = [
        (9, "February", "2025-02", "2025-02-01", "2025-02-28", "Top means nothing"),
        (1, "Saturday", "2025-02-15", "2025-02-15", "2025-02-15", "Vale won"),
        (15, "Tuesday", "2025-02-18", "2025-02-18", "2025-02-18", "Vale travel"),
        (9, "May", "2025-05", "2025-05-01", "2025-05-31", "are top"),
    ]
    published = datetime(2025, 2, 15, 19, 45)
    answer = findings.events_in_time(_timeline(rows), published)
    assert answer.startswith("The earliest is “Saturday” \\(Vale won\\)"), answer
    assert "“May” \\(are top\\)" in answer, answer
    present = summary.present_periods(summary.dated_expressions(_timeline(rows)), published)
    assert present.tolist() == [True, False, False, False]


def test_a_headline_year_and_today_over_a_live_blogs_times_are_not_its_earliest_event():
    """A live blog published at 15:40: its headline's "2025" and "today" hold the 11:52 entry, which comes first."""
    rows = [
        (0, "2025", "2025", "2025-01-01", "2025-12-31", "Chancellor sets out plans"),
        (15, "today", "2025-10-29", "2025-10-29", "2025-10-29", "will end coverage"),
        (2, "11:52", "2025-10-29T11:52", "2025-10-29T11:52", "2025-10-29T11:52", "Chancellor has left"),
        (4, "12:31", "2025-10-29T12:31", "2025-10-29T12:31", "2025-10-29T12:31", "Chancellor is on her feet"),
        (5, "2028", "2028", "2028-01-01", "2028-12-31", "threshold will be frozen"),
    ]
    answer = findings.events_in_time(_timeline(rows), datetime(2025, 10, 29, 15, 40))
    assert answer.startswith("The earliest is “11\\:52” \\(Chancellor has left\\)"), answer


def test_a_past_year_holding_a_day_stays_the_earliest():
    """ "In 2010 ... on 3 March 2010 ..." written in 2025: 2010 does not run through publication, so it stays first;
    and a present year holding no other row ("this year" with only later dates) is still the earliest."""
    rows = [
        (1, "2010", "2010", "2010-01-01", "2010-12-31", "started"),
        (2, "3 March 2010", "2010-03-03", "2010-03-03", "2010-03-03", "opened"),
        (3, "next year", "2026", "2026-01-01", "2026-12-31", "will close"),
    ]
    answer = findings.events_in_time(_timeline(rows), datetime(2025, 6, 1))
    assert answer.startswith("The earliest is “2010” \\(started\\)"), answer
    rows = [
        (1, "this year", "2025", "2025-01-01", "2025-12-31", "sales rose"),
        (3, "next year", "2026", "2026-01-01", "2026-12-31", "will close"),
    ]
    answer = findings.events_in_time(_timeline(rows), datetime(2025, 6, 1))
    assert answer.startswith("The earliest is “this year” \\(sales rose\\)"), answer


def test_a_stretch_up_to_publication_stays_the_earliest():
    """ "has lived here forty years" (1983 to the day of publication) holds "Thursday" but ends on publication: it is
    the story's own earliest time, not the present period."""
    rows = [
        (1, "forty years", "P40Y", "1983-06-02", "2023-06-02", "has lived"),
        (2, "Thursday", "2023-06-01", "2023-06-01", "2023-06-01", "library reopened"),
        (3, "next week", "2023-W23", "2023-06-05", "2023-06-11", "will open"),
    ]
    answer = findings.events_in_time(_timeline(rows), datetime(2023, 6, 2))
    assert answer.startswith("The earliest is “forty years” \\(has lived\\)"), answer
