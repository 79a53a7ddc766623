"""Sources, as a reader counts them: a statement a body issues is that body speaking ("a club statement said" after
"the club announced"), and "the council" is the one council the story names, so neither is a source of its own."""

from __future__ import annotations

import pandas as pd

from newsframe import speakers


def _quotes(rows: list[tuple[int, str, str]]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "paragraph": [p for p, _, _ in rows],
            "speaker_paragraph": [p for p, _, _ in rows],
            "speaker": [s for _, s, _ in rows],
            "speaker_text": [t for _, _, t in rows],
            "kind": "reported",
            "tone": "neutral",
            "text": "the plan would go ahead",
        }
    )


def _entities(rows: list[tuple[str, str]]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "entity": [e for e, _ in rows],
            "entity_type": [t for _, t in rows],
            "mentions": 2,
            "aliases": [e for e, _ in rows],
        }
    )


def test_a_statement_of_a_body_the_quotes_name_is_that_body():
    quotes = _quotes(
        [
            (1, "Redbridge Rovers", "The club"),
            (2, "a club statement", "a club statement"),
            (3, "The statement", "The statement"),
            (4, "Paulo Vieira", "he"),
        ]
    )
    entities = _entities([("Redbridge Rovers", "ORG"), ("Paulo Vieira", "PERSON")])
    table = speakers.speakers_table(quotes, entities)
    counts = dict(zip(table["speaker"], table["statements"]))
    assert counts == {"Redbridge Rovers": 3, "Paulo Vieira": 1}
    assert table.loc[table["speaker"] == "Redbridge Rovers", "speaker_kind"].item() == "organisation"


def test_a_statement_from_a_described_body_is_the_one_body_named_with_that_noun():
    quotes = _quotes(
        [
            (1, "Northvale County Council", "Northvale County Council"),
            (2, "the council", "A statement from the council"),
            (3, "The gallery", "The gallery"),
        ]
    )
    entities = _entities([("Northvale County Council", "ORG"), ("National Gallery of Scotland", "ORG")])
    table = speakers.speakers_table(quotes, entities)
    counts = dict(zip(table["speaker"], table["statements"]))
    assert counts == {"Northvale County Council": 2, "National Gallery of Scotland": 1}


def test_a_statement_of_a_description_heard_elsewhere_is_that_description():
    quotes = _quotes([(1, "the palace", "the palace"), (2, "a palace statement", "a palace statement")])
    table = speakers.speakers_table(quotes, _entities([("Adeline", "PERSON")]))
    assert dict(zip(table["speaker"], table["statements"])) == {"the palace": 2}


def test_a_statement_naming_no_body_heard_and_a_noun_two_bodies_fit_stay_apart():
    quotes = _quotes(
        [
            (1, "a joint statement", "a joint statement"),
            (2, "the school", "the school"),
            (3, "Tom Ellery", "Tom Ellery"),
        ]
    )
    entities = _entities(
        [("Little Marston Primary School", "ORG"), ("Save Marston School", "ORG"), ("Tom Ellery", "PERSON")]
    )
    table = speakers.speakers_table(quotes, entities)
    assert set(table["speaker"]) == {"a joint statement", "the school", "Tom Ellery"}
    # a statement a named person issues is that person, a named place is no body
    quotes = _quotes([(1, "a statement from Tom Ellery", "a statement from Tom Ellery"), (2, "the city", "the city")])
    table = speakers.speakers_table(quotes, _entities([("Tom Ellery", "PERSON"), ("Leeds", "GPE")]))
    assert set(table["speaker"]) == {"Tom Ellery", "the city"}


def test_a_plural_description_is_several_bodies_not_the_one_named():
    # the quotes took "the operators" once for the group that speaks for them; the other "the operators" stays
    quotes = _quotes(
        [
            (1, "Rail Delivery Group", "The Rail Delivery Group"),
            (2, "Rail Delivery Group", "the operators"),
            (3, "the operators", "the operators"),
        ]
    )
    table = speakers.speakers_table(quotes, _entities([("Rail Delivery Group", "ORG")]))
    assert dict(zip(table["speaker"], table["statements"])) == {"Rail Delivery Group": 2, "the operators": 1}


def test_the_summary_counts_a_palace_and_its_statements_as_one_source(write):
    from newsframe import pipeline, summary

    story = """Prince to marry in spring, palace says

Published 2026-11-24

Prince Oskar of Varnholm will marry his fiancee, the lawyer Mira Holt, in the spring, Kensington Palace said on Tuesday.

The couple met in 2022, a palace statement said. "They are very happy," the statement read.

The palace said the date would be announced in January.
"""
    analysis = pipeline.analyze(write("palace.txt", story), use_cache=False)
    (counted,) = [s for s in summary.summary_sentences(analysis.article, analysis.tables) if "attributes" in s]
    assert "to 1 source: Kensington Palace" in counted, counted
