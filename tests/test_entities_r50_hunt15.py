"""Entities: a person's full name after a preposition of time, and a capitalised common noun for the body it heads."""

from test_entities import _entities_of, _kinds


def test_a_full_name_after_following_is_a_person_not_an_event():
    rows = _kinds(
        _entities_of(
            "date 2023-11-27 Irish writer wins the Booker Prize\n\n"
            "He is the fifth Irish writer to win the prize, following Iris Murdoch, John Banville, Roddy Doyle and "
            "Anne Enright, who won in 2007."
        )
    )
    assert rows["Iris Murdoch"][0] == "PERSON"
    assert rows["Anne Enright"][0] == "PERSON"


def test_a_full_name_after_since_is_a_person_while_a_named_event_stays_one():
    rows = _kinds(
        _entities_of(
            "date 2024-03-01 Mayor breaks a record\n\n"
            "She became the youngest mayor of the city, a post nobody under 30 had held since Margaret Holloway "
            "in 1971. Exports have fallen by a third since Brexit, traders said."
        )
    )
    assert rows["Margaret Holloway"][0] == "PERSON"
    assert rows["Brexit"][0] != "PERSON"


def test_the_bank_is_the_bank_it_heads_not_the_rate_it_qualifies():
    rows = _kinds(
        _entities_of(
            "date 2024-02-02 House prices rise as mortgage rates ease\n\n"
            '"The improvement reflects a shift in expectations for the future path of Bank Rate," said Robert '
            "Gardner, an economist.\n\n"
            "Mortgage approvals rose to 50,500 in December, according to the Bank of England.\n\n"
            "Governor Andrew Bailey said the Bank needed more evidence before cutting rates."
        )
    )
    assert rows["Bank of England"] == ("ORG", 2)
    assert rows.get("Bank Rate", ("", 1))[1] == 1


def test_the_university_is_the_university_of_a_place_named_before_a_college():
    rows = _kinds(
        _entities_of(
            "date 2024-05-10 Students protest over fees\n\n"
            "Staff at University College Hartley joined students from the University of Marlow on Friday.\n\n"
            "The University said it would meet the protesters next week."
        )
    )
    assert rows["University of Marlow"][1] == 2
