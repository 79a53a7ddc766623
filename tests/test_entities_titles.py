"""A title word read apart from the name after it is the holder's title, no organisation; "in nearby X" a place."""

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


def test_a_name_in_nearby_somewhere_is_a_place_whatever_a_reader_read():
    text = (
        "date 2026-11-30 Two teens charged after shooting\n\n"
        "A boy and a girl were arrested about two hours later at a home in nearby Kettering.\n"
    )
    rows = _kinds(_tables_of(text)["entities"].set_index("entity"))
    assert rows["Kettering"][0] == "GPE"
