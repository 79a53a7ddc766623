"""Names whose type or whole the words around them tell: a trade union named before the word "union", which the
recogniser reads as a person's name where the union's officer is named by its possessive; a seat a party "held on in"
at an election count; uplands named by their plural ("the Malvern Hills", "the South Downs"); and "the North" beside
"the North of England", one place."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_name_before_the_word_union_is_the_unions():
    rows = _kinds(
        _entities_of(
            "date 2026-03-14 Rail strike: services cut across the county as drivers walk out\n\n"
            "Most trains across the county have been cancelled today as members of the Aslef union stage a 48-hour "
            "walkout over pay.\n\n"
            "At Hereford station this morning, pickets gathered from 5am. Aslef's general secretary, Dawn Pritchard, "
            'told reporters the operator had "refused to meet for months".\n\n'
            "Passengers were told to check timetables before travelling.\n"
        )
    )
    assert rows["Aslef"] == ("ORG", 2)
    assert rows["Dawn Pritchard"][0] == "PERSON"


def test_a_seat_a_party_held_on_in_is_a_place():
    rows = _kinds(
        _entities_of(
            "date 2026-07-05 Labour gains as counts finish overnight\n\n"
            "Labour took a string of seats across the south west as counts finished overnight.\n\n"
            "Elsewhere, the Conservatives held on in Wells by 208 votes after a recount.\n\n"
            "Turnout was lower than at the last general election.\n"
        )
    )
    assert rows["Wells"][0] in ("GPE", "LOC")


def test_uplands_named_by_their_plural_are_places():
    rows = _kinds(
        _entities_of(
            "date 2026-08-20 Walkers warned as heat builds\n\n"
            "Walkers heading for the Brecon Beacons and the Malvern Hills this weekend have been told to carry "
            "plenty of water.\n\n"
            "Rangers said paths on the South Downs were also expected to be busy.\n"
        )
    )
    for name in ("Brecon Beacons", "Malvern Hills", "South Downs"):
        assert rows[name][0] == "LOC", name


def test_a_lands_part_named_again_by_its_point_of_the_compass_is_one_place():
    rows = _kinds(
        _entities_of(
            "date 2026-03-14 Storm brings floods across the North\n\n"
            "Homes across the North of England were flooded overnight after a month's rain fell in a day.\n\n"
            "By the afternoon, rivers across the North were still rising, and forecasters said more rain would reach "
            "Carlisle and Durham by the evening.\n"
        )
    )
    assert rows["North of England"][1] == 2 and "North" not in rows
