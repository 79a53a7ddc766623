"""Names in planning, politics and travel reports: a campaign named by a verb and what it saves, a possessive
opening a sentence before a body's name, a body set beside a service's or an authority's noun, both ends of a
flight's route and a flight's code."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_campaign_named_by_a_verb_and_a_place_is_one_body():
    rows = _kinds(
        _entities_of(
            "date 2024-10-03 Homes approved\n\n"
            "The Save Walton Fields group, set up by residents in 2022, said the site flooded regularly.\n"
        )
    )
    assert rows.get("Save Walton Fields", ("", 0))[0] == "ORG"
    assert "Walton Fields" not in rows


def test_a_campaign_against_an_airport_scheme_is_one_body_too():
    rows = _kinds(
        _entities_of(
            "date 2024-10-03 Runway vote\n\n"
            "Members of the Stop Heathrow Expansion campaign said the vote was a betrayal of local families.\n"
        )
    )
    assert rows.get("Stop Heathrow Expansion", ("", 0))[0] == "ORG"
    assert "Heathrow Expansion" not in rows


def test_a_given_name_that_is_a_verb_opens_no_campaign():
    rows = _kinds(_entities_of("date 2024-10-03 Premiere\n\nFans of the Will Smith film queued outside.\n"))
    assert rows.get("Will Smith", ("", 0))[0] == "PERSON"


def test_its_opening_a_sentence_is_no_word_of_the_name_after_it():
    rows = _kinds(
        _entities_of(
            "date 2024-06-09 Coalition\n\n"
            "The BJP won 240 of the 543 seats. Its National Democratic Alliance has 293 seats in total.\n"
        )
    )
    assert "Its National Democratic Alliance" not in rows
    assert rows.get("National Democratic Alliance", ("", 0))[0] == "ORG"


def test_their_opening_a_sentence_is_no_word_of_a_title_and_name_either():
    rows = _kinds(
        _entities_of(
            "date 2024-06-09 Strike\n\n"
            "Unite has 1.2 million members. Their General Secretary Sharon Graham said the offer was poor.\n"
        )
    )
    assert not any(e.startswith("Their") for e in rows)


def test_a_name_set_beside_the_service_it_is_is_a_body():
    rows = _kinds(
        _entities_of(
            "date 2023-08-17 Results\n\n"
            "Ucas, the university admissions service, said a record 79% of applicants had been accepted.\n"
        )
    )
    assert rows.get("Ucas", ("", 0))[0] == "ORG"


def test_a_name_set_beside_the_authority_it_is_is_a_body():
    rows = _kinds(
        _entities_of(
            "date 2023-08-17 Fines\n\n"
            "Ofcom fined the broadcaster. Tarvex, the local transport authority, said the fares would rise.\n"
        )
    )
    assert rows.get("Tarvex", ("", 0))[0] == "ORG"


def test_the_far_end_of_a_flight_and_where_passengers_were_flown_are_a_place():
    rows = _kinds(
        _entities_of(
            "date 2024-05-22 Turbulence\n\n"
            "Eleven passengers were taken to hospital after a Ryanair flight from Dublin to Lanzarote hit severe "
            "turbulence, the airline said.\n\n"
            "The airline said a replacement aircraft had flown the remaining passengers to Lanzarote by Tuesday "
            "night.\n"
        )
    )
    assert rows["Lanzarote"][0] in ("GPE", "LOC")


def test_a_ferry_from_a_port_to_an_island_ends_at_a_place():
    rows = _kinds(
        _entities_of(
            "date 2024-05-22 Ferry\n\n"
            "A ferry from Oban to Colonsay was cancelled on Monday. The operator sailed its other vessel to Colonsay "
            "on Tuesday.\n"
        )
    )
    assert rows["Colonsay"][0] in ("GPE", "LOC")


def test_a_flight_code_is_no_place():
    rows = _kinds(
        _entities_of(
            "date 2024-05-22 Turbulence\n\n"
            "A Singapore Airlines passenger died on a flight from London. That flight, SQ321, made an emergency "
            "landing in Bangkok.\n"
        )
    )
    assert rows.get("SQ321", ("PRODUCT", 0))[0] not in ("GPE", "LOC", "PERSON")
    assert rows["Bangkok"][0] == "GPE"
