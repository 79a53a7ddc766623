"""The corpus sentences of notebook 07 on invented news: a statement two bodies make together ("Ryanair and easyJet
said") is one of each one's statements across the articles, as each article's own sentences count it; one article's
sources quoted equally often are not one quoted most; and "in the most articles" says of how many."""

from __future__ import annotations

import pandas as pd

from newsframe import findings, speakers


def quotes(*rows) -> pd.DataFrame:
    """A corpus quotes table of (article, paragraph, kind, speaker, text) rows."""
    table = pd.DataFrame(rows, columns=["article", "paragraph", "kind", "speaker", "text"])
    return table.assign(end_paragraph=table["paragraph"], speaker_text=table["speaker"], cue="said", tone="neutral")


def entities(*rows) -> pd.DataFrame:
    """A corpus entities table of (article, entity, entity_type, mentions) rows."""
    return pd.DataFrame(rows, columns=["article", "entity", "entity_type", "mentions"])


def articles(*ids) -> pd.DataFrame:
    return pd.DataFrame({"article": list(ids), "published": pd.Timestamp("2026-03-17"), "title": list(ids)})


# a strike warning both airlines sign, then a results story for each airline
AIRLINES_QUOTES = quotes(
    ("strike", 1, "reported", "Ryanair and easyJet", "strikes would force them to cancel hundreds of flights"),
    ("strike", 2, "direct", "Ryanair and easyJet", '"Passengers are paying the price for a broken system,"'),
    ("strike", 3, "reported", "Michael Dunne", "the Commission must act"),
    ("results", 1, "direct", "Ryanair", '"Demand remains strong across our network,"'),
    ("results", 2, "reported", "Michael Dunne", "fares would rise this summer"),
    ("routes", 1, "reported", "easyJet", "it would add 12 routes from Bristol"),
    ("routes", 2, "direct", "easyJet", '"Bristol is one of our busiest bases,"'),
)
AIRLINES_ENTITIES = entities(
    ("strike", "Ryanair", "ORG", 3),
    ("strike", "easyJet", "ORG", 2),
    ("strike", "Michael Dunne", "PERSON", 1),
    ("results", "Ryanair", "ORG", 3),
    ("results", "Michael Dunne", "PERSON", 1),
    ("routes", "easyJet", "ORG", 3),
    ("routes", "Bristol", "GPE", 2),
)


def test_bodies_speaking_together_are_each_quoted_in_that_article():
    across = speakers.speakers_across(AIRLINES_QUOTES, AIRLINES_ENTITIES).set_index("speaker")
    assert across.loc["easyJet", "articles"] == 2 and across.loc["easyJet", "statements"] == 4
    assert across.loc["Ryanair", "articles"] == 2 and across.loc["Ryanair", "statements"] == 3
    assert "Ryanair and easyJet" not in across.index
    said = findings.speakers_across_articles.__wrapped__(
        AIRLINES_QUOTES, AIRLINES_ENTITIES, articles("strike", "results", "routes")
    )
    # not "Michael Dunne is quoted in the most articles, 2": each airline is quoted in 2 of the 3 as well
    assert said.startswith("easyJet, Ryanair and Michael Dunne are quoted in the most articles, 2 of 3 each;"), said


def test_a_body_and_a_place_sharing_a_head_noun_stay_one_speaker():
    said = quotes(("a", 1, "reported", "Devon and Cornwall Police", "the road was closed"))
    named = entities(("a", "Devon", "GPE", 1), ("a", "Devon and Cornwall Police", "ORG", 1))
    across = speakers.speakers_across(said, named)
    assert across["speaker"].tolist() == ["Devon and Cornwall Police"]


def test_one_article_sources_quoted_equally_often_are_not_one_quoted_most():
    said = quotes(
        ("pmqs", 1, "reported", "Starmer", "waiting lists had fallen"),
        ("pmqs", 2, "reported", "Badenoch", "patients were waiting too long"),
        ("pmqs", 2, "direct", "Badenoch", '"The Prime Minister is living in a fantasy world,"'),
        ("pmqs", 3, "direct", "Starmer", '"The figures speak for themselves."'),
    )
    named = entities(("pmqs", "Starmer", "PERSON", 3), ("pmqs", "Badenoch", "PERSON", 2))
    assert findings.speakers_across_articles.__wrapped__(said, named, articles("pmqs")) == (
        "The corpus has one article; it quotes 2 named sources, both twice."
    )
    said = pd.concat([said, quotes(("pmqs", 4, "reported", "Hoyle", "order must be kept"))], ignore_index=True)
    named = pd.concat([named, entities(("pmqs", "Hoyle", "PERSON", 1))], ignore_index=True)
    assert findings.speakers_across_articles.__wrapped__(said, named, articles("pmqs")) == (
        "The corpus has one article; it quotes 3 named sources, Badenoch and Starmer most, twice each."
    )
    said = said[said["speaker"] != "Badenoch"]
    assert findings.speakers_across_articles.__wrapped__(said, named, articles("pmqs")) == (
        "The corpus has one article; it quotes 2 named sources, Starmer most, twice."
    )


def test_the_source_in_the_most_articles_says_of_how_many():
    said = quotes(
        ("court", 1, "direct", "Helen Marsh", '"You betrayed the trust of colleagues."'),
        ("repay", 1, "reported", "Helen Marsh", "the order would compensate the firm"),
        ("brief", 1, "reported", "police", "no one was hurt"),
    )
    named = entities(("court", "Helen Marsh", "PERSON", 1), ("repay", "Helen Marsh", "PERSON", 1))
    assert findings.speakers_across_articles.__wrapped__(said, named, articles("court", "repay", "brief", "road")) == (
        "Helen Marsh is quoted in the most articles, 2 of 4, 2 statements in all; 3 of the 4 articles quote someone."
    )


def test_an_article_whose_only_statement_is_a_headline_passive_quotes_no_one_in_the_corpus_either():
    # "Health minister said to be ready to quit": the headline says what is said of the minister, by no one; the
    # article's own sentence says it quotes no one, and the corpus counts it among the articles quoting no one
    said = quotes(
        ("quit", 0, "reported", "Health minister", "to be ready to quit"),
        ("repay", 1, "reported", "Helen Marsh", "the order would compensate the firm"),
    ).assign(cue="said")
    named = entities(("quit", "Ann Okoro", "PERSON", 2), ("repay", "Helen Marsh", "PERSON", 1))
    assert findings.speakers_across_articles.__wrapped__(said, named, articles("quit", "repay", "brief")).endswith(
        "; 1 of the 3 articles quotes someone."
    )
    assert findings.speakers_across_articles.__wrapped__(said[:1], named, articles("quit", "brief")) == (
        "No article of the corpus quotes anyone."
    )
