"""Entities: a firm named as a sentence's subject and taken up as "the drinks group" in the next sentence is a
body, even when the sentence names its brands after it ("the maker of Guinness and Johnnie Walker")."""

from test_entities import _entities_of


def test_a_firm_taken_up_past_the_brands_it_makes_is_an_organisation():
    found = _entities_of(
        "date 2024-07-30 Diageo profits slide\n\n"
        "Diageo has reported a fall in annual profits after a slump in Latin America weighed on the maker of "
        "Guinness and Johnnie Walker.\n\n"
        "The drinks group said operating profit fell 4.6% to $6bn."
    )
    assert found.loc["Diageo", "entity_type"] == "ORG"


def test_a_firm_taken_up_past_the_brands_it_owns_is_an_organisation():
    found = _entities_of(
        "date 2024-05-02 Marlowe results\n\n"
        "Marlowe has reported a slump in annual profits, with weak demand in China weighing on the owner of "
        "Kestrel and Bluefin.\n\n"
        "The spirits group said operating profit fell 8% to £410m."
    )
    assert found.loc["Marlowe", "entity_type"] == "ORG"
