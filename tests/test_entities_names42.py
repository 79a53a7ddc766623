"""Names in a shareholder meeting report, a local by-election, a planning decision and a hospital inquest: a firm's
unknown name a reader guessed was a people's, a ward named before its council seat, a site placed by a compass point
from a town, a trust named with "of" inside."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_an_unknown_word_before_a_spokesperson_and_shares_is_a_firm_not_a_people():
    rows = _kinds(
        _entities_of(
            "date 2026-05-14 Investors revolt at Thornwick meeting\n\n"
            "Nearly a third of investors in housebuilder Thornwick opposed the pay report at its meeting on "
            "Thursday.\n\n"
            "A Thornwick spokesperson said the board would consult investors again.\n\n"
            "Thornwick shares closed down 3% at 288p.\n"
        )
    )
    assert rows["Thornwick"][0] == "ORG"
    assert rows["Thornwick"][1] >= 4  # the shares' move counts too


def test_a_nations_adjective_before_a_spokesperson_stays_a_people():
    rows = _kinds(
        _entities_of(
            "date 2026-05-14 Talks resume\n\n"
            "An Israeli spokesperson said talks would resume on Monday.\n"
        )
    )
    assert rows["Israeli"][0] == "NORP"
