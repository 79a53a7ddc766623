"""Entities: the name after "in" of a verb of winning or losing with no object is where the seat or contest was won
("Nigel Farage has won in Clacton"): a place, not a person or a body the one who won is quoted beside."""

from __future__ import annotations

from test_entities import _entities_of, _kinds

RESULTS = (
    "Election results live: counts under way\n\n"
    "Published 5 July 2024, 06:00\n\n"
    '04:10 BST - Reform UK leader Nigel Farage has won in Clacton. "This is just the first step," he told '
    "supporters.\n\n"
    "03:30 BST - Conservative Grant Shapps has lost in Welwyn Hatfield."
)

COUNCIL = (
    "Independents make gains in county elections\n\n"
    "Published 3 May 2025, 11:00\n\n"
    "Independent councillor Maria Hodge held in Ashwick with a majority of 212, while the Conservative group leader, "
    "Peter Lyle, lost in Sandown Vale after 20 years on the council.\n\n"
    '"People wanted a change," Hodge said.'
)


def test_the_place_a_candidate_won_or_lost_in_is_a_place():
    rows = _kinds(_entities_of(RESULTS))
    assert rows["Clacton"][0] == "GPE", rows
    assert rows["Welwyn Hatfield"][0] == "GPE", rows
    assert rows["Nigel Farage"][0] == "PERSON" and rows["Grant Shapps"][0] == "PERSON"


def test_a_ward_held_or_lost_by_a_councillor_is_a_place():
    rows = _kinds(_entities_of(COUNCIL))
    assert rows["Ashwick"][0] == "GPE", rows
    assert rows["Sandown Vale"][0] == "GPE", rows
    assert rows["Maria Hodge"][0] == "PERSON" and rows["Peter Lyle"][0] == "PERSON"
