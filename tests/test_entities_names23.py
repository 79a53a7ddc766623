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


def test_a_partner_whose_surname_is_an_english_word_is_found_with_her_surname_alone():
    rows = _kinds(
        _entities_of(
            "date 2026-03-08 Village pub review: worth the drive\n\n"
            "The inn reopened in March. It was bought by Tom Adeyemi and Ellie Price, who met in a London kitchen.\n\n"
            "Adeyemi cooks; Price runs everything else.\n\n"
            '"We want people from the village to come in on a Tuesday," Price said.\n'
        )
    )
    assert rows["Ellie Price"] == ("PERSON", 3)


def test_the_ends_of_roadworks_on_a_numbered_road_and_a_road_in_a_diversion_are_places_and_roads():
    rows = _kinds(
        _entities_of(
            "date 2026-02-20 Overnight closures for bridge repairs\n\n"
            "Drivers face four weeks of closures on the A39 between Pelham Cross and Lower Trevose from Monday.\n\n"
            "Traffic will be sent through Trevose, Polgrain and the B3274, adding 20 minutes to journeys.\n"
        )
    )
    assert rows["Pelham Cross"][0] in ("GPE", "LOC", "FAC")
    assert rows["B3274"][0] == "FAC"


def test_a_period_of_history_a_latin_named_village_models_and_an_injury_are_no_places():
    rows = _kinds(
        _entities_of(
            "date 2026-05-12 Village church needs new roof\n\n"
            "The church in Thornby Magna has stood since 1340. Its wall paintings survived the Reformation, the "
            "parish said.\n\n"
            "In a statement, Kelvar said owners of its Summit and Ridge models should stop charging the batteries.\n\n"
            "The vicar, Ruth Dale, has been away since an Achilles injury in March.\n"
        )
    )
    assert rows["Thornby Magna"][0] == "GPE"
    assert rows.get("Reformation", ("EVENT",))[0] not in ("GPE", "LOC", "PERSON")
    assert rows["Summit"][0] == "PRODUCT" and rows["Ridge"][0] == "PRODUCT"
    assert "Achilles" not in rows


def test_a_granddaughter_named_by_surname_is_neither_the_founder_named_before_nor_her_father():
    rows = _kinds(
        _entities_of(
            "date 2026-04-14 Rope maker names third generation to run it\n\n"
            "Halloran Ropes, founded in 1950 by Walter Halloran, has named a new chief executive.\n\n"
            "Halloran, 31, the granddaughter of the founder and the daughter of chairman Neil Halloran, takes over "
            "in June.\n\n"
            '"We can sell more than we can make," Halloran said.\n'
        )
    )
    assert rows["Walter Halloran"] == ("PERSON", 1)
    assert rows["Neil Halloran"] == ("PERSON", 1)
    assert rows["Halloran"] == ("PERSON", 2)


def test_a_model_named_with_its_number_is_one_product_wherever_it_is_cut_before_the_number():
    rows = _kinds(
        _entities_of(
            "date 2026-08-05 Review: a folding phone worth waiting for\n\n"
            "The cameras are a step down from Corvo's cheaper Pro 7. Photos in low light looked soft next to those "
            "from the Pro 7.\n\n"
            "Everyone else will be happier with the Pro 7, which costs half as much.\n"
        )
    )
    assert rows["Pro 7"][0] == "PRODUCT"
    assert "Pro" not in rows
