"""Who is never quoted: a surname alone that two people named share is their family, heard when one of them is."""

from __future__ import annotations

from test_summary_r18 import entities, quotes

from newsframe import speakers


def test_a_surname_two_brothers_share_is_heard_when_one_of_them_is():
    named = entities(
        ("Michael Kerrigan", "PERSON", 2),
        ("Sean Kerrigan", "PERSON", 2),
        ("Kerrigan", "PERSON", 1),
        ("Aoife Brennan", "PERSON", 1),
    )
    said = quotes((2, "reported", "said", "Michael Kerrigan", "Michael Kerrigan", "the bid was unwelcome"))
    assert set(speakers.unheard(named, said)["entity"]) == {"Aoife Brennan", "Sean Kerrigan"}


def test_a_surname_shared_by_a_couple_second_wording_but_not_one_person_of_it():
    named = entities(
        ("Priya Shah", "PERSON", 1),
        ("Ravi Shah", "PERSON", 1),
        ("Shah", "PERSON", 1),
        ("Dean Cole", "PERSON", 1),
        ("Cole", "PERSON", 1),
    )
    said = quotes((3, "direct", "said", "Ravi Shah", "Mr Shah", "“We are heartbroken,”"))
    # "Shah" of the Shahs is heard with Ravi Shah; "Cole" is no surname two people share
    assert set(speakers.unheard(named, said)["entity"]) == {"Priya Shah", "Dean Cole", "Cole"}
