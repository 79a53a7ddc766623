"""Entities: a firm's name no reader read that ends as firms' names end ("Dangote Petroleum Refinery said"), a name a
reader read without its first word ("West Texas Intermediate"), a capitals dateline set off by a hyphen
("PIETERMARITZBURG -"), a dateline's town beside the club named after it ("BOURNEMOUTH, Oct 5 -" above "AFC
Bournemouth"), a team's plural nickname in a tie, a rugby position before a player, a headline opening with a quotation
and relatives counted before their names ("two sons, Marcus and James")."""

from __future__ import annotations

from test_entities import _entities_of, _kinds

REFINERY = (
    "date 2024-09-03 Dangote refinery starts petrol output\n\n"
    "LAGOS, Nigeria - Dangote Petroleum Refinery said on Tuesday it had started producing petrol at its plant in "
    "Lagos, a milestone that Africa's richest man Aliko Dangote said would end Nigeria's reliance on imports.\n\n"
    '"From today, Nigerians will no longer depend on imported petrol," Dangote told reporters.\n\n'
    "Shares of fuel marketers fell in Lagos on Tuesday.\n"
)


def test_a_firm_no_reader_read_is_found_by_its_last_word_and_its_founder_stays_a_person():
    rows = _kinds(_entities_of(REFINERY))
    assert rows["Dangote Petroleum Refinery"] == ("ORG", 1)
    assert rows["Aliko Dangote"] == ("PERSON", 2)


def test_a_name_read_without_its_first_word_takes_it_back():
    rows = _kinds(
        _entities_of(
            "date 2024-02-21 Oil prices rise\n\n"
            "Oil prices rose on Wednesday. Brent crude futures gained 1.1% to $83.45 a barrel and U.S. West Texas "
            "Intermediate crude rose 1.2% to $78.12.\n"
        )
    )
    assert rows["West Texas Intermediate"] == ("ORG", 1)
    assert "Texas Intermediate" not in rows


def test_a_capitals_dateline_set_off_by_a_hyphen_is_the_place_filed_from():
    rows = _kinds(
        _entities_of(
            "date 2022-02-07 Zuma loses bid to remove prosecutor\n\n"
            "PIETERMARITZBURG - The High Court on Monday dismissed former president Jacob Zuma's application to have "
            "state advocate Billy Downer removed from his corruption trial.\n\n"
            "Judge Piet Koen said the application had no merit.\n"
        )
    )
    assert rows["Pietermaritzburg"] == ("GPE", 1)


def test_a_datelines_town_stays_a_place_beside_the_club_named_after_it():
    rows = _kinds(
        _entities_of(
            "date 2024-10-05 Bournemouth beat Leeds to climb table\n\n"
            "BOURNEMOUTH, Oct 5 - AFC Bournemouth beat Leeds United 2-1 on Saturday to climb to ninth in the Premier "
            "League.\n\n"
            "Dominic Solanke scored twice for the hosts. Leeds manager Daniel Farke said his side deserved a point.\n"
        )
    )
    assert rows["Bournemouth"] == ("GPE", 1)
    assert rows["AFC Bournemouth"] == ("ORG", 2)


RUGBY = (
    "date 2024-09-21 All Blacks hold off Wallabies in Wellington\n\n"
    "The All Blacks beat the Wallabies 33-13 in Wellington on Saturday to complete a Bledisloe Cup series sweep.\n\n"
    "The Wallabies, who trailed 26-3 at half-time, scored a late try through Andrew Kellaway.\n\n"
    "Prop Tamaiti Williams left the field in the 35th minute with a knee injury, coach Scott Robertson said.\n"
)


def test_a_teams_plural_nickname_is_the_team_and_a_position_is_no_body():
    rows = _kinds(_entities_of(RUGBY))
    assert rows["Wallabies"][0] == "ORG"
    assert "Prop" not in rows
    assert rows["Tamaiti Williams"] == ("PERSON", 1)


def test_a_headline_opening_with_a_quotation_keeps_its_common_first_word_out():
    rows = _kinds(
        _entities_of(
            "date 2024-08-12 'Drought is no longer the exception': Q&A with hydrologist Maite Echeverria\n\n"
            "Catalonia declared a drought emergency in February, and Spain's reservoirs fell to 37% of capacity.\n\n"
            "Maite Echeverria, a hydrologist at the University of Barcelona, said the drought would return.\n"
        )
    )
    assert "Drought" not in rows


def test_relatives_counted_before_their_names_are_people():
    rows = _kinds(
        _entities_of(
            "date 2024-06-03 Eddie Ray, Chicago blues guitarist, dies at 88\n\n"
            "CHICAGO (AP) - Eddie Ray, a blues guitarist who played the clubs of the South Side for six decades, "
            "has died. He was 88.\n\n"
            "He is survived by his wife, Nora, and two sons, Marcus and James.\n"
        )
    )
    assert rows["Marcus"] == ("PERSON", 1)
    assert rows["James"] == ("PERSON", 1)
    assert rows["Nora"] == ("PERSON", 1)
