"""Timeline: a bare "the year" right after a clause dated by a past year tells of that year, not of publication's
or the one just gone."""

from datetime import datetime

from test_timeline_sentences import row, table

MARCH = datetime(2025, 3, 12, 7, 30)


def test_the_year_after_a_sentence_dated_by_a_year_is_that_year():
    frame = table("The firm was founded in 1998. It opened three shops in the year.", published=MARCH)
    assert row(frame, "the year")["value"] == "1998"


def test_the_year_in_a_clause_after_a_dated_one_is_that_year():
    frame = table("The club was promoted in 2019. It won the cup in the year as well.", published=MARCH)
    assert row(frame, "the year")["value"] == "2019"
    frame = table("The club was promoted in 2019 and won the cup later in the year.", published=MARCH)
    assert row(frame, "later in the year")["value"] == "2019"
    frame = table("The plant opened in 2016. Output doubled later in the year.", published=MARCH)
    assert row(frame, "later in the year")["value"] == "2016"


def test_the_year_with_no_year_just_before_or_a_year_compared_with_stays_the_one_just_gone():
    frame = table("Greggs opened 226 new shops in the year and closed 81, the chief executive said.", published=MARCH)
    assert row(frame, "the year")["value"] == "2024"
    frame = table("Profit rose to £31m, up from £24m in 2023. Revenue rose 8% in the year.", published=MARCH)
    assert row(frame, "the year")["value"] == "2024"
