"""Names as news from outside writes them: the shops goods were sold by, listed after a passive's "by"."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_shops_listed_as_what_sold_the_goods_are_firms_and_a_seller_person_stays_one():
    rows = _kinds(
        _entities_of(
            "date 2025-04-02 Heaters recalled over shock risk\n\n"
            "The heaters were sold by Argos, Wickes and Amazon between March and June.\n\n"
            "Argos said it had taken the remaining stock off its shelves. The painting was sold by Ruth Kemp, "
            "a collector from Leeds.\n"
        )
    )
    assert rows["Argos"][0] == "ORG"
    assert rows["Wickes"][0] == "ORG"
    assert rows["Amazon"][0] == "ORG"
    assert rows["Ruth Kemp"][0] == "PERSON"
    assert rows["Leeds"][0] == "GPE"
