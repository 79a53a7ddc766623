"""Sentences a reporter can print: a name written "the Prudential Regulation Authority approve it" keeps its "the"; an
article with no statement attributed says so once, with whom it names; a statement whose speaker the article does not
name ("…, a jury has been told") is said so, apart from one whose speaker was not found; "Others fear that …" is no
source a reader can name; and "Labor won, with its leader Roger Cook …" makes Labor heard when Mr Cook is quoted."""

from __future__ import annotations

import pandas as pd
from test_summary_r21 import entities, paragraphs, quotes, silent  # tables built as those tests build them

from newsframe import speakers, summary


def test_a_name_before_a_verb_and_its_object_keeps_its_the():
    names = entities(("Prudential Regulation Authority", "ORG", 1, 1), ("Harbour Board", "ORG", 1, 2))
    text = paragraphs(
        "Merger agreed",
        "The deal will close next year if members and the Prudential Regulation Authority approve it.",
        "The Harbour Board report was late.",
    )
    # the verb takes "it": the name ends its phrase; "report" is the noun "the" belongs to
    assert speakers.definite_names(names, text) == {"Prudential Regulation Authority"}


def test_an_article_that_quotes_no_one_says_so_once(write):
    from newsframe import pipeline

    text = (
        "Bridge to close for repairs\n\nPublished 2026-05-13\n\n"
        "Hale Bridge in Warrington will close from Monday while Warrington Borough Council repairs its deck.\n\n"
        "Warrington Borough Council has put up signs, and engineer Tom Pryce will lead the work.\n"
    )
    analysis = pipeline.analyze(write("bridge.txt", text), use_cache=False)
    sentences = summary.summary_sentences(analysis.article, analysis.tables)
    quoted = [s for s in sentences if "quote" in s]
    assert len(quoted) == 1, quoted
    assert quoted[0].startswith("It quotes no one, neither "), quoted
    assert "Tom Pryce (named once)" in quoted[0] and quoted[0].endswith("nor anyone else."), quoted


def test_the_one_sentence_of_no_quotes_keeps_each_count():
    one = "The one person or organisation it names is never quoted: Acme Ltd, named twice."
    assert summary.no_one_quoted(one) == (
        "It quotes no one, neither the one person or organisation it names (Acme Ltd, named twice) nor anyone else."
    )
    two = "None of the 2 people and organisations it names is quoted: Acme Ltd (named twice) and Jo Banks (named once)."
    assert summary.no_one_quoted(two) == (
        "It quotes no one, neither the 2 people and organisations it names, Acme Ltd (named twice) and Jo Banks "
        "(named once), nor anyone else."
    )
    # anything more (a body named only for a programme it shows) stays a sentence of its own
    other = "Arden Film Club is named only for a programme it makes or shows; none of the 2 other people is quoted."
    assert summary.no_one_quoted(other) is None


def _told(cue: str, paragraph: str, text: str) -> pd.DataFrame:
    start = paragraph.index(text)
    table = pd.DataFrame(
        [(1, "partial", cue, None, None, text, start, start + len(text), "neutral")],
        columns=["paragraph", "kind", "cue", "speaker", "speaker_text", "text", "start_char", "end_char", "tone"],
    )
    return table.assign(speaker_paragraph=None)


def test_a_passive_with_no_agent_names_no_speaker_but_one_with_an_agent_is_a_speaker_missed():
    said = 'A neighbour heard "screaming and banging" from the flat'
    jury = paragraphs("Trial", f"{said}, a jury has been told.")
    table = _told("told", jury["text"][1], said)
    assert speakers.unsourced(table, jury).all()
    assert not speakers.unsourced(table).any()  # without the paragraph nothing shows the passive
    # "was told by": the agent is named, so a speaker not found is one the tables missed
    agent = paragraphs("Trial", f"{said}, the court was told by Jo Reed.")
    assert not speakers.unsourced(_told("told", agent["text"][1], said), agent).any()
    # an active "told" has a subject: not found, not unnamed
    active = paragraphs("Trial", f"{said}, she told the court.")
    assert not speakers.unsourced(_told("told", active["text"][1], said), active).any()


def test_a_statement_whose_speaker_the_article_does_not_name_is_said_so():
    named = entities(("Ann Lee", "PERSON", 2, 1))
    expected = quotes((1, "reported", "Ann Lee", "Ann Lee"), (2, "reported", None, None)).assign(
        cue=["said", "understood"], text=["the vote was close", "to favour a freeze"]
    )
    sentence = summary.speakers_sentence(expected, named)
    assert "(1 more statement whose speaker it does not name)" in sentence, sentence
    assert "unsourced" not in sentence


def test_an_indefinite_pronoun_is_no_source_a_reader_can_name():
    named = entities(("Maria Osei", "PERSON", 1, 6))
    said = quotes((5, "reported", "Others", "Others"), (6, "partial", "Maria Osei", "Councillor Maria Osei"))
    sentence = summary.speakers_sentence(said, named)
    assert sentence.startswith("It attributes 1 statement to 1 source"), sentence
    assert "only as “others”" in sentence, sentence


def test_a_quoted_leader_written_with_its_makes_the_party_heard():
    names = entities(("Labor", "ORG", 2, 1), ("Roger Cook", "PERSON", 2, 1))
    said = quotes((2, "reported", "Roger Cook", "Mr Cook"))
    lead = paragraphs(
        "Labor wins",
        "Labor won the election, with its leader Roger Cook claiming victory.",
        "Mr Cook said the result was good.",
    )
    assert silent(names, said, lead) == []
    after = paragraphs("Labor wins", "Labor won the election. Roger Cook, its leader, was pleased.", "Mr Cook said so.")
    assert silent(names, said, after) == []
    # a former leader, and "whose" after the person's name (someone else's leader), make no one heard
    former = paragraphs("Labor wins", "Labor won, with its former leader Roger Cook watching.", "Mr Cook said so.")
    assert silent(names, said, former) == ["Labor"]
    whose = paragraphs("Labor wins", "Labor won. Roger Cook, whose leader lost, was sad.", "Mr Cook said so.")
    assert silent(names, said, whose) == ["Labor"]
    # with no link at all, Labor is still never quoted
    premier = paragraphs("Labor wins", "Labor won, with Premier Roger Cook claiming victory.", "Mr Cook said so.")
    assert silent(names, said, premier) == ["Labor"]


def test_what_a_court_heard_with_no_speaker_is_a_statement_whose_speaker_is_not_named():
    said = "that her condition worsened on a trolley"
    inquest = paragraphs("Inquest", f"An inquest in Middlesbrough heard {said}.")
    assert speakers.unsourced(_told("heard", inquest["text"][1], said)).all()
    assert not speakers.unsourced(_told("said", inquest["text"][1], said)).any()
