"""Entities: a fund or charity named for the people it serves with a possessive inside ("the United Nations
Children's Fund") is one name, and an abbreviation set before its full name in apposition ("UNICEF, the United
Nations Children's Fund,") is that body, even when it keeps letters of words the name has dropped."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_unicef_and_the_childrens_fund_beside_it_are_one_body():
    rows = _kinds(
        _entities_of(
            "date 2025-03-13 Measles cases double in Europe\n\n"
            "UNICEF, the United Nations Children's Fund, said vaccination rates had not recovered since the pandemic."
        )
    )
    assert "United Nations Children" not in rows
    assert rows["United Nations Children's Fund"][0] == "ORG"
    assert "UNICEF" not in rows


def test_a_charity_named_for_women_and_its_abbreviation_are_one_body():
    rows = _kinds(
        _entities_of(
            "date 2025-06-02 Refuges face closure\n\n"
            "WAF, the Westshire Women's Aid Foundation, said three refuges could close by the winter."
        )
    )
    assert "Westshire Women" not in rows
    assert rows["Westshire Women's Aid Foundation"][0] == "ORG"
    assert "WAF" not in rows
