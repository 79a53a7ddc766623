"""Names written with initials ("CJ Egan-Riley", "AJ Tracey", "M K Stalin"), parties with a bracketed part
("Janata Dal (United)"), and bodies the readers take for people or works ("Thames Water", "Virgin Atlantic",
"Pixar")."""

from __future__ import annotations

from newsframe import pipeline


def _kinds(write, name, text, date="2025-06-01"):
    """entity -> (entity_type, mentions), and the quotes table, of a small article."""
    tables = pipeline.analyze(write(name, text), date, use_cache=False).tables
    entities = tables["entities"]
    rows = {e: (t, int(n)) for e, t, n in zip(entities["entity"], entities["entity_type"], entities["mentions"])}
    return rows, tables["quotes"]


MATCH = "\n\n".join(
    [
        "Marseille hold on for draw at Lens",
        "Marseille held on for a 1-1 draw at Lens on Sunday after CJ Egan-Riley was sent off in the second half.",
        "Mason Greenwood gave the visitors the lead before Lens levelled through Florian Thauvin. CJ Egan-Riley, who "
        "joined from Burnley in the summer, was shown a second yellow card in the 64th minute.",
        '"We defended well with ten men," said Roberto De Zerbi. Marseille are third in Ligue 1.',
    ]
)

LINEUP = "\n\n".join(
    [
        "Burnley 2 Leeds 0",
        "Burnley: Trafford; Roberts, O'Shea, CJ Egan-Riley, Esteve; Cullen, Brownhill; Koleosho, Anthony; Foster, "
        "Flemming.",
        "Goals: Flemming 34, Foster 71.",
        "CJ Egan-Riley headed against the bar early on before Zian Flemming gave Burnley the lead.",
    ]
)

NFL = "\n\n".join(
    [
        "Texans honour former star",
        "The Houston Texans will induct JJ Watt into their Ring of Honor on Sunday.",
        "JJ Watt, who played 10 seasons in Houston, said he was humbled. DJ Moore and AJ Brown are among the "
        "receivers expected at the ceremony.",
    ]
)

RAPPER = "\n\n".join(
    [
        "Rapper AJ Tracey sues former label",
        "AJ Tracey has filed a lawsuit against his former record label, claiming unpaid royalties.",
        "In court papers filed in London, AJ Tracey said the label owed him £2 million. A spokesperson for the "
        "label said the claim was without merit.",
    ]
)

BIHAR = "\n\n".join(
    [
        "Nitish Kumar's party quits alliance",
        "PATNA — The Janata Dal (United) said on Sunday it would leave the alliance after talks broke down.",
        '"The decision was taken unanimously," said K C Tyagi, a senior leader of the Janata Dal (United).',
        "The Communist Party of India (Marxist) and the Rashtriya Janata Dal welcomed the move. Janata Dal (United) "
        "chief Nitish Kumar will meet the governor on Monday.",
    ]
)

DELIMITATION = "\n\n".join(
    [
        "Tamil Nadu opposes delimitation plan",
        "Chief Minister M K Stalin said on Saturday that the delimitation exercise would reduce the state's voice "
        "in Parliament.",
        '"Tamil Nadu will not be punished for controlling its population," M K Stalin said at an all-party meeting '
        "in Chennai.",
        "The DMK leader said he would write to other southern states.",
    ]
)

WATER = "\n\n".join(
    [
        "Thames Water faces nationalisation",
        "The government is preparing to put Thames Water into special administration, according to reports.",
        "Thames Water, which supplies a quarter of the UK population, has debts of £16 billion. Anglian Water and "
        "Southern Water have also been criticised for sewage spills.",
    ]
)

STUDIO = "\n\n".join(
    [
        "Pixar lays off 14% of staff",
        "Pixar is laying off about 175 employees as Disney cuts costs, the animation studio said.",
        "Pixar, which made Toy Story and Finding Nemo, will focus on feature films rather than streaming series.",
    ]
)


def test_two_capitals_and_a_hyphenated_surname_are_a_footballer(write):
    rows, _ = _kinds(write, "match.txt", MATCH)
    assert rows["CJ Egan-Riley"] == ("PERSON", 2)
    rows, _ = _kinds(write, "lineup.txt", LINEUP)
    assert rows["CJ Egan-Riley"] == ("PERSON", 2)


def test_two_capitals_before_a_surname_are_the_persons_initials(write):
    rows, quotes = _kinds(write, "nfl.txt", NFL)
    assert rows["JJ Watt"] == ("PERSON", 2)
    assert rows["AJ Brown"] == ("PERSON", 1) and "Brown" not in rows
    assert rows["DJ Moore"] == ("PERSON", 1)
    assert list(quotes["speaker"]) == ["JJ Watt"]
    rows, quotes = _kinds(write, "rapper.txt", RAPPER)
    assert rows["AJ Tracey"] == ("PERSON", 3) and "Rapper AJ Tracey" not in rows
    assert list(quotes["speaker"])[:2] == ["AJ Tracey", "AJ Tracey"]


def test_spaced_initials_and_a_party_with_a_bracketed_part(write):
    rows, quotes = _kinds(write, "bihar.txt", BIHAR)
    assert rows["Janata Dal (United)"] == ("ORG", 3)
    assert rows["Communist Party of India (Marxist)"] == ("ORG", 1)
    assert rows["Rashtriya Janata Dal"] == ("ORG", 1)
    assert rows["K C Tyagi"] == ("PERSON", 1)
    assert not {"United", "Marxist", "Janata Dal"} & set(rows)
    assert list(quotes["speaker"])[:2] == ["Janata Dal (United)", "K C Tyagi"]


def test_spaced_initials_no_reader_read_are_the_speaker(write):
    rows, quotes = _kinds(write, "delimitation.txt", DELIMITATION)
    assert rows["M K Stalin"] == ("PERSON", 2) and "Stalin" not in rows
    assert list(quotes["speaker"])[1:] == ["M K Stalin", "M K Stalin", "M K Stalin"]
    rows, quotes = _kinds(
        write, "brief.txt", '"We will fight this in every court," said M K Stalin, the chief minister of Tamil Nadu.'
    )
    assert rows["M K Stalin"] == ("PERSON", 1)


def test_utilities_are_bodies_not_people_or_works(write):
    rows, _ = _kinds(write, "water.txt", WATER)
    assert rows["Thames Water"] == ("ORG", 3)
    assert rows["Anglian Water"] == ("ORG", 1) and rows["Southern Water"] == ("ORG", 1)


def test_an_airline_ending_in_an_oceans_name_is_no_person(write):
    text = "Virgin Atlantic flew the first transatlantic flight on sustainable fuel from London to New York."
    rows, _ = _kinds(write, "flight.txt", text)
    assert rows["Virgin Atlantic"] == ("ORG", 1)


def test_a_studio_told_of_with_which_is_no_person_in_any_mention(write):
    rows, _ = _kinds(write, "studio.txt", STUDIO)
    assert rows["Pixar"] == ("ORG", 3)
