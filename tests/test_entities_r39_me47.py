"""Names of news nobody here wrote: a clipped first word ("the Fed") names the one body it clips that the article
does not already call by its initials."""

from __future__ import annotations

from test_entities import _entities_of, _kinds

BANK = (
    "date 2023-03-13 How Silicon Valley Bank collapsed\n\n"
    "March 2022: The Federal Reserve begins raising interest rates to fight inflation.\n\n"
    "Friday, March 10: California regulators close the bank and appoint the Federal Deposit Insurance Corporation "
    "as receiver.\n\n"
    "Sunday, March 12: The Treasury, the Fed and the FDIC say all depositors will have access to their money.\n"
)


def test_the_fed_is_the_body_not_named_by_its_initials():
    rows = _kinds(_entities_of(BANK))
    assert rows["Federal Reserve"] == ("ORG", 2)
    assert rows["Federal Deposit Insurance Corporation"] == ("ORG", 2)
    assert "Fed" not in rows


def test_two_bodies_a_clipped_word_may_name_leave_it_alone():
    rows = _kinds(_entities_of(BANK.replace(" and the FDIC", "")))
    assert rows["Federal Reserve"] == ("ORG", 1)
    assert rows["Fed"] == ("ORG", 1)


def test_an_event_cut_at_of_is_made_whole():
    rows = _kinds(
        _entities_of(
            "date 2024-02-17 Salah double sends Liverpool top\n\n"
            "Mohamed Salah had been out since picking up a hamstring injury at the Africa Cup of Nations "
            "in January.\n\n"
            "The town has marked the Battle of Hastings every October since 1066, and the Tour of Britain passes "
            "through it this year.\n"
        )
    )
    assert rows["Africa Cup of Nations"] == ("EVENT", 1)
    assert rows["Battle of Hastings"][1] == 1 and "Hastings" not in rows
    assert "Africa Cup" not in rows and "Nations" not in rows
