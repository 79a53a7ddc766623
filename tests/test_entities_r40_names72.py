"""Names in politics, arts, travel and history reports that the readers mistype or cut: a leader described by a
post or an age though read as a town everywhere else, a region named by a plural of land beside a figure, the prize
of an awards night before what it gives, an actor read as a body, a person named by a given name and a place, a
work's title cut to its first word."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_leader_after_an_opening_phrase_with_a_post_is_a_person_in_every_mention():
    rows = _kinds(
        _entities_of(
            "date 2024-01-18 Scholz warns of trade war as EU leaders meet\n\n"
            "Speaking in Brussels, Scholz, the German chancellor, said Europe could not afford a tariff war with "
            "Washington.\n\n"
            "Scholz met Emmanuel Macron, the French president, in Santiago last year. Officials in Berlin said "
            "Scholz would travel to Paris next week.\n"
        )
    )
    assert rows["Scholz"] == ("PERSON", 4)


def test_an_age_between_commas_makes_a_name_read_as_a_place_a_person_throughout():
    rows = _kinds(
        _entities_of(
            "date 2024-01-18 Scholz warns of trade war as EU leaders meet\n\n"
            "Scholz, 66, said in Brussels that Europe could not afford a tariff war with Washington.\n\n"
            "Scholz met Emmanuel Macron, the French president, in Santiago last year. Officials in Berlin said "
            "Scholz would travel to Paris next week.\n"
        )
    )
    assert rows["Scholz"] == ("PERSON", 4)


def test_a_region_named_by_a_plural_of_land_stays_a_place_beside_a_figure():
    rows = _kinds(
        _entities_of(
            "date 2024-07-02 Holiday lets squeeze villages\n\n"
            "Villages in the Cotswolds are bracing for another record summer, with coach parties returning.\n\n"
            "Tourism across the Midlands rose by 8% last year, according to VisitEngland.\n"
        )
    )
    assert rows["Midlands"] == ("GPE", 1)
    assert rows["Cotswolds"] == ("GPE", 1)


def test_the_prize_of_an_awards_night_before_what_it_gives_is_an_event():
    rows = _kinds(
        _entities_of(
            "date 2024-09-27 Veteran actor dies at 88\n\n"
            "The actor, who was given a Bafta fellowship in 2015, has died.\n\n"
            "She was nominated for five Baftas over her career.\n"
        )
    )
    assert rows["Baftas"] == ("EVENT", 2)  # the prize and the plural of its awards night are one
    assert "Bafta" not in rows


def test_an_actor_read_as_a_body_is_a_person():
    rows = _kinds(
        _entities_of(
            "date 2024-01-10 Drama prompts inquiry calls\n\n"
            "Toby Jones starred in Mr Bates vs The Post Office, the ITV drama about the Horizon scandal.\n"
        )
    )
    assert rows["Toby Jones"] == ("PERSON", 1)


def test_a_person_named_by_a_given_name_and_a_place_is_one_person():
    rows = _kinds(
        _entities_of(
            "date 2024-10-14 Remembering 1066\n\n"
            "On 14 October 1066, William of Normandy defeated Harold Godwinson near Hastings.\n"
        )
    )
    assert rows["William of Normandy"] == ("PERSON", 1)
    assert "William" not in rows and "Normandy" not in rows


def test_a_works_title_cut_to_its_first_word_is_the_work():
    rows = _kinds(
        _entities_of(
            "date 2024-09-27 Dame Maggie Smith dies\n\n"
            "To a new generation she was the star of the period drama Downton Abbey.\n\n"
            "Her lines in Downton were quoted across the world.\n"
        )
    )
    assert rows["Downton Abbey"] == ("WORK_OF_ART", 2)
    assert "Downton" not in rows


def test_a_works_title_in_a_headline_read_in_sentence_case_is_the_work():
    rows = _kinds(
        _entities_of(
            "date 2024-09-27 Maggie Smith, star of Downton Abbey and The Prime of Miss Jean Brodie, dies at 89\n\n"
            "Dame Maggie Smith, who won an Oscar for The Prime of Miss Jean Brodie and another for California "
            "Suite, has died aged 89.\n\n"
            "To a new generation she was the Dowager Countess in Downton Abbey, the ITV drama.\n"
        )
    )
    assert rows["The Prime of Miss Jean Brodie"] == ("WORK_OF_ART", 2)
    assert "Jean Brodie" not in rows
