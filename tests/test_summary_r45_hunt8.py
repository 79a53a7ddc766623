"""Answers under the questions that must stay true at the edges, on texts written for these tests: a year or a
month not far from publication is placed by its nearer end, not as if it lay whole at that distance, and a writer
heard in a single word is "the one word said is", not "the 1 word said are"."""

from __future__ import annotations

from datetime import date

import pandas as pd

from newsframe import findings, pipeline

COUNCIL = """Council approves plan to close three libraries

Norfolk County Council has voted to close three libraries to save £1.2m a year.

Councillors approved the plan by 42 votes to 31 at a meeting in Norwich on Thursday.

Council leader Kay Mason Billig said the council would review the plan in two years.
"""


def test_a_year_not_far_ahead_is_placed_by_its_start(write):
    analysis = pipeline.analyze(write("council.txt", COUNCIL), "2024-08-12", use_cache=False)
    said = findings.events_in_time.__wrapped__(analysis.tables["timeline"], analysis.article.published)
    # 2026 starts 17 months after 12 August 2024 and ends 29 months after: "about 17 months after" is its start only
    assert said == (
        "The earliest is “Thursday” (Councillors approved at meeting), 8 August 2024, 4 days before publication; "
        "the latest “two years” (council would review plan), 2026, starting about 17 months after publication."
    )


def test_a_year_or_a_month_not_far_back_is_placed_by_its_end():
    published = date(2024, 8, 14)
    assert findings.distance(date(2022, 1, 1), date(2022, 12, 31), published) == (
        "ending about 19 months before publication"
    )
    assert (
        findings.distance(date(2024, 6, 1), date(2024, 6, 30), published) == "ending about 6 weeks before publication"
    )
    # "next week" after a Monday publication: the week starts 7 days on, and ends 13 days on
    assert findings.distance(date(2024, 8, 19), date(2024, 8, 25), date(2024, 8, 12)) == (
        "starting 7 days after publication"
    )
    # short against their gap, a month a year back and a year long ago lie about where they are said to
    assert findings.distance(date(2023, 7, 1), date(2023, 7, 31), date(2024, 8, 12)) == (
        "about 12 months before publication"
    )
    assert findings.distance(date(1930, 1, 1), date(1930, 12, 31), date(2024, 8, 20)) == (
        "about 94 years before publication"
    )


def test_a_writer_heard_in_one_word_is_one_word_said():
    said = pd.DataFrame(
        {
            "paragraph": [2],
            "kind": ["reported"],
            "speaker": ["I"],
            "speaker_text": ["I"],
            "text": ["it"],
            "tone": ["neutral"],
            "cue": ["welcome"],
        }
    ).assign(speaker_paragraph=lambda d: d["paragraph"])
    names = pd.DataFrame({"entity": ["NHS"], "entity_type": ["ORG"], "mentions": [1]})
    names = names.assign(paragraphs=1, first_paragraph=2, aliases=names["entity"])
    assert findings.words_per_speaker.__wrapped__(said, names) == (
        "No source is quoted: the one word said is the writer's own, in the first person."
    )
