"""Bodies named by a phrase of capitalised words and small words, a firm ending in its trade's word or set beside
"the chemist", and a person after a role noun opening the sentence."""

from __future__ import annotations

from test_entities import _kinds, _tables_of

PROTEST = (
    "date 2025-08-09 Hundreds march against far-right rally in Liverpool\n\n"
    "Hundreds of counter-protesters gathered outside Lime Street station on Saturday as a far-right group held a "
    "rally in the city centre.\n\n"
    'Organisers from Stand Up To Racism said more than 2,000 people had taken part. "Liverpool has always stood '
    'together against hate," they said.\n\n'
    "Members of the climate group Just Stop Oil also joined the march, while Transport for the North said some "
    "trains had been delayed.\n\n"
    "Merseyside Police said four people had been arrested.\n"
)


def test_a_body_named_by_a_phrase_is_one_organisation_and_its_organisers_speak():
    tables = _tables_of(PROTEST)
    rows = _kinds(tables["entities"].set_index("entity"))
    assert rows["Stand Up To Racism"] == ("ORG", 1)
    assert rows["Just Stop Oil"] == ("ORG", 1)
    assert rows["Transport for the North"] == ("ORG", 1)
    assert not {"Stand", "Racism", "Transport", "North"} & set(rows)
    speakers = list(tables["quotes"]["speaker"])
    assert speakers[:2] == ["Organisers from Stand Up To Racism"] * 2
    assert "Transport for the North" in speakers


def test_a_role_noun_opening_the_sentence_leaves_the_person_named_after_it():
    tables = _tables_of(
        "date 2025-10-12 Cardiff hold on for draw at Swansea\n\n"
        "Cardiff held Swansea to a goalless draw in a tense south Wales derby on Sunday.\n\n"
        'Goalkeeper Max O\'Leary said: "It was a proper derby and we stood firm at the back."\n'
    )
    rows = _kinds(tables["entities"].set_index("entity"))
    assert rows["Max O'Leary"] == ("PERSON", 1)
    assert list(tables["quotes"]["speaker"]) == ["Max O'Leary"]


def test_firms_named_by_their_trade_or_beside_the_chemist_are_organisations():
    rows = _kinds(
        _tables_of(
            "date 2025-03-04 Food firm to cut 200 jobs in Essex\n\n"
            "A food manufacturer is to cut 200 jobs at its factory in Essex after losing a major supermarket "
            "contract.\n\n"
            'Harlow Foods said the decision had been "incredibly difficult" and that staff would be offered '
            "support.\n\n"
            "Waitrose, the upmarket chain, said it had moved its ready-meal orders to another supplier. Boots, the "
            "chemist, said it was not affected.\n"
        )["entities"].set_index("entity")
    )
    assert rows["Harlow Foods"] == ("ORG", 1)
    assert rows["Boots"] == ("ORG", 1)
    assert rows["Waitrose"] == ("ORG", 1)
