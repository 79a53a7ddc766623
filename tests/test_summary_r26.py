"""Sentences that claim no more than the article wrote: "early next week" is early in that week, not the whole week
nor a day; "the past decade" names its year, not a day; "the Bradford and Huddersfield areas" gives Bradford no
"the" of its own; and "Paolo said", with the article's only Paolo named in full elsewhere, is that person heard."""

from __future__ import annotations

from datetime import date

import pandas as pd
from test_summary_r21 import entities, paragraphs, quotes, silent  # tables built as those tests build them

from newsframe import speakers, summary


def _timeline(rows: list[tuple]) -> pd.DataFrame:
    """A timeline table of (expression, type, value, date, date_end) rows, in paragraph 1."""
    table = pd.DataFrame(rows, columns=["expression", "type", "value", "date", "date_end"])
    return table.assign(paragraph=1, start_char=range(len(table)), anchor="")


def test_the_first_days_of_a_week_are_early_in_it():
    """ "early next week", written on Wednesday 13 May 2026, is placed on Monday to Wednesday of the week of 18 May."""
    rows = [
        ("May 2022", "DATE", "2022-05", "2022-05-01", "2022-05-31"),
        ("early next week", "DATE", "2026-W21", "2026-05-18", "2026-05-20"),
    ]
    sentence = summary.dates_sentence(_timeline(rows))
    assert sentence == "Its 2 dated expressions run from May 2022 to early in the week of 18 May 2026.", sentence
    # alone, it is no run of days ("18–20 May 2026") the article never wrote
    sentence = summary.dates_sentence(_timeline(rows[1:]))
    assert sentence.endswith("refers to early in the week of 18 May 2026."), sentence


def test_the_last_days_of_a_week_are_late_in_it_and_a_longer_run_is_the_week():
    late = [("the end of next week", "DATE", "2026-W21", "2026-05-22", "2026-05-24")]
    june = [("June", "DATE", "2026-06", "2026-06-01", "2026-06-30")]
    assert summary.span_words(summary.dated_expressions(_timeline(late + june))) == (
        "from late in the week of 18 May 2026 to June 2026"
    )
    # "later this week" written on a Wednesday: five of its days, the rest of the week, named as the week
    rest = [("later this week", "DATE", "2026-W20", "2026-05-13", "2026-05-17")]
    assert summary.span_words(summary.dated_expressions(_timeline(rest + june))) == (
        "from the week of 11 May 2026 to June 2026"
    )
    # the whole week, as before
    whole = [("next week", "DATE", "2026-W21", "2026-05-18", "2026-05-24")]
    assert summary.span_words(summary.dated_expressions(_timeline(whole))) == "the week of 18 May 2026"


def test_a_stretch_counted_in_decades_names_its_year_not_a_day():
    """ "over the past decade", written on 21 April 2026, starts in 2016; 21 April 2016 is arithmetic."""
    rows = [
        ("the past decade", "DURATION", "P1E", "2016-04-21", "2026-04-21"),
        ("the end of 2029", "DATE", "2029", "2029-09-01", "2029-12-31"),
    ]
    span = summary.span_words(summary.dated_expressions(_timeline(rows)), date(2026, 4, 21))
    assert span == "from 2016 to late 2029", span
    # two quarters count in months
    rows[0] = ("the past two quarters", "DURATION", "P2Q", "2025-10-21", "2026-04-21")
    span = summary.span_words(summary.dated_expressions(_timeline(rows)), date(2026, 4, 21))
    assert span == "from October 2025 to late 2029", span


def test_the_before_two_names_sharing_a_noun_is_the_noun_s():
    names = entities(("Bradford", "GPE", 1, 1), ("Huddersfield", "GPE", 1, 1), ("Harbour Board", "ORG", 1, 2))
    text = paragraphs(
        "Search widens",
        "She has links to the Bradford and Huddersfield areas.",
        "The Harbour Board and the Coastguard said so. The Harbour Board met.",
    )
    assert speakers.definite_names(names, text) == {"Harbour Board"}
    # the second name's phrase ends at a verb: the first keeps its own "the"
    text = paragraphs("Vote", "The Harbour Board and Bradford voted on Monday.")
    assert speakers.definite_names(names, text) == {"Harbour Board"}


def test_a_speaker_named_by_a_given_name_alone_is_the_one_person_of_that_name():
    names = entities(("Paolo", "PERSON", 2, 3), ("Rosa Marchetti", "PERSON", 2, 2), ("Paolo Marchetti", "PERSON", 1, 2))
    said = quotes((6, "reported", "Paolo", "He"))
    assert silent(names, said, None) == ["Rosa Marchetti"]
    sentence = summary.unheard_sentence(said, names)
    assert "Paolo Marchetti" not in sentence, sentence
    # two people of that given name: the reader cannot tell which spoke
    names = entities(("Paolo", "PERSON", 2, 3), ("Paolo Marchetti", "PERSON", 1, 2), ("Paolo Conti", "PERSON", 1, 2))
    assert silent(names, said, None) == ["Paolo Marchetti", "Paolo Conti"]
    # a word that ends a fuller name may be a surname: no one else is made heard by it
    names = entities(("Holt", "PERSON", 1, 3), ("Holt Mason", "PERSON", 1, 2), ("Karen Holt", "PERSON", 1, 2))
    said = quotes((6, "reported", "Holt", "Holt"))
    assert "Holt Mason" in silent(names, said, None)


def test_the_notebook_answers_name_each_expression_as_written():
    """Under the timeline question, "the end of 2029" is late 2029, not its last four months, and the span's start
    from "the past decade" is its year, as in the summary."""
    from datetime import datetime

    from newsframe import findings

    rows = [
        ("the past decade", "DURATION", "P1E", "2016-04-21", "2026-04-21"),
        ("Tuesday", "DATE", "2026-04-21", "2026-04-21", "2026-04-21"),
        ("the end of 2029", "DATE", "2029", "2029-09-01", "2029-12-31"),
    ]
    table = _timeline(rows).assign(event="")
    published = datetime(2026, 4, 21)
    found = findings.expressions_found.__wrapped__(table, published)
    assert "(from 2016 to late 2029)" in found, found
    events = findings.events_in_time.__wrapped__(table, published)
    assert "“the end of 2029”, late 2029," in events, events
    assert "“the past decade”, 2016–21 April 2026," in events, events
    assert "September" not in events
    early = _timeline([("early next week", "DATE", "2026-W18", "2026-04-27", "2026-04-29")]).assign(event="")
    assert "early in the week of 27 April 2026" in findings.events_in_time.__wrapped__(early, published)
