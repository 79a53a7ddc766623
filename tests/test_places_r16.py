"""Places in kinds of news: streets at a junction, counties in a list, a ferry's route,
rail replacement buses, a snow warning over towns, named storms, a tennis tournament's town and a river abroad."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_streets_at_a_junction_and_in_a_list_are_streets_not_people():
    """A name ending in "Road" ends no person's name; a street listed with another street is one too, whatever
    the readers took it for ("Lane" and "Street" are surnames too)."""
    rows = _kinds(
        _entities_of(
            "date 2024-05-02 Pedestrian hurt in crash at junction\n\nA pedestrian was hurt when a van mounted the "
            "pavement at the junction of Marlow Road and Fenwick Road in Reading on Tuesday.\n\nResidents said "
            "drivers used the streets between Orchard Lane and Vicarage Street as a short cut.\n\nThe van driver, "
            "from Henley, stopped at the scene."
        )
    )
    assert rows["Marlow Road"][0] == "FAC" and rows["Fenwick Road"][0] == "FAC"
    assert rows["Vicarage Street"][0] == "FAC" and rows["Orchard Lane"][0] == "FAC"


def test_a_name_no_reader_read_in_a_list_of_counties_is_a_place_and_so_are_the_others():
    """In "Pembrokeshire, Ceredigion and Gwynedd" the middle name, which no reader reads, is found, and the list's
    places make its last name one too."""
    rows = _kinds(
        _entities_of(
            "date 2024-11-22 Flood alerts issued as heavy rain arrives\n\nA yellow rain warning covers "
            "Carmarthenshire, Ceredigion and Gwynedd from midnight until Sunday, forecasters said.\n\nRoads near "
            "the coast were expected to flood."
        )
    )
    assert rows["Ceredigion"][0] == "GPE"
    assert rows["Gwynedd"][0] == "GPE"
    assert rows["Carmarthenshire"][0] == "GPE"


def test_a_route_read_as_one_name_is_its_two_ends_and_a_road_between_two_villages_names_places():
    rows = _kinds(
        _entities_of(
            "date 2025-01-10 Ferries cancelled as gales hit\n\nThe operator cancelled Friday's sailing from "
            "Pembroke Dock to Rosslare because of high winds.\n\nDrivers were warned of delays on the A69 between "
            "Corbridge and Greenhead, and no trains would run between Hexham and Carlisle until Sunday."
        )
    )
    assert "Pembroke Dock to Rosslare" not in rows
    assert rows["Pembroke Dock"][0] == "GPE" and rows["Rosslare"][0] == "GPE"
    for town in ("Corbridge", "Greenhead", "Hexham", "Carlisle"):
        assert rows[town][0] == "GPE", town


def test_a_list_of_towns_read_as_one_body_is_split_into_its_towns():
    rows = _kinds(
        _entities_of(
            "date 2025-01-21 Snow closes schools\n\nAn amber warning for snow covers Inverness, Nairn, Elgin and "
            "Aviemore until Wednesday.\n\nThe A9 between Perth and Inverness was closed for several hours."
        )
    )
    assert not any("," in name or " and " in name for name in rows)
    assert rows["Elgin"][0] == "GPE" and rows["Perth"][0] == "GPE"


def test_named_storms_after_a_storm_noun_are_no_person_or_place_and_a_railway_line_is_no_people():
    rows = _kinds(
        _entities_of(
            "date 2024-11-22 Storm Fenna brings gales to Wales\n\nStorm Fenna will bring gusts of 80mph to "
            "Wales on Saturday, the Met Office said.\n\nIt is the third named storm of the season, after Ashley in "
            "October and Bert last weekend.\n\nSome trains on the Cambrian line will be cancelled."
        )
    )
    assert rows["Ashley"][0] == "EVENT" and rows["Bert"][0] == "EVENT"
    assert rows["Cambrian line"][0] == "FAC"


def test_a_town_a_tennis_player_wins_at_is_a_place():
    """In a report of a sport of players, "at Eastbourne" names the town, no club; so does the headline."""
    rows = _kinds(
        _entities_of(
            "date 2025-06-25 Boulter beats Keys to reach Eastbourne semi-finals\n\nKatie Boulter reached her first "
            "semi-final of the grass-court season with a 6-4 6-3 win over Madison Keys at Eastbourne on "
            "Wednesday.\n\nBoulter saved all three break points she faced."
        )
    )
    assert rows["Eastbourne"] == ("GPE", 2)


def test_a_river_named_after_the_banks_of_and_waters_listed_after_tributaries_are_waters():
    rows = _kinds(
        _entities_of(
            "date 2024-08-09 Fishermen watch the river run dry\n\nIn the village of Ban Hat, on the banks of the "
            "Mekong in southern Laos, fishermen pull empty nets from the water.\n\nScientists blame dams on "
            "tributaries such as the Sekong and the Nam Theun, and drought on the Tibetan Plateau."
        )
    )
    assert rows["Mekong"][0] == "LOC"
    assert rows["Sekong"][0] == "LOC"
    assert rows["Tibetan Plateau"][0] == "LOC"


def test_a_river_no_reader_reads_before_river_is_a_water_and_a_town_above_which_hills_burn_is_a_place():
    rows = _kinds(
        _entities_of(
            "date 2024-07-04 Floods displace villagers\n\nIn neighbouring Bihar, the Kosi river rose above the "
            "danger mark at Birpur, officials said.\n\nWildfires spread across the hills above Kalamata on Monday."
        )
    )
    assert rows["Kosi"][0] == "LOC"
    assert rows["Kalamata"][0] == "GPE"


def test_lenders_named_after_came_from_are_no_route_ends():
    """ "came from" names no route: a bank listed there with a town's name stays a bank."""
    rows = _kinds(
        _entities_of("date 2025-03-04 Lenders\n\nThe loans came from Barclays and Santander, the company said.\n")
    )
    assert rows["Santander"][0] == "ORG"


def test_a_name_no_reader_reads_after_near_is_a_place():
    rows = _kinds(
        _entities_of(
            "date 2024-08-12 Wildfires spread in Greece\n\nFirefighters battled blazes near Ancient Olympia on "
            "Monday, and residents of Kalamata were told to stay indoors.\n"
        )
    )
    assert rows["Ancient Olympia"][0] == "GPE"


def test_towns_that_are_subjects_after_a_storm_noun_stay_towns_and_storms_listed_in_the_plural_are_storms():
    rows = _kinds(
        _entities_of(
            "date 2025-01-02 Storm Bella hits Kent\n\nThe storm knocked out power after Ashford and Canterbury "
            "lost their main lines, the network said.\n\nStorms Ciara and Dennis caused similar damage in 2020.\n"
        )
    )
    assert rows["Canterbury"][0] == "GPE"
    assert rows["Dennis"][0] == "EVENT"
    assert not any(kind == "PERSON" for kind, _ in rows.values())


def test_a_town_upon_its_river_is_one_place_and_the_last_of_a_list_of_towns_and_a_river_by_its_banks_are_found():
    rows = _kinds(
        _entities_of(
            "date 2025-02-03 River levels rise\n\nBarriers were put up on the banks of the Wye at Hereford.\n\n"
            "Residents of Upton upon Severn, Tewkesbury and Deerhurst were told to move valuables upstairs.\n"
        )
    )
    assert rows["Upton upon Severn"][0] == "GPE"
    assert rows["Tewkesbury"][0] == "GPE" and rows["Deerhurst"][0] == "GPE"
    assert rows["Wye"][0] == "LOC"
