"""Titles read apart from a name, "in nearby X", holidays and journals: names a reader mistyped or took for one."""

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


def test_a_holiday_a_reader_took_for_a_person_is_no_name():
    text = (
        "date 2026-11-29 Village saves its pub\n\n"
        "The group hopes to complete the purchase in January and reopen by Easter, Helen Ashworth said.\n"
    )
    tables = _tables_of(text)
    assert "Easter" not in set(tables["entities"]["entity"])
    assert "2027-03-28" in set(tables["timeline"]["date"])


def test_a_journal_named_after_the_word_journal_is_an_organisation():
    text = (
        "date 2026-11-25 Walking study\n\n"
        "The benefit held, the researchers wrote in the journal Neurology on Tuesday.\n"
    )
    rows = _kinds(_tables_of(text)["entities"].set_index("entity"))
    assert rows["Neurology"][0] == "ORG"


def test_a_body_opening_a_sentence_before_what_it_issues_keeps_its_name():
    text = "date 2026-11-25 Markets\n\nTreasury bills rose on Tuesday as investors sought safety.\n"
    assert "Treasury" in set(_tables_of(text)["entities"]["entity"])
