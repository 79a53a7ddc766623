"""Outlets, as a reader counts them: the other side of talks (a negotiation) is a party to the story, not an outlet
or an audience someone spoke to; one who "talks to" a broadcaster still speaks to an outlet."""

from __future__ import annotations

import pandas as pd

from newsframe import speakers


def _carriers(last: str) -> set[str]:
    texts = [
        "Junior doctors end strike",
        "Downing Street said the health secretary had spoken to doctors' leaders on Wednesday.",
        last,
    ]
    paragraphs = pd.DataFrame({"paragraph": range(len(texts)), "text": texts})
    quotes = pd.DataFrame(
        {"paragraph": [1, 2], "speaker_paragraph": [1, 2], "speaker": ["Downing Street", "Victoria Atkins"]}
    )
    entities = pd.DataFrame(
        {
            "entity": ["British Medical Association", "LBC", "Victoria Atkins", "Downing Street"],
            "entity_type": ["ORG", "ORG", "PERSON", "ORG"],
            "mentions": [1, 1, 1, 1],
            "aliases": ["British Medical Association", "LBC", "Victoria Atkins", "Downing Street"],
        }
    )
    return speakers.carriers(entities, quotes, paragraphs)


def test_the_other_side_of_talks_is_no_audience():
    last = "Talks with the British Medical Association will resume next week, Victoria Atkins said on LBC."
    assert _carriers(last) == {"LBC"}


def test_one_who_talks_to_a_broadcaster_speaks_to_an_outlet():
    last = "Victoria Atkins, who talks to LBC every week, said the British Medical Association had to compromise."
    assert _carriers(last) == {"LBC"}
