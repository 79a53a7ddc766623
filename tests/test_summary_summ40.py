"""Sentences about an article as a reporter would print them, on texts written for these tests: a body the article
writes after "the" keeps it when the next phrase follows at once ("told the BBC the failure was unacceptable")."""

from __future__ import annotations

import pandas as pd

from newsframe import findings, speakers, summary


def paragraphs(*texts: str) -> pd.DataFrame:
    """A paragraphs table: the headline (0) and then each text."""
    return pd.DataFrame({"paragraph": range(len(texts)), "text": list(texts)})


def entities(*rows) -> pd.DataFrame:
    """An entities table of (entity, entity_type, mentions) rows."""
    table = pd.DataFrame(rows, columns=["entity", "entity_type", "mentions"])
    return table.assign(paragraphs=1, first_paragraph=1, aliases=table["entity"])


def test_a_name_after_the_followed_by_a_new_phrase_keeps_its_the():
    names = entities(("Tidewell Echo", "ORG", 1), ("Senate", "ORG", 1), ("Ashworth", "GPE", 1))
    text = paragraphs(
        "Power cut hits Ashworth",
        "The operator's chief executive told the Tidewell Echo the failure was unacceptable.",
        "Her deputy told the Senate she would stay on. Voters in the Ashworth by-election were unmoved.",
    )
    definite = speakers.definite_names(names, text)
    assert definite == {"Tidewell Echo", "Senate"}
    assert speakers.as_written("Tidewell Echo", definite, start=True) == "The Tidewell Echo"
    # a lower-case noun after the name is still a noun it may qualify: "the Ashworth by-election" is no evidence
    assert "Ashworth" not in definite


def quotes(*rows) -> pd.DataFrame:
    """A quotes table of (paragraph, kind, speaker, speaker_text, text) rows, every statement neutral."""
    table = pd.DataFrame(rows, columns=["paragraph", "kind", "speaker", "speaker_text", "text"])
    return table.assign(tone="neutral", cue="said", speaker_paragraph=table["paragraph"])


def test_sources_counted_as_often_say_of_them_and_the_one_other_follows_without_a_comma():
    twice = ["Marlow Rail", "Dana Pruitt", "Owen Castell", "Ruth Abney", "Keith Ferris"]
    rows = [(i + 1, "reported", n, n, "the strike would go ahead") for i, n in enumerate(twice + twice)]
    rows.append((12, "reported", "Unison", "Unison", "members had voted"))
    names = entities(*[(n, "PERSON", 2) for n in twice[1:]], ("Marlow Rail", "ORG", 2), ("Unison", "ORG", 1))
    text = summary.speakers_sentence(quotes(*rows), names)
    assert text.startswith("It attributes 11 statements to 6 sources: 5 of them twice each (")
    assert text.endswith(") and Unison once (reported).")


def test_a_body_that_places_a_quoted_person_in_the_lead_is_where_they_work():
    names = entities(("Ella Moss", "PERSON", 2), ("Brookfield Academy", "ORG", 1))
    text = paragraphs(
        "Teacher wins award",
        "Ella Moss, a chemistry teacher at Brookfield Academy, has won a national award.",
        "Moss said the prize belonged to her pupils.",
    )
    said = quotes((2, "reported", "Ella Moss", "Moss", "the prize belonged to her pupils"))
    assert speakers.affiliations(names, said, text) == {"Brookfield Academy"}
    sentence = summary.unheard_sentence(said, names, text)
    assert sentence.startswith("Brookfield Academy is named only as where someone quoted works"), sentence
    # a body the lead names for what it did is a party of the story, wherever the person is quoted
    other = paragraphs("Teacher wins award", "Ella Moss said Brookfield Academy had cut her club.", "Moss left.")
    assert speakers.affiliations(names, said, other) == set()


def test_an_excerpt_of_a_sentence_cut_inside_a_quotation_drops_the_lone_closing_mark():
    assert findings.excerpt('We love you."') == "We love you."
    assert findings.excerpt("We love you.”") == "We love you."
    # a quotation with both its marks, or one cut short, is shown as written
    assert findings.excerpt('"We love you," she wrote.') == '"We love you," she wrote.'
    assert findings.excerpt('She wrote: "We love you."') == 'She wrote: "We love you."'
    assert findings.excerpt('"We love you and we will wait," she wrote.', 3) == '"We love you…'


def test_away_from_a_statement_a_body_after_a_surname_without_a_comma_is_a_party_of_the_story():
    names = entities(("Kwame Osei", "PERSON", 2), ("Feyenoord", "ORG", 1))
    text = paragraphs(
        "Castlebrook sign striker",
        "Castlebrook completed the signing of striker Kwame Osei from Feyenoord for £18m.",
        "Osei said he was delighted.",
    )
    said = quotes((2, "reported", "Kwame Osei", "Osei", "he was delighted"))
    assert speakers.affiliations(names, said, text) == set()
    # in the paragraph of the statement itself, the bare placing still says who the speaker is
    text = paragraphs("Castlebrook sign striker", "Kwame Osei from Feyenoord said he was delighted.")
    said = quotes((1, "reported", "Kwame Osei", "Kwame Osei from Feyenoord", "he was delighted"))
    assert speakers.affiliations(names, said, text) == {"Feyenoord"}
    # away from a statement, "of" still places the person
    names = entities(("Anna Lindqvist", "PERSON", 2), ("Karolinska Institute", "ORG", 1))
    text = paragraphs(
        "Study finds",
        "The researchers, led by Dr Anna Lindqvist of the Karolinska Institute, followed 900 people.",
        "Lindqvist said the link was strong.",
    )
    said = quotes((2, "reported", "Anna Lindqvist", "Lindqvist", "the link was strong"))
    assert speakers.affiliations(names, said, text) == {"Karolinska Institute"}
