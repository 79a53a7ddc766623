"""Names in a launch report, a dig, a product launch with a regulator's case and a festival review: a post in
apposition after a speaker's name, a crew member listed beside a body of a nation, an owner read into its
product's name."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_post_in_apposition_makes_a_speaker_a_person_whatever_a_reader_took_the_name_for():
    rows = _kinds(
        _entities_of(
            "date 2026-06-09 Regulator opens payments case\n\n"
            '"Consumers should be able to choose how they pay with their phone," Teresa Ribera, the Commission\'s '
            "executive vice-president for competition, told reporters in Brussels.\n"
        )
    )
    assert rows["Teresa Ribera"][0] == "PERSON"


def test_a_place_before_a_post_and_the_holders_name_stays_a_place():
    rows = _kinds(
        _entities_of(
            "date 2026-02-11 Envoy tours the Gulf\n\n"
            "In Abu Dhabi, the president of the United Arab Emirates, Sheikh Mohamed bin Zayed, met the envoy.\n"
        )
    )
    assert rows["Abu Dhabi"][0] == "GPE"


def test_a_crew_member_listed_beside_a_body_of_a_nation_is_not_joined_to_its_name():
    rows = _kinds(
        _entities_of(
            "date 2026-04-02 Crew lifts off\n\n"
            "Commander Dana Mercer, pilot Omar Haddad, mission specialist Christina Koch and Canadian Space Agency "
            "astronaut Luc Tremblay are aboard the capsule.\n\n"
            "Crews from Kent Fire and Rescue Service stood by at the launch site.\n\n"
            "Tremblay is the first Canadian to travel beyond Earth orbit.\n"
        )
    )
    assert rows["Christina Koch"][0] == "PERSON"
    assert rows["Canadian"][0] == "NORP"  # one of the nation's people, not the agency named short
    assert rows["Canadian Space Agency"][0] == "ORG"
    assert "Kent Fire and Rescue Service" in rows  # a body's pair of field words stays joined


def test_an_owner_named_alone_elsewhere_is_cut_from_its_products_name():
    rows = _kinds(
        _entities_of(
            "date 2026-06-09 Headset launched\n\n"
            "Analysts said the cheaper headset could help Apple compete with Meta's Quest 4 next year.\n\n"
            "The new assistant can act inside apps from Meta, Microsoft and Amazon.\n\n"
            "He was treated at King's College Hospital.\n"
        )
    )
    assert rows["Meta"] == ("ORG", 2)
    assert "Meta's Quest 4" not in rows
    assert "King's College Hospital" in rows  # no owner named alone: one name


def test_a_name_ending_in_one_common_word_after_an_owner_named_alone_stays_whole():
    rows = _kinds(
        _entities_of(
            "date 2026-12-20 Bin rounds change\n\n"
            "Bins will not be collected on New Year's Day this year.\n\n"
            "Rounds return to normal after the New Year break.\n"
        )
    )
    assert "New Year's Day" in rows and "Day" not in rows


def test_a_nations_adjective_before_its_government_in_small_letters_is_the_nation_not_a_body():
    rows = _kinds(
        _entities_of(
            "date 2026-03-02 Steelworks to close\n\n"
            "The GMB union called on the Welsh government to intervene in the closure at Port Talbot.\n\n"
            "A Welsh government spokesperson said ministers would work with the company.\n"
        )
    )
    assert rows["Welsh"][0] == "NORP"


def test_a_word_whose_small_letters_end_in_capitals_is_a_brand_not_a_person():
    rows = _kinds(
        _entities_of(
            "date 2026-04-02 Rocket firms cheer launch\n\n"
            "SpaceX, whose Starship vehicle is meant to land astronauts on the Moon, congratulated the crew.\n\n"
            "McKenzie, whose brother works at the launch site, said the crowd was huge.\n"
        )
    )
    assert rows["SpaceX"][0] == "ORG"
    assert rows["McKenzie"][0] == "PERSON"  # a capital inside a surname, small letters after it
