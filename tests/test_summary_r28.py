"""Sentences a reporter can print: "The family of Leonard Ashby said" is the family speaking, not Mr Ashby (who may be
dead); "Hannah Okafor, who founded Brightloaf," makes Brightloaf heard when she is quoted, as "Brightloaf founder
Hannah Okafor" does; and "Ambulance services in London said" is written in lower case inside a sentence."""

from __future__ import annotations

from test_summary_r21 import entities, paragraphs, quotes, silent  # tables built as those tests build them

from newsframe import speakers, summary

ASHBY = entities(("Leonard Ashby", "PERSON", 3, 1), ("Sarah Kent", "PERSON", 1, 3))
ASHBY_TEXT = paragraphs(
    "Composer dies at 80",
    "Leonard Ashby, the composer, has died aged 80.",
    "The family of Leonard Ashby said he died peacefully at home. Friends of Ashby said he was generous.",
    "The office of Governor Sarah Kent said she would attend the funeral.",
)
ASHBY_SAID = quotes(
    (2, "reported", "Leonard Ashby", "The family of Leonard Ashby"),
    (2, "reported", "Leonard Ashby", "Friends of Ashby"),
    (3, "reported", "Sarah Kent", "The office of Governor Sarah Kent"),
)


def test_the_family_of_a_person_is_not_the_person():
    table = speakers.speakers_table(ASHBY_SAID, ASHBY)
    assert set(table["speaker"]) == {"the family of Leonard Ashby", "friends of Ashby", "Sarah Kent"}
    # the one spoken about is never quoted; the office of the governor speaks in her name
    assert silent(ASHBY, ASHBY_SAID, ASHBY_TEXT) == ["Leonard Ashby"]


def test_a_name_of_its_own_with_of_and_an_officer_of_a_body_stay_as_they_are():
    names = entities(("Catherine of Aragon", "PERSON", 1, 1), ("Sara Quinn", "PERSON", 1, 2))
    said = quotes(
        (1, "reported", "Catherine of Aragon", "Catherine of Aragon"),
        (2, "reported", "Sara Quinn", "Inspector Sara Quinn"),
    )
    assert speakers.about_someone(said, names) == ["Catherine of Aragon", "Sara Quinn"]
    assert not speakers._about("Detective Inspector Sara Quinn of Kent Police", "Kent Police")
    assert not speakers._about("Exeter director of rugby Rob Baxter", "Rob Baxter")


def _founder(sentence: str):
    names = entities(("Hannah Okafor", "PERSON", 2, 1), ("Brightloaf", "ORG", 2, 1))
    text = paragraphs("A baker's rise", sentence, "“We grew slowly,” Okafor said.")
    said = quotes((2, "direct", "Hannah Okafor", "Okafor"))
    return silent(names, said, text)


def test_a_quoted_founder_makes_the_firm_heard():
    assert _founder("Hannah Okafor, who founded Brightloaf in 2014, employs 400 people.") == []
    assert _founder("Hannah Okafor, 38, set up Brightloaf in a shed.") == []
    assert _founder("Hannah Okafor co-founded Brightloaf with her brother.") == []
    # the firm must follow the verb at once: a meeting set up with it founds nothing
    assert _founder("Hannah Okafor set up a meeting with Brightloaf.") == ["Brightloaf"]
    assert _founder("Hannah Okafor sells to Brightloaf.") == ["Brightloaf"]


def test_a_description_that_opened_its_sentence_is_in_lower_case():
    assert speakers.speaker_name("Ambulance services in London") == "ambulance services in London"
    assert speakers.speaker_name("Transport for London") == "Transport for London"
    assert speakers.speaker_name("Network Rail") == "Network Rail"
    # a first word that opens a name the article gives keeps its capital
    assert speakers.speaker_name("Apple engineers in Cupertino", {"Apple"}) == "Apple engineers in Cupertino"
    names = entities(("Met Office", "ORG", 1, 1), ("London", "GPE", 1, 2))
    said = quotes(
        (1, "reported", "Met Office", "the Met Office"),
        (2, "reported", "Ambulance services in London", "Ambulance services in London"),
    )
    sentence = summary.speakers_sentence(said, names)
    assert "and ambulance services in London (reported)" in sentence, sentence


def test_the_report_page_counts_the_headline_apart_from_the_paragraphs():
    import pandas as pd

    from newsframe import findings

    data = pd.DataFrame({"panel": ["words"] * 10, "paragraph": range(10)})
    page = findings.report_page.__wrapped__(data, {"entities": entities()})
    # the article's own sentence says "9 paragraphs": the page must not say 10
    assert page.startswith("The page shows the words and polarity of the headline and all 9 paragraphs"), page
    page = findings.report_page.__wrapped__(data.iloc[:2], {"entities": entities()})
    assert "the headline and its one paragraph" in page, page
