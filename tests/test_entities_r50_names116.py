"""Official bodies' long names and their short forms: a body "for" or "on" two fields joined by "and", a body "for
the" what it works for, an acronym spelling a hyphenated word or a name after a country's abbreviation, and a village
that names its own parish council."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_body_for_two_fields_keeps_both_fields():
    rows = _kinds(
        _entities_of(
            "date 2022-11-28 Museum returns bronzes\n\n"
            "The transfer was requested by the National Commission for Museums and Monuments in January.\n\n"
            '"This is a significant moment," said Abba Tijani, head of the National Commission for Museums and '
            "Monuments.\n"
        )
    )
    assert rows["National Commission for Museums and Monuments"] == ("ORG", 2)
    assert "Monuments" not in rows and "National Commission for Museums" not in rows


def test_a_body_on_two_matters_keeps_both_matters():
    rows = _kinds(
        _entities_of(
            "date 2021-03-31 Race review published\n\n"
            "Ministers welcomed the work of the Commission on Race and Ethnic Disparities and said they would "
            "respond in the summer.\n"
        )
    )
    assert rows["Commission on Race and Ethnic Disparities"][0] == "ORG"
    assert "Commission" not in rows


def test_a_second_body_after_and_stays_apart():
    rows = _kinds(
        _entities_of(
            "date 2023-06-01 Think tanks warn\n\n"
            "Economists at the Institute for Fiscal Studies and Oxfam said the plan would cost billions.\n"
        )
    )
    assert "Institute for Fiscal Studies and Oxfam" not in rows
    assert rows["Institute for Fiscal Studies"][0] == "ORG"


def test_a_body_for_the_cause_it_works_for_is_one_name():
    rows = _kinds(
        _entities_of(
            "date 2023-03-03 Rights groups back lawsuit\n\n"
            "The National Association for the Advancement of Colored People said it would file a brief.\n\n"
            "The Royal Society for the Protection of Birds also backed the case.\n"
        )
    )
    assert rows["National Association for the Advancement of Colored People"][0] == "ORG"
    assert "National Association" not in rows
    assert rows["Royal Society for the Protection of Birds"][0] == "ORG"


def test_what_a_grant_is_for_is_no_part_of_the_body():
    rows = _kinds(
        _entities_of(
            "date 2023-02-09 Coast scheme funded\n\n"
            "The council said it had secured £15m from the Environment Agency for the Coastwise scheme.\n"
        )
    )
    assert "Environment Agency" in rows
    assert not any(name.startswith("Environment Agency for") for name in rows)


def test_an_acronym_spelling_a_hyphenated_word_joins_the_full_name():
    rows = _kinds(
        _entities_of(
            "date 2023-03-03 Muslim group sues\n\n"
            "The Council on American-Islamic Relations filed a federal lawsuit on Thursday.\n\n"
            "CAIR said it had received more than 200 complaints.\n"
        )
    )
    assert rows["Council on American-Islamic Relations"] == ("ORG", 2)
    assert "CAIR" not in rows


def test_an_acronym_of_a_name_after_a_countrys_abbreviation_joins_it():
    rows = _kinds(
        _entities_of(
            "date 2023-03-03 Border agency sued\n\n"
            "The lawsuit names US Customs and Border Protection as a defendant.\n\n"
            "A spokesperson for CBP declined to comment.\n"
        )
    )
    assert rows["US Customs and Border Protection"] == ("ORG", 2)
    assert "CBP" not in rows


def test_a_village_that_names_its_parish_council_is_a_place():
    rows = _kinds(
        _entities_of(
            "date 2023-03-14 Village falling into the sea\n\n"
            "Happisburgh has lost a road and dozens of homes to the North Sea.\n\n"
            "Happisburgh Parish Council has asked the government for help. Happisburgh is the canary in the coal "
            "mine, one resident said.\n"
        )
    )
    assert rows["Happisburgh"][0] == "GPE"
    assert rows["Happisburgh Parish Council"][0] == "ORG"


def test_a_town_that_names_its_town_council_is_a_place():
    rows = _kinds(
        _entities_of(
            "date 2023-05-02 Cliffs collapse\n\n"
            "Trimingham Town Council has called an emergency meeting, and the Trimingham Sailing Club has moved its "
            "boats.\n\n"
            "Trimingham has lost three homes this winter. Trimingham is next, one resident said.\n"
        )
    )
    assert rows["Trimingham"][0] == "GPE"
    assert rows["Trimingham Town Council"][0] == "ORG"


def test_a_museum_named_again_by_its_own_word_is_the_museum():
    rows = _kinds(
        _entities_of(
            "date 2022-11-28 Museum hands back bronzes\n\n"
            "In August, the Horniman Museum in London said it would consider returning its collection.\n\n"
            "The Horniman, which holds about 50 objects, has since agreed to their return.\n"
        )
    )
    assert rows["Horniman Museum"] == ("ORG", 2)
    assert "Horniman" not in rows


def test_a_gallery_named_again_by_its_own_word_is_the_gallery():
    rows = _kinds(
        _entities_of(
            "date 2023-01-12 Gallery buys painting\n\n"
            "The Ashmolean Museum in Oxford has bought a painting by Turner for £2m.\n\n"
            "The Ashmolean raised the money from 3,000 donors, its director said.\n"
        )
    )
    assert rows["Ashmolean Museum"] == ("ORG", 2)
    assert "Ashmolean" not in rows


def test_a_museum_named_by_a_people_is_not_named_by_the_people_alone():
    rows = _kinds(
        _entities_of(
            "date 2023-01-12 Museum closes gallery\n\n"
            "The British Museum has closed a gallery after a leak.\n\n"
            "The British government said it would help with repairs.\n"
        )
    )
    assert rows["British Museum"] == ("ORG", 1)
