"""Sentences about an article as a reporter would print them: a body the article writes after "the" keeps it when a
verb taking "to" follows ("the Treasury needs to find")."""

from __future__ import annotations

from test_summary_summ40 import entities, paragraphs

from newsframe import speakers


def test_a_name_before_a_verb_taking_to_keeps_its_the():
    names = entities(("Treasury", "ORG", 1), ("Kessel Valley", "LOC", 1))
    text = paragraphs(
        "Budget gap grows",
        "Economists estimate that the Treasury needs to find £20bn to meet its rules.",
        "The Kessel Valley talks to resume next week were called off.",
    )
    assert speakers.definite_names(names, text) == {"Treasury"}
