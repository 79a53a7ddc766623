"""Entities: a first and last name joins the same name given with middle names; a name told of with ", where" is
no person."""

from __future__ import annotations

from newsframe import pipeline

OBITUARY = "\n\n".join(
    [
        "Liam Payne, former One Direction singer, dies at 31",
        "Liam Payne, a member of the boy band One Direction, died on Wednesday in Buenos Aires after falling from "
        "the third floor of a hotel, the police said. He was 31.",
        "Payne was pronounced dead at the scene by emergency workers, the city police said in a statement.",
        "Liam James Payne was born on August 29, 1993, in Wolverhampton, England. He first auditioned for "
        '"The X Factor" in 2008, at 14, and was sent home by Simon Cowell.',
        'As a solo artist, Payne released the single "Strip That Down" in 2017.',
    ]
)


def test_first_and_last_name_join_the_same_name_with_middle_names(write):
    ents = pipeline.analyze(write("obit", OBITUARY), "2024-10-16", use_cache=False).tables["entities"]
    payne = ents[ents["aliases"].str.contains("Liam Payne")]
    assert len(payne) == 1
    row = payne.iloc[0]
    assert row["entity_type"] == "PERSON"
    assert set(row["aliases"].split("|")) == {"Liam Payne", "Payne", "Liam James Payne"}
    assert row["mentions"] == 5


FLOOD = "\n\n".join(
    [
        "Storm Babet: three dead as rivers burst banks",
        "Brechin, where the River South Esk burst its banks, was worst hit. Around 400 homes were evacuated in the "
        "town, and residents were ferried to safety by firefighters in boats.",
        "Scotland's First Minister Humza Yousaf visited Brechin on Saturday and promised funding for affected "
        "households.",
    ]
)


def test_a_name_told_of_with_where_is_no_person(write):
    ents = pipeline.analyze(write("flood", FLOOD), "2023-10-22", use_cache=False).tables["entities"]
    types = dict(zip(ents["entity"], ents["entity_type"]))
    assert types["Brechin"] == "GPE"
    assert types["Humza Yousaf"] == "PERSON"
    assert ents.set_index("entity").loc["Brechin", "mentions"] == 2
