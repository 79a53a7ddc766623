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
