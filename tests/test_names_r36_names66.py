"""Names of space, film, housing, transport and climate news (round 36, names66): a product named with its model's
number, a film's title described as a work, train operators
listed with operators, an owner's possessive before what it owns, a county before the thing it holds."""

from __future__ import annotations

from test_entities import _entities_of, _kinds

LAUNCH = (
    "date 2026-08-12 Ariane 6 lifts off with weather satellite on board\n\n"
    "Europe's new Ariane 6 rocket lifted off from Kourou in French Guiana on Tuesday evening carrying the "
    "Metop-SG A2 weather satellite.\n\n"
    "The launch was the fifth flight of Ariane 6, which replaced the Ariane 5 after that rocket was retired in 2023. "
    "The heavier Ariane 64 version, with four boosters, is due to fly next year.\n\n"
    "The satellite was built by Airbus Defence and Space in Toulouse. Metop-SG A2 will send data to forecasters for "
    "seven years, the European Space Agency said.\n\n"
    '"Ariane 6 has now shown it can fly reliably," said the agency\'s director general.\n'
)


def test_a_product_is_named_with_its_models_number_and_two_numbers_are_two_products():
    rows = _kinds(_entities_of(LAUNCH))
    assert rows["Ariane 6"] == ("PRODUCT", 4), rows
    assert rows["Ariane 5"] == ("PRODUCT", 1), rows
    assert rows["Ariane 64"] == ("PRODUCT", 1), rows
    assert "Ariane" not in rows, rows


def test_a_name_ending_in_a_models_code_is_a_product():
    rows = _kinds(_entities_of(LAUNCH))
    assert rows["Metop-SG A2"] == ("PRODUCT", 2), rows


def test_a_firms_division_named_by_two_fields_is_one_body():
    rows = _kinds(
        _entities_of(
            "date 2026-05-14 Satellite maker wins contract\n\n"
            "Airbus Defence and Space has won a contract to build two more weather satellites, the European Space "
            "Agency said.\n\n"
            "A spokesman for Airbus Defence and Space said the first would launch in 2029. The Home Office and "
            "Treasury were not involved.\n"
        )
    )
    assert rows["Airbus Defence and Space"] == ("ORG", 2), rows
    assert "Treasury" in rows, rows
    assert "Space" not in rows and "Airbus Defence" not in rows, rows


def test_a_sides_score_in_a_match_report_is_no_models_number():
    rows = _kinds(
        _entities_of(
            "date 2026-02-14 Leeds beat Hull\n\n"
            "Leeds 3 Hull 1: the home side scored twice in the second half to win the match.\n\n"
            "The Leeds manager said his side deserved the win and the points.\n"
        )
    )
    assert not any(name[-1:].isdigit() for name in rows), rows


REVIEW = (
    "date 2026-03-06 Colman shines in new family drama\n\n"
    "The Glass Orchard is a quietly devastating family drama from the director Joanna Hogg, whose previous films "
    "include The Souvenir.\n\n"
    "Olivia Colman plays Ruth, a widow who returns to the farm where she grew up. Ruth's husband Dennis (Toby Jones) "
    "appears only in flashbacks, and her sister Mary (Lesley Manville) runs the orchard.\n\n"
    "About halfway through The Glass Orchard, the story changes key. The cast are superb throughout.\n\n"
    "The Glass Orchard is in cinemas from Friday. Blue Harbour, directed by Mark Jenkin, opens next month.\n"
)


def test_a_film_described_as_one_is_a_work_with_its_the():
    rows = _kinds(_entities_of(REVIEW))
    assert rows["The Glass Orchard"] == ("WORK_OF_ART", 3), rows
    assert rows["The Souvenir"] == ("WORK_OF_ART", 1), rows
    assert rows["Blue Harbour"] == ("WORK_OF_ART", 1), rows


def test_an_actor_in_brackets_after_the_character_is_a_person():
    rows = _kinds(_entities_of(REVIEW))
    assert rows["Toby Jones"] == ("PERSON", 1), rows
    assert rows["Lesley Manville"] == ("PERSON", 1), rows


HOUSING = (
    "date 2026-04-02 House prices rise for third month\n\n"
    "Nationwide, the UK's biggest building society, said house prices rose by 0.6% in March.\n\n"
    "However, the bank said buyers were still cautious. Meanwhile, the UK's biggest lender, Lloyds, said mortgage "
    "approvals rose.\n\n"
    "Train services across the south including Southern, Southeastern and South Western Railway were cancelled "
    "because of the storm. Former Tesla executives have started a rival battery maker.\n"
)


def test_train_operators_listed_together_are_organisations():
    rows = _kinds(_entities_of(HOUSING))
    assert rows["South Western Railway"] == ("ORG", 1), rows
    assert rows["Southern"] == ("ORG", 1), rows
    assert rows["Tesla"] == ("ORG", 1), rows


CLIMATE = (
    "date 2026-07-20 Heatwave records broken across Europe\n\n"
    "The European Union's Copernicus monitoring service said June was the hottest on record.\n\n"
    "Residents of a Norfolk care home were moved on Tuesday. Former miners from the Durham coalfield held a rally.\n"
)


def test_an_owners_possessive_before_what_it_owns_is_two_names():
    rows = _kinds(_entities_of(CLIMATE))
    assert rows["European Union"] == ("ORG", 1), rows
    assert rows["Copernicus"][1] == 1, rows
    assert not any("'s" in name for name in rows), rows


def test_a_county_before_the_thing_it_holds_is_a_place():
    rows = _kinds(_entities_of(CLIMATE))
    assert rows["Norfolk"] == ("GPE", 1), rows
    assert rows["Durham"] == ("GPE", 1), rows
