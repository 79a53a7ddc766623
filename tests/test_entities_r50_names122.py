"""Entities of short business and local stories: a one-word name presented as a nation's trade ("Brightwave, a
Danish software developer") is a firm; a union named by one word or initials before "and" and a council named after
its town ("Unison and Leeds City Council") are two bodies; a body opening with a place after "Fire and Rescue
Service and" ("West Yorkshire Police") stays apart; a name after "<person>, of" is where the person lives unless the
person speaks for it."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_one_word_name_presented_as_a_nations_software_developer_is_a_firm():
    rows = _kinds(
        _entities_of(
            "date 2025-03-04 Halvorsen to buy Brightwave in $3bn deal\n\n"
            "Halvorsen has agreed to buy Brightwave, a Danish software developer, for $3bn in cash, the companies "
            "said on Tuesday.\n\n"
            "Halvorsen said the deal would close in the second half of the year."
        )
    )
    assert rows["Brightwave"] == ("ORG", 2)


def test_a_nations_fish_farmer_with_the_is_a_firm_and_a_person_with_a_full_name_stays_one():
    rows = _kinds(
        _entities_of(
            "date 2025-07-07 Vantor agrees deal\n\n"
            "Vantor agreed to buy Lumeq, a Dutch chip designer, for $1.4bn. It also bought Pelagic, the Norwegian "
            "fish farmer.\n\n"
            "Lars Holm, a Danish software developer, said the deal made sense."
        )
    )
    assert rows["Lumeq"][0] == "ORG" and rows["Pelagic"][0] == "ORG"
    assert rows["Lars Holm"][0] == "PERSON"


def test_a_union_and_a_city_council_are_two_bodies():
    rows = _kinds(
        _entities_of(
            "date 2025-02-20 Council and unions agree pay deal\n\n"
            "GMB and Bristol City Council have agreed a pay deal covering 4,000 workers.\n\n"
            "Sam Okafor, of GMB, said members had voted to accept. Unite and Sheffield City Council are still in "
            "talks."
        )
    )
    assert rows["GMB"] == ("ORG", 2) and rows["Bristol City Council"] == ("ORG", 1)
    assert rows["Unite"][0] == "ORG" and rows["Sheffield City Council"][0] == "ORG"
    assert not any(" and " in name for name in rows)


def test_a_council_of_two_places_and_a_police_force_of_two_counties_stay_whole():
    rows = _kinds(
        _entities_of(
            "date 2025-02-20 Flood repairs agreed\n\n"
            "Brighton and Hove City Council and Devon and Cornwall Police met on Monday, officers said.\n\n"
            "Unison and Leeds City Council have agreed a pay deal."
        )
    )
    assert rows["Brighton and Hove City Council"][0] == "ORG"
    assert rows["Devon and Cornwall Police"][0] == "ORG"
    assert "Unison" in rows and "Leeds City Council" in rows


def test_a_county_police_after_a_fire_and_rescue_service_is_a_body_of_its_own():
    rows = _kinds(
        _entities_of(
            "date 2025-04-09 Warehouse fire\n\n"
            "Judge Andrew Hall said the fire had put firefighters at risk. West Yorkshire Fire and Rescue Service "
            "and West Yorkshire Police attended the scene.\n\n"
            "Crews from Kent Fire and Rescue Service and officers from Kent Police were also there."
        )
    )
    assert rows["West Yorkshire Police"][0] == "ORG"
    assert rows["Kent Fire and Rescue Service"][0] == "ORG" and rows["Kent Police"][0] == "ORG"


def test_a_name_after_a_person_and_of_is_their_home_unless_they_speak_for_it():
    rows = _kinds(
        _entities_of(
            "date 2025-10-03 Pair convicted over stabbing\n\n"
            "Dean Marsh, of Lawrence Hill, was convicted of wounding at Bristol Crown Court on Thursday.\n\n"
            "His friend Carl Neville, of Hartcliffe, was cleared. Jenny Lake, of Hargreaves Lansdown, said the firm "
            "was not involved."
        )
    )
    assert rows["Lawrence Hill"][0] == "GPE" and rows["Hartcliffe"][0] == "GPE"
    assert rows["Hargreaves Lansdown"][0] != "GPE"
