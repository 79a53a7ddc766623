"""Products named with a model's number or edition, firms whose shares move, and other names of a launch story:
typed as what they name."""

from __future__ import annotations

from test_entities import _entities_of, _kinds

LAUNCH = (
    "date 2025-02-19 Apple unveils cheaper iPhone 16e and new MacBook Air\n\n"
    "Apple has launched a cheaper phone and a new version of its MacBook Air laptop as it tries to win back buyers "
    "in China.\n\n"
    "The iPhone 16e, which replaces the iPhone SE, will cost £599 when it goes on sale next week. It is the first "
    "phone with a modem designed by Apple itself.\n\n"
    '"Apple has wanted to end its reliance on Qualcomm for years," said Ben Wood, chief analyst at CCS Insight.\n\n'
    "Qualcomm shares fell 3.4% in New York after the announcement.\n\n"
    "The new MacBook Air starts at £999. Samsung, meanwhile, is selling its Galaxy S25 Edge, and Google is "
    "expected to show its Pixel 9a next month.\n"
)


def test_models_named_with_a_number_or_edition_are_products():
    rows = _kinds(_entities_of(LAUNCH))
    assert rows["iPhone 16e"] == ("PRODUCT", 2)
    assert rows["iPhone SE"] == ("PRODUCT", 1)
    assert rows["MacBook Air"] == ("PRODUCT", 3)
    assert rows["Galaxy S25 Edge"] == ("PRODUCT", 1)
    assert rows["Pixel 9a"] == ("PRODUCT", 1)
    assert rows["Apple"][0] == "ORG" and rows["Samsung"][0] == "ORG"


def test_a_firm_whose_shares_move_is_a_firm_where_read_as_a_person_elsewhere():
    rows = _kinds(_entities_of(LAUNCH))
    assert rows["Qualcomm"] == ("ORG", 2)
    assert rows["Ben Wood"] == ("PERSON", 1)


def test_premises_numbered_with_a_letter_are_no_product():
    rows = _kinds(
        _entities_of(
            "date 2025-02-19 Man charged after fire\n\n"
            "A man has been charged after a fire at a block of flats in Leeds. Police said Flat 3b was badly "
            "damaged and the residents of Flat 2a were moved out.\n"
        )
    )
    assert not any(kind == "PRODUCT" for kind, _ in rows.values())


def test_an_initial_before_names_no_dictionary_knows_is_a_person():
    rows = _kinds(
        _entities_of(
            "date 2024-06-05 Modi turns to allies after losing majority\n\n"
            "The BJP's two most important allies are now the Telugu Desam Party (TDP), led by N Chandrababu Naidu, "
            "which won 16 seats, and the Janata Dal (United) of Nitish Kumar, which won 12.\n"
        )
    )
    assert rows["N Chandrababu Naidu"] == ("PERSON", 1)
    assert rows["Nitish Kumar"][0] == "PERSON"


def test_a_hero_s_name_before_films_or_books_is_the_series_title():
    rows = _kinds(
        _entities_of(
            "date 2024-09-27 Dame Maggie Smith dies aged 89\n\n"
            "To a new generation she was Professor Minerva McGonagall in the Harry Potter films.\n\n"
            "JK Rowling, the author of the Harry Potter books, wrote on X that she was devastated.\n\n"
            "A season of the Ken Loach films opens next month. Loach, 88, said he was touched.\n"
        )
    )
    assert rows["Harry Potter"] == ("WORK_OF_ART", 2)
    assert rows["Ken Loach"] == ("PERSON", 2)


def test_an_alliance_named_in_capitals_is_not_the_country():
    rows = _kinds(
        _entities_of(
            "date 2024-06-05 Modi claims victory in India election\n\n"
            "The BJP-led National Democratic Alliance won 293 seats, while the opposition INDIA alliance, led by the "
            "Congress party, won 234.\n\n"
            "India's stock market fell sharply as results came in.\n"
        )
    )
    assert rows["INDIA alliance"] == ("ORG", 1)
    assert rows["India"] == ("GPE", 2)  # the headline and "India's stock market"
