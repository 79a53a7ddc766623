"""A quotation its cue interrupts, and a quotation after the reporter's lead-in (newsframe.quotes), on short
articles written for these tests: the quotation is what was said, whole, and the reporter's framing is not."""

from __future__ import annotations

import pandas as pd

from newsframe import entities, nlp, quotes
from newsframe.article import parse_article


def table(text: str) -> pd.DataFrame:
    """The quotes table of an article given as text."""
    article = parse_article(text)
    docs = nlp.article_docs(article)
    return quotes.quotes_table(article, docs, entities.mentions_table(article, docs))


def test_a_quotation_in_doubled_apostrophes_interrupted_by_its_cue_is_one_direct_quotation():
    found = table(
        "date 2024-02-11 Prisoner swap defended\n\n"
        "Foreign Secretary Alan Marsh defended the exchange on Sunday. But he acknowledged that there would probably "
        "be such cases again. ''That, unfortunately,'' he said, ''is part of the reality of life today.''"
    )
    direct = found[found["kind"] == "direct"]
    assert list(direct["text"]) == ["''That, unfortunately,'' ''is part of the reality of life today.''"]
    assert list(direct["speaker"]) == ["Alan Marsh"]


def test_a_participle_after_a_quotation_does_not_join_it_to_the_next():
    found = table(
        "date 2024-02-11 Rally\n\n"
        "Carla Reyes told the crowd that her rival “had a plan that was doomed,” adding, “He lost every voter who "
        "wanted change.”"
    )
    assert len(found) == 2
    assert found["text"].iloc[1] == "“He lost every voter who wanted change.”"
    assert found["kind"].iloc[1] == "direct"


def test_the_reporters_lead_in_before_a_quotation_is_not_what_was_said():
    found = table(
        "date 2024-06-03 Investors weigh the race\n\n"
        "As for the candidate's wilder promises, “I kind of write them off,” said Tom Pike, who sold a software "
        "start-up last year. “He's more of a moderate than his words.”\n\n"
        "Asked about the strike, “It will be over by Friday,” said Dana Cole, the union's negotiator."
    )
    assert list(found["kind"]) == ["direct", "direct"]
    assert list(found["text"]) == [
        "“I kind of write them off,” “He's more of a moderate than his words.”",
        "“It will be over by Friday,”",
    ]
    assert list(found["speaker"]) == ["Tom Pike", "Dana Cole"]


def test_a_topic_opened_by_as_for_holds_no_cue():
    found = table("date 2024-06-03 Investors\n\nAs for Tom Pike, he said he would vote for the senator.")
    assert list(found["text"]) == ["he would vote for the senator"]
    assert list(found["speaker"]) == ["Tom Pike"]


def test_the_speakers_own_words_before_a_quotation_stay_with_it():
    found = table(
        "date 2024-06-03 Tax debate\n\nSooner or later, “I think we will have a consumption tax,” Ed Nolan said."
    )
    assert found["text"].iloc[0].startswith("Sooner or later")
