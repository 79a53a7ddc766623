"""Entities: a ship's name after its flag state hyphened to "flagged" ("the Portuguese-flagged Solong") is a vessel,
a product, in all its mentions; a nickname given by a verb of naming and "him" or "her" ('Colleagues called her
"Maggie"') is another name of the person named before, not a work or a person of its own."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_flagged_ship_is_a_vessel_in_all_its_mentions():
    rows = _kinds(
        _entities_of(
            "date 2025-03-10 Cargo ship and tanker collide\n\n"
            "The Portuguese-flagged Solong struck a tanker at anchor off the coast on Monday, the coastguard said.\n\n"
            "The Solong's captain was later arrested. Fire crews fought the blaze on the Solong overnight."
        )
    )
    assert rows["Solong"] == ("PRODUCT", 3)


def test_a_belize_flagged_cargo_ship_is_a_vessel_not_a_firm():
    rows = _kinds(
        _entities_of(
            "date 2024-02-19 Ship hit in Gulf of Aden\n\n"
            "The Belize-flagged Rubymar was struck by two missiles in the Gulf of Aden on Sunday, the group said.\n\n"
            "The crew of the Rubymar abandoned ship. Rubymar's owners said it was taking on water."
        )
    )
    assert rows["Rubymar"] == ("PRODUCT", 3)
    assert rows["Belize"][0] == "GPE"


def test_a_nickname_colleagues_called_her_is_the_scientist_named_before():
    rows = _kinds(
        _entities_of(
            "date 2025-03-03 Physicist Margaret Okonjo-Hale dies aged 88\n\n"
            "Margaret Okonjo-Hale, the astrophysicist who mapped the early universe, has died aged 88.\n\n"
            'Dr Okonjo-Hale built the receivers herself. Colleagues called her "Maggie", and her notebooks became '
            "famous.\n\n"
            '"Maggie was fearless," said Professor Robert Kirshner, a former colleague.'
        )
    )
    assert "Maggie" not in rows
    assert rows["Margaret Okonjo-Hale"] == ("PERSON", 5)
    assert rows["Robert Kirshner"] == ("PERSON", 1)


def test_a_nickname_team_mates_gave_him_joins_the_player_not_the_team_mate():
    rows = _kinds(
        _entities_of(
            "date 2024-11-02 Former Wales prop Gethin Pryce dies at 71\n\n"
            "Gethin Pryce, who won 30 caps for Wales, has died at the age of 71.\n\n"
            "Pryce was famed for his strength in the scrum. His old team-mate Alun Rees said they nicknamed him "
            "Tank.\n\n"
            '"Tank never took a backward step," Rees said.'
        )
    )
    assert "Tank" not in rows
    assert rows["Gethin Pryce"][0] == "PERSON" and rows["Gethin Pryce"][1] >= 4
    assert rows["Alun Rees"] == ("PERSON", 2)


def test_a_nickname_known_to_team_mates_is_the_bowler_named_before():
    rows = _kinds(
        _entities_of(
            "date 2024-09-23 Jaddu's five-for seals victory in Chennai\n\n"
            "Ravindra Jadeja took five wickets as India beat Bangladesh by 280 runs in Chennai.\n\n"
            'The left-arm spinner, known to team-mates as "Jaddu", finished with five for 58.'
        )
    )
    assert "Jaddu" not in rows
    assert rows["Ravindra Jadeja"] == ("PERSON", 3)


def test_a_name_known_to_locals_is_no_nickname_of_the_person_before():
    rows = _kinds(
        _entities_of(
            "date 2024-05-02 Council to repaint the bridge\n\n"
            "Councillor Dana Whitfield said the work would start in June.\n\n"
            'The bridge, known to locals as "Blackgate", was last painted in 1990.'
        )
    )
    assert rows["Dana Whitfield"] == ("PERSON", 1)


def test_an_adverb_opening_a_quoted_sentence_is_no_person():
    rows = _kinds(
        _entities_of(
            "date 2025-05-27 Salesforce to buy Informatica\n\n"
            "Salesforce has agreed to buy Informatica for $8bn.\n\n"
            '"Data is the fuel for AI," Marc Benioff said in a statement. "Together, we will create the most complete '
            'data platform in the industry."'
        )
    )
    assert "Together" not in rows
    assert rows["Marc Benioff"] == ("PERSON", 1)


def test_together_opening_an_airline_chief_s_second_sentence_is_no_person():
    rows = _kinds(
        _entities_of(
            "date 2025-06-04 Airlines agree to merge\n\n"
            "Northjet has agreed to merge with Baltic Air in a deal worth $900m.\n\n"
            '"This is a great day for our staff," Lars Eriksen, the chief executive of Northjet, said in a statement. '
            '"Together, we will fly to more than 100 cities."'
        )
    )
    assert "Together" not in rows
    assert rows["Lars Eriksen"] == ("PERSON", 1)
