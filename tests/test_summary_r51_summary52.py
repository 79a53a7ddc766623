"""A stretch of time whose ends the other dated expressions reach too is not said apart: it adds no span."""

from __future__ import annotations

from datetime import date

from test_summary import _timeline

from newsframe import summary


def test_a_stretch_the_others_reach_both_ends_of_is_not_said_apart():
    # "has not slept past four for eleven years" beside "took over in 2014" and "3am" on the day of the story
    rows = [
        ("eleven years", "DURATION", "P11Y", "2014-01-01", "2025-11-09"),
        ("2014", "DATE", "2014", "2014-01-01", "2014-12-31"),
        ("Last winter", "DATE", "2025-WI", "2024-12-01", "2025-02-28"),
        ("3am", "TIME", "2025-11-09T03:00", "2025-11-09", "2025-11-09"),
    ]
    sentence = summary.dates_sentence(_timeline(rows), date(2025, 11, 9))
    assert sentence == "Its 4 dated expressions run from 2014 to 9 November 2025.", sentence


def test_a_stretch_beyond_the_others_is_still_said_apart():
    rows = [
        ("the past decade", "DURATION", "P10Y", "2015-01-01", "2025-06-30"),
        ("2015", "DATE", "2015", "2015-01-01", "2015-12-31"),
        ("March", "DATE", "2025-03", "2025-03-01", "2025-03-31"),
    ]
    sentence = summary.dates_sentence(_timeline(rows), date(2025, 6, 30))
    assert sentence.startswith("Of its 3 dated expressions, “the past decade”"), sentence
    # the others reaching both ends as well: one span
    rows.append(("Monday", "DATE", "2025-06-30", "2025-06-30", "2025-06-30"))
    sentence = summary.dates_sentence(_timeline(rows), date(2025, 6, 30))
    assert sentence.startswith("Its 4 dated expressions run from 2015 to"), sentence
