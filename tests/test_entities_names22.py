"""The main subject of a news report kept whole and of its kind: a town named alone and in the names of its police
and court, a county and a village named with the word that opens them ("County Durham", "Little Marston"), a road
at the end of "between … and", a party named by one word, a body no reader read set off by commas with "a charity", a
member of a parliament named after "MSP", places listed with islands or standing after a site, and a person named in
full and then by the surname."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_town_named_in_its_police_and_courts_names_is_a_place_alone():
    rows = _kinds(
        _entities_of(
            "date 2025-08-06 Shops stay shut after Leaside riot\n\n"
            "The chief constable of Leaside Police has defended the handling of Saturday's disorder.\n\n"
            "A man aged 22 appeared at Leaside Magistrates' Court on Monday charged with violent disorder.\n"
        )
    )
    assert rows["Leaside"][0] == "GPE"
    assert rows["Leaside Police"][0] == "ORG"


def test_a_county_named_with_county_first_is_a_place():
    rows = _kinds(
        _entities_of(
            "date 2025-03-02 Former miner who sang in the pit choir dies at 90\n\n"
            "Tributes have been paid to Walter Hodgson, whose songs about the pit villages of County Durham made him "
            "a favourite of the folk clubs.\n"
        )
    )
    assert rows["County Durham"][0] == "GPE"


def test_a_village_and_a_road_between_which_homes_are_planned_are_places():
    rows = _kinds(
        _entities_of(
            "date 2025-06-11 Villagers fight plan for 800 homes\n\n"
            "Carrow Homes wants to build on fields between Little Marston and the A49, the company said.\n\n"
            "More than 900 people have signed a petition against the plans.\n"
        )
    )
    assert rows["Little Marston"][0] == "GPE"
    assert rows["A49"][0] == "FAC"


def test_a_stage_name_opened_by_little_is_no_place():
    rows = _kinds(
        _entities_of(
            "date 2025-06-29 Crowds pack the fields for the last night\n\n"
            "Later, Little Simz played tracks from her new album on the second stage.\n"
        )
    )
    assert rows.get("Little Simz", ("PERSON",))[0] != "GPE"


def test_a_party_named_by_one_word_is_an_organisation():
    rows = _kinds(
        _entities_of(
            "date 2025-10-30 Chancellor defends tax rises\n\n"
            "The shadow chancellor said Labour was choosing to raise taxes on working people.\n"
        )
    )
    assert rows["Labour"][0] == "ORG"


def test_a_body_of_several_words_no_reader_read_is_found_by_a_charity_after_it():
    rows = _kinds(
        _entities_of(
            "date 2024-07-09 E-bike maker recalls batteries\n\n"
            "Electrical Safety First, a charity, said battery fires were a growing problem.\n"
        )
    )
    assert rows["Electrical Safety First"][0] == "ORG"


def test_a_member_named_after_msp_is_a_person():
    rows = _kinds(
        _entities_of(
            "date 2026-07-22 Ferry breakdown angers islanders\n\n"
            "Local MSP Alasdair Allan called for an urgent statement at Holyrood.\n"
        )
    )
    assert rows["Alasdair Allan"][0] == "PERSON"


def test_an_island_listed_with_islands_is_no_people_and_a_town_with_a_hotel_is_a_place():
    rows = _kinds(
        _entities_of(
            "date 2026-07-22 Ferry breakdown angers islanders\n\n"
            "Services to Mull, Islay and Arran have been repeatedly cancelled this summer.\n\n"
            'Iain MacLeod, who runs a hotel in Tobermory, said: "Every time a boat breaks down we lose guests."\n'
        )
    )
    assert rows["Arran"][0] == "GPE"
    assert rows["Tobermory"][0] == "GPE"


def test_a_village_after_a_named_church_is_a_place():
    rows = _kinds(
        _entities_of(
            "date 2025-09-09 Church launches roof appeal\n\n"
            "St Mary's Church in Ballycassidy has stood since the 14th century.\n"
        )
    )
    assert rows["Ballycassidy"][0] == "GPE"


def test_a_person_named_in_full_and_then_by_the_surname_is_one_person():
    rows = _kinds(
        _entities_of(
            "date 2025-08-03 Teenager wins chess title\n\n"
            "Priya Nair took the title with 7.5 points, half a point ahead of Gawain Jones.\n\n"
            "Nair drew her final game on Saturday against Jones in 41 moves.\n"
        )
    )
    assert rows["Gawain Jones"] == ("PERSON", 2)
    assert "Jones" not in rows


def test_an_abstract_noun_opening_a_quoted_reply_is_no_person():
    rows = _kinds(
        _entities_of(
            "date 2025-04-12 Hurdler back on the track after two years away\n\n"
            'What brought Maya Lindqvist back? She laughs. "Boredom, honestly. And my brother beating me in a race."\n'
        )
    )
    assert "Boredom" not in rows
    assert rows["Maya Lindqvist"][0] == "PERSON"
