"""Sentences about an article as a reporter would print them, on texts written for these tests: a body the article
writes after "the" keeps it when the next phrase follows at once ("told the BBC the failure was unacceptable")."""

from __future__ import annotations

import pandas as pd

from newsframe import speakers


def paragraphs(*texts: str) -> pd.DataFrame:
    """A paragraphs table: the headline (0) and then each text."""
    return pd.DataFrame({"paragraph": range(len(texts)), "text": list(texts)})


def entities(*rows) -> pd.DataFrame:
    """An entities table of (entity, entity_type, mentions) rows."""
    table = pd.DataFrame(rows, columns=["entity", "entity_type", "mentions"])
    return table.assign(paragraphs=1, first_paragraph=1, aliases=table["entity"])


def test_a_name_after_the_followed_by_a_new_phrase_keeps_its_the():
    names = entities(("Tidewell Echo", "ORG", 1), ("Senate", "ORG", 1), ("Ashworth", "GPE", 1))
    text = paragraphs(
        "Power cut hits Ashworth",
        "The operator's chief executive told the Tidewell Echo the failure was unacceptable.",
        "Her deputy told the Senate she would stay on. Voters in the Ashworth by-election were unmoved.",
    )
    definite = speakers.definite_names(names, text)
    assert definite == {"Tidewell Echo", "Senate"}
    assert speakers.as_written("Tidewell Echo", definite, start=True) == "The Tidewell Echo"
    # a lower-case noun after the name is still a noun it may qualify: "the Ashworth by-election" is no evidence
    assert "Ashworth" not in definite
