"""Timeline rules of round 37 (dates67). Every text here was written for these tests."""

from __future__ import annotations

from datetime import datetime

import pandas as pd
from test_timeline_sentences import row, table

from newsframe import nlp
from newsframe.article import Article, Paragraph
from newsframe.timeline import timeline_table

WEDNESDAY = datetime(2026, 1, 14)
THURSDAY = datetime(2026, 2, 5)


def headed(headline: str, *paragraphs: str, published: datetime = THURSDAY) -> pd.DataFrame:
    """The timeline of an article with `headline` over `paragraphs`."""
    texts = [headline, *paragraphs]
    article = Article("s", headline, published, None, "s.txt", [Paragraph(i, t) for i, t in enumerate(texts)], True)
    return timeline_table(article, nlp.parse(texts))


def span(frame: pd.DataFrame, expression: str) -> tuple[str, str]:
    found = row(frame, expression)
    return found["date"], found["date_end"]


def test_a_stretch_counted_back_in_a_clause_dated_by_a_past_year_ends_with_that_year():
    frame = table("In 2010 rainfall was the highest in the past decade, the Met Office said.", published=WEDNESDAY)
    assert span(frame, "the past decade") == ("2001-01-01", "2010-12-31")  # not 2016 to 2026
    month = table("In March 2019 the river reached its highest level in the past 30 years.", published=WEDNESDAY)
    assert span(month, "the past 30 years") == ("1989-04-01", "2019-03-31")
    subject = table("2010 was the hottest year in the past decade.", published=WEDNESDAY)
    assert span(subject, "the past decade") == ("2001-01-01", "2010-12-31")
    said = table("In 2018, the company said profits had risen over the past three years.", published=WEDNESDAY)
    assert span(said, "over the past three years") == ("2016-01-01", "2018-12-31")
    # the last time before the clause's own year, not before publication: never a year after the one named
    last = table("Rainfall in 2012 was the highest for a decade.", published=WEDNESDAY)
    assert span(last, "a decade") == ("2002-01-01", "2002-12-31")
    # a present perfect runs up to now; a year of another verb, or this year, dates nothing of the stretch
    now = table("Rainfall has been the highest in the past decade since 2010.", published=WEDNESDAY)
    assert span(now, "the past decade") == ("2016-01-14", "2026-01-14")
    built = table("The bridge, built in 1990, was the busiest in the past decade.", published=WEDNESDAY)
    assert span(built, "the past decade") == ("2016-01-14", "2026-01-14")
    previous = table("In 2015 the number of visitors was the lowest in the previous five years.", published=WEDNESDAY)
    assert span(previous, "the previous five years") == ("2010-01-01", "2014-12-31")


def test_a_headlines_plain_present_of_a_change_in_a_length_looks_back():
    frame = headed("Coral reefs lose half their cover in three decades, study finds", "Reefs are dying.")
    assert span(frame, "three decades") == ("1996-01-01", "2026-02-05")  # never 2026 to 2056
    year = headed("House prices rise 5% in a year", "Prices have risen.")
    assert span(year, "a year") == ("2025-02-05", "2026-02-05")
    # a headline's plan, or a superlative's occasion to come, still looks ahead
    plan = headed("Factory to close in two years", "The factory will shut.")
    assert span(plan, "two years") == ("2028-01-01", "2028-12-31")
    body = table("House prices will rise 5% in two years, the lender said.", published=THURSDAY)
    assert span(body, "two years") == ("2026-02-05", "2028-02-05")


def test_in_so_many_units_ahead_is_the_calendar_unit_holding_the_day_that_far_on():
    # "in two weeks" is the week holding the day two weeks on, "in six months" that month, "in two years" that year:
    # each at the precision of the unit counted
    frame = table(
        "The team will play again in two weeks.",
        "The plant will open in six months.",
        "The man will be eligible for release in two years, the judge said.",
        "The mine will open in two years' time.",
        published=WEDNESDAY,
    )
    assert span(frame, "two weeks") == ("2026-01-26", "2026-02-01")
    assert span(frame, "six months") == ("2026-07-01", "2026-07-31")
    years = frame[frame["expression"] == "two years"]
    assert years["date"].tolist() == ["2028-01-01", "2028-01-01"]
    assert years["date_end"].tolist() == ["2028-12-31", "2028-12-31"]


def test_a_past_planning_verb_with_no_past_event_in_its_sentence_keeps_the_day_ahead():
    # only a past event the plan was under way at ("caught fire as it prepared to take off on Monday") puts its day
    # in the past; with none, a plan's day is the coming one, in every form of the verb
    for text in (
        "Ministers prepared to publish the report on Friday.",
        "Ministers were preparing to publish the report on Friday.",
        "Ministers were last night preparing to publish the report on Friday.",
        "Ministers prepared to publish the report on Friday, officials said.",
    ):
        assert row(table(text, published=WEDNESDAY), "Friday")["date"] == "2026-01-16", text
    gone = "The plane caught fire as it prepared to take off on Monday."
    assert row(table(gone, published=WEDNESDAY), "Monday")["date"] == "2026-01-12"
    interrupted = "Ministers were preparing to publish the report on Monday when it was leaked."
    assert row(table(interrupted, published=WEDNESDAY), "Monday")["date"] == "2026-01-12"
