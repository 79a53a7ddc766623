"""A common given name that is also an English word ("Bridget", "Faith"), and a surname, read as a body's name,
is a person's where the full name is the subject of a verb whose object "her" or "his" owns ("… has held her
seat"): no body holds "her" seat."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_member_who_holds_her_seat_is_a_person():
    rows = _kinds(
        _entities_of(
            "date 2024-07-05 Election night live\n\n"
            "14:20 GMT - The first result is in from Houghton and Sunderland South, where Labour's Bridget "
            "Phillipson has held her seat with a majority of more than 7,000.\n"
        )
    )
    assert rows["Bridget Phillipson"] == ("PERSON", 1)
    assert rows["Labour"][0] == "ORG"


def test_a_member_with_another_given_name_that_is_a_word_is_a_person():
    rows = _kinds(
        _entities_of(
            "date 2024-07-05 Results as they come in\n\n"
            "The result came from Northfield, where Labour's Faith Phillipson has held her seat with a majority "
            "of 5,000.\n"
        )
    )
    assert rows["Faith Phillipson"] == ("PERSON", 1)


def test_the_city_of_a_place_is_one_name_not_a_city_and_the_place():
    rows = _kinds(
        _entities_of(
            "date 2024-12-30 Sydney rail strike\n\n"
            "Last year about 1.6 million people watched the fireworks, according to the City of Sydney.\n"
        )
    )
    assert "City" not in rows and rows["City of Sydney"][1] == 1


def test_a_city_council_confirming_a_change_is_named_whole():
    rows = _kinds(
        _entities_of(
            "date 2024-06-11 Parking fines to double\n\n"
            "Parking fines will double from July, the City of Perth confirmed on Tuesday.\n"
        )
    )
    assert "City" not in rows and rows["City of Perth"][1] == 1
