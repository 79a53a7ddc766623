"""What the report's summary (newsframe.summary) says of who an article names, on invented news: a ship is no
person, a name given an age is a person's, and the town a postman is from is a place."""

from __future__ import annotations

from newsframe import pipeline, summary


def analyzed(write, text: str, name: str = "story.txt"):
    return pipeline.analyze(write(name, text), use_cache=False)


def entity_types(analysis) -> dict[str, str]:
    entities = analysis.tables["entities"]
    return dict(zip(entities["entity"], entities["entity_type"]))


FERRY = """The skipper who never misses a sailing

Sunday 7 December 2025

At six o'clock on a dark December morning, Ewan MacLeod is already on the bridge of the MV Carrick Belle, checking
the weather for the day's first crossing.

MacLeod, 63, joined CalMac as a deckhand in 1979 and became a captain in 1995.

His crew speak of him with a mixture of affection and awe.

MacLeod's wife, Catriona, says he has talked about retiring for years.
"""


def test_a_ship_is_no_person_or_body_and_a_name_given_an_age_is_a_person(write):
    analysis = analyzed(write, FERRY)
    types = entity_types(analysis)
    assert types.get("MV Carrick Belle") == "PRODUCT"
    assert types.get("Ewan MacLeod") == "PERSON"  # the recogniser reads "MacLeod" as a body three times
    sentences = summary.summary_sentences(analysis.article, analysis.tables)
    assert "Ewan MacLeod (person) is named 3 times in 3 paragraphs, from paragraph 1 to paragraph 4." in sentences
    assert not any("Carrick" in s for s in sentences if s.startswith("It names"))


BRIEF = """Pensioner gives lottery win to hospice

Monday 2 June 2025

A retired milkman from Grimsby who won £500,000 on a scratchcard has given the money to the hospice that cared for
his late wife, saying he "never needed it".
"""


def test_the_town_a_tradesman_is_from_is_a_place_not_a_person(write):
    analysis = analyzed(write, BRIEF)
    assert entity_types(analysis).get("Grimsby") == "GPE"
    sentences = summary.summary_sentences(analysis.article, analysis.tables)
    assert not any(s.startswith("It names 1 person") for s in sentences), sentences
    assert "Grimsby (person)" not in " ".join(sentences)


PLANNED = """Chancellor to announce budget date on Friday, sources say

Friday 13 March 2026

Officials said the plans would be set out at a public meeting.
"""


def test_a_headlines_future_is_nothing_said_yet(write):
    analysis = analyzed(write, PLANNED)
    quotes = analysis.tables["quotes"]
    assert "announce" not in set(quotes["cue"])  # the Chancellor has announced nothing yet
    assert set(quotes.loc[quotes["paragraph"] == 0, "speaker"]) == {"sources"}
    sentence = summary.speakers_sentence(quotes, analysis.tables["entities"])
    assert "Chancellor" not in sentence


def test_a_tone_that_barely_leads_is_told_as_barely_ahead():
    """40% positive against 40% negative, or 39% positive against 36% neutral, is no clearly positive article."""
    tied = {"tone": "positive", "share_negative": 0.40, "share_neutral": 0.20, "share_positive": 0.40}
    assert summary.lean_words(tied) == ", barely ahead of negative"
    close = {"tone": "positive", "share_negative": 0.25, "share_neutral": 0.36, "share_positive": 0.39}
    assert summary.lean_words(close) == ", barely ahead of neutral"
    clear = {"tone": "positive", "share_negative": 0.10, "share_neutral": 0.30, "share_positive": 0.60}
    assert summary.lean_words(clear) == ""
    leaning = {"tone": "neutral", "share_negative": 0.39, "share_neutral": 0.59, "share_positive": 0.02}
    assert summary.lean_words(leaning) == ", leaning negative"
