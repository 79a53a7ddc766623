"""Timeline: a day or month named in the "when" clause after a year is that year's."""

from __future__ import annotations

from datetime import datetime

from test_timeline_sentences import row, table

WEDNESDAY = datetime(2024, 1, 3)


def test_a_month_in_a_years_when_clause_is_that_years():
    frame = table(
        "The last such flood came in 2007, when the Severn burst its banks in July. "
        "The last time so many storms were named was in 2015, when Storm Frank hit at the end of December.",
        published=WEDNESDAY,
    )
    assert row(frame, "July")["value"] == "2007-07"
    assert row(frame, "the end of December")["value"] == "2015-12"


def test_a_month_after_a_year_without_when_is_read_as_before():
    frame = table(
        "The river flooded in 2007. The council said in July that it would build new defences.", published=WEDNESDAY
    )
    assert row(frame, "July")["value"] == "2023-07"
