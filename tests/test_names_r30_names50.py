"""Main subjects of news nobody here wrote (round 30, names50): places named by a plural noun of a kind of place
("between the towns of X and Y")."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_each_name_after_a_plural_noun_of_a_kind_of_place_is_a_place():
    rows = _kinds(
        _entities_of(
            "date 2025-05-03 Floods cut roads in the south\n\n"
            "A bridge between the towns of Bento Ferraz and Cotavelha partially collapsed on Friday, the operator "
            "said in a statement.\n\n"
            "Rescue teams reached the villages of Arvela, Brintova and Cotinha by boat, officials said.\n"
        )
    )
    for place in ("Bento Ferraz", "Cotavelha", "Arvela", "Brintova", "Cotinha"):
        assert rows[place][0] == "GPE", (place, rows.get(place))


def test_a_korean_name_of_three_syllables_no_reader_read_is_one_person():
    rows = _kinds(
        _entities_of(
            "date 2024-11-16 Xi and Yoon agree to expand trade\n\n"
            "Xi Jinping met Yoon Seok Yeol on the sidelines of a regional summit in Lima on Friday.\n\n"
            "Xi told Yoon that China wanted stable supply chains. Yoon said the two countries should cooperate.\n"
        )
    )
    assert rows["Yoon Seok Yeol"] == ("PERSON", 4) and "Yoon" not in rows, rows


def test_a_name_an_agency_in_apposition_presents_is_an_organisation():
    rows = _kinds(
        _entities_of(
            "date 2024-11-16 Leaders agree trade deal\n\n"
            "Xi told Yoon that China was willing to work with South Korea, according to Xinhua, the state news "
            "agency.\n"
        )
    )
    assert rows["Xinhua"][0] == "ORG", rows


def test_a_name_in_capitals_listed_with_a_name_the_gazetteer_knows_as_a_place_is_no_place():
    rows = _kinds(
        _entities_of(
            "date 2025-04-06 Offices fill up again\n\n"
            "Employers are asking staff to come in on fixed days. Some, like HSBC and Amazon, have gone further.\n"
        )
    )
    assert rows["HSBC"][0] == "ORG", rows


def test_a_given_name_and_a_surname_after_a_peoples_adjective_without_the_is_a_person():
    rows = _kinds(
        _entities_of(
            "date 2025-06-21 Draper reaches final\n\n"
            "Draper will face Czech Jiri Lehecka in Sunday's final after Lehecka beat Tomas Machac 7-5 6-3.\n\n"
            '"It will be a big test," Lehecka said.\n'
        )
    )
    assert rows["Jiri Lehecka"] == ("PERSON", 3), rows
