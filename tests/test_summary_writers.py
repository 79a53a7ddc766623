"""The writer of an opinion piece, named only in the note under it ("Mara Quill is a nurse in Hull."), is the one who
speaks in the first person throughout, not a person the piece names and keeps silent."""

from __future__ import annotations

import pandas as pd

from newsframe import summary

TEXTS = [
    "My mother waited nine hours for an ambulance",
    "I have worked on hospital wards for twenty years, and I have never seen queues like these.",
    "The trust's director, Owen Pike, said demand had risen sharply this winter.",
    "I want ministers to come and stand in our corridor for one night.",
    "Mara Quill is a nurse in Hull.",
]


def _tables(speakers_written, mentions_of_writer=1):
    paragraphs = pd.DataFrame(
        {"paragraph": range(len(TEXTS)), "text": TEXTS, "sentences": [1] * len(TEXTS), "words": 10}
    )
    rows = [(p, s, s) for p, s in speakers_written]
    quotes = pd.DataFrame(rows, columns=["paragraph", "speaker", "speaker_text"]).assign(
        kind="reported", text="it was hard", tone="neutral", cue="said"
    )
    quotes = quotes.assign(speaker_paragraph=quotes["paragraph"])
    entities = pd.DataFrame(
        {
            "entity": ["Mara Quill", "Owen Pike", "Hull"],
            "entity_type": ["PERSON", "PERSON", "GPE"],
            "mentions": [mentions_of_writer, 1, 1],
            "paragraphs": [1, 1, 1],
            "first_paragraph": [4, 2, 4],
            "aliases": ["Mara Quill", "Owen Pike", "Hull"],
        }
    )
    return quotes, entities, paragraphs


def test_the_writer_named_in_a_closing_note_is_no_one_kept_silent():
    quotes, entities, paragraphs = _tables([(1, "I"), (2, "Owen Pike"), (3, "I")])
    assert summary.note_writer(quotes, entities, paragraphs) == "Mara Quill"
    heard = summary.unheard_sentence(quotes, entities, paragraphs)
    assert heard.startswith("Mara Quill is named only as its writer")
    assert "never quoted" not in heard
    said = summary.speakers_sentence(quotes, entities, writer=summary.note_writer(quotes, entities, paragraphs))
    assert "by the writer, Mara Quill, in the first person" in said


def test_a_last_line_about_someone_is_no_note_without_a_first_person_writer():
    # a news story that ends on a line about a person: no "I" speaks, so she is a person named and not quoted
    quotes, entities, paragraphs = _tables([(2, "Owen Pike")])
    assert summary.note_writer(quotes, entities, paragraphs) is None
    assert "never quoted: Mara Quill" in summary.unheard_sentence(quotes, entities, paragraphs)
    # nor is a person the piece names before its last line the writer of a note
    quotes, entities, paragraphs = _tables([(1, "I"), (2, "Owen Pike")], mentions_of_writer=2)
    assert summary.note_writer(quotes, entities, paragraphs) is None


def test_names_named_equally_often_come_in_the_order_the_article_names_them():
    # the singer of an interview and her producer, each named twice: she comes first although "Okafor" < "Vane"
    entities = pd.DataFrame(
        {
            "entity": ["Sam Okafor", "Tilly Vane", "Bristol"],
            "entity_type": ["PERSON", "PERSON", "GPE"],
            "mentions": [2, 2, 1],
            "paragraphs": [2, 2, 1],
            "first_paragraph": [3, 0, 1],
            "aliases": ["Sam Okafor", "Tilly Vane", "Bristol"],
        }
    )
    assert summary.main_entities(entities)["entity"].tolist()[:2] == ["Tilly Vane", "Sam Okafor"]
    assert summary.in_order_named(entities)["entity"].tolist() == ["Tilly Vane", "Sam Okafor", "Bristol"]
    # within one paragraph, the mentions table tells which is written first
    entities = entities.assign(first_paragraph=[1, 1, 2])
    mentions = pd.DataFrame(
        {
            "paragraph": [1, 1, 2, 3, 2],
            "start_char": [40, 3, 0, 5, 60],
            "entity": ["Tilly Vane", "Sam Okafor", "Sam Okafor", "Tilly Vane", "Bristol"],
        }
    )
    assert summary.in_order_named(entities, mentions)["entity"].tolist()[:2] == ["Sam Okafor", "Tilly Vane"]
    # more mentions still come first, whenever they start
    entities = entities.assign(mentions=[2, 3, 1])
    assert summary.in_order_named(entities)["entity"].tolist()[0] == "Tilly Vane"


def test_a_surname_always_written_after_a_peer_or_judge_title_keeps_the_title():
    texts = [
        "Bus fares capped again",
        "Transport minister Lord Tarrant said the cap would stay. Lady Justice Amberley ruled on the route case.",
        "“It is the right thing to do,” Lord Tarrant said, as Sir Ewan Tolley and Tolley's deputy looked on.",
    ]
    paragraphs = pd.DataFrame({"paragraph": range(len(texts)), "text": texts})
    names = ["Tarrant", "Amberley", "Tolley", "Ewan Tolley"]
    entities = pd.DataFrame({"entity": names, "entity_type": "PERSON", "mentions": 1, "aliases": names})
    titled = summary.titled_names(entities, paragraphs)
    assert titled == {"Tarrant": "Lord Tarrant", "Amberley": "Lady Justice Amberley"}
    # once written bare, the article itself names him so
    texts[2] = "“It is the right thing to do,” Tarrant said."
    paragraphs = pd.DataFrame({"paragraph": range(len(texts)), "text": texts})
    assert "Tarrant" not in summary.titled_names(entities, paragraphs)
    quotes = pd.DataFrame(
        {"paragraph": [1], "speaker": ["Amberley"], "speaker_text": ["Lady Justice Amberley"], "kind": ["reported"]}
    )
    tables = summary.with_titles({"entities": entities, "paragraphs": paragraphs, "quotes": quotes})
    assert tables["quotes"]["speaker"].tolist() == ["Lady Justice Amberley"]
    assert "Lady Justice Amberley" in tables["entities"]["entity"].tolist()
    assert entities["entity"].tolist() == names  # the tables themselves keep the recogniser's name
