"""Sentences a reporter can print as they stand: a name that may be plural ("the Liberal Democrats") is written where
no verb agrees with it; whoever an appeal asks to call ("Anyone with information") is no source; a team's coach
speaks for the team."""

from __future__ import annotations

import pandas as pd
from test_summary_r21 import entities, paragraphs, quotes  # tables built as those tests build them

from newsframe import speakers, summary


def mentions(*rows) -> pd.DataFrame:
    """A mentions table of (entity, paragraph) rows."""
    return pd.DataFrame(rows, columns=["entity", "paragraph"])


def test_a_name_that_may_be_plural_takes_no_verb_that_agrees_with_it():
    seen = mentions(*[("Liberal Democrats", p) for p in (0, 1, 2, 3)], ("Wales", 1), ("Wales", 2))
    party = summary.entity_sentence("Liberal Democrats", "organisation", seen, {"Liberal Democrats"})
    assert party.startswith("It names the Liberal Democrats (organisation) 4 times"), party
    assert " is named" not in party
    # a place may be plural too ("the Alps") or one place ("Wales"): no verb either way
    place = summary.entity_sentence("Wales", "place", seen)
    assert place.startswith("It names Wales (place) twice"), place


def test_a_name_that_cannot_be_plural_keeps_its_verb():
    seen = mentions(("Congress", 1), ("Congress", 2), ("Sainsbury's", 1), ("Chris Jones", 2), ("Acme", 1))
    for name, kind in [("Congress", "organisation"), ("Sainsbury's", "organisation"), ("Chris Jones", "person")]:
        assert summary.entity_sentence(name, kind, seen).startswith(f"{name} ({kind}) is named"), name
        assert not summary.may_be_plural(name, kind)
    assert summary.may_be_plural("Beatles", "organisation") and summary.may_be_plural("Mercedes", "organisation")
    assert not summary.may_be_plural("Paris", "place") and not summary.may_be_plural("Acme", "organisation")
    assert not summary.may_be_plural("NHS", "organisation")


def test_whoever_an_appeal_asks_to_call_is_no_source():
    said = quotes((3, "partial", "Rhian Griffiths", "Inspector Rhian Griffiths"))
    appeal = quotes((5, "reported", "Anyone with information", "Anyone with information"))
    both = pd.concat([said, appeal], ignore_index=True)
    assert speakers.expectations(both).tolist() == [False, True]
    names = entities(("Rhian Griffiths", "PERSON", 1, 3))
    sentence = summary.speakers_sentence(both, names)
    assert "1 statement" in sentence and "Anyone" not in sentence, sentence
    # a named source opening with another word stays one
    assert not speakers.expectations(quotes((1, "reported", "Any Lee", "Any Lee"))).any()


def test_a_team_s_coach_speaks_for_the_team():
    names = entities(("Lions", "ORG", 1, 1), ("Andy Farrell", "PERSON", 1, 1))
    text = paragraphs("Headline", 'The Lions coach, Andy Farrell, said the selection was "a long way off".')
    said = quotes((1, "partial", "Andy Farrell", "The Lions coach, Andy Farrell"))
    assert speakers.unheard(names, said, text).empty
    # a former coach no longer does
    former = paragraphs("Headline", 'Former Lions coach Andy Farrell said the selection was "a long way off".')
    said = quotes((1, "partial", "Andy Farrell", "Former Lions coach Andy Farrell"))
    assert speakers.unheard(names, said, former)["entity"].tolist() == ["Lions"]
