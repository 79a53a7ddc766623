"""What the summary sentences say of sources and undated times, on invented news: a passive with no agent gives no
source, an organisation speaks through its officers, and a clock time with no day is a time of day."""

from __future__ import annotations

import pandas as pd

from newsframe import findings, pipeline, speakers, summary


def quotes(*rows) -> pd.DataFrame:
    """A quotes table of (paragraph, kind, cue, speaker, speaker_text, text) rows."""
    columns = ["paragraph", "kind", "cue", "speaker", "speaker_text", "text"]
    return pd.DataFrame(rows, columns=columns).assign(tone="neutral")


def entities(*rows) -> pd.DataFrame:
    """An entities table of (entity, entity_type, mentions) rows."""
    table = pd.DataFrame(rows, columns=["entity", "entity_type", "mentions"])
    return table.assign(paragraphs=table["mentions"], first_paragraph=1)


SAID = (1, "reported", "said", "Ann Lee", "Ann Lee", "the vote was close")
UNSOURCED = (2, "reported", "said", None, None, "to favour a freeze")
MISSED = (3, "direct", "said", None, None, "“We will be back,”")


def test_a_passive_with_no_agent_is_unsourced_not_a_speaker_missed():
    named = entities(("Ann Lee", "PERSON", 2))
    assert summary.speakers_sentence(quotes(SAID, UNSOURCED), named) == (
        "It attributes 1 statement to 1 source (1 more statement whose speaker it does not name): Ann Lee (reported)."
    )
    # a quotation whose speaker the tables did not find is still told as such
    assert summary.speakers_sentence(quotes(SAID, MISSED), named) == (
        "It attributes 1 statement to 1 source (1 more statement with no speaker found): Ann Lee (reported)."
    )
    assert summary.speakers_sentence(quotes(UNSOURCED), named) == "It reports 1 statement and gives no source for it."
    assert summary.speakers_sentence(quotes(UNSOURCED, MISSED), named) == (
        "It reports 2 statements, none with a named speaker: it names no speaker for 1 and no speaker is found for 1."
    )
    assert findings.what_was_said.__wrapped__(quotes(UNSOURCED)).startswith(
        "The longest statement (reported; there is no direct quotation), 4 words, is without a named speaker:"
    )


def test_an_active_verb_before_an_infinitive_is_no_unsourced_passive():
    # "plans to" with no speaker found is a subject missed, not a statement the article gives without one
    plans = (4, "reported", "plans", None, None, "to double its staff")
    assert not speakers.unsourced(quotes(plans)).any()
    assert speakers.unsourced(quotes(UNSOURCED)).all()


def test_an_organisation_speaks_through_its_officers_but_not_through_a_former_one_or_a_customer():
    named = entities(
        ("Fenwick Rail", "ORG", 2), ("Harwell", "ORG", 1), ("Corby Mills", "ORG", 1), ("Dana Holt", "PERSON", 1)
    )
    said = quotes(
        (1, "reported", "said", "Jo Dunn", "Fenwick Rail general secretary Jo Dunn", "talks had failed"),
        (2, "reported", "said", "Sam Bell", "Harwell's sporting director, Sam Bell", "the fee was fair"),
        (3, "reported", "said", "Kit Moss", "a former Corby Mills chief executive, Kit Moss", "it was sad"),
        (4, "reported", "said", "Dana Holt's lawyer", "Dana Holt's lawyer", "she would appeal"),
    )
    silent = set(speakers.unheard(named, said)["entity"])
    assert silent == {"Corby Mills", "Dana Holt"}
    assert summary.unheard_sentence(said, named) == (
        "Of the 4 people and organisations it names, 2 are never quoted, each named once: Corby Mills and Dana Holt."
    )


def test_a_clock_time_with_no_day_is_a_time_of_day_and_a_weekday_left_open_is_not():
    assert summary.undated_kind("TIME", "XXXX-XX-XXT09:00") == "time"
    assert summary.undated_kind("TIME", "XXXX-WXX-2TMO") == "unresolved"
    assert summary.undated_kind("DATE", "XXXX-WXX-1") == "unresolved"


BY_ELECTION = """Polls open in Ravensby by-election

Thursday 6 November 2025

Polling stations in Ravensby opened at 7am and close at 10pm.

The new MP is expected to take their seat on Monday.
"""


def test_the_summary_of_a_story_whose_only_passive_is_an_expectation_quotes_no_one(write):
    """ "is expected to" with no one expecting is no statement to a reader (`speakers.expectations`)."""
    analysis = pipeline.analyze(write("poll.txt", BY_ELECTION), use_cache=False)
    assert speakers.unsourced(analysis.tables["quotes"]).any()  # the tables keep the row
    sentences = summary.summary_sentences(analysis.article, analysis.tables)
    assert "It quotes no one: no statement in it is attributed." in sentences
    assert not any("no speaker found" in s for s in sentences)


def test_two_who_speak_together_are_two_sources_the_statement_said_together():
    named = entities(("Yoon Suk Yeol", "PERSON", 3), ("Fumio Kishida", "PERSON", 2))
    together = (1, "reported", "agreed", "Yoon Suk Yeol and Fumio Kishida", "Yoon and Kishida", "to hold summits")
    alone = (2, "reported", "said", "Yoon Suk Yeol", "Yoon", "the countries cannot be trapped in the past")
    assert summary.speakers_sentence(quotes(together, alone), named) == (
        "It attributes 2 statements, 1 made by Yoon Suk Yeol and Fumio Kishida together, to 2 sources: Yoon Suk Yeol "
        "twice (both reported) and Fumio Kishida once (reported)."
    )
