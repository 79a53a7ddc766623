"""Long names: a firm named after two founders, a body named after two possessives, squares and streets named in
French, Spanish or Italian."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_firm_of_two_founders_whose_first_is_a_given_name_is_one_body():
    rows = _kinds(
        _entities_of(
            "date 2024-05-21 Council hires new auditor\n\n"
            "Ernst and Young has been hired to review the accounts of Birmingham City Council.\n\n"
            "Ernst and Young was itself fined by the watchdog in 2022."
        )
    )
    assert rows["Ernst and Young"] == ("ORG", 2) and "Young" not in rows


def test_a_founders_firm_with_a_given_name_first_differently_worded():
    rows = _kinds(
        _entities_of(
            "date 2024-05-21 Law firm merger agreed\n\n"
            "Arthur and Wellbeck has agreed to merge with a rival in Leeds, the firm said on Monday."
        )
    )
    assert rows.get("Arthur and Wellbeck", ("", 0))[0] == "ORG"


def test_two_people_joined_by_and_before_a_plural_verb_stay_apart():
    rows = _kinds(
        _entities_of(
            "date 2024-05-21 Two charged after fight\n\n"
            "Mark Ellison and Tom Young were charged with affray after a fight in Leeds on Friday."
        )
    )
    assert rows["Mark Ellison"][0] == "PERSON" and rows["Tom Young"][0] == "PERSON"


def test_a_trust_named_after_two_possessives_is_one_body():
    rows = _kinds(
        _entities_of(
            "date 2025-03-03 Hospital trust fined\n\n"
            "Guy's and St Thomas' NHS Foundation Trust has been fined £800,000 after a patient died."
        )
    )
    assert rows["Guy's and St Thomas' NHS Foundation Trust"] == ("ORG", 1)
    assert "Guy's" not in rows and "St Thomas' NHS Foundation Trust" not in rows


def test_a_hospice_named_after_two_saints_differently_worded():
    rows = _kinds(
        _entities_of(
            "date 2025-03-03 Hospice appeal\n\n"
            "Staff at St Mary's and St Joseph's Hospice in Bolton raised £20,000 on Tuesday for a new garden."
        )
    )
    assert rows["St Mary's and St Joseph's Hospice"][0] == "ORG" and "St Mary's" not in rows


def test_a_firm_and_a_bank_listed_stay_two_bodies():
    rows = _kinds(
        _entities_of(
            "date 2025-03-03 Grocers report sales\n\n"
            "Sainsbury's and Tesco Bank both reported higher profits on Thursday, the companies said."
        )
    )
    assert "Tesco Bank" in rows


def test_squares_and_streets_named_in_french_or_spanish_are_places():
    rows = _kinds(
        _entities_of(
            "date 2024-02-26 Farmers protest in Brussels\n\n"
            "Thousands of farmers drove tractors into Place du Luxembourg on Monday. Police fired water cannon near "
            "Rue de la Loi, and protesters later marched along Rue Belliard."
        )
    )
    for name in ("Place du Luxembourg", "Rue de la Loi", "Rue Belliard"):
        assert rows[name][0] == "FAC", name


def test_a_square_named_in_spanish_or_italian_differently_worded():
    rows = _kinds(
        _entities_of(
            "date 2024-02-26 Crowds gather in Madrid and Rome\n\n"
            "Crowds filled the Plaza de Cibeles in Madrid on Sunday, while in Rome supporters met in Piazza Navona."
        )
    )
    assert rows["Plaza de Cibeles"][0] == "FAC" and rows["Piazza Navona"][0] == "FAC"


def test_a_saints_hall_is_one_building_not_folded_into_another_hall():
    rows = _kinds(
        _entities_of(
            "date 2024-08-14 Orchestra on tour\n\n"
            "The orchestra played at the Royal Albert Hall on Tuesday and will play at St David's Hall in Cardiff "
            "on 30 August."
        )
    )
    assert rows["St David's Hall"] == ("FAC", 1) and rows["Royal Albert Hall"] == ("FAC", 1)


def test_a_saints_hall_and_a_patrons_hall_differently_worded():
    rows = _kinds(
        _entities_of(
            "date 2024-08-14 Choir returns\n\n"
            "The choir sang at St George's Hall in Liverpool last week before a concert at the Royal Albert Hall, "
            "where tickets sold out in an hour."
        )
    )
    assert rows["St George's Hall"][0] == "FAC" and rows["Royal Albert Hall"][0] == "FAC"


def test_a_movement_named_by_a_clause_is_read_whole():
    rows = _kinds(
        _entities_of(
            "date 2020-06-07 Thousands march in London\n\n"
            "Thousands of people marched through London on Saturday in support of Black Lives Matter.\n\n"
            "Black Lives Matter protests also took place in Manchester and Bristol."
        )
    )
    assert rows["Black Lives Matter"][1] == 2 and "Lives Matter" not in rows and "Black" not in rows


def test_plural_english_words_are_no_persons_name_differently_worded():
    from newsframe import entities, nlp

    doc = nlp.load()("Supporters of Farmers Markets Matter met Grace Lives and Kwame Asante.")
    assert entities.english_words_without_a_given_name(doc[2:5])  # "Farmers Markets Matter": plurals of words
    assert not entities.english_words_without_a_given_name(doc[6:8])  # "Grace Lives": a given name opens it
    assert not entities.english_words_without_a_given_name(doc[9:11])  # "Kwame Asante": no English words


def test_a_movement_named_with_its_country_branch_is_a_body_where_written_bare():
    rows = _kinds(
        _entities_of(
            "date 2020-06-07 Thousands march in London\n\n"
            "Thousands of people marched through London on Saturday in support of Black Lives Matter.\n\n"
            "Organisers from Black Lives Matter UK said the protest at Parliament Square was peaceful."
        )
    )
    assert rows["Black Lives Matter"][0] == "ORG" and rows["Black Lives Matter UK"][0] == "ORG"


def test_a_movement_named_with_another_country_branch_differently_worded():
    rows = _kinds(
        _entities_of(
            "date 2020-06-08 Rally in Glasgow\n\n"
            "A spokeswoman for Black Lives Matter Scotland said about 2,000 people had gathered in Glasgow.\n\n"
            "Crowds also gathered in Edinburgh on Sunday in support of Black Lives Matter."
        )
    )
    assert rows["Black Lives Matter"][0] == "ORG"
