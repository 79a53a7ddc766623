"""A person named first whose sentence goes on with "its" stays a person unless "its" owns what a firm owns."""

from test_entities import _entities_of, _kinds


def test_a_person_named_first_before_its_plans_stays_a_person():
    rows = _kinds(
        _entities_of(
            "date 2026-11-20 Budget under fire\n\n"
            "Keir Starmer said its plans were flawed and the party would vote against the bill.\n\n"
            "Taylor Swift said its tour would be her last. The singer spoke in London.\n"
        )
    )
    assert rows["Keir Starmer"] == ("PERSON", 1)
    assert rows["Taylor Swift"] == ("PERSON", 1)


def test_a_name_named_first_before_its_profit_is_a_firm():
    rows = _kinds(
        _entities_of("date 2026-11-20 Results\n\nAxel Springer said its profit rose 5% in the third quarter.\n")
    )
    assert rows["Axel Springer"] == ("ORG", 1)


def test_a_birth_name_given_once_folds_into_the_name_the_article_writes():
    rows = _entities_of(
        "date 2024-10-16 Singer Ruth Calder dies at 58\n\n"
        "Ruth Calder, the folk singer, has died at 58, her family said on Wednesday.\n\n"
        "Born Ruth Margaret Calder in Dundee in 1966, she began singing in pubs as a teenager.\n\n"
        "Ruth Calder released nine albums. Calder toured until last year.\n"
    )
    assert rows.loc["Ruth Calder", "mentions"] == 5
    assert "Ruth Margaret Calder" in rows.loc["Ruth Calder", "aliases"].split("|")
