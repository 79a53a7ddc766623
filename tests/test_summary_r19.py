"""What the summary and the notebook answers say where an editor would stop them: sources quoted as often are a
tie said once, a count of people, places and organisations is no count of every name, two paragraphs are named, a
plural speaker agrees with its verb, one label for every name is no ranking, and a capitalised plural noun that
opened its sentence is no name."""

from __future__ import annotations

import pandas as pd
from test_summary import check_speakers

from newsframe import findings, pipeline, speakers, summary


def quotes(*rows) -> pd.DataFrame:
    """A quotes table of (paragraph, kind, speaker, text) rows, every statement neutral."""
    table = pd.DataFrame(rows, columns=["paragraph", "kind", "speaker", "text"])
    return table.assign(tone="neutral", cue="said", speaker_text=table["speaker"])


NO_NAMES = pd.DataFrame(columns=["entity", "entity_type", "mentions", "paragraphs"])


def test_sources_quoted_as_often_are_a_tie_with_the_count_said_once():
    two = quotes(
        (1, "direct", "Ana Roe", "“We never fell out.”"),
        (2, "reported", "Ana Roe", "that both wanted to bake"),
        (3, "reported", "Ana Roe", "that the recipes stay"),
        (4, "direct", "Bea Roe", "“The oven broke.”"),
        (5, "direct", "Bea Roe", "“We shared hers.”"),
        (6, "reported", "Bea Roe", "that her shop would close"),
    )
    said = summary.speakers_sentence(two, NO_NAMES)
    assert said == (
        "It attributes 6 statements to 2 sources, each 3 times: Ana Roe (1 direct, 2 reported) and Bea Roe (2 direct, "
        "1 reported)."
    ), said
    # a tie among the main sources ahead of others quoted less: the tie named together, the rest counted
    more = pd.concat([two, quotes((7, "reported", "Cy Dee", "it was late"), (8, "reported", "Di Fox", "it rained"))])
    said = summary.speakers_sentence(more, NO_NAMES)
    assert said == (
        "It attributes 8 statements to 4 sources: Ana Roe (1 direct, 2 reported) and Bea Roe (2 direct, 1 reported), "
        "3 times each, and 2 others once each."
    ), said
    # one source ahead keeps its own count: no tie to tell
    ahead = pd.concat([two, quotes((7, "reported", "Ana Roe", "that it rained"))])
    assert summary.speakers_sentence(ahead, NO_NAMES).startswith(
        "It attributes 7 statements to 2 sources: Ana Roe 4 times (1 direct, 3 reported) and Bea Roe 3 times"
    )
    check_speakers([summary.speakers_sentence(two, NO_NAMES)], two, NO_NAMES)


def test_no_person_place_or_organisation_standing_out_is_not_said_of_every_name(write):
    """A storm named twice among places named once: the summary counts people, places and organisations, and says
    so, since the storm does stand out."""
    story = """Storm Brannock leaves thousands without power

Published 2025-11-04

Storm Brannock brought gusts of 70mph to the towns of Kelby, Marwick and Tolley in Cornwall overnight.

Forecasters said the wind would ease by Thursday. Ferries from Penzance to the Isles of Scilly were cancelled.
"""
    analysis = pipeline.analyze(write("storm.txt", story), use_cache=False)
    tables = analysis.tables
    sentences = summary.summary_sentences(analysis.article, tables)
    assert not any(s.startswith("No name stands out") for s in sentences), sentences
    counted = summary.top_entities(tables["entities"], len(tables["entities"]))
    assert summary.main_entities(tables["entities"]).empty and len(counted) > summary.SUMMARY_ENTITIES
    assert tables["entities"]["mentions"].max() > counted["mentions"].max()  # the storm, counted apart
    top = f"each of the {len(counted)} is named once."
    assert f"No person, place or organisation stands out: {top}" in sentences, sentences
    # "Forecasters said" opens its sentence: a description, written in lower case among the sources
    said = summary.speakers_sentence(tables["quotes"], tables["entities"])
    assert said == "It attributes 1 statement to 1 source: forecasters (reported).", said


def test_a_name_in_two_paragraphs_is_placed_in_both_by_number():
    mentions = pd.DataFrame({"entity": ["Ofwat"] * 3 + ["Ora Vale"] * 2, "paragraph": [2, 2, 4, 0, 6]})
    assert summary.entity_sentence("Ofwat", "organisation", mentions) == (
        "Ofwat (organisation) is named 3 times, in paragraphs 2 and 4, most often in paragraph 2 (twice)."
    )
    assert summary.entity_sentence("Ora Vale", "person", mentions) == (
        "Ora Vale (person) is named twice, in the headline and paragraph 6."
    )
    three = pd.DataFrame({"entity": ["Ofwat"] * 4, "paragraph": [0, 2, 4, 5]})
    assert summary.entity_sentence("Ofwat", "organisation", three) == (
        "Ofwat (organisation) is named 4 times, in the headline and 3 paragraphs, from paragraph 2 to paragraph 5."
    )


