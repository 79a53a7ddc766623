"""The answers under the notebook questions (newsframe.findings) read as a reporter would print them, on invented
news: undated expressions are called what they are, relative dates counted from the story's own dates are not said
to be read against publication, and a speaker given only as a pronoun is not written as a name."""

from __future__ import annotations

from datetime import datetime

import pandas as pd

from newsframe import findings, pipeline


def timeline(*rows: tuple[str, str, str, str]) -> pd.DataFrame:
    """A timeline of (expression, type, value, anchor) rows, dated when it is not vague."""
    return pd.DataFrame(
        {
            "paragraph": range(1, len(rows) + 1),
            "start_char": 0,
            "expression": [r[0] for r in rows],
            "type": [r[1] for r in rows],
            "value": [r[2] for r in rows],
            "anchor": [r[3] for r in rows],
            "date": ["" if r[3] == "vague" else "2026-01-21" for r in rows],
            "date_end": "",
        }
    )


def test_durations_left_undated_are_not_called_vague_references():
    said = findings.anchor_counts.__wrapped__(
        timeline(
            ("2016", "DATE", "2016", "explicit"),
            ("Wednesday", "DATE", "2026-01-21", "relative"),
            ("six years", "DURATION", "P6Y", "vague"),
            ("under five hours", "DURATION", "PT5H", "vague"),
        )
    )
    assert said == "Of its 4 expressions, 1 is explicit, 1 relative and 2 vague (no calendar date: 2 durations)."


def test_vague_references_and_other_undated_kinds_are_told_apart():
    said = findings.anchor_counts.__wrapped__(
        timeline(
            ("now", "DATE", "PRESENT_REF", "vague"),
            ("every year", "SET", "P1Y", "vague"),
            ("a week", "DURATION", "P1W", "vague"),
        )
    )
    assert said == (
        "All 3 of its expressions are vague (no calendar date: 1 vague reference, 1 duration and 1 recurring time)."
    )


def test_only_vague_references_need_no_gloss():
    said = findings.anchor_counts.__wrapped__(
        timeline(("recently", "DATE", "PAST_REF", "vague"), ("March", "DATE", "2026-03", "relative"))
    )
    assert said == "Of its 2 expressions, none is explicit, 1 relative and 1 vague."


def test_a_weekday_left_open_for_want_of_a_date_is_said_to_be_one():
    said = findings.anchor_counts.__wrapped__(timeline(("Tuesday morning", "TIME", "XXXX-WXX-2TMO", "vague")))
    assert said == "Its one expression is vague (no calendar date: 1 relative date left open)."


OBITUARY = """Former lighthouse keeper dies aged 88

Thursday 5 February 2026

Tom Rennick, who kept the Skerry Point light for three decades, has died at the age of 88.

He took charge of the lighthouse in 1961 and became its principal keeper in 1975.

The light was automated in 1991, and he retired two years later to a cottage in Stromness.
"""


def test_a_date_counted_from_the_story_is_not_read_against_publication(write):
    analysis = pipeline.analyze(write("obituary.txt", OBITUARY), use_cache=False)
    rows = analysis.tables["timeline"]
    assert (rows.loc[rows["expression"] == "two years later", "anchor"] == "relative").all()
    said = findings.reference_moment.__wrapped__(analysis.article, rows)
    assert "“two years later”" in said and "not from that moment" in said
    assert "read against that moment" not in said


def test_a_weekday_is_still_an_example_of_a_date_read_against_publication():
    article = type("A", (), {"published": datetime(2026, 3, 14), "time_known": False})()
    rows = timeline(("Saturday", "DATE", "2026-03-14", "relative"), ("the next day", "DATE", "2026-03-15", "relative"))
    rows["sentence"] = ["They won on Saturday.", "They trained the next day."]
    said = findings.reference_moment.__wrapped__(article, rows)
    assert said == (
        "Published 14 March 2026: its relative dates, such as “Saturday”, are read against that moment, never against "
        "today."
    )


def test_an_undated_article_names_its_own_open_weekday():
    article = type("A", (), {"published": None, "time_known": False})()
    rows = timeline(("Tuesday morning", "TIME", "XXXX-WXX-2TMO", "vague"))
    said = findings.reference_moment.__wrapped__(article, rows)
    assert said.startswith("The publication date is unknown, so relative dates such as “Tuesday morning” stay")


def test_the_only_name_of_an_article_is_not_said_to_be_named_most():
    entities = pd.DataFrame(
        {"entity": ["British"], "entity_type": ["NORP"], "mentions": [1], "paragraphs": [1], "first_paragraph": [1]}
    )
    paragraphs = pd.DataFrame({"paragraph": [0, 1, 2, 3]})
    said = findings.most_named.__wrapped__(entities, paragraphs)
    assert said == "It names no person, place or organisation, only British."


COLUMN = """Our parks are not a luxury

Councils treat parks as the first thing to cut when money is short. Every summer the grass grows longer and the
toilets stay locked.

Families notice. They say that the parks no longer feel safe after dark, and they stay away.

A park costs little to keep open and a great deal to bring back once it has been lost.
"""


def test_a_speaker_given_only_as_a_pronoun_is_not_written_as_a_name(write):
    analysis = pipeline.analyze(write("column.txt", COLUMN), use_cache=False)
    t = analysis.tables
    assert set(t["quotes"]["speaker"].dropna().str.lower()) == {"they"}
    said = [
        findings.what_was_said.__wrapped__(t["quotes"]),
        findings.words_per_speaker.__wrapped__(t["quotes"], t["entities"]),
    ]
    assert all("given only as “they”" in s for s in said), said
    assert not any(" by they" in s or "heard, they," in s for s in said)
    numbers = findings.in_numbers.__wrapped__(analysis.article, t)
    assert "quotes no source it identifies (1 statement whose speaker it gives only as a pronoun)" in numbers
