"""Names in news: a trade word before a firm's name, and members of a body someone speaks to."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_trade_word_opening_a_sentence_before_firm_and_name_is_no_name():
    """ "Building firm Castellan wins the contract": "Building" says what the firm does; the name is Castellan."""
    rows = _kinds(
        _entities_of(
            "date 2024-08-12 Bridge contract awarded\n\n"
            "June 2017: Building firm Castellan wins the contract with a bid of £640m.\n\n"
            "Energy company Norgrid said its engineers were on standby.\n"
        )
    )
    assert "Building" not in rows and "Energy" not in rows
    assert rows["Castellan"][0] == "ORG"
    assert rows["Norgrid"][0] == "ORG"


def test_initials_with_a_plural_s_after_told_are_no_outlet():
    """ "she told MPs": members of parliament, not a news outlet; "told STT" stays one."""
    rows = _kinds(
        _entities_of(
            "date 2024-09-04 Minister defends record\n\n"
            "Speaking on Tuesday, Yvette Cooper said the backlog was unacceptable.\n\n"
            '"I inherited a system that had been allowed to fall apart," she told MPs.\n\n'
            "Riikka Purra later told STT that she agreed.\n"
        )
    )
    assert "MPs" not in rows
    assert rows["STT"][0] == "ORG"
