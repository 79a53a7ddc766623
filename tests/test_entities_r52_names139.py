"""A party's or a body's member named right after its possessive, as election-night news names candidates: the
whole name after "Labour's", "the Tories'" or "Reform UK's" is one person, first name and all."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_members_after_a_partys_possessive_are_people_whole():
    rows = _kinds(
        _entities_of(
            "date 2024-07-05 Greens take Bristol Central as Labour loses seats\n\n"
            "Carla Denyer beat Labour's Thangam Debbonaire by more than 10,000 votes.\n\n"
            "In Chingford, where the Tories' Iain Duncan Smith clung on to his seat, the margin was narrow.\n\n"
            "The Conservatives' Bridget Hollingworth lost in Wokingham.\n"
        )
    )
    assert rows["Thangam Debbonaire"] == ("PERSON", 1)  # missed by both readers
    assert rows["Iain Duncan Smith"] == ("PERSON", 1) and "Duncan Smith" not in rows  # first name lost
    assert rows["Bridget Hollingworth"] == ("PERSON", 1)  # read as the party's
    assert rows["Labour"][0] == "ORG" and rows["Conservatives"][0] == "ORG"


def test_members_after_other_parties_and_a_union_but_not_their_plans():
    rows = _kinds(
        _entities_of(
            "date 2024-07-05 Reform surges as SNP loses ground\n\n"
            "In Clacton, the Liberal Democrats' Natasha Irons trailed far behind, while Reform UK's Lee Anderson "
            "held Ashfield and the SNP's Stephen Flynn kept his seat.\n\n"
            "Labour's National Executive Committee met on Friday, and Labour's Green Prosperity Plan was praised "
            "by Unite's Sharon Graham.\n"
        )
    )
    assert rows["Natasha Irons"] == ("PERSON", 1)  # after a party the model reads as a group
    assert rows["Lee Anderson"] == ("PERSON", 1) and rows["Stephen Flynn"] == ("PERSON", 1)
    assert rows["Sharon Graham"] == ("PERSON", 1)
    # a body's committee or plan after its possessive opens with no given name: no person
    assert not any(e.startswith(("National", "Green")) and kind == "PERSON" for e, (kind, _) in rows.items())
