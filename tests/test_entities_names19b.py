"""Names in local, transport, festival and research news: body names whose first words read as a region, a
route's two ends after "between", valleys and saint-named stations, rail lines in a story about trains, a hotel
named like a person after "at the", festival stages and castles named after no person."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_body_ending_in_its_form_word_is_not_cut_after_a_title_of():
    rows = _kinds(
        _entities_of(
            "date 2025-01-20 Trains cancelled\n\n"
            "Trains were cancelled across the region on Monday.\n\n"
            "A spokesman for North Wessex Railway said the failure happened shortly after 06:30.\n"
        )
    )
    assert rows["North Wessex Railway"][0] == "ORG"
    assert "Wessex Railway" not in rows and "North" not in rows


def test_a_routes_two_ends_after_between_are_two_places():
    rows = _kinds(
        _entities_of(
            "date 2025-08-27 Ferries cancelled\n\n"
            "Ferry services between Fishguard and Dunmore were cancelled for a second day, the operator said.\n"
        )
    )
    assert rows["Fishguard"][0] in ("GPE", "LOC") and rows["Dunmore"][0] in ("GPE", "LOC")
    assert "Fishguard and Dunmore" not in rows


def test_a_name_ending_in_valley_is_land_however_read():
    rows = _kinds(
        _entities_of(
            "date 2025-06-14 How the Harlow Valley fight began\n\n"
            "The fight over Harlow Valley has lasted for decades. Last year the government added Harlow Valley to "
            "its list of national priority projects.\n"
        )
    )
    assert rows["Harlow Valley"][0] == "LOC"


def test_a_saint_named_place_without_a_possessive_is_a_place():
    rows = _kinds(
        _entities_of(
            "date 2026-01-20 Rail failure\n\n"
            "Passengers at St Pancras have been told not to travel, the operator said.\n\n"
            "Staff at St Mary's Hospital said they were ready.\n"
        )
    )
    assert rows["St Pancras"][0] == "FAC"
    assert rows["St Mary's Hospital"][0] == "ORG"


def test_a_name_before_line_in_a_story_of_trains_is_a_line():
    rows = _kinds(
        _entities_of(
            "date 2025-03-11 Line suspended\n\n"
            "Elizabeth line services were suspended for most of Tuesday morning after a signal fault, the operator "
            "said.\n\n"
            "Passengers were told to use the Jubilee line instead. Trains were running again by 11:30.\n"
        )
    )
    assert rows["Elizabeth line"][0] == "FAC"
    assert rows["Jubilee line"][0] == "FAC"


def test_a_name_before_line_outside_a_story_of_trains_is_left_to_the_readers():
    rows = _kinds(
        _entities_of(
            "date 2025-03-11 Party split\n\n"
            "Several MPs refused to follow the Marlow line on the budget, the party said.\n"
        )
    )
    assert rows.get("Marlow", ("",))[0] != "FAC"


def test_a_venue_named_like_a_person_after_at_the_is_a_building():
    rows = _kinds(
        _entities_of(
            "date 2024-01-08 Awards night\n\n"
            'Cillian Murphy won best actor on Sunday. "I never thought I would be here," Murphy said backstage '
            "at the Beverly Hilton.\n"
        )
    )
    assert rows["Beverly Hilton"][0] == "FAC"
    assert rows["Cillian Murphy"][0] == "PERSON"


def test_festival_stages_and_castles_named_after_no_person_are_buildings():
    rows = _kinds(
        _entities_of(
            "date 2025-06-30 Festival review\n\n"
            "Little Simz played tracks from her new album on the West Holts Stage, and fans packed the Pyramid "
            "Stage for the headliner.\n\n"
            "Cadw said Dinefwr Castle and Carreg Cennen Castle were undamaged. Roy Castle once played there.\n"
        )
    )
    assert rows["West Holts Stage"][0] == "FAC"
    assert rows["Pyramid Stage"][0] == "FAC"
    assert rows["Dinefwr Castle"][0] == "FAC"
    assert rows["Carreg Cennen Castle"][0] == "FAC"
    assert rows["Roy Castle"][0] == "PERSON"


def test_a_river_before_valley_is_no_people():
    rows = _kinds(
        _entities_of(
            "date 2025-08-27 Flood warning\n\n"
            "Rivers in the Tamar valley are expected to be at their highest since 2020, the agency said.\n"
        )
    )
    assert rows["Tamar"][0] == "LOC"
