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


def _undated(*rows):
    """A timeline of expressions left off the calendar: (expression, type, value, anchor)."""
    return pd.DataFrame(
        [
            {"paragraph": 2, "expression": x, "type": t, "value": v, "date": "", "date_end": "", "anchor": a}
            | {"event": "he would rest"}
            for x, t, v, a in rows
        ]
    )


def test_one_or_two_undated_expressions_are_not_none_of_which():
    # a brief whose only time word is "now": "1 temporal expression, none of which" is no English
    one = findings.expressions_found.__wrapped__(_undated(("now", "DATE", "PRESENT_REF", "vague")))
    assert one == "It uses 1 temporal expression, which cannot be placed on the calendar."
    two = findings.expressions_found.__wrapped__(
        _undated(("more than 20 years", "DURATION", "P20Y", "vague"), ("every day", "SET", "P1D", "vague"))
    )
    assert two == "It uses 2 temporal expressions, neither of which can be placed on the calendar."


def test_the_tone_towards_a_name_the_article_writes_after_the_names_it_so():
    paragraphs = pd.DataFrame(
        {
            "paragraph": [0, 1, 2],
            "text": [
                "Amber warning for heavy rain issued for south Wales",
                "The Met Office has issued an amber warning for heavy rain across south Wales.",
                "Homes could be flooded quickly, said a forecaster at the Met Office.",
            ],
        }
    )
    rows = [("Wales", "GPE", 2, "negative", -0.39, 2, 0, 0), ("Met Office", "ORG", 2, "neutral", -0.16, 1, 1, 0)]
    data = pd.DataFrame(
        [
            {"entity": e, "entity_type": k, "sentences": n, "polarity_mean": 0.0, "vader_mean": 0.0, "tone": tone}
            | {"tone_score": score, "share_negative": neg / n, "share_neutral": neu / n, "share_positive": pos / n}
            for e, k, n, tone, score, neg, neu, pos in rows
        ]
    )
    assert findings.entity_tone.__wrapped__(data, paragraphs) == (
        "Read towards each name, the tone is most negative for Wales (negative, -0.39, 2 sentences) and least "
        "negative for the Met Office (-0.16; 1 negative and 1 neutral of 2 sentences)."
    )
