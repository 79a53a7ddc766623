"""A title word a reader reads apart from the name after it is the holder's title, no organisation."""

from __future__ import annotations

from test_entities import _kinds, _tables_of


def test_a_title_read_apart_before_its_holder_is_no_entity():
    text = (
        "date 2026-11-30 Former manager jailed\n\n"
        'Magistrate Thandi Nkosi said Sipho Mahlangu had shown "no remorse whatsoever".\n\n'
        "Nkosi said the sentence would deter others.\n"
    )
    rows = _kinds(_tables_of(text)["entities"].set_index("entity"))
    assert "Magistrate" not in rows
    assert rows["Thandi Nkosi"] == ("PERSON", 2)
