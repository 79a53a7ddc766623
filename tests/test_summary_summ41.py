"""Sentences about an article as a reporter would print them, on texts written for these tests: two of a kind are
"both", never "all"; a description that opened its sentence is written in lower case inside ours even when a place
follows it; a body the article writes after "the" keeps it when a word of when follows; a stretch within one year is
that year."""

from __future__ import annotations

from datetime import date

import pandas as pd
from test_summary_definite import entities, paragraphs, quotes  # tables of rows written here

from newsframe import findings, speakers, summary


def test_two_statements_of_one_kind_are_both_that_kind():
    rows = [
        (1, "reported", "Ines Calloway", "Calloway", "the final had been hard"),
        (2, "direct", "Petra Lund", "Lund", '"I was nervous."'),
        (3, "direct", "Petra Lund", "she", '"Pizza tonight."'),
        (4, "reported", "Ines Calloway", "Calloway", "she would rest"),
        (5, "reported", "Ines Calloway", "Calloway", "the coach deserved credit"),
        (6, "reported", "Garth Museum", "Garth Museum", "the trophy would be shown"),
    ]
    names = entities(("Ines Calloway", "PERSON", 3), ("Petra Lund", "PERSON", 2), ("Garth Museum", "ORG", 1))
    text = summary.speakers_sentence(quotes(*rows), names)
    assert "Petra Lund twice (both direct)" in text
    assert "Ines Calloway 3 times (all reported)" in text


def test_a_name_twice_in_one_paragraph_is_both_in_it():
    mentions = pd.DataFrame({"entity": ["Harbour Trust"] * 3 + ["Fenmoor Council"] * 2, "paragraph": [4, 4, 4, 5, 5]})
    assert summary.entity_sentence("Fenmoor Council", "organisation", mentions).endswith("twice, both in paragraph 5.")
    assert summary.entity_sentence("Harbour Trust", "organisation", mentions).endswith("3 times, all in paragraph 4.")


def test_two_sentences_in_one_paragraph_are_both_in_it():
    sentences = pd.DataFrame({"paragraph": [1, 1], "text": ["The pier reopened.", "Crowds came."]})
    text = findings.sentence_split(
        sentences, pd.DataFrame({"paragraph": [1], "text": ["The pier reopened. Crowds came."]})
    )
    assert "both in paragraph 1" in text and "all in" not in text


def test_a_plural_description_placed_somewhere_is_written_in_lower_case():
    named = {"Portugal", "Kyiv", "Kurds"}
    assert speakers.speaker_name("Reports in Portugal", named) == "reports in Portugal"
    assert speakers.speaker_name("Officials in Kyiv", named) == "officials in Kyiv"
    assert speakers.speaker_name("Sources at the club", named) == "sources at the club"
    # the words of a name ("of", "for"), a people ("Israelis", or the Kurds the article names) keep the capital
    assert speakers.speaker_name("Friends of the Earth", named) == "Friends of the Earth"
    assert speakers.speaker_name("Israelis in Haifa", named) == "Israelis in Haifa"
    assert speakers.speaker_name("Kurds in Syria", named) == "Kurds in Syria"


def test_the_sources_sentence_writes_a_placed_description_in_lower_case():
    rows = [
        (1, "reported", "Reports in Portugal", "Reports in Portugal", "the club had held out for a higher fee"),
        (2, "reported", "Caldera Rovers", "Caldera Rovers", "talks were going well"),
    ]
    names = entities(("Caldera Rovers", "ORG", 2), ("Portugal", "GPE", 1))
    text = summary.speakers_sentence(quotes(*rows), names)
    assert "reports in Portugal" in text and "Reports in Portugal" not in text


def test_a_body_written_after_the_before_a_word_of_when_keeps_its_the():
    names = entities(("Selwyn Institute", "ORG", 1), ("Marlow Trust", "ORG", 1))
    text = paragraphs(
        "Study finds emails fell",
        "A study by the Selwyn Institute last year found evening emails fell by a fifth.",
        "Marlow Trust yesterday said it would publish its own figures.",
    )
    definite = speakers.definite_names(names, text)
    assert "Selwyn Institute" in definite
    # written bare, the name stays bare whatever word follows it
    assert "Marlow Trust" not in definite


def test_a_stretch_counted_back_within_one_year_is_that_year_alone():
    row = {"expression": "15 years", "start": "2011-01-01", "end": "2011-12-31", "value": "P15Y"}
    assert summary.expression_period(row, date(2026, 11, 25)) == "2011"
    # a stretch over several years keeps both bounds
    row = {"expression": "the past decade", "start": "2016-01-01", "end": "2026-11-25", "value": "P10Y"}
    assert "–" in summary.expression_period(row, date(2026, 11, 25))


def test_a_role_before_a_body_the_article_names_is_that_body_speaking():
    rows = [
        (3, "reported", "Developer Greenvale Homes", "Developer Greenvale Homes", "the site will include a school"),
        (8, "reported", "Greenvale Homes", "Greenvale Homes", "building could start next year"),
    ]
    names = entities(("Greenvale Homes", "ORG", 2), ("Biden", "PERSON", 1))
    table = speakers.speakers_table(quotes(*rows), names)
    assert table["speaker"].tolist() == ["Greenvale Homes"]
    assert int(table["statements"].iloc[0]) == 2
    # a first word many bear as a given name stays the person's own
    assert speakers.speaker_name("Hunter Biden", {"Biden"}) == "Hunter Biden"
