"""Main subjects of news nobody here wrote (round 31, names53): a road's number read as a body, a party's short name
split from its name with its country's word, a club or a party opening a sentence before what it qualifies left
uncounted."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_road_s_number_named_as_a_road_is_no_organisation():
    rows = _kinds(
        _entities_of(
            "date 2026-08-14 Crash closes A39 for hours\n\n"
            "The A39 was closed in both directions near Barnstaple after a crash involving three cars on Thursday "
            "morning.\n\n"
            "Devon Police said two people were taken to hospital. Drivers were diverted onto the A361, which also "
            "became congested.\n\n"
            "The A39 reopened shortly after 2pm.\n"
        )
    )
    assert rows["A39"] == ("FAC", 3) and rows["A361"][0] == "FAC", rows


def test_a_party_s_short_name_is_its_name_with_its_country_s_word():
    rows = _kinds(
        _entities_of(
            "date 2026-10-05 Restore extends poll lead\n\n"
            "Restore UK has extended its lead over Labour, according to a new poll published on Sunday.\n\n"
            "The survey puts Restore on 31 per cent and Labour on 22 per cent.\n\n"
            "Restore won 14 seats in the general election, and Restore leader Dana Whitlow said the party was ready.\n"
        )
    )
    assert "Restore" not in rows and rows["Restore UK"] == ("ORG", 5), rows


def test_a_body_s_initials_stay_apart_from_its_branch_in_a_country():
    rows = _kinds(
        _entities_of(
            "date 2026-02-11 Waiting list falls\n\n"
            "The NHS waiting list fell for a third month, according to figures published by NHS England.\n\n"
            "NHS England said 7.4 million treatments were waiting. The NHS has set a target of 65 per cent.\n"
        )
    )
    assert rows["NHS"][0] == "ORG" and rows["NHS England"][0] == "ORG", rows


def test_a_club_or_a_party_opening_a_sentence_before_what_it_qualifies_counts():
    rows = _kinds(
        _entities_of(
            "date 2026-01-18 Leinster see off Munster\n\n"
            "Leinster beat Munster 27-13 on Saturday to stay top of the league, leading 17-3 at half-time.\n\n"
            "Leinster head coach Leo Cullen said his side had been patient all season.\n\n"
            "Leinster travel to Edinburgh next week. Munster fans were in good voice.\n"
        )
    )
    assert rows["Leinster"][1] == 4 and rows["Munster"][1] == 3, rows
    rows = _kinds(
        _entities_of(
            "date 2026-06-03 Greens gain seat\n\n"
            "The Green Party won a council by-election in Bristol on Thursday, taking the seat from Labour.\n\n"
            "Labour said turnout had been low. Labour sources blamed national issues.\n"
        )
    )
    assert rows["Labour"] == ("ORG", 3), rows
