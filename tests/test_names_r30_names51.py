"""Main subjects of news nobody here wrote (round 30, names51): a service rank read apart from its holder, a firm
named after people read as a person, a firm's national arm read as a person, a festival town read as a person."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_service_rank_of_two_words_before_its_holder_is_no_entity():
    rows = _kinds(
        _entities_of(
            "date 2025-03-02 Navy says ship is safe\n\n"
            'A navy spokesman, Rear Admiral Tomas Keller, said the ship was safe. "We will respond," he added.\n'
        )
    )
    assert "Rear Admiral" not in rows and rows["Tomas Keller"][0] == "PERSON", rows


def test_a_person_named_of_a_person_is_a_firm():
    rows = _kinds(
        _entities_of(
            "date 2025-03-02 Family to appeal ruling\n\n"
            "Their solicitor, Hugh Brennan of Carter Lomax, said the family would appeal.\n"
        )
    )
    assert rows["Carter Lomax"][0] == "ORG" and rows["Hugh Brennan"][0] == "PERSON", rows


def test_a_name_and_a_country_s_letters_is_a_firm_s_arm():
    rows = _kinds(
        _entities_of(
            "date 2025-03-02 Lenders cut rates\n\n"
            "The lender follows Harwick UK in cutting rates. Mortgage approvals at Dellmont UK fell.\n"
        )
    )
    assert rows["Harwick UK"][0] == "ORG" and rows["Dellmont UK"][0] == "ORG", rows


def test_a_town_a_stage_is_at_is_a_place_not_a_person():
    rows = _kinds(
        _entities_of(
            "date 2025-06-20 Festival preview\n\n"
            "She plays the Other Stage at Glastonbury on Friday.\n\n"
            "Nobody forgets Glastonbury, she said.\n"
        )
    )
    assert rows["Glastonbury"][0] == "GPE", rows
