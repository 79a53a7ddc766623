"""A report's people and businesses kept apart and of their kind: a surname whose own apposition names it as the
relative of a person of the same surname is another person of that family, and a shop named after its owner with a
possessive is a business whole, its owner's surname alone staying a person's."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_surname_named_as_the_daughter_of_a_bearer_is_not_that_bearer():
    rows = _kinds(
        _entities_of(
            "date 2025-04-02 Charity opens fund for girls' schooling\n\n"
            "A charity has opened a fund to pay for girls' schooling in Kenya, it said on Tuesday.\n\n"
            "Clinton, 35, the daughter of former President Bill Clinton, said the fund would help 5,000 girls.\n\n"
            "The former president did not attend. Clinton added that she hoped to visit the first schools in May.\n"
        )
    )
    assert rows["Bill Clinton"] == ("PERSON", 1)
    assert rows["Clinton"] == ("PERSON", 2)


def test_a_surname_named_as_the_son_of_a_bearer_goes_to_the_other_bearer():
    rows = _kinds(
        _entities_of(
            "date 2025-09-14 Family firm passes to the next generation\n\n"
            "Peter Okafor founded the haulage firm in 1988. His son, Daniel Okafor, takes over next month.\n\n"
            "Okafor, the son of Peter Okafor, said he would keep all 40 drivers.\n"
        )
    )
    assert rows["Peter Okafor"] == ("PERSON", 2)
    assert rows["Daniel Okafor"] == ("PERSON", 2)


def test_a_shop_named_after_its_owner_with_a_possessive_is_a_business_apart_from_the_owner():
    rows = _kinds(
        _entities_of(
            "date 2026-06-03 Brothers' bakery wins award\n\n"
            "Tom Hartley and Joe Hartley took over Hartley's Bakery on Mill Lane from their father in 2019.\n\n"
            "Hartley said the customers had chosen the new loaf by two to one.\n"
        )
    )
    assert rows["Hartley's Bakery"][0] == "ORG"
    assert rows.get("Hartley", ("PERSON",))[0] == "PERSON"
