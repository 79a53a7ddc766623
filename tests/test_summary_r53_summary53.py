"""Summary: when each of a few names is named only once, none stands out: the summary says so in one sentence, as the
notebook's finding does, rather than listing each as a main actor."""

from __future__ import annotations

import pandas as pd

from newsframe import findings, pipeline, summary

FLOODS = "\n\n".join(
    [
        "Dozens killed as floods sweep through villages",
        "Published 28 October 2024, 06:45",
        "At least 40 people have been killed after floods swept through villages in the Valencia region of Spain.",
        "Rescuers are still searching for dozens of missing people.",
        '"It is a catastrophe," said regional president Carlos Mazón.',
    ]
)


def _sentences(write, name, text):
    a = pipeline.analyze(write(name, text), None, use_cache=False)
    return [s.replace("\\", "") for s in summary.summary_sentences(a.article, a.tables)], a


def test_three_names_each_named_once_do_not_stand_out(write):
    sentences, a = _sentences(write, "floods.txt", FLOODS)
    assert "No person, place or organisation stands out: each of the 3 is named once." in sentences, sentences
    assert not any("(place) is named" in s or "(person) is named" in s for s in sentences), sentences
    # the notebook's finding says the same of the same table
    assert "stands out" in findings.most_named(a.tables["entities"], a.tables["paragraphs"])


def _entities(rows):
    return pd.DataFrame(
        [
            {"entity": e, "entity_type": t, "mentions": m, "paragraphs": p, "first_paragraph": f}
            for e, t, m, p, f in rows
        ]
    )


def test_two_names_named_once_are_no_main_actors_but_names_named_more_often_are():
    once = _entities([("Oslo", "GPE", 1, 1, 1), ("Equinor", "ORG", 1, 1, 2)])
    assert summary.main_entities(once).empty
    # named as often but more than once: each keeps the sentence telling where it is named
    tied = _entities([("Oslo", "GPE", 3, 2, 1), ("Equinor", "ORG", 3, 3, 2)])
    assert summary.main_entities(tied)["entity"].tolist() == ["Oslo", "Equinor"]
    led = _entities([("Oslo", "GPE", 2, 2, 1), ("Equinor", "ORG", 1, 1, 2)])
    assert summary.main_entities(led)["entity"].tolist() == ["Oslo", "Equinor"]
    # a name alone is still its own sentence
    assert summary.main_entities(once.head(1))["entity"].tolist() == ["Oslo"]
