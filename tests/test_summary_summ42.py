"""Sentences about who is heard, on texts written for these tests: a writer who speaks in the first person ("I
think", "I told him") is no source the article quotes, in the count of sources and in the words said; a school's or
a racing team's principal speaks for it."""

from __future__ import annotations

import pandas as pd

from newsframe import findings, pipeline, speakers

COLUMN = """Why I still take the night bus

By Hannah Reid

I have taken the same bus home from work for eleven years, and I think it is the best seat in the city.

I believe the drivers are the unsung heroes of this city. I argue that every councillor should ride it once a month.

The operator, Harbourline Buses, said the route carried two million passengers last year.
"""


def test_the_writer_in_the_first_person_is_no_source_in_the_count(write):
    analysis = pipeline.analyze(write("column.txt", COLUMN), use_cache=False)
    t = analysis.tables
    quoted = t["quotes"]["speaker"].astype(str)
    mine, others = int((quoted == "I").sum()), quoted[quoted != "I"].nunique()
    assert mine >= 2 and others >= 1  # the column has the writer's own statements and at least one source's
    numbers = findings.in_numbers.__wrapped__(analysis.article, t)
    sources = "1 source" if others == 1 else f"{others} sources"
    assert f"quotes {sources} (besides {mine} statements by the writer in the first person)" in numbers, numbers


def test_a_column_of_the_writer_alone_quotes_no_one(write):
    text = COLUMN.rsplit("\n\nThe operator", 1)[0] + "\n"
    analysis = pipeline.analyze(write("column.txt", text), use_cache=False)
    t = analysis.tables
    mine = int((t["quotes"]["speaker"].astype(str) == "I").sum())
    assert mine >= 2 and len(t["quotes"]) == mine
    numbers = findings.in_numbers.__wrapped__(analysis.article, t)
    assert f"quotes no one (its {mine} statements are the writer's own, in the first person)" in numbers, numbers
    words = findings.words_per_speaker.__wrapped__(t["quotes"], t["entities"])
    assert words.startswith("No source is quoted: the ") and "the writer's own, in the first person" in words
    assert "Only one source" not in words


def test_a_first_person_statement_beside_a_source_keeps_the_source_count():
    said = pd.DataFrame(
        {
            "paragraph": [1, 2],
            "kind": ["reported", "direct"],
            "speaker": ["I", "Nessa Quill"],
            "speaker_text": ["I", "she"],
            "text": ["I did not think so", '"You have not seen the winter."'],
            "tone": ["neutral", "neutral"],
            "cue": ["told", "said"],
        }
    ).assign(speaker_paragraph=lambda d: d["paragraph"])
    names = pd.DataFrame({"entity": ["Nessa Quill"], "entity_type": ["PERSON"], "mentions": [2]})
    names = names.assign(paragraphs=1, first_paragraph=1, aliases=names["entity"])
    words = findings.words_per_speaker.__wrapped__(said, names)
    assert "Nessa Quill" in words and not words.startswith("No source")


def test_a_principal_speaks_for_the_team_or_school_before_the_name():
    text = [
        "Crestline team principal Odile Marchand said the car was quick.",
        "Marchand said the team would improve.",
        "Harlow Grammar principal Tobias Venn said pupils did well.",
        "A rival, Vantor, finished last.",
    ]
    paragraphs = pd.DataFrame({"paragraph": range(1, 5), "text": text})
    names = pd.DataFrame(
        {
            "entity": ["Crestline", "Odile Marchand", "Harlow Grammar", "Tobias Venn", "Vantor"],
            "entity_type": ["ORG", "PERSON", "ORG", "PERSON", "ORG"],
            "mentions": [1, 2, 1, 1, 1],
        }
    )
    names = names.assign(aliases=["Crestline", "Odile Marchand|Marchand", "Harlow Grammar", "Tobias Venn", "Vantor"])
    heard = speakers.officers_heard(names, {"Odile Marchand", "Tobias Venn"}, paragraphs)
    assert heard == {"Crestline", "Harlow Grammar"}


def test_a_ministry_written_only_before_its_spokesperson_takes_the():
    said = pd.DataFrame(
        {
            "paragraph": [1, 2, 3],
            "kind": ["reported", "reported", "reported"],
            "speaker": ["Ministry of Harbours", "Bank of Avalon", "Bank of Avalon"],
            "speaker_text": ["A Ministry of Harbours spokesperson", "Bank of Avalon", "Bank of Avalon"],
            "text": ["the pier would reopen", "rates would hold", "lending had slowed"],
        }
    )
    assert speakers.definite_speakers(said) == {"Ministry of Harbours"}  # a bank of that shape goes bare
    paragraphs = pd.DataFrame(
        {
            "paragraph": [0, 1, 2],
            "text": [
                "Pier to reopen",
                "A Ministry of Harbours spokesperson said the pier would reopen.",
                "Office of Tides figures were also out.",
            ],
        }
    )
    names = pd.DataFrame(
        {"entity": ["Ministry of Harbours", "Office of Tides"], "entity_type": ["ORG", "ORG"], "mentions": [1, 1]}
    )
    assert speakers.definite_names(names, paragraphs) == {"Ministry of Harbours", "Office of Tides"}
    written = speakers.as_written("Ministry of Harbours", speakers.definite_names(names, paragraphs), start=True)
    assert written == "The Ministry of Harbours"
