"""Culture news: performers known by one name listed with bodies, given names read as places, directors' films."""

from test_entities import _entities_of


def _type(table, name):
    return table.loc[name, "entity_type"] if name in table.index else None


def test_a_one_word_name_listed_with_a_body_stays_the_person_the_body_shows():
    table = _entities_of(
        "date 2024-03-12 Zendaya and Netflix lead a crowded awards season\n\n"
        "Zendaya, who stars in Challengers, was the most searched actor of the week."
    )
    assert _type(table, "Zendaya") == "PERSON"
    assert _type(table, "Netflix") == "ORG"


def test_a_name_listed_with_a_firm_in_the_headline_is_a_person_said_to_be_the_first_actor():
    table = _entities_of(
        "date 2024-03-12 Zendaya and Amazon lead a crowded awards season\n\n"
        "Zendaya became the first actor to win both prizes in one week, the academy said."
    )
    assert _type(table, "Zendaya") == "PERSON"
    assert _type(table, "Amazon") == "ORG"


def test_a_common_given_name_read_as_a_place_and_a_surname_are_a_person():
    table = _entities_of(
        "date 2024-05-10 Billie Eilish leads summer festival bill\n\nBillie Eilish released the single Lunch in May."
    )
    assert _type(table, "Billie Eilish") == "PERSON"


def test_a_given_name_and_surname_winning_awards_are_no_body():
    table = _entities_of(
        "date 2024-05-10 Grammys night\n\nBillie Eilish won two awards on Sunday, and Finneas won a third."
    )
    assert _type(table, "Billie Eilish") == "PERSON"


def test_the_capitalised_objects_a_director_directed_are_films():
    table = _entities_of(
        "date 2024-02-01 Nolan leads Oscar race\n\n"
        "Christopher Nolan, who directed Oppenheimer and Interstellar, was named best director."
    )
    assert _type(table, "Oppenheimer") == "WORK_OF_ART"
    assert _type(table, "Interstellar") == "WORK_OF_ART"
    assert "Oppenheimer and Interstellar" not in table.index


def test_what_she_directed_is_a_film_and_an_order_is_not():
    table = _entities_of(
        "date 2024-02-01 Villeneuve returns\n\n"
        "Denis Villeneuve, who directed Arrival, is working on a third Dune film. "
        "She directed Barbie before signing with the streaming service."
    )
    assert _type(table, "Arrival") == "WORK_OF_ART"
    assert _type(table, "Barbie") == "WORK_OF_ART"
    ordered = _entities_of("date 2024-02-01 Judge rules on app store\n\nThe judge directed Apple to pay the fine.")
    assert _type(ordered, "Apple") == "ORG"


def test_a_name_inside_a_noun_her_possessive_owns_is_no_person():
    table = _entities_of(
        "date 2024-09-02 Carpenter tops chart\n\n"
        "Sabrina Carpenter scored her first Billboard number one album on Monday."
    )
    assert _type(table, "Billboard") == "ORG"
    assert _type(table, "Sabrina Carpenter") == "PERSON"


def test_a_name_his_possessive_owns_before_the_rest_of_the_noun_is_no_person():
    table = _entities_of(
        "date 2024-09-02 Chart news\n\nThe rapper celebrated his second Billboard top ten single with a party."
    )
    assert _type(table, "Billboard") == "ORG"
