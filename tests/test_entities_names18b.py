"""Names in news written elsewhere: a firm presented as a "start-up", a shop goods are sold through, a firm among
firms, an insolvency firm's staff, a firm's bank named with its possessive, and a travel page's roads, towns,
uplands, library and club."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_hyphenated_start_up_in_apposition_is_a_body_and_its_town_stays_a_town():
    rows = _kinds(
        _entities_of(
            "date 2025-03-05 Leeds start-up Corlan unveils kettle\n\n"
            "Corlan, a Leeds start-up founded by a former chef, has unveiled a kettle.\n\n"
            "It goes on sale in May.\n"
        )
    )
    assert rows["Corlan"][0] == "ORG"
    assert rows["Leeds"][0] == "GPE"  # where the start-up is, not what it is


def test_a_town_before_a_noun_of_firms_is_where_the_firm_is():
    rows = _kinds(
        _entities_of(
            "date 2025-03-05 Lender fined\n\nHarrowden, a Cardiff bank, was fined £2m on Tuesday, the regulator said.\n"
        )
    )
    assert rows["Cardiff"][0] == "GPE"


def test_what_goods_are_sold_through_is_a_firm():
    rows = _kinds(
        _entities_of(
            "date 2025-03-05 Gadget on sale\n\n"
            "The speaker sells for £40 through Amazon and is also available via Ticklebox.\n"
        )
    )
    assert rows["Amazon"][0] == "ORG"
    assert rows.get("Ticklebox", ("ORG",))[0] == "ORG"


def test_a_one_word_name_given_the_same_part_as_firms_is_a_firm():
    rows = _kinds(
        _entities_of(
            "date 2025-02-03 Cement pioneer dies\n\n"
            "Her method was first taken up by Halvorn in Norway and later by builders in Chile.\n\n"
            "The loan was backed by Ravensby and by other lenders.\n"
        )
    )
    assert rows["Halvorn"][0] == "ORG"
    assert rows["Ravensby"][0] == "ORG"
    assert rows["Norway"][0] == "GPE"


def test_the_firm_staff_come_from_is_a_firm_but_a_town_is_not():
    rows = _kinds(
        _entities_of(
            "date 2025-06-04 Builder collapses\n\n"
            "Administrators from Brackwell were appointed last Thursday.\n\n"
            "Engineers from Derby arrived on Friday.\n"
        )
    )
    assert rows["Brackwell"][0] == "ORG"
    assert rows["Derby"][0] == "GPE"


def test_a_firm_arm_named_with_a_possessive_is_one_name():
    rows = _kinds(
        _entities_of(
            "date 2025-04-02 Supermarket bank grows\n\n"
            "Sainsbury's Bank grew its lending by 4% last year, the bank said.\n"
        )
    )
    assert rows["Sainsbury's Bank"][0] == "ORG"
    assert "Bank" not in rows and "Sainsbury" not in rows


TRAVEL = (
    "date 2024-11-20 Snow closes roads\n\n"
    "Up to 20cm could fall on high ground in the Cheviots, forecasters said.\n\n"
    "Highways officials said the A68 was closed between Carter Bar and Jedburgh overnight.\n\n"
    "The last trains will leave Newcastle at 8pm, the operator said.\n"
)


def test_a_travel_page_names_roads_towns_and_uplands_as_places():
    rows = _kinds(_entities_of(TRAVEL))
    assert rows["A68"][0] == "FAC"
    assert rows["Jedburgh"][0] in ("GPE", "LOC") and rows["Carter Bar"][0] in ("GPE", "LOC", "FAC")
    assert rows["Newcastle"][0] == "GPE"
    assert rows["Cheviots"][0] == "LOC"


def test_the_town_a_councillor_serves_is_a_place_but_a_party_is_not():
    rows = _kinds(
        _entities_of(
            "date 2025-03-12 Trial adjourned\n\n"
            "The trial of former Kelbrook councillor Dennis Hale was adjourned on Tuesday.\n\n"
            "Labour councillor Ruth Amos said the delay was regrettable.\n"
        )
    )
    assert rows["Kelbrook"][0] == "GPE"
    assert rows.get("Labour", ("ORG",))[0] != "GPE"


def test_a_library_and_a_club_read_as_people_are_neither():
    rows = _kinds(
        _entities_of(
            "date 2025-07-30 Season preview\n\n"
            "Fellham Library has reopened after repairs to its roof, the council said.\n\n"
            "Brayford Rovers start their campaign away at Stockbridge in August. Rovers then face three away matches.\n"
        )
    )
    assert rows["Fellham Library"][0] == "ORG"
    assert rows["Brayford Rovers"][0] == "ORG"
    assert rows.get("Rovers", ("ORG",))[0] != "PERSON"


def test_a_tournament_named_with_its_club_possessive_is_the_club_not_a_queen():
    rows = _kinds(
        _entities_of(
            "date 2025-06-22 Farrell wins Queen's title\n\nTom Farrell won the title at Queen's Club on Sunday.\n"
        )
    )
    assert "Queen" not in rows
    assert rows["Queen's Club"] == ("ORG", 2)


def test_a_person_after_a_peoples_adjective_is_found_whole():
    rows = _kinds(
        _entities_of(
            "date 2025-06-22 Final won\n\n"
            "Tom Farrell won the title at Queen's Club on Sunday, beating the Czech Jakub Mensak 6-4, 3-6, 7-6 in a "
            "final that lasted two hours.\n\n"
            "Mensak, 19, had knocked out the top seed.\n"
        )
    )
    assert rows["Jakub Mensak"] == ("PERSON", 2)
    assert rows["Czech"][0] == "NORP"


def test_a_college_named_with_its_town_is_one_name():
    rows = _kinds(
        _entities_of(
            "date 2025-02-03 Chemist dies\n\n"
            "She came to Britain in 1962 to study chemistry at Imperial College London.\n"
        )
    )
    assert rows["Imperial College London"][0] == "ORG"
    assert "Imperial College" not in rows


def test_two_governments_named_by_their_peoples_give_no_body_of_one_people():
    rows = _kinds(
        _entities_of(
            "date 2025-03-02 Talks resume\n\n"
            "The British and Irish Governments will meet in Belfast on Monday, officials said.\n"
        )
    )
    assert "Irish Governments" not in rows
    assert rows["Irish"][0] == "NORP" and rows["British"][0] == "NORP"
