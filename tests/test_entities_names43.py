"""Names in sport and music reports of people the recogniser has seen little of: a role noun opening a headline
before a given name and a surname, and a common noun of an agent in lower case before one in the body."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_role_noun_opening_a_headline_is_no_part_of_the_name_after_it():
    rows = _kinds(
        _entities_of(
            "date 2026-03-11 Singer Tunde Ajayi cancels tour\n\n"
            "Grammy-nominated songwriter Tunde Ajayi has cancelled the rest of his European tour after a throat "
            "operation, his label said on Monday.\n\n"
            "Ajayi had been due to play Berlin on Friday.\n"
        )
    )
    assert "Singer Tunde Ajayi" not in rows
    assert rows["Tunde Ajayi"][0] == "PERSON"
    assert rows["Tunde Ajayi"][1] >= 3  # the headline's mention and the surname alone count too


def test_an_agent_noun_before_a_given_name_and_surname_makes_a_person():
    rows = _kinds(
        _entities_of(
            "date 2026-03-11 Hurdler banned over missed tests\n\n"
            "European indoor bronze medallist Femi Babatunde has been banned for two years after missing three "
            "tests.\n"
        )
    )
    assert rows["Femi Babatunde"][0] == "PERSON"


def test_a_given_name_alone_joins_the_person_an_agent_noun_showed():
    rows = _kinds(
        _entities_of(
            "date 2026-03-11 Hurdler banned over missed tests\n\n"
            "European indoor bronze medallist Kemi Ajayi has been banned for two years after missing three "
            "tests.\n\n"
            '"Kemi will fight this," her coach said.\n'
        )
    )
    assert rows["Kemi Ajayi"] == ("PERSON", 2)
    assert "Kemi" not in rows


def test_an_agent_noun_before_a_place_or_a_body_shows_no_person():
    rows = _kinds(
        _entities_of(
            "date 2026-03-11 Supplier warns\n\n"
            "Shares in the chip supplier Foxconn fell after the manufacturer Samsung Electronics cut its forecast, "
            "and the retailer John Lewis said sales had slowed.\n"
        )
    )
    assert rows["Samsung Electronics"][0] == "ORG"
    assert rows["John Lewis"][0] == "ORG"


def test_a_name_no_reader_reads_after_constituents_in_is_a_place_and_counts_again():
    rows = _kinds(
        _entities_of(
            "date 2026-04-02 MP presses water firm on sewage\n\n"
            "Labour MP Dan Morley said his constituents in Hythe were tired of closed beaches.\n\n"
            "Asked whether he would paddle off Hythe, the firm's chief executive said he would.\n"
        )
    )
    assert rows["Hythe"] == ("GPE", 2)


def test_a_place_found_after_constituents_in_does_not_take_a_longer_name_written_later():
    rows = _kinds(
        _entities_of(
            "date 2026-04-02 MP presses water firm on sewage\n\n"
            "Labour MP Dan Morley said his constituents in Hythe were tired of closed beaches.\n\n"
            "He met the Hythe Sailing Club on Friday.\n"
        )
    )
    assert rows["Hythe"] == ("GPE", 1)


def test_a_name_ending_in_energie_is_a_firm_not_the_person_a_reader_saw():
    rows = _kinds(
        _entities_of(
            "date 2026-03-11 Wind farm opens\n\n"
            "The wind farm was first proposed by the engineer Greta Lind.\n\n"
            "It began supplying power on Monday, the operator Marten Energie said.\n"
        )
    )
    assert rows["Marten Energie"][0] == "ORG"
    assert rows["Greta Lind"][0] == "PERSON"
