"""Names in news written elsewhere: a first name between a capitalised officer's title and the surname, a rival
read as a place, a home named by its name, a car described with "may be", a streaming service before its series, a
district after "the", and a club the readers missed at the start of a match report."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_first_name_after_a_capitalised_officer_title_joins_the_person():
    rows = _kinds(
        _entities_of(
            "date 2025-11-04 Brightwater Power to cut 300 jobs\n\n"
            '"We have to change how we work," Chief Executive Marit Lunde told reporters on Tuesday.\n\n'
            "Lunde said the cuts would fall mostly on offices in Bergen.\n"
        )
    )
    assert rows.get("Marit Lunde", ("", 0))[0] == "PERSON"
    assert "Lunde" not in rows and "Executive Marit Lunde" not in rows


def test_what_a_car_is_said_to_be_is_a_product_no_person():
    rows = _kinds(
        _entities_of(
            "date 2025-06-02 Cyclist hurt in Dunmore crash\n\n"
            "A cyclist was taken to hospital after a crash on Mill Lane in Dunmore on Sunday.\n\n"
            "The van, which witnesses think may be a Ford Transit, drove off towards the bypass.\n\n"
            "Sergeant Owen Pryce said officers wanted to speak to the driver.\n"
        )
    )
    assert rows["Ford Transit"][0] == "PRODUCT"
    assert rows["Owen Pryce"][0] == "PERSON"


def test_who_puts_out_a_series_is_an_organisation_no_place():
    rows = _kinds(
        _entities_of(
            "date 2024-09-10 Actor Rosa Quill joins stage revival\n\n"
            'Rosa Quill, 38, starred in the Arvana series "Low Tide", when she lived in Leeds.\n\n'
            "She said the role in Manchester was the hardest of her career.\n"
        )
    )
    assert rows["Arvana"][0] == "ORG"
    assert rows["Manchester"][0] == "GPE"


def test_a_district_of_two_words_after_the_is_a_place_no_body():
    rows = _kinds(
        _entities_of(
            "date 2024-03-14 Theatre sales fall\n\n"
            "It has been a hard winter for the West End, where ticket sales fell by a tenth.\n\n"
            "Producers in the East End said the same.\n"
        )
    )
    assert rows["West End"][0] in ("GPE", "LOC")


def test_a_name_before_a_home_or_school_is_the_premises_no_person():
    rows = _kinds(
        _entities_of(
            "date 2026-01-22 Care home manager jailed\n\n"
            "Joan Perrin, who ran the Fernleigh residential home in Skipton until 2021, was jailed on Monday.\n\n"
            "Perrin, 58, had denied the charges.\n"
        )
    )
    assert rows.get("Fernleigh", ("PERSON", 0))[0] != "PERSON"
    assert rows["Joan Perrin"][0] == "PERSON"


TAKEOVER_BY_A_RIVAL = (
    "date 2026-02-09 Crumbworth Bakeries agrees takeover by US rival Hartwell\n\n"
    "Crumbworth Bakeries has agreed to be bought by the American food group Hartwell Brands for £1.2bn.\n\n"
    "Hartwell will pay 300p a share in cash. Crumbworth's board said it would recommend the offer.\n\n"
    "Hartwell's chief executive, Dana Whitfield, said the company would keep the bakery in Leeds.\n"
)


def test_a_rival_read_as_a_place_joins_the_company_its_name_begins():
    rows = _kinds(_entities_of(TAKEOVER_BY_A_RIVAL))
    assert "Hartwell" not in rows
    assert rows["Hartwell Brands"][0] == "ORG" and rows["Hartwell Brands"][1] >= 3


def test_a_company_s_rival_read_as_a_place_is_a_company():
    rows = _kinds(
        _entities_of(
            "date 2026-02-09 Crumbworth Bakeries rejects bid\n\n"
            "Crumbworth Bakeries said on Monday it had rejected a takeover bid from US rival Hartwell.\n\n"
            "Crumbworth Bakeries shares rose 4%. Crumbworth Bakeries chairman Tom Bale said the offer was too low.\n"
        )
    )
    assert rows["Hartwell"][0] == "ORG"


def test_a_club_no_reader_read_opening_a_match_report_is_found():
    rows = _kinds(
        _entities_of(
            "date 2026-03-14 Harlow Town see off Kelby Rovers\n\n"
            "Harlow Town held on to beat Kelby Rovers 3-0 at home on Tuesday night, with substitute Sam Ode scoring "
            "twice after half-time.\n\n"
            "Harlow Town manager Jo Reyes said her side had earned it. Harlow climb to 11th in the league.\n"
        )
    )
    assert rows.get("Harlow Town", ("", 0))[0] == "ORG"
    assert rows["Harlow Town"][1] >= 3
