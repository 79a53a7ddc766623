"""The report page in words (notebook 05): the head, the key numbers and the summary sentences, from the tables."""

from __future__ import annotations

import re

import pandas as pd

from newsframe import entities, sentiment, summary


def _value(numbers: pd.DataFrame, start: str):
    """The value of the key-numbers row whose measure starts with `start`."""
    (value,) = numbers.loc[numbers["measure"].str.startswith(start), "value"]
    return value


# --- key numbers and summary -----------------------------------------------------------------------------------
def test_key_numbers_match_the_tables(seed_analysis):
    article, tables = seed_analysis.article, seed_analysis.tables
    numbers = summary.key_numbers(article, tables)
    paragraphs = tables["paragraphs"]
    assert _value(numbers, "paragraphs") == (paragraphs["paragraph"] > 0).sum()
    assert _value(numbers, "words") == paragraphs["words"].sum()
    types = entities.entity_types(tables["mentions"])  # counted again from the mentions, not the entities table
    people = {e for e, t in types.items() if t == "PERSON"}
    places = {e for e, t in types.items() if t in ("GPE", "LOC", "FAC")}
    assert _value(numbers, "people") == len(people) > 0
    assert _value(numbers, "places") == len(places) > 0
    dated = tables["timeline"][tables["timeline"]["date"] != ""]
    assert _value(numbers, "expressions placed") == len(dated)
    first = min(dated["date"])
    assert _value(numbers, "dates covered").startswith(
        summary.period_name(*dated.loc[dated["date"] == first, ["date", "date_end"]].iloc[0])
    )


def test_summary_names_the_top_entity_with_its_count_and_busiest_paragraph(seed_analysis):
    tables = seed_analysis.tables
    text = summary.summary_markdown(seed_analysis.article, tables)
    top = entities.top_entities(tables["entities"], 1).iloc[0]
    per_paragraph = tables["mentions"][tables["mentions"]["entity"] == top["entity"]].groupby("paragraph").size()
    sentence = next(s for s in summary.summary_sentences(seed_analysis.article, tables) if s.startswith(top["entity"]))
    assert f"named {summary._times(per_paragraph.sum())}" in sentence
    if per_paragraph.max() > 1:
        busiest = per_paragraph.idxmax()
        assert re.search(rf"most often in .*\b{busiest}\b", sentence)
    assert f"{sentiment.BENCHMARK['tone']['accuracy']:.0%}" in text  # the tone comes with its measured reliability
    assert str(seed_analysis.article.published.year) in text


def test_entity_sentence_counts_and_places():
    mentions = pd.DataFrame({"entity": ["Ann Lee"] * 4 + ["Bonn"], "paragraph": [0, 2, 2, 5, 3]})
    assert summary.entity_sentence("Ann Lee", "person", mentions) == (
        "Ann Lee (person) is named 4 times in 3 paragraphs, from the headline to paragraph 5, most often in paragraph "
        "2 (twice)."
    )
    assert summary.entity_sentence("Bonn", "place", mentions) == "Bonn (place) is named once, all in paragraph 3."


def test_periods_are_named_at_their_own_precision():
    assert summary.period_name("2019-06-01", "2019-06-30") == "June 2019"
    assert summary.period_name("2015-01-01", "2015-12-31") == "2015"
    assert summary.period_name("2022-12-19", "2022-12-19") == "19 December 2022"
    assert summary.period_name("2022-12-17", "2022-12-18") == "17 December 2022 to 18 December 2022"


def test_tied_tones_make_a_mixed_tone():
    tables = {
        "paragraph_sentiment": pd.DataFrame(
            {
                "paragraph": [1, 2],
                "polarity": [0.5, -0.5],
                "subjectivity": [0.5, 0.5],
                "vader": [0.5, -0.5],
                "tone": ["positive", "negative"],
            }
        ),
        "paragraphs": pd.DataFrame({"paragraph": [1, 2], "words": [10, 10]}),
    }
    assert summary.overall_tone(tables)["tone"].startswith(summary.MIXED_TONE)
    tables["paragraph_sentiment"].loc[1, "tone"] = "positive"
    assert summary.overall_tone(tables)["tone"] == "positive"


def test_article_without_headline_date_names_or_times_says_so(plain_analysis):
    article, tables = plain_analysis.article, plain_analysis.tables
    assert article.title is None and article.published is None
    numbers = summary.key_numbers(article, tables)
    assert _value(numbers, "people") == _value(numbers, "places") == _value(numbers, "organisations") == 0
    assert _value(numbers, "dates covered") == "no datable expression"
    text = summary.summary_markdown(article, tables)
    assert "no headline" in text and "publication date is unknown" in text
    assert "names no person, place or organisation" in text and "No expression" in text
    assert "no headline" in summary.header_markdown(article) and "unknown" in summary.header_markdown(article)
