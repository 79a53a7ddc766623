"""Names in a wildfire evacuation, a school merger, a charity walk, a hospital trust's figures and a report on
hunger: a school named by its town and kind, a town that "Port" opens, a town named by the bodies that serve it and a
campaign group that calls rather than says."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_school_named_after_a_place_is_a_body_not_the_place():
    rows = _kinds(
        _entities_of(
            "date 2026-08-04 Families leave homes as fire spreads\n\n"
            "About 600 people spent the night at Pinecrest Valley High School after the fire jumped the road.\n\n"
            "Pupils from Ashgrove Academy were moved to a hall in the next town.\n"
        )
    )
    assert rows["Pinecrest Valley High School"][0] == "ORG"
    assert rows["Ashgrove Academy"][0] == "ORG"


def test_a_town_that_port_opens_is_a_place_even_with_a_given_name_after_it():
    rows = _kinds(
        _entities_of(
            "date 2026-05-10 Walkers raise thousands for hospice\n\n"
            "More than 900 people took part in the walk from Kelby to Port Morgan, many of them families.\n\n"
            "Organisers said the money would pay for two more nurses.\n"
        )
    )
    assert rows["Port Morgan"][0] == "GPE"


def test_a_town_named_in_its_hospital_trusts_name_is_the_town():
    rows = _kinds(
        _entities_of(
            "date 2026-01-12 Waits at Ambleford hospitals longest on record\n\n"
            "Patients at Ambleford's two main hospitals waited longer than ever last month, figures show.\n\n"
            'Ambleford Hospitals NHS Trust said December had been "exceptionally busy".\n'
        )
    )
    assert rows["Ambleford"][0] == "GPE"
    assert rows["Ambleford Hospitals NHS Trust"][0] == "ORG"


def test_a_one_word_name_that_calls_something_a_verdict_is_a_body():
    rows = _kinds(
        _entities_of(
            "date 2026-11-18 Hunger rising again, report warns\n\n"
            "More people went hungry last year than the year before, a United Nations report said.\n\n"
            'Aid groups said the figures were shameful. Grainwell called the report "a verdict on broken promises".\n'
        )
    )
    assert rows["Grainwell"][0] == "ORG"


def test_port_and_fort_open_a_towns_name_whatever_given_name_follows():
    from newsframe import entities

    # "Kendrick" and "Ellis" are common given names, which after "Little" make a person's stage name
    assert entities.place_by_its_first_word("port ellis", "Port Ellis")
    assert entities.place_by_its_first_word("fort kendrick", "Fort Kendrick")
    assert not entities.place_by_its_first_word("port vale", "Port Vale")  # an English word: the club's name


def test_shops_a_plural_of_retailers_introduces_are_firms_not_places():
    rows = _kinds(
        _entities_of(
            "date 2026-02-17 Loyalty card details stolen\n\n"
            "Hackers stole the details of customers of Cardwell, which runs loyalty schemes for retailers including "
            "Currys, Superdrug and Poundland.\n\n"
            "Customers were told to be wary of emails that seemed to come from Currys.\n"
        )
    )
    for shop in ("Currys", "Superdrug", "Poundland"):
        assert rows[shop][0] == "ORG", shop


def test_an_office_named_after_its_holders_title_is_a_body_no_reader_missed():
    rows = _kinds(
        _entities_of(
            "date 2026-02-17 Breach reported to regulator\n\n"
            "The firm discovered the breach on 9 February and reported it to the Information Commissioner's Office "
            "two days later.\n\n"
            "The Information Commissioner's Office confirmed it was making inquiries.\n"
        )
    )
    assert rows["Information Commissioner's Office"] == ("ORG", 2)


def test_a_number_that_counts_points_is_no_part_of_the_drivers_name():
    rows = _kinds(
        _entities_of(
            "date 2026-10-04 Singapore race won from pole\n\n"
            "Jack Norris won the Singapore Grand Prix on Sunday, holding off Max Lindqvist.\n\n"
            "The result leaves Norris 12 points behind Lindqvist in the drivers' championship with six races left.\n"
        )
    )
    assert rows["Jack Norris"] == ("PERSON", 2)
    assert not any(name.startswith("Norris ") for name in rows)


def test_a_bill_named_by_its_subject_is_a_law_not_a_man():
    from newsframe import entities

    assert entities.a_bill_by_its_subject("Finance Bill")
    assert entities.a_bill_by_its_subject("Victims and Prisoners Bill")
    assert not entities.a_bill_by_its_subject("Billy Bill")  # a given name before it: a person's name
    rows = _kinds(
        _entities_of(
            "date 2026-06-19 MPs reject tax changes\n\n"
            "MPs on Wednesday voted down amendments to the Finance Bill that would have raised taxes on transfers.\n\n"
            "The opposition said the plans had been rushed.\n"
        )
    )
    assert rows["Finance Bill"][0] == "LAW"
