"""Main subjects of news nobody here wrote (round 32, names55): a company presented in apposition where no reader
read it, albums set beside a noun of records, a gossip column's papers in brackets and a club's nickname, and the
branch of a body named by a place after its initials."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_water_company_named_in_apposition_is_a_body_whatever_a_reader_took_it_for():
    # a reader reads the headline's and the last mention as a work's title, and none the apposition's
    rows = _kinds(
        _entities_of(
            "date 2025-06-30 How the Thames Water crisis unfolded\n\n"
            "Thames Water, Britain's biggest water company, has been under pressure over debt and leaks for two "
            "years.\n\n"
            "In July 2023, ministers said they were ready for the possibility that Thames Water could collapse.\n\n"
            "In 2024 the regulator Ofwat let the company raise bills by 35%.\n"
        )
    )
    assert rows["Thames Water"] == ("ORG", 3), rows


def test_a_company_read_as_a_person_with_no_given_name_is_a_body_its_apposition_names():
    rows = _kinds(
        _entities_of(
            "date 2025-06-30 How the Anglian Water crisis unfolded\n\n"
            "Anglian Water, Britain's biggest water company, has been under pressure over debt and leaks for two "
            "years.\n\n"
            "In July 2023, ministers said they were ready for the possibility that Anglian Water could collapse.\n\n"
            "In 2024 the regulator Ofwat let the company raise bills by 35%.\n"
        )
    )
    assert rows["Anglian Water"] == ("ORG", 3), rows


def test_an_album_beside_a_noun_of_records_is_a_work():
    rows = _kinds(
        _entities_of(
            "date 2025-10-12 Mara Quinn on her new album\n\n"
            "Mara Quinn is sitting in the kitchen of her flat in Leeds.\n\n"
            "The record that came out of that year, Low Water, is released on Friday. Her debut, Glass Houses, "
            "went to number three in 2014.\n\n"
            "That album, Salt and Iron, comes out next month on her own label.\n\n"
            "Low Water is out on 17 October.\n"
        )
    )
    assert rows["Low Water"] == ("WORK_OF_ART", 2), rows
    assert rows["Glass Houses"][0] == "WORK_OF_ART" and rows["Salt and Iron"][0] == "WORK_OF_ART", rows


def test_a_record_before_a_name_says_nothing_of_it():
    rows = _kinds(
        _entities_of(
            "date 2025-07-14 Kelby wins a record eighth title\n\n"
            "Tomas Kelby won a record Wimbledon title on Sunday, beating Ivo Marek in four sets.\n\n"
            "Kelby said he would rest before the US Open.\n"
        )
    )
    assert rows.get("Wimbledon", ("EVENT",))[0] != "WORK_OF_ART", rows


def test_a_gossip_column_s_papers_in_brackets_and_a_club_s_nickname_are_bodies():
    rows = _kinds(
        _entities_of(
            "date 2025-01-20 Football gossip: Everton eye Okafor\n\n"
            "Everton have joined the race for Brighton striker Samuel Okafor.\n\n"
            "The Gunners have been locked in talks with the Portuguese club for three weeks, according to the "
            "Times.\n\n"
            "West Ham will consider loan offers for forward Danny Ings in January. (Evening Standard)\n"
        )
    )
    assert rows["Evening Standard"][0] == "ORG" and rows["Gunners"][0] == "ORG", rows
    assert rows["Danny Ings"][0] == "PERSON", rows


def test_a_place_after_a_body_s_initials_is_its_branch():
    rows = _kinds(
        _entities_of(
            "date 2025-03-11 Plans for incinerator rejected\n\n"
            "Plans for a waste incinerator near Dunford have been rejected by councillors.\n\n"
            "The Royal Society for the Protection of Birds (RSPB) Essex said the site was home to rare birds.\n\n"
            "Essex County Council said it had no objection.\n"
        )
    )
    assert "Essex" not in rows, rows
    assert rows["Royal Society for the Protection of Birds"] == ("ORG", 2), rows
