"""Across articles: a surname one article names alone is the one full name of the corpus ending in it."""

from __future__ import annotations

import pandas as pd

from newsframe import compare, speakers


def _entities(rows):
    return pd.DataFrame(rows, columns=["article", "entity", "entity_type", "mentions"])


def test_a_surname_named_alone_in_one_article_is_the_full_name_of_another():
    entities = _entities(
        [
            ("a", "Keir Starmer", "PERSON", 4),
            ("b", "Keir Starmer", "PERSON", 3),
            ("c", "Starmer", "PERSON", 5),
            ("c", "Kemi Badenoch", "PERSON", 2),
        ]
    )
    across = compare.entities_across(entities).set_index("entity")
    assert across.loc["Keir Starmer", "articles"] == 3
    assert across.loc["Keir Starmer", "mentions"] == 12
    assert "Starmer" not in across.index


def test_a_surname_two_people_share_joins_neither():
    entities = _entities([("a", "Ed Davey", "PERSON", 2), ("b", "Tom Davey", "PERSON", 1), ("c", "Davey", "PERSON", 3)])
    across = compare.entities_across(entities).set_index("entity")
    assert set(across.index) == {"Ed Davey", "Tom Davey", "Davey"}
    assert speakers.surnames_across(entities) == {}


def test_the_speakers_across_articles_join_a_surname_to_the_full_name():
    entities = _entities([("a", "Keir Starmer", "PERSON", 2), ("c", "Starmer", "PERSON", 3)])
    quotes = pd.DataFrame(
        {
            "article": ["a", "c", "c"],
            "speaker": ["Keir Starmer", "Starmer", "Starmer"],
            "kind": ["direct", "reported", "direct"],
            "text": ["We will act.", "the plan works", "Not now."],
        }
    )
    across = speakers.speakers_across(quotes, entities)
    row = across.set_index("speaker").loc["Keir Starmer"]
    assert (row["statements"], row["articles"]) == (3, 2)
