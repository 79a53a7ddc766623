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


def test_a_common_given_name_opens_a_players_name_in_a_match_report():
    """In a match report, "Morgan Rogers" and "Lucas Digne" are players whatever the readers took them for; "Crystal
    Palace" and "Manchester City" stay clubs, though "Crystal" is a given name too."""
    rows = _kinds(
        _entities_of(
            "date 2024-10-19 Villa beat Brighton\n\n"
            "Brighton led through Danny Welbeck's header after 12 minutes, but Aston Villa equalised early in the "
            "second half when Morgan Rogers turned in a cross from Lucas Digne. Ollie Watkins scored the winning goal "
            "in the 88th minute of the match.\n\n"
            "Villa boss Unai Emery said his side had shown character. Villa are third in the Premier League table, "
            "above Crystal Palace and Manchester City, and host Bournemouth next Saturday.\n"
        )
    )
    assert rows["Morgan Rogers"][0] == "PERSON"
    assert rows["Lucas Digne"][0] == "PERSON"
    assert rows["Crystal Palace"][0] == "ORG"
    assert rows["Manchester City"][0] == "ORG"


def test_a_place_written_only_in_a_datelines_capitals_is_named_as_the_gazetteer_writes_it():
    rows = _kinds(
        _entities_of(
            "date 2024-12-20 Senate passes bill\n\n"
            "WASHINGTON, Dec 20, 2024 (AP) — The Senate passed a stopgap bill, and shares fell in the UK.\n\n"
            "NEW YORK (AP) — Stocks rose.\n"
        )
    )
    assert "Washington" in rows and "WASHINGTON" not in rows
    assert "New York" in rows
    assert "UK" in rows  # initials stay


def test_an_abbreviation_opening_a_bodys_name_gives_all_its_letters_to_its_initials():
    """ "the US Geological Survey" … "the USGS": one body."""
    rows = _kinds(
        _entities_of(
            "date 2023-10-05 Footprints dated again\n\n"
            "Now a team led by the US Geological Survey has dated pollen and quartz grains from the same sediment.\n\n"
            '"We were very confident in our original ages," said Jeff Pigati, a geologist with the USGS.\n'
        )
    )
    assert "USGS" not in rows
    assert rows["US Geological Survey"] == ("ORG", 2)


def test_a_name_no_reader_read_that_a_body_noun_presents_is_an_organisation():
    table = _entities_of(
        "date 2025-01-08 Retailer cuts jobs\n\n"
        "Usdaw, the shop workers' union, said it would seek talks with the company.\n\n"
        "Meanwhile, the union said its members were devastated.\n"
    )
    rows = _kinds(table)
    assert rows["Usdaw"][0] == "ORG"
    assert "Meanwhile" not in rows


def test_a_full_name_that_owns_with_its_what_it_does_is_a_firm():
    """ "John Lewis is to cut 1,000 jobs and close four of its department stores": no person owns with "its"; a
    person who speaks for a firm ("Ann Lee said its profits rose") stays a person."""
    rows = _kinds(
        _entities_of(
            "date 2025-01-08 John Lewis to cut 1,000 jobs\n\n"
            "John Lewis is to cut about 1,000 jobs and close four of its department stores, the retailer has said.\n\n"
            "Chairman Jason Tarry said its sales had fallen by a third since 2019.\n\n"
            'Analysts said John Lewis had "lost ground" to rivals.\n'
        )
    )
    assert rows["John Lewis"][0] == "ORG"
    assert rows["Jason Tarry"][0] == "PERSON"


def test_a_weather_word_alone_opening_a_headline_is_no_name():
    rows = _kinds(
        _entities_of(
            "date 2024-11-22 Storm cancels ferries across the west\n\n"
            "Ferry operator Stena Line cancelled all sailings on Friday as Storm Bert hit the coast.\n"
        )
    )
    assert "Storm" not in rows
    assert rows["Storm Bert"][0] == "EVENT"


def test_a_regulator_named_after_its_kind_is_a_body_and_a_disease_before_its_spread_no_name():
    rows = _kinds(
        _entities_of(
            "date 2024-08-15 A-level results\n\n"
            "The proportion of top grades rose to 27.8%, exam regulator Ofqual said on Thursday.\n\n"
            "That is well below the peak of 2021, when grades were set by teachers during the Covid pandemic.\n\n"
            "The Wuhan outbreak was first reported in 2019.\n"
        )
    )
    assert rows["Ofqual"][0] == "ORG"
    assert "Covid" not in rows
    assert rows["Wuhan"][0] == "GPE"
