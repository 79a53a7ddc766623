"""Names in a transfer story, a festival's cancellation and a zoo's news: a given name before a surname a reader
took for a body's, a body's name that opens with a word no one bears as a given name, a plural trade noun opening a
sentence before a body's name, a relative of an age, and a place's adjective."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_common_given_name_before_a_surname_read_as_a_body_makes_one_person():
    rows = _kinds(
        _entities_of(
            "date 2026-08-30 Rovers close in on striker\n\n"
            '"We have worked on this for weeks," said the manager, Ellie Navarro, after the win over Northbridge.\n\n'
            '"It was a hard game," said the coach, Tomas Ferreira.\n'
        )
    )
    assert rows["Ellie Navarro"][0] == "PERSON"
    assert "Navarro" not in rows


def test_a_name_read_only_as_a_person_that_opens_with_an_english_word_stays_a_person():
    rows = _kinds(
        _entities_of(
            "date 2026-02-28 Awards night\n\n"
            "The singer took best pop act. Central Cee won best hip-hop act, and the rock award went to a band from "
            "Leeds.\n"
        )
    )
    assert rows.get("Central Cee", ("PERSON",))[0] == "PERSON"


def test_a_plural_trade_noun_opening_a_sentence_is_no_word_of_the_body_it_names():
    rows = _kinds(
        _entities_of(
            "date 2026-07-12 Festival cancelled\n\n"
            "The festival was cancelled after organisers said high winds made the site unsafe.\n\n"
            "Organisers Shoreline Events said on Saturday that the site had been closed.\n\n"
            "Shoreline Events said ticket holders would get a refund.\n"
        )
    )
    assert rows["Shoreline Events"][0] == "ORG"
    assert not any(name.startswith("Organisers") for name in rows)


def test_a_relative_of_an_age_before_a_name_is_a_living_being_not_a_place():
    rows = _kinds(
        _entities_of(
            "date 2026-11-20 Zoo celebrates birth of cubs\n\n"
            "The cubs were born to seven-year-old mother Kasarna on 2 November.\n\n"
            '"Kasarna is proving to be a brilliant mum," the keeper said.\n'
        )
    )
    assert rows["Kasarna"][0] == "PERSON"


def test_the_adjective_of_a_place_the_article_names_is_a_peoples_word():
    rows = _kinds(
        _entities_of(
            "date 2026-11-20 Zoo celebrates birth of rare Sumatran tiger cubs\n\n"
            "The zoo has announced the birth of two Sumatran tiger cubs.\n\n"
            "Fewer than 400 Sumatran tigers are thought to remain in the wild on Sumatra, where they are threatened "
            "by poaching.\n"
        )
    )
    assert rows["Sumatran"][0] == "NORP"


def test_a_name_after_a_compass_word_in_lower_case_is_a_part_of_a_land():
    rows = _kinds(
        _entities_of(
            "date 2026-07-12 Festival cancelled\n\n"
            "The music festival in north Devon has been cancelled after high winds made the site unsafe.\n"
        )
    )
    assert rows["Devon"][0] in ("GPE", "LOC")


def test_a_health_body_named_after_two_places_keeps_its_first_words():
    rows = _kinds(
        _entities_of(
            "date 2026-11-24 Children's hospital opens unit\n\n"
            "University Hospitals Bristol and Weston NHS Foundation Trust, which runs the hospital, said the unit "
            "would treat about 2,000 children a year.\n"
        )
    )
    assert rows["University Hospitals Bristol and Weston NHS Foundation Trust"][0] == "ORG"
    assert "Weston NHS Foundation Trust" not in rows


def test_a_body_of_its_own_before_and_stays_apart():
    rows = _kinds(
        _entities_of(
            "date 2026-11-24 Patients moved\n\n"
            "Patients were moved between Leeds University and Weston NHS Foundation Trust last week.\n"
        )
    )
    assert not any(name.startswith("Leeds University and") for name in rows)


def test_a_town_a_source_spoke_from_is_the_town():
    rows = _kinds(
        _entities_of(
            "date 2026-11-20 Miners end strike\n\n"
            "Union leader Patricio Tapia said the members had voted to return to work.\n\n"
            '"It was a hard fight, but the members are satisfied," Tapia said by phone from Antofagasta.\n'
        )
    )
    assert rows["Antofagasta"][0] == "GPE"
