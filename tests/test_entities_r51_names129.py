"""Entities of British political and local stories: parties named by their plural or nickname, a party's Welsh name,
a party's word before its group, a firm named again by its first word that a gazetteer knows as a town, and a village
named before its parish."""

from test_entities import _entities_of, _kinds


def test_the_conservatives_and_the_tories_are_one_party():
    table = _entities_of(
        "date 2024-02-16 Labour takes Ashcombe from the Conservatives\n\n"
        "Labour has won the Ashcombe by-election, overturning a Conservative majority of 18,000.\n\n"
        "The Tories had held the seat since 2005. A Conservative spokesman said by-elections were always hard.\n\n"
        "Reform UK claimed the Tories were being squeezed from the right.\n"
    )
    rows = _kinds(table)
    party = [e for e in rows if "Tories" in table.loc[e, "aliases"].split("|")]
    assert len(party) == 1
    assert "Conservatives" in table.loc[party[0], "aliases"].split("|")
    assert "Tories" not in rows or party[0] == "Tories"


def test_the_tories_alone_on_a_council_are_the_party():
    rows = _kinds(
        _entities_of(
            "date 2024-02-08 Budget passed at County Hall\n\n"
            "The council approved its budget on Thursday by 49 votes to 21.\n\n"
            "The Tories on the council blamed the previous spending round, while the Green group abstained.\n"
        )
    )
    assert rows["Tories"][0] == "ORG"
    assert rows["Green"][0] == "ORG"  # a party's word before its group, no town


def test_plaid_cymru_is_found_and_plaid_joins_it():
    rows = _kinds(
        _entities_of(
            "date 2024-05-17 Deal collapses in Cardiff\n\n"
            "Plaid Cymru has pulled out of its co-operation agreement with the Welsh Government.\n\n"
            "Plaid hopes to gain ground in the north, a spokesperson said.\n"
        )
    )
    assert rows["Plaid Cymru"] == ("ORG", 2)
    assert "Plaid" not in rows


def test_a_firm_named_again_by_a_word_a_gazetteer_knows_as_a_town():
    table = _entities_of(
        "date 2025-04-09 Contract win for engineers\n\n"
        "Halden Infrastructure, the Bristol-based engineering group, has won a £120 million contract.\n\n"
        "Halden said it would create 300 jobs.\n\n"
        "Shares in Halden rose 6 per cent in early trading in London.\n"
    )
    rows = _kinds(table)
    assert rows["Halden Infrastructure"] == ("ORG", 3) and "Halden" not in rows


def test_a_firm_word_where_the_words_name_the_town_stays_the_town():
    rows = _kinds(
        _entities_of(
            "date 2025-04-09 Shipbuilder expands\n\n"
            "Halden Shipping, the engineering group, has won a contract.\n\n"
            "The company will build a new yard in Halden, the Norwegian town, next year.\n"
        )
    )
    assert rows["Halden Shipping"][0] == "ORG"
    assert rows["Halden"][0] in ("GPE", "LOC")


def test_a_village_before_its_parish_meeting_is_a_place():
    rows = _kinds(
        _entities_of(
            "date 2025-03-12 Homes plan opposed\n\n"
            "Villagers in Ashby St Ledgers have launched a campaign against 400 new homes.\n\n"
            "Opponents say the roads through Ashby St Ledgers cannot cope.\n\n"
            '"We are a tiny village," said Jane Ridley, who chairs the Ashby St Ledgers parish meeting.\n'
        )
    )
    assert rows["Ashby St Ledgers"] == ("GPE", 3)
