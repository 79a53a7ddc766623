"""Waters named with "of", states written short after a town, towns where residents live, and the capitalised
"the Government" of Irish and British house style."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_water_named_with_of_is_one_place():
    rows = _kinds(
        _entities_of(
            "date 2024-11-06 Hurricane Rafael churns toward the Gulf of Mexico\n\n"
            "Hurricane Rafael strengthened on Wednesday as it moved toward the Gulf of Mexico, and forecasters said "
            "it could become a major storm by the weekend.\n\n"
            "Rafael is the latest in a series of storms to hit the Gulf of Mexico this year.\n"
        )
    )
    assert rows["Gulf of Mexico"] == ("LOC", 3)
    assert "Mexico" not in rows


def test_a_state_written_short_after_a_town_is_the_state():
    rows = _kinds(
        _entities_of(
            "date 2024-06-18 Eddie Ray, blues guitarist, dies at 82\n\n"
            "CHICAGO (AP) — Eddie Ray, a blues guitarist who played the clubs of Chicago for six decades, has died. "
            "He was 82.\n\n"
            "Ray was born in Macon, Miss., in 1941 and moved north with his family as a teenager. He first played "
            "with his uncle in Rockford, Ill., before forming his own band.\n\n"
            "He later lived in Skokie, Ill.\n"
        )
    )
    assert rows["Illinois"] == ("GPE", 2)
    assert rows["Mississippi"] == ("GPE", 1)
    assert "Ill" not in rows and "Miss" not in rows


def test_a_town_only_residents_of_name_is_a_place():
    rows = _kinds(
        _entities_of(
            "date 2025-02-26 Fire hits Victorian town\n\n"
            "Residents of Pomonal returned to find their houses in ashes on Friday.\n\n"
            "Crews said the fire had burned 20,000 hectares.\n"
        )
    )
    assert rows["Pomonal"] == ("GPE", 1)


def test_the_capitalised_government_is_no_body_of_its_own():
    rows = _kinds(
        _entities_of(
            "date 2025-03-04 Government under pressure over housing plan\n\n"
            "The Government has come under fresh pressure over its housing plan after opposition parties tabled a "
            "motion in the Dáil on Tuesday.\n\n"
            "Taoiseach Micheál Martin said the Government would not be deflected from its targets.\n"
        )
    )
    assert "Government" not in rows
    assert rows["Micheál Martin"] == ("PERSON", 1)


def test_a_constituency_named_after_several_places_is_one_place():
    rows = _kinds(
        _entities_of(
            "date 2026-05-08 Highland by-election result\n\n"
            "The SNP has held Inverness East, Nairn and Lochaber, one of the largest constituencies in Britain, "
            "with a majority of 3,200.\n\n"
            "Labour came second in Inverness East, Nairn and Lochaber. The new MP, Fiona Ross, said she would "
            "fight for every town in the seat, from Nairn to Fort William.\n\n"
            "Elsewhere, Labour won council seats in Leeds, Hull and York.\n"
        )
    )
    assert rows["Inverness East, Nairn and Lochaber"] == ("GPE", 2)
    assert rows["Nairn"] == ("GPE", 1)
    assert "Lochaber" not in rows and "Inverness East" not in rows
    assert rows["Leeds"][0] == "GPE" and rows["York"][0] == "GPE"  # a list of towns names each town


def test_a_city_and_a_name_in_a_sentence_about_trains_is_a_station():
    rows = _kinds(
        _entities_of(
            "date 2025-06-02 Rail passengers face weekend of cancellations\n\n"
            "Network Rail said trains between Manchester Piccadilly and Crewe would be cut on Saturday while "
            "engineers repair overhead wires.\n\n"
            "Manchester City play at home on Saturday.\n"
        )
    )
    assert rows["Manchester Piccadilly"] == ("FAC", 1)
    assert rows["Network Rail"] == ("ORG", 1)
