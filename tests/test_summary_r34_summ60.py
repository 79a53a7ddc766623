"""The summary's numbers, on invented news: the shares of the text by tone add up to 100%, words said together by two
bodies count for each of them as their statements do, and a person written in full in the words that tell who spoke
is heard though the names table keeps the surname apart."""

from __future__ import annotations

import pandas as pd

from newsframe import findings, summary


def quotes(*rows) -> pd.DataFrame:
    """A quotes table of (paragraph, kind, cue, speaker, speaker_text, text) rows."""
    columns = ["paragraph", "kind", "cue", "speaker", "speaker_text", "text"]
    return pd.DataFrame(rows, columns=columns).assign(tone="neutral")


def entities(*rows) -> pd.DataFrame:
    """An entities table of (entity, entity_type, mentions) rows, most mentioned first."""
    table = pd.DataFrame(rows, columns=["entity", "entity_type", "mentions"])
    return table.assign(paragraphs=table["mentions"].clip(upper=3), first_paragraph=1, aliases=table["entity"])


def _percents(sentence: str) -> list[int]:
    return [int(p) for p in __import__("re").findall(r"(\d+)%", sentence)]


def test_the_shares_of_the_text_by_tone_add_up_to_100():
    # each rounded alone: 32%, 37% and 30%, which a reader adds up to 99
    overall = {
        "tone": "neutral",
        "headline_tone": "positive",
        "share_negative": 0.3240,
        "share_neutral": 0.3730,
        "share_positive": 0.3030,
    }
    said = summary.wording_tone_words(overall)
    assert _percents(said) == [33, 37, 30], said
    assert "barely ahead of negative" in said, said
    # the tables keep four places: shares a hair off one whole are still one
    assert summary.whole_percents([0.2745, 0.6346, 0.0908]) == [27, 64, 9]
    assert sum(summary.whole_percents([0.1043, 0.6131, 0.2825])) == 100
    # a share of nothing stays 0%, and a larger share never prints below a smaller one
    assert summary.whole_percents([0.0, 0.8949, 0.1051]) == [0, 89, 11]
    assert summary.whole_percents([0.3334, 0.3333, 0.3333]) == [34, 33, 33]


TAX = entities(("Ryanair", "ORG", 3), ("easyJet", "ORG", 3), ("Treasury", "ORG", 1), ("Michael O'Leary", "PERSON", 1))
BOTH = (1, "reported", "saying", "Ryanair and easyJet", "Ryanair and easyJet", "it would cost thousands of jobs")
BOTH_AGAIN = (
    2,
    "direct",
    "said",
    "Ryanair and easyJet",
    "Ryanair and easyJet",
    "“This tax will hit families hardest,”",
)
EASYJET = (
    4,
    "reported",
    "said",
    "easyJet",
    "EasyJet",
    "that it would cut 12 routes from Bristol if the tax went ahead",
)
TREASURY = (5, "reported", "said", "Treasury", "The Treasury", "the money was needed to pay for cleaner fuel")


def test_words_said_together_count_for_each_speaker_as_their_statements_do():
    said = findings.words_per_speaker.__wrapped__(quotes(BOTH, BOTH_AGAIN, EASYJET, TREASURY), TAX)
    # 12 words said together, 13 by easyJet alone, 9 by the Treasury: 34 in all
    assert said.startswith(
        "The most words said, 25 of the 34 attributed to anyone (74%), are by easyJet, 12 of them "
    ), said
    assert "then Ryanair (12; all together with easyJet) and the Treasury (9)" in said, said
    assert "Ryanair and easyJet (" not in said, said


def test_the_one_quoted_most_counts_the_statements_made_together():
    rows = quotes(BOTH, BOTH_AGAIN, EASYJET, TREASURY)
    # easyJet is heard three times, as who is quoted says; not the joint row's two
    assert summary.speakers_sentence(rows, TAX).split(": ")[1].startswith("easyJet 3 times")
    said = findings.tone_of_speakers.__wrapped__(rows, TAX)
    assert said.endswith("the statements of easyJet, quoted most, read neutral in all 3."), said


def test_leaders_whose_words_are_all_said_together_are_one_set_of_words():
    said = findings.words_per_speaker.__wrapped__(quotes(BOTH, BOTH_AGAIN, TREASURY), TAX)
    assert said.startswith(
        "The most words said, 12 of the 21 attributed to anyone (57%), are by Ryanair and easyJet together"
    ), said


COUNCILS = entities(("Kenton", "ORG", 4), ("Priya Shah", "ORG", 1), ("Shah", "PERSON", 1), ("Ashby", "ORG", 2))
SHAH = (3, "reported", "said", "Shah", "The leader of Kenton council, Priya Shah", "the deal would save money")
SHAH_AGAIN = (3, "direct", "said", "Shah", "Shah", "“This is what working together looks like,”")


def test_a_name_written_in_full_where_the_article_says_who_spoke_is_heard():
    said = summary.unheard_sentence(quotes(SHAH, SHAH_AGAIN), COUNCILS)
    assert "Priya Shah" not in said, said
    # someone close to her is not she
    friend = (3, "reported", "said", "Shah", "A friend of Priya Shah", "she was tired")
    assert "Priya Shah" in summary.unheard_sentence(quotes(friend), COUNCILS)
