"""Names in the sentences about who is heard are written as the article writes them: "the BBC" where the story
writes "the BBC", "LBC" where it writes "LBC"; and the columnist's own first-person views are the writer's, not a
source the article quotes."""

from __future__ import annotations

import pandas as pd

from newsframe import summary


def quotes(*rows) -> pd.DataFrame:
    """A quotes table of (paragraph, kind, speaker, speaker_text, text) rows, every statement neutral."""
    table = pd.DataFrame(rows, columns=["paragraph", "kind", "speaker", "speaker_text", "text"])
    return table.assign(tone="neutral", cue="said", speaker_paragraph=table["paragraph"])


def entities(*rows) -> pd.DataFrame:
    """An entities table of (entity, entity_type, mentions, first_paragraph) rows."""
    table = pd.DataFrame(rows, columns=["entity", "entity_type", "mentions", "first_paragraph"])
    return table.assign(paragraphs=1, aliases=table["entity"])


def paragraphs(*texts: str) -> pd.DataFrame:
    """A paragraphs table: the headline (0) and then each text."""
    return pd.DataFrame({"paragraph": range(len(texts)), "text": list(texts)})


def test_a_medium_spoken_to_is_written_with_the_as_the_article_writes_it():
    text = paragraphs(
        "Ferry firm cuts winter sailings",
        "Islay Ferries will run two sailings a day from November, the firm said.",
        "Skipper Rob Kerr told the BBC that crews were worried.",
        "Kerr later told Radio Clyde the cuts were “short-sighted”.",
    )
    said = quotes(
        (1, "reported", "Islay Ferries", "the firm", "Islay Ferries will run two sailings a day"),
        (2, "reported", "Rob Kerr", "Skipper Rob Kerr", "that crews were worried"),
        (3, "partial", "Rob Kerr", "Kerr", "the cuts were “short-sighted”"),
    )
    names = entities(
        ("Islay Ferries", "ORG", 1, 1), ("Rob Kerr", "PERSON", 2, 2), ("BBC", "ORG", 1, 2), ("Radio Clyde", "ORG", 1, 3)
    )
    sentence = summary.unheard_sentence(said, names, text)
    assert sentence.startswith("The BBC and Radio Clyde are named only as outlets or audiences someone spoke to;")
    # the one medium, written bare by the article, stays bare; written with "the", it takes "The" at the start
    alone = names[names["entity"] != "Radio Clyde"]
    assert summary.unheard_sentence(said.head(2), alone, text.head(3)).startswith("The BBC is named only as the outlet")
    bare = text.assign(text=text["text"].str.replace("told the BBC", "told BBC", regex=False))
    assert summary.unheard_sentence(said.head(2), alone, bare.head(3)).startswith("BBC is named only as the outlet")
