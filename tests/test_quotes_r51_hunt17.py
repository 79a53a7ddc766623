"""An "it" that speaks after a sentence whose subject is a body named by its kind and whose it is ("Russia's defence
ministry gave a different account. It said …"): that body speaks, not a pronoun with no one behind it."""

from __future__ import annotations

from test_quotes import quoting, table


def test_it_after_a_countrys_ministry_is_that_ministry():
    found = table(
        "date 2025-03-14 Ukraine repels assault\n\n"
        "Ukrainian forces repelled a large assault overnight, the military said on Friday.\n\n"
        "Russia's defence ministry gave a different account. It said its troops had captured the village of "
        "Kotlyne and shot down 42 drones.\n"
    )
    assert quoting(found, "captured the village")["speaker"] == "Russia's defence ministry"


def test_it_after_the_governments_health_department_is_that_department():
    found = table(
        "date 2025-06-02 Hospital waiting lists grow\n\n"
        "Waiting lists grew again in April, figures published on Monday showed.\n\n"
        "The government's health department defended its record. It said spending had risen by 4% this year.\n"
    )
    assert quoting(found, "spending had risen")["speaker"] == "The government's health department"


def test_a_warning_after_an_appeal_to_raise_money_is_the_appealers():
    found = table(
        "date 2024-11-21 Hospice appeal\n\n"
        "A children's hospice in Yorkshire has launched an emergency appeal to raise £2m after warning that it could "
        "be forced to close beds by the spring.\n"
    )
    assert "hospice" in str(quoting(found, "close beds")["speaker"])


def test_a_claim_after_hiring_a_lawyer_to_fight_a_ban_is_the_hirers():
    found = table(
        "date 2025-05-02 Club appeals ban\n\n"
        "The football club has hired a leading lawyer to fight the transfer ban after claiming that the league broke "
        "its own rules.\n"
    )
    assert "club" in str(quoting(found, "broke its own rules")["speaker"])
