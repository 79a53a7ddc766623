"""Entities: a dateline in capitals closed by a colon, as Indian papers write it, is the place the story was filed
from; a place's name and "Keys" is a group of islands. The texts here were written for these tests."""

from __future__ import annotations

from newsframe import pipeline


def test_a_capitals_dateline_with_a_colon_is_a_place(write):
    text = (
        "Tata Motors to invest Rs 9,000 crore in Tamil Nadu plant\n\n"
        "MUMBAI: Tata Motors will invest Rs 9,000 crore over five years to set up a new vehicle plant in Ranipet, "
        "Tamil Nadu, the company said on Thursday.\n\n"
        "The plant, with an annual capacity of 2.5 lakh vehicles, is expected to create around 5,000 direct jobs.\n\n"
        "Shares of Tata Motors rose 1.8% to close at Rs 712.40 on the BSE on Thursday.\n"
    )
    entities = pipeline.analyze(write("tata.txt", text), "2025-02-06", use_cache=False).tables["entities"]
    types = dict(zip(entities["entity"], entities["entity_type"]))
    assert types["Mumbai"] == "GPE"
    assert types["Tata Motors"] == "ORG"


def test_a_place_and_keys_is_a_group_of_islands(write):
    text = (
        "Storm nears Florida Keys\n\n"
        "MIAMI — A tropical storm warning was issued on Monday for the Florida Keys as the storm moved north.\n\n"
        "Visitors were told to leave the Keys by Tuesday evening, Monroe County officials said.\n\n"
        "The singer Alicia Keys cancelled a concert in Miami.\n"
    )
    entities = pipeline.analyze(write("keys.txt", text), "2024-11-04", use_cache=False).tables["entities"]
    types = dict(zip(entities["entity"], entities["entity_type"]))
    assert types["Florida Keys"] == "LOC"
    assert types["Alicia Keys"] == "PERSON"
