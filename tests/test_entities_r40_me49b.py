"""Names of news nobody here wrote: a group's adjective in "-ic" is the group its noun names."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_democratic_beside_democrats_is_one_group():
    rows = _kinds(
        _entities_of(
            "date 2025-03-14 Senate passes stopgap bill\n\n"
            "Ten Democrats joined Republicans in advancing the bill, angering many in their party.\n\n"
            'House Democratic leader Hakeem Jeffries said the bill was "a partisan spending bill".\n'
        )
    )
    assert rows["Democrats"] == ("NORP", 2)
    assert "Democratic" not in rows
    assert rows["Hakeem Jeffries"][0] == "PERSON"
