"""Names of transfer gossip, weather, research, local and arts news (round 34, names61): a club taking a plural verb
after an adverb opening the sentence, a storm named with its weather word, a body after "the think tank" or a cue
noun where a reader guessed a people, a county's side of a river, and a town the gazetteer knows read as a region."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_club_taking_a_plural_verb_after_an_opening_adverb_is_a_club():
    rows = _kinds(
        _entities_of(
            "date 2026-01-20 Transfer round-up\n\n"
            "Everton are weighing up a loan move for a striker before the window closes.\n\n"
            "Meanwhile, Chelsea have rejected an approach from Porto for defender Calvin Bassey.\n"
        )
    )
    assert rows["Chelsea"][0] == "ORG", rows
    assert rows["Calvin Bassey"][0] == "PERSON", rows


def test_a_storm_named_with_its_weather_word_is_an_event():
    rows = _kinds(
        _entities_of(
            "date 2026-10-09 Storm toll rises\n\n"
            "Rescue teams were still searching for survivors after Typhoon Matmo killed nine people in the north of "
            "the country on Tuesday.\n\n"
            "Forecasters in Manila said Tropical Storm Halong could bring more rain at the weekend.\n"
        )
    )
    assert rows["Typhoon Matmo"][0] == "EVENT", rows
    assert rows["Tropical Storm Halong"][0] == "EVENT", rows
    assert "Halong" not in rows and "Matmo" not in rows, rows


def test_a_body_after_the_think_tank_or_a_studio_is_an_organisation():
    rows = _kinds(
        _entities_of(
            "date 2026-05-04 Shorter week study\n\n"
            "The study, led by the University of Leeds and the think tank Autonomy, found fewer sick days.\n\n"
            "The games studio Brightmoor released Hollow Crown on Friday, and sales passed 500,000 within a week.\n"
        )
    )
    assert rows["Autonomy"][0] == "ORG", rows
    assert rows["Brightmoor"][0] == "ORG", rows


def test_a_county_before_side_of_a_river_is_a_place():
    rows = _kinds(
        _entities_of(
            "date 2026-07-15 Old line to reopen\n\n"
            "The branch line once carried quarrymen to the works on the Devon side of the river, historians said.\n\n"
            "Devon County Council said work would begin in the spring.\n"
        )
    )
    assert rows["Devon"][0] == "GPE", rows
    assert rows["Devon County Council"] == ("ORG", 1), rows


def test_a_town_the_gazetteer_knows_read_as_a_region_is_a_town():
    rows = _kinds(
        _entities_of(
            "date 2026-03-02 Arrests after disturbance\n\n"
            "Police were called to a disturbance in Hull on Sunday night, and two men were arrested.\n"
        )
    )
    assert rows["Hull"][0] == "GPE", rows


def test_a_broadcaster_named_by_a_common_abbreviation_after_its_cue_noun_is_kept():
    rows = _kinds(
        _entities_of(
            "date 2026-08-21 Floods in the south\n\n"
            "State broadcaster CCTV said 3,000 people had been moved from low-lying villages.\n\n"
            "Officers were reviewing CCTV footage from the station, police said.\n"
        )
    )
    assert rows["CCTV"] == ("ORG", 1), rows
