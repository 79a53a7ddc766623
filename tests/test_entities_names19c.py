"""Names of charities and bodies built from common words, stations and works: a body named by a verb and "the"
("Save the Children"), a foreign body's preposition ("Sans"), a disease named after a person beside the charity
named after it, a foundation with a middle initial, a district named with a possessive ("King's Cross"), a
sentence-opening "Great" of a railway, a title's word between two title words, and a quoted title whose full stop
falls inside the closing mark."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_body_named_by_a_verb_and_the_is_one_name():
    rows = _kinds(
        _entities_of(
            "date 2025-02-11 Charities warn over cold homes\n\n"
            "Warm the Elderly and Age Concern Dorset said pensioners were rationing heating this winter.\n\n"
            "The regulator opened an inquiry into a smaller group, Clothe the West, over missing donations.\n"
        )
    )
    assert rows["Warm the Elderly"][0] == "ORG" and rows["Clothe the West"][0] == "ORG"
    assert "Elderly" not in rows and "West" not in rows


def test_an_imperative_opening_a_sentence_names_no_body():
    rows = _kinds(
        _entities_of(
            "date 2025-02-11 Tourism chiefs plan campaign\n\n"
            "Tourism chiefs launched a campaign on Tuesday. Visit the North, its posters say, before the summer.\n"
        )
    )
    assert "Visit the North" not in rows


def test_a_name_with_sans_inside_is_a_body_not_a_person():
    rows = _kinds(
        _entities_of(
            "date 2025-03-02 Aid groups reach flooded towns\n\n"
            "Juristes Sans Frontières, better known for its work abroad, said it was advising the town.\n\n"
            "Médicos Sin Fronteras, better known for its work abroad, said it was sending doctors.\n"
        )
    )
    assert rows["Juristes Sans Frontières"][0] == "ORG" and rows["Médicos Sin Fronteras"][0] == "ORG"


def test_a_disease_named_after_a_person_is_no_charity_beside_the_charity_named_after_it():
    rows = _kinds(
        _entities_of(
            "date 2025-04-09 Blood test could spot Crohn's early\n\n"
            "People with Crohn's disease showed changes in the protein a decade before symptoms.\n\n"
            '"It does not cure Crohn\'s, but it gives families time," said Dr Maren Holt.\n\n'
            "The work was paid for by Crohn's UK. A spokeswoman for Crohn's UK welcomed it.\n"
        )
    )
    assert rows["Crohn's UK"] == ("ORG", 2)
    assert "Crohn's" not in rows and "Crohn" not in rows


def test_a_foundation_named_with_a_middle_initial_is_whole():
    rows = _kinds(
        _entities_of(
            "date 2025-04-09 Trial gets funding\n\n"
            "The study was funded by the Wellcome Trust and the Daniel P. Harlow Foundation.\n"
        )
    )
    assert rows["Daniel P. Harlow Foundation"][0] == "ORG"
    assert "Daniel" not in rows


def test_a_district_named_with_a_possessive_is_one_place():
    rows = _kinds(
        _entities_of(
            "date 2025-05-06 Station reopens\n\n"
            "Trains to Leeds from Friar's Cross will run as normal from Monday, the operator said.\n"
        )
    )
    assert rows["Friar's Cross"][0] in ("GPE", "LOC", "FAC")
    assert "Friar" not in rows and "Cross" not in rows


def test_a_countrys_possessive_before_a_people_is_left_apart():
    rows = _kinds(
        _entities_of(
            "date 2025-05-06 Talks resume\n\n"
            "The talks were held in Geneva, where Bosnia's Serb leaders met envoys on Tuesday.\n"
        )
    )
    assert "Bosnia's Serb" not in rows


def test_great_opening_a_sentence_stays_in_a_railways_name():
    rows = _kinds(
        _entities_of(
            "date 2025-05-06 Strike called off\n\n"
            "Great Central Railway, which runs trains from Loughborough to Leicester, said services would run.\n"
        )
    )
    assert rows["Great Central Railway"][0] == "ORG"
    assert "Central Railway" not in rows


def test_a_common_noun_between_two_title_words_is_the_titles():
    rows = _kinds(
        _entities_of(
            "date 2025-05-06 Tokyo responds to launch\n\n"
            "Chief Cabinet Secretary Hiroshi Tanabe told reporters the government would protest.\n"
        )
    )
    assert "Cabinet" not in rows
    assert rows["Hiroshi Tanabe"][0] == "PERSON"


def test_a_quoted_title_whose_full_stop_falls_inside_the_closing_mark_is_one_work():
    rows = _kinds(
        _entities_of(
            "date 2025-01-08 Winners at the film awards\n\n"
            'Ada Brennan won best actress for Tom Ferrell\'s "Hunters of the Pale Moon." She thanked her mother.\n'
        )
    )
    assert rows["Hunters of the Pale Moon"][0] == "WORK_OF_ART"
    assert "Pale Moon" not in rows
