"""Outlets, as a reader counts them: a wire agency credited in the dateline ("LIMA (Reuters) -") and then told
something by a source is an outlet someone spoke to, not a body the story keeps silent."""

from __future__ import annotations

import pandas as pd

from newsframe import speakers


def test_a_dateline_credit_leaves_the_agency_an_outlet_spoken_to():
    texts = [
        "Peru's fishmeal exports slump",
        "LIMA (Reuters) - Peru's fishmeal exports fell by a third in May, the trade ministry said on Friday.",
        "Fleet owners kept boats in port after warm water drove anchovy south, trader Luis Paredes told Reuters.",
    ]
    paragraphs = pd.DataFrame({"paragraph": range(len(texts)), "text": texts})
    quotes = pd.DataFrame(
        {
            "paragraph": [1, 2],
            "speaker_paragraph": [1, 2],
            "speaker": ["trade ministry", "Luis Paredes"],
            "kind": ["reported", "reported"],
        }
    )
    # the credit is counted as no mention: the agency is named once, where the trader tells it
    entities = pd.DataFrame(
        {
            "entity": ["Reuters", "Luis Paredes"],
            "entity_type": ["ORG", "PERSON"],
            "mentions": [1, 1],
            "aliases": ["Reuters", "Luis Paredes"],
        }
    )
    assert speakers.carriers(entities, quotes, paragraphs) == {"Reuters"}
    # a body named in a dateline and elsewhere as a source stays no outlet
    texts[2] = "Fleet owners kept boats in port, Reuters said, citing trader Luis Paredes."
    assert speakers.carriers(entities, quotes, pd.DataFrame({"paragraph": range(3), "text": texts})) == set()
