"""Entities: craft and missions numbered in Roman figures, a craft named before its noun, leagues with their tier,
parties named in Welsh, and the works a studio made."""

from __future__ import annotations

from newsframe import pipeline

MOON = "\n\n".join(
    [
        "Nasa delays Artemis III Moon landing to 2028",
        "Nasa has pushed back the Artemis III mission, which is meant to land astronauts near the lunar south pole, "
        "by another year, the agency said on Tuesday.",
        "The decision follows problems with the heat shield of the Orion capsule found after the uncrewed Artemis I "
        "flight in 2022. Engineers said Orion's shield had lost material.",
        "Artemis II, which will carry four astronauts around the Moon, is now due to launch next April from the "
        "Kennedy Space Center in Florida.",
        '"We are not going to fly until it is safe," said Bill Nelson, the Nasa administrator. He said Artemis was '
        "still the agency's top priority.",
    ]
)

FLIGHT = "\n\n".join(
    [
        "Moon samples go on show in London",
        "Rocks collected on the Moon are on display at the Royal Society in London this week.",
        "The exhibition follows the uncrewed Artemis I flight in 2022, which sent a capsule around the Moon.",
    ]
)

LEAGUES = "\n\n".join(
    [
        "Paris Saint-Germain seal fourth straight Ligue 1 title",
        "Paris Saint-Germain clinched the Ligue 1 title on Sunday with a 2-0 win over Le Havre, their fourth league "
        "crown in a row.",
        "Ousmane Dembele scored both goals as the champions moved 14 points clear of Marseille.",
        "Their rivals in Serie A and La Liga are still fighting for their titles. Inter Milan lead Serie A by three "
        "points, while Barcelona top La Liga.",
        '"This team never stops," said coach Luis Enrique. Lyon, who finished third in Ligue 1 last season, lost 3-1 '
        "at Lens.",
    ]
)

FARES = "\n\n".join(
    [
        "Rail fares in Wales to rise by 4.6%",
        "Passengers in Wales will pay more for train travel from March, after the Welsh Government agreed the rise.",
        "Unions said the increase would hit commuters hardest.",
        "SNP MPs said Scotland had already frozen fares. Plaid Cymru said the rise was unfair.",
    ]
)

STUDIO = "\n\n".join(
    [
        "Pixar lays off 14% of staff",
        "Pixar is laying off about 175 employees as Disney cuts costs, the animation studio said.",
        "Pixar, which made Toy Story and Finding Nemo, will focus on feature films rather than streaming series.",
        "Disney, which released Frozen in 2013, declined to comment.",
    ]
)


def _types(write, name, text, date="2025-06-01"):
    e = pipeline.analyze(write(name, text), date, use_cache=False).tables["entities"]
    return dict(zip(e["entity"], e["entity_type"]))


def test_missions_numbered_in_roman_figures_are_one_thing_each_and_their_series_too(write):
    types = _types(write, "moon.txt", MOON)
    for name in ("Artemis III", "Artemis II", "Artemis I", "Artemis"):
        assert types[name] == "PRODUCT", name
    assert types["Orion"] == "PRODUCT"
    assert types["Moon"] == "LOC"
    assert types["Nasa"] == "ORG"
    assert types["Bill Nelson"] == "PERSON"
    assert "Artemis III Moon" not in types


def test_the_first_of_a_series_before_its_flight(write):
    types = _types(write, "flight.txt", FLIGHT)
    assert types["Artemis I"] == "PRODUCT"
    assert "Artemis" not in types


def test_a_league_with_its_tier_is_one_organisation(write):
    e = pipeline.analyze(write("leagues.txt", LEAGUES), "2025-06-01", use_cache=False).tables["entities"]
    rows = {r.entity: (r.entity_type, r.mentions) for r in e.itertuples()}
    assert rows["Ligue 1"] == ("ORG", 3)
    assert rows["Serie A"] == ("ORG", 2)
    assert rows["La Liga"] == ("ORG", 2)
    assert "Ligue" not in rows


def test_a_party_named_in_welsh_is_a_party(write):
    types = _types(write, "fares.txt", FARES)
    assert types["Plaid Cymru"] == "ORG"
    assert types["SNP"] == "ORG"


def test_films_a_studio_made_or_released_are_works(write):
    types = _types(write, "studio.txt", STUDIO)
    assert types["Toy Story"] == "WORK_OF_ART"
    assert types["Finding Nemo"] == "WORK_OF_ART"
    assert types["Frozen"] == "WORK_OF_ART"
    assert types["Pixar"] == "ORG"
    assert types["Disney"] == "ORG"
