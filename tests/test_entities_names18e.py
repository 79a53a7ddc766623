"""Names in news written elsewhere: a speaker named by a given name and a surname, a common noun opening a sentence
inside a quotation, a name with a singular possessive, and a university named by its town alone."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_given_name_and_a_surname_that_say_something_are_a_person():
    rows = _kinds(
        _entities_of(
            "date 2025-03-02 Minister rules out deal\n\n"
            "Speaking on Sky News, Kemi Reeves said no deal was on the table.\n\n"
            "Goldman Sachs said markets were calm. Morgan Stanley told clients to wait.\n"
        )
    )
    assert rows["Kemi Reeves"][0] == "PERSON"
    # a firm that speaks keeps its type: its first word is no given name, or its second is a common one
    assert rows["Goldman Sachs"][0] == "ORG" and rows["Morgan Stanley"][0] == "ORG"


def test_a_firm_named_for_a_family_or_a_town_that_speaks_stays_a_firm():
    rows = _kinds(
        _entities_of(
            "date 2025-03-02 Banks report\n\n"
            "Lehman Brothers said it would cut staff. Sky News said the talks had failed. British Airways said "
            "flights would resume.\n"
        )
    )
    assert rows["Lehman Brothers"][0] == "ORG" and rows["Sky News"][0] == "ORG"
    assert rows["British Airways"][0] == "ORG"


def test_a_common_noun_opening_a_quoted_sentence_is_no_name():
    rows = _kinds(
        _entities_of(
            "date 2026-10-08 Leader speaks\n\n"
            '"I know many of you are tired. Change has not come as fast as we wanted," Nora Pell said.\n'
        )
    )
    assert "Change" not in rows
    assert rows["Nora Pell"][0] == "PERSON"


def test_a_noun_the_article_writes_as_a_name_mid_sentence_stays_a_name():
    rows = _kinds(
        _entities_of(
            'date 2026-10-08 Talks resume\n\nTom Marsh lost his seat in May. "Marsh has failed us," Nora Pell said.\n'
        )
    )
    # "marsh" is a common noun, but the article writes it as a name mid-sentence: the quoted opener is the man
    assert rows["Tom Marsh"] == ("PERSON", 2)


def test_a_name_with_a_singular_possessive_is_no_peoples_word():
    rows = _kinds(
        _entities_of(
            "date 2025-06-01 Coin found\n\n"
            "Walkers on Hadrian's Wall found a silver coin.\n\n"
            "It was struck under the emperor Hadrian in AD 122, experts said.\n\n"
            "Kurdish fighters guarded the road.\n"
        )
    )
    assert rows["Hadrian"][0] == "PERSON"
    assert rows["Kurdish"][0] == "NORP"  # a people's word without a possessive keeps its reading


def test_a_university_named_by_its_town_alone_is_the_university():
    rows = _kinds(
        _entities_of(
            "date 2025-02-03 Chemist dies\n\n"
            "Professor Ada Marsh has died aged 81, the University of Leeds said.\n\n"
            "Born in Leeds in 1943, she joined Leeds as a lecturer in 1971.\n"
        )
    )
    assert rows["University of Leeds"] == ("ORG", 2)
    assert rows["Leeds"] == ("GPE", 1)  # the town she was born in stays the town
