"""A person's name set after a post whose "of" names a place ("the secretary of state, David Scanlan,"): the name
stands beside the post, its holder, not beside the place's noun."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_the_holder_after_secretary_of_state_is_a_person():
    rows = _kinds(
        _entities_of(
            "date 2024-11-06 Turnout hits record in New Hampshire\n\n"
            "Voters in New Hampshire turned out in record numbers on Tuesday.\n\n"
            "Turnout was high across the state, the secretary of state, David Scanlan, said. He said more than "
            "820,000 ballots had been cast.\n"
        )
    )
    assert rows["David Scanlan"][0] == "PERSON"


def test_the_holder_after_governor_of_the_province_is_a_person():
    rows = _kinds(
        _entities_of(
            "date 2025-02-03 Floods force thousands from homes\n\n"
            "Floods have forced thousands of people from their homes in the north, officials said on Monday.\n\n"
            "Rescue teams were working through the night, the governor of the province, Samuel Okafor, told "
            "reporters.\n"
        )
    )
    assert rows["Samuel Okafor"][0] == "PERSON"


def test_a_place_named_after_its_noun_is_still_a_place():
    rows = _kinds(
        _entities_of(
            "date 2025-02-03 Recount ordered\n\n"
            "A recount was requested in one ward, Bramley East, after the result was declared on Friday.\n"
        )
    )
    assert rows["Bramley East"][0] != "PERSON"
