"""Names of sport, transport, health, politics, court and technology news (round 36, names65): a Korean name
written family name first whose family name is also a role noun."""

from __future__ import annotations

from test_entities import _entities_of, _kinds

MATCH = (
    "date 2026-02-14 Son Heung-min scores twice as Tottenham beat Villa\n\n"
    "Son Heung-min scored twice as Tottenham beat Aston Villa 3-1 at home on Saturday.\n\n"
    "The South Korea captain opened the scoring after ten minutes. Son later added a second from the penalty spot.\n\n"
    'Son said: "It was a good day for everyone at the club."\n'
)


def test_a_family_name_before_a_hyphenated_given_name_is_no_role_noun():
    rows = _kinds(_entities_of(MATCH))
    assert rows["Son Heung-min"] == ("PERSON", 4), rows
    assert "Heung-min" not in rows and "Son" not in rows, rows
