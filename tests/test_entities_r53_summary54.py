"""Entities: "the" and the plural of the surname of a person the article names in full ("Chidi Okonkwo … the
Okonkwos", "Ruth Jones … The Joneses") is that person's family, people, not the body the readers take a capitalised
plural after "the" for."""

from __future__ import annotations

from test_entities import _entities_of, _kinds

FLOOD = (
    "Flood-hit family face months out of their home\n\n"
    "Published 3 March 2025, 08:15\n\n"
    "Chidi Okonkwo was asleep when the water came through the front door of his house in Carlisle on Sunday night.\n\n"
    "By morning the ground floor was under a metre of water, and the Okonkwos had moved in with relatives across the "
    "city.\n\n"
    '"We lost almost everything downstairs," Okonkwo said.\n\n'
    "Cumberland Council said it was working with the Environment Agency to help families affected by the flooding."
)

SHOP = (
    "Village shop saved by its customers\n\n"
    "Published 14 May 2025, 10:00\n\n"
    "The Joneses have run the post office in Llanfair for three generations, and when the lease came up for sale "
    "last year the village raised £80,000 to keep it open.\n\n"
    '"We never thought people would do this for us," said Ruth Jones, 58, who took over from her father in 1996.\n\n'
    "Gwynedd Council gave the shop a grant of £5,000."
)


def test_the_plural_of_a_named_persons_surname_is_their_family_not_a_body():
    rows = _kinds(_entities_of(FLOOD))
    assert rows["Okonkwos"][0] == "PERSON", rows
    assert rows["Chidi Okonkwo"] == ("PERSON", 2)  # the family is not one more mention of him
    assert rows["Cumberland Council"][0] == "ORG" and rows["Environment Agency"][0] == "ORG"


def test_a_family_named_before_its_member_with_the_plural_in_es():
    rows = _kinds(_entities_of(SHOP))
    assert rows["Joneses"][0] == "PERSON", rows
    assert rows["Ruth Jones"][0] == "PERSON"
    assert rows["Gwynedd Council"][0] == "ORG"
    assert sum(t == "ORG" for t, _ in rows.values()) == 1, rows
