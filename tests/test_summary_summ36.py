"""Sentences about who is heard that a reporter can print: a paper that writes its own capital "The" ("told The Sun")
keeps it; a platform someone posted on carried their words; a party's co-leader or candidate speaks for it; a body
named only as where a quoted scholar works is said so, not counted silent; "The research" after "a study of …" is
one source; and a broad expression is named by its own span."""

from __future__ import annotations

import pandas as pd
from test_summary_r21 import entities, paragraphs, quotes  # tables built as those tests build them

from newsframe import speakers, summary


def test_a_name_written_with_its_own_capital_the_keeps_it():
    names = entities(("Sun", "ORG", 1, 1), ("Ann Lee", "PERSON", 1, 1))
    text = paragraphs("Headline", 'A source told The Sun she was "gutted". "It hurts," Ann Lee said.')
    said = quotes((1, "partial", "A source", "A source"), (1, "direct", "Ann Lee", "Ann Lee"))
    sentence = summary.unheard_sentence(said, names, text)
    assert sentence.startswith("The Sun is named only as the outlet"), sentence
    # inside a sentence too, with its capital
    assert speakers.as_written("Sun", speakers.definite_names(names, text)) == "The Sun"
    # "the Senate" at a sentence's start or in lower case is no name's own capital
    assert "The Sun" not in speakers.definite_names(names, paragraphs("Headline", "The Sun rose. The Sun set."))
    assert "The Sun" not in speakers.definite_names(names, paragraphs("Headline", "LONDON (AP) — The Sun fell."))


def test_a_platform_someone_posted_on_is_where_they_spoke():
    names = entities(("Instagram", "ORG", 1, 1), ("Ann Lee", "PERSON", 1, 1))
    text = paragraphs("Headline", 'Ann Lee posted a short video on Instagram thanking fans. "I am sad," she said.')
    said = quotes((1, "direct", "Ann Lee", "she"))
    assert speakers.carriers(names, said, text) == {"Instagram"}
    # a firm a post is about, with a clause between, is no platform
    other = paragraphs("Headline", 'Ann Lee shared concerns that staff were let go on Acme. "I am sad," she said.')
    acme = entities(("Acme", "ORG", 1, 1), ("Ann Lee", "PERSON", 1, 1))
    assert speakers.carriers(acme, said, other) == set()


def test_a_party_s_co_leader_or_candidate_speaks_for_it():
    names = entities(("Green Party", "ORG", 1, 1), ("Adrian Ramsay", "PERSON", 1, 2))
    text = paragraphs("Headline", "The Green Party won.", 'Green co-leader Adrian Ramsay called it "historic".')
    said = quotes((2, "partial", "Adrian Ramsay", "Green co-leader Adrian Ramsay"))
    assert speakers.unheard(names, said, text).empty
    said = quotes((2, "reported", "Adrian Ramsay", "the Green candidate, Adrian Ramsay"))
    assert speakers.unheard(names, said, text).empty
    # a former one no longer does
    former = paragraphs("Headline", "The Green Party won.", 'Former Green co-leader Adrian Ramsay said "historic".')
    said = quotes((2, "partial", "Adrian Ramsay", "Former Green co-leader Adrian Ramsay"))
    assert speakers.unheard(names, said, former)["entity"].tolist() == ["Green Party"]


def test_a_body_named_only_as_where_a_quoted_scholar_works_is_said_so():
    names = entities(("University of Leeds", "ORG", 1, 1), ("Ruth Hale", "PERSON", 1, 1), ("Acme", "ORG", 1, 2))
    text = paragraphs(
        "Headline",
        'Prof Ruth Hale, of the University of Leeds, called it "sound".',
        "Acme made the device.",
    )
    said = quotes((1, "partial", "Ruth Hale", "Prof Ruth Hale"))
    sentence = summary.unheard_sentence(said, names, text)
    assert sentence.startswith("The University of Leeds is named only as where someone quoted works"), sentence
    assert sentence.endswith("1 is never quoted: Acme, named once."), sentence
    # the university named again elsewhere is a party of the story: counted as never quoted
    again = paragraphs("Headline", 'Prof Ruth Hale, of the University of Leeds, said "sound".', "The University paid.")
    names = entities(("University of Leeds", "ORG", 2, 1), ("Ruth Hale", "PERSON", 1, 1))
    assert "University of Leeds" in speakers.unheard(names, said, again)["entity"].tolist()
    # a clause after "of the" places no one
    text = paragraphs("Headline", 'Tom Reed, of the view that Acme erred, said "ask again".')
    names = entities(("Acme", "ORG", 1, 1), ("Tom Reed", "PERSON", 1, 1))
    assert speakers.affiliations(names, quotes((1, "partial", "Tom Reed", "Tom Reed")), text) == set()
    # a consultant at a body, and a website's kind before its name, place the speaker the same way
    text = paragraphs("Headline", 'Tom Reed, of the complaints website Resolver, said "ask again".')
    names = entities(("Resolver", "ORG", 1, 1), ("Tom Reed", "PERSON", 1, 1))
    said = quotes((1, "partial", "Tom Reed", "Tom Reed"))
    assert speakers.affiliations(names, said, text) == {"Resolver"}


def test_the_research_after_a_study_is_the_one_source():
    rows = pd.DataFrame(
        {
            "paragraph": [0, 1, 2],
            "speaker": ["study", "a study of 9,000 adults", "The research"],
            "speaker_text": ["study", "a study of 9,000 adults", "The research"],
        }
    )
    assert speakers.same_source(rows, set()) == ["a study of 9,000 adults"] * 3
    # two studies described before: the reader cannot tell which, so it stays as written
    two = pd.concat(
        [rows, pd.DataFrame({"paragraph": [1], "speaker": ["a survey of nurses"], "speaker_text": ["x"]})],
        ignore_index=True,
    ).sort_values("paragraph", kind="stable")
    assert "The research" in speakers.same_source(two, set())


def test_a_broad_expression_is_named_by_its_own_span():
    timeline = pd.DataFrame(
        {
            "paragraph": [1, 2, 3],
            "expression": ["between January 2024 and February 2026", "two years", "Tuesday"],
            "type": ["DATE", "DURATION", "DATE"],
            "value": ["2024-01/2026-02", "P2Y", "2026-03-17"],
            "date": ["2024-01-01", "2024-01-01", "2026-03-17"],
            "date_end": ["2026-02-28", "2026-12-31", ""],
        }
    )
    sentence = summary.dates_sentence(timeline)
    assert "“two years” refers to 2024–2026" in sentence, sentence
    assert "January 2024 to 2026" not in sentence, sentence