def test_paragraphs_tied_for_longest_or_shortest_take_a_plural_verb_and_each():
    paragraphs = pd.DataFrame({"paragraph": [0, 1, 2, 3, 4], "words": [7, 27, 27, 10, 12], "text": ["H"] * 5})
    assert findings.paragraph_lengths.__wrapped__(paragraphs) == (
        "Its 4 paragraphs run from 10 to 27 words (median 19.5): the longest are paragraphs 1 and 2 (27 words each), "
        "the shortest paragraph 3 (10 words); the headline has 7 words."
    )


def test_the_tone_of_a_plural_source_quoted_most_agrees_with_it():
    said = quotes(
        (1, "reported", "ministers", "the scheme cost too much"),
        (2, "reported", "ministers", "the cost"),
        (3, "reported", "the inspector", "the scheme"),
    ).assign(tone=["negative", "neutral", "positive"])
    answer = findings.tone_of_speakers.__wrapped__(said, NO_NAMES)
    assert answer.endswith("; the statements of ministers, quoted most, read mixed (1 negative and 1 neutral)."), answer
    assert " says " not in answer


def test_one_label_for_every_main_name_is_told_as_one_tone_not_a_ranking():
    rows = [("Brightwell Foods", 4, 0.52, 0.0, 0.25, 0.75), ("Corby", 3, 0.55, 0.0, 1 / 3, 2 / 3)]
    columns = ["entity", "sentences", "tone_score", "share_negative", "share_neutral", "share_positive"]
    table = pd.DataFrame(rows, columns=columns).assign(tone="positive")
    answer = findings.entity_tone.__wrapped__(table)
    assert answer == (
        "Read towards each name, the tone is positive for both main names; the scores run from +0.52 (Brightwell "
        "Foods) to +0.55 (Corby)."
    ), answer
    # labels that differ still rank the names
    mixed = table.assign(tone=["neutral", "positive"], share_neutral=[0.75, 1 / 3], share_positive=[0.25, 2 / 3])
    assert "most positive for Corby" in findings.entity_tone.__wrapped__(mixed)


def test_the_report_page_names_the_one_source_it_shows_of_several():
    entities = pd.DataFrame(
        {"entity": ["Harrow Vale"], "entity_type": ["GPE"], "mentions": [3], "paragraphs": [3], "first_paragraph": 1}
    )
    said = quotes((1, "reported", "ministers", "it"), (2, "reported", "the inspector", "the plan"))
    data = pd.DataFrame({"panel": ["words", "entities", "speakers"], "drawn_as": ""})
    page = findings.report_page.__wrapped__(data, {"entities": entities, "quotes": said})
    assert "the words said by the one of the 2 sources who says most" in page, page
    data = pd.DataFrame({"panel": ["words", "entities", "speakers", "speakers"], "drawn_as": ""})
    said = pd.concat([said, quotes((3, "reported", "Cy Dee", "no"))])
    page = findings.report_page.__wrapped__(data, {"entities": entities, "quotes": said})
    # "the plan" (2 words) first, then "it" and "no" (1 word each): the cut falls inside a tie
    assert "the words said by 2 of the 3 sources, the rest saying as much" in page, page
    said = pd.concat([said.iloc[:2], quotes((3, "reported", "Cy Dee", "no more than that"))])
    page = findings.report_page.__wrapped__(data, {"entities": entities, "quotes": said})
    assert "the words said by the 2 of the 3 sources who say most" in page, page


def test_a_capitalised_plural_noun_that_opened_its_sentence_is_a_description():
    for written, plain in (("Forecasters", "forecasters"), ("Officials", "officials"), ("Police", "police")):
        assert speakers.speaker_name(written) == plain
    # a group the article names stays as found, and so does a word that is no plural common noun
    assert speakers.speaker_name("Democrats", {"Democrats"}) == "Democrats"
    for name in ("Reuters", "Labour", "Ofwat"):
        assert speakers.speaker_name(name) == name
    table = speakers.speakers_table(quotes((1, "reported", "Forecasters", "the wind would ease")), NO_NAMES)
    assert table["speaker"].tolist() == ["forecasters"]
