"""summ47 (r29): who is quoted, in a markets report, a theatre review and an opinion column."""

import pandas as pd

from newsframe import speakers, summary


def quotes(*rows):
    return pd.DataFrame(
        [
            {"paragraph": p, "kind": k, "speaker": s, "speaker_text": t, "text": x, "cue": "said", "tone": "neutral"}
            for p, k, s, t, x in rows
        ]
    )


def entities(*rows):
    return pd.DataFrame([{"entity": e, "entity_type": t, "mentions": m, "first_paragraph": f} for e, t, m, f in rows])


NAMES = entities(("Mara Quell", "PERSON", 1, 2), ("Orbis Freight", "ORG", 2, 3))


def test_a_bare_plural_heard_after_other_sources_is_not_the_fuller_description():
    """ "Analysts said the market would look to Friday's figures" paragraphs after "analysts at a Swiss bank" cut a
    rating (and other sources between): analysts in general, not those analysts twice."""
    said = quotes(
        (2, "reported", "analysts at a Swiss bank", "analysts at a Swiss bank", "demand was weak"),
        (3, "reported", "Mara Quell", "Mara Quell", "costs would rise"),
        (5, "reported", "Analysts", "Analysts", "the market would look to Friday's figures"),
    )
    table = speakers.speakers_table(said, NAMES)
    assert sorted(table["statements"].tolist()) == [1, 1, 1], table
    sentence = summary.speakers_sentence(said, NAMES)
    assert "twice" not in sentence, sentence
    # right after the fuller description it goes on with that source ("Officials added")
    on = said.iloc[[0, 2]].assign(paragraph=[2, 2])
    assert speakers.speakers_table(on, NAMES)["statements"].tolist() == [2]


def test_an_unresolved_relative_pronoun_is_no_source():
    """ "a widow who refuses to leave": the quotes table may give "who" as the speaker; no source a reader names."""
    said = quotes(
        (2, "reported", "who", "who", "to leave"),
        (3, "direct", "Mara Quell", "Mara Quell", "We wanted the tower to feel alive"),
    )
    sentence = summary.speakers_sentence(said, NAMES)
    assert "who once" not in sentence and "to 1 source" in sentence, sentence


def test_a_second_description_after_a_comma_is_one_source_in_a_list():
    """ "My neighbour, a nurse, tells me …": in a list of sources the comma would read as two; and "my" in the
    report's own sentence is the writer's."""
    said = quotes(
        (2, "reported", "My neighbour, a nurse", "My neighbour, a nurse", "her husband collects the children"),
        (3, "reported", "Mara Quell", "Mara Quell", "the office is different"),
        (4, "reported", "Orbis Freight", "Orbis Freight", "staff come in on fixed days"),
    )
    sentence = summary.speakers_sentence(said, NAMES)
    assert "the writer's neighbour" in sentence and "a nurse" not in sentence, sentence
    assert speakers.short_speaker("the driver, a man of 40") == "the driver"
    # a comma inside a name is no cut
    assert speakers.short_speaker("Food, Farming and Fisheries", {"Food, Farming and Fisheries"}) == (
        "Food, Farming and Fisheries"
    )
