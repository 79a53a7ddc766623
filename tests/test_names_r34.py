"""Names: a person released on bail is no product released; a chief executive named at a sentence's start is a
person."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_defendant_released_on_bail_stays_a_person_and_a_game_released_stays_a_thing():
    rows = _kinds(
        _entities_of(
            "date 2026-11-20 Studio releases new game\n\n"
            "The games studio Brightmoor released Ember Vale on Friday. Sales of Ember Vale passed a million.\n\n"
            "Daniel Pascoe, 34, of Liskeard, appeared in court on Thursday.\n\n"
            "Judge Simon Carne released Pascoe on bail, warning him that all options remain open.\n"
        )
    )
    assert rows["Daniel Pascoe"][0] == "PERSON", rows
    assert rows["Ember Vale"][0] == "PRODUCT", rows


def test_a_chief_executive_opening_a_sentence_is_a_person():
    rows = _kinds(
        _entities_of(
            "date 2026-12-01 Chipmaker cuts jobs\n\n"
            "The Dutch chipmaker Veltrix will cut 900 jobs, the company said on Tuesday.\n\n"
            "Chief executive Anouk de Vries wrote in a message to staff that the decision was painful.\n"
        )
    )
    assert rows["Anouk de Vries"][0] == "PERSON", rows


def test_the_body_that_confirms_someone_as_secretary_holds_no_role_itself():
    rows = _kinds(
        _entities_of(
            "date 2026-04-15 Ortiz confirmed as labor secretary\n\n"
            "The Senate confirmed Maria Ortiz as labor secretary on Tuesday after two Republicans backed her.\n\n"
            "Tom Marsh will join Brightline as president in May.\n"
        )
    )
    assert rows["Senate"][0] == "ORG", rows
    assert rows["Tom Marsh"][0] == "PERSON", rows
