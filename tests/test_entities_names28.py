"""Names in a Test match report, a race meeting, an inquest, a hospital's news, a concert review and a wire story: a
dateline written with a long dash, a record label, a craft's base after "from", open ground after "at", a person's
title after "told", a hospital named after the people it serves, a given name sharing the next person's surname, two
surnames a reader took for a firm, a body named after two nations and songs listed after "songs, including"."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_capitals_dateline_before_a_long_dash_is_a_place_read_or_unread():
    rows = _kinds(
        _entities_of(
            "date 2026-07-03 Century puts hosts in command\n\n"
            "LEEDS — Joe Root struck a century as England tightened their grip on Friday.\n\n"
            "Root was out for 132 after lunch.\n"
        )
    )
    assert rows["Leeds"][0] == "GPE"  # a town the gazetteer knows, named as it writes it
    rows = _kinds(
        _entities_of(
            "date 2026-06-07 Outsider wins the big race\n\n"
            "EPSOM — Golden Fable won the big race on Saturday, pulling clear in the final furlong.\n\n"
            "The colt will now be rested.\n"
        )
    )
    assert rows["Epsom"][0] == "GPE"


def test_a_name_ending_in_records_is_a_label_not_a_person():
    rows = _kinds(
        _entities_of(
            "date 2026-11-02 Singer ends her tour\n\n"
            "The singer closed her tour in London on Sunday night.\n\n"
            "The new album is out now on Polydor Records.\n"
        )
    )
    assert rows["Polydor Records"][0] == "ORG"


def test_where_a_craft_came_from_is_a_town_and_open_ground_after_at_is_a_location():
    rows = _kinds(
        _entities_of(
            "date 2026-04-22 Walker died after fall, inquest hears\n\n"
            "A walker died after falling in fog, an inquest has heard.\n\n"
            "A Coastguard helicopter from Prestwick joined the search overnight.\n\n"
            "His body was found near a reservoir at Low Fell the following morning.\n"
        )
    )
    assert rows["Prestwick"][0] == "GPE"
    assert rows["Low Fell"][0] == "LOC"


def test_told_before_a_person_s_title_is_no_outlet():
    rows = _kinds(
        _entities_of(
            "date 2026-03-10 Minister warns of delays\n\n"
            "The minister told President Tinubu on Monday that the plan would be late.\n\n"
            "He later told Senator Cardwell the figures were wrong.\n"
        )
    )
    assert rows["Tinubu"][0] == "PERSON"
    assert rows["Cardwell"][0] == "PERSON"


def test_a_hospital_named_after_the_children_it_serves_is_one_body_with_its_town():
    rows = _kinds(
        _entities_of(
            "date 2026-02-11 Measles cases rise\n\n"
            "Birmingham Children's Hospital said it had opened an isolation ward for the patients.\n\n"
            "Liverpool Women's Hospital said it had seen no cases.\n"
        )
    )
    assert rows["Birmingham Children's Hospital"][0] == "ORG"
    assert rows["Liverpool Women's Hospital"][0] == "ORG"
    assert not any(name.endswith("Children") or name.endswith("Women") for name in rows)


def test_a_given_name_before_another_person_s_full_name_shares_the_surname():
    rows = _kinds(
        _entities_of(
            "date 2026-06-07 Outsider wins the big race\n\n"
            "The runner-up, trained by John and Thady Gosden at Newmarket, stayed on well.\n\n"
            "The winner was never in danger.\n"
        )
    )
    assert "John Gosden" in rows and "John" not in rows
    assert "Thady Gosden" in rows


def test_two_surnames_of_people_named_in_full_joined_by_and_are_the_two_people():
    rows = _kinds(
        _entities_of(
            "date 2026-07-03 Century puts hosts in command\n\n"
            "Joe Root made a century and Harry Brook made 76 at the ground on Friday.\n\n"
            "The side had been 63 for three when Root and Brook came together.\n"
        )
    )
    assert rows["Joe Root"] == ("PERSON", 2)
    assert rows["Harry Brook"] == ("PERSON", 2)
    assert "Root and Brook" not in rows


def test_a_body_named_after_two_nations_after_the_is_one_body():
    rows = _kinds(
        _entities_of(
            "date 2026-07-03 Bowler ruled out\n\n"
            "The England and Wales Cricket Board confirmed that the bowler would miss the rest of the series.\n"
        )
    )
    assert rows["England and Wales Cricket Board"][0] == "ORG"
    assert "Wales Cricket Board" not in rows


def test_titles_listed_after_a_plural_noun_of_works_are_works():
    rows = _kinds(
        _entities_of(
            "date 2026-11-02 Author returns\n\n"
            "She has written several novels, including Harbour Lights and The Salt Year, since moving to Leeds.\n"
        )
    )
    assert rows["Harbour Lights"][0] == "WORK_OF_ART"


def test_told_before_a_broadcaster_opening_with_premier_stays_an_outlet():
    rows = _kinds(
        _entities_of(
            "date 2026-05-02 Captain to retire\n\n"
            '"It is not how I wanted it to end," the 35-year-old told Premier Sports after the defeat.\n'
        )
    )
    assert all(kind != "PERSON" for name, (kind, _) in rows.items() if "Sports" in name)
