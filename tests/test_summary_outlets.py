"""Outlets, as a reader counts them: a wire agency credited in the dateline ("LIMA (Reuters) -") and then told
something by a source is an outlet someone spoke to, not a body the story keeps silent."""

from __future__ import annotations

import pandas as pd

from newsframe import speakers


def test_a_dateline_credit_leaves_the_agency_an_outlet_spoken_to():
    texts = [
        "Peru's fishmeal exports slump",
        "LIMA (Reuters) - Peru's fishmeal exports fell by a third in May, the trade ministry said on Friday.",
        "Fleet owners kept boats in port after warm water drove anchovy south, trader Luis Paredes told Reuters.",
    ]
    paragraphs = pd.DataFrame({"paragraph": range(len(texts)), "text": texts})
    quotes = pd.DataFrame(
        {
            "paragraph": [1, 2],
            "speaker_paragraph": [1, 2],
            "speaker": ["trade ministry", "Luis Paredes"],
            "kind": ["reported", "reported"],
        }
    )
    # the credit is counted as no mention: the agency is named once, where the trader tells it
    entities = pd.DataFrame(
        {
            "entity": ["Reuters", "Luis Paredes"],
            "entity_type": ["ORG", "PERSON"],
            "mentions": [1, 1],
            "aliases": ["Reuters", "Luis Paredes"],
        }
    )
    assert speakers.carriers(entities, quotes, paragraphs) == {"Reuters"}
    # a body named in a dateline and elsewhere as a source stays no outlet
    texts[2] = "Fleet owners kept boats in port, Reuters said, citing trader Luis Paredes."
    assert speakers.carriers(entities, quotes, pd.DataFrame({"paragraph": range(3), "text": texts})) == set()


def _tables(texts, rows, names):
    """Paragraphs (headline first), quotes of (paragraph, speaker, speaker_text) and entities of (name, type)."""
    paragraphs = pd.DataFrame({"paragraph": range(len(texts)), "text": texts})
    quotes = pd.DataFrame(rows, columns=["paragraph", "speaker", "speaker_text"]).assign(
        kind="reported", text="it was fine", tone="neutral", cue="said"
    )
    quotes = quotes.assign(speaker_paragraph=quotes["paragraph"])
    entities = pd.DataFrame(names, columns=["entity", "entity_type"])
    counts = [sum(t.count(n) for t in texts) for n in entities["entity"]]
    entities = entities.assign(mentions=counts, paragraphs=1, first_paragraph=1, aliases=entities["entity"])
    return entities, quotes, paragraphs


def test_a_channel_a_drama_is_shown_on_is_no_source_kept_silent():
    texts = [
        "Salt Marsh review: a slow, sure mystery",
        "Rivermoor's new six-part drama Salt Marsh follows a vet, played by Jo Hale, on a flooded estuary.",
        "Writer Amy Dunn said she wanted the tide to feel like a threat.",
        "Salt Marsh starts on Rivermoor One on Sunday, is broadcast live on Tidecast and streamed on Tidecast Plus.",
    ]
    names = [
        ("Rivermoor", "ORG"),
        ("Rivermoor One", "ORG"),
        ("Tidecast", "ORG"),
        ("Tidecast Plus", "ORG"),
        ("Jo Hale", "PERSON"),
    ]
    entities, quotes, paragraphs = _tables(texts, [(2, "Amy Dunn", "Writer Amy Dunn")], names)
    assert speakers.channels(entities, paragraphs) == {"Rivermoor", "Rivermoor One", "Tidecast", "Tidecast Plus"}
    silent = speakers.unheard(entities, quotes, paragraphs)["entity"].tolist()
    assert silent == ["Jo Hale"]
    # a streaming service that acts in the story is a party to it, heard or not
    texts[1] = "Tidecast has cancelled the show after one series, and Rivermoor has dropped its drama."
    texts[3] = "Salt Marsh was made by Rivermoor One."
    entities, quotes, paragraphs = _tables(texts, [(2, "Amy Dunn", "Writer Amy Dunn")], names)
    assert speakers.channels(entities, paragraphs) == set()


def test_their_officer_speaks_for_a_club_written_with_a_plural_verb():
    texts = [
        "Denby County thrash Harbour City",
        "Harbour City have now lost five in a row, and their chairman, Alan Price, said the manager was safe.",
    ]
    # two clubs in the headline: neither is the story's one organisation, whose bare office would be its own
    names = [("Harbour City", "ORG"), ("Denby County", "ORG"), ("Alan Price", "PERSON")]
    rows = [(1, "Alan Price", "their chairman, Alan Price")]
    entities, quotes, paragraphs = _tables(texts, rows, names)
    assert "Harbour City" not in speakers.unheard(entities, quotes, paragraphs)["entity"].tolist()
    # with a singular verb "their" may be the players', and no one speaks for the club
    texts[1] = "Harbour City has now lost five in a row, and their chairman, Alan Price, said the manager was safe."
    entities, quotes, paragraphs = _tables(texts, rows, names)
    assert "Harbour City" in speakers.unheard(entities, quotes, paragraphs)["entity"].tolist()


def test_a_platform_a_source_wrote_on_is_no_body_kept_silent():
    texts = [
        "Singer cancels tour",
        "Jo Marsh thanked fans on Pinstream on Sunday evening, writing: “You have been so kind.”",
    ]
    entities, quotes, paragraphs = _tables(texts, [(1, "Jo Marsh", "Jo Marsh")], [("Pinstream", "ORG")])
    assert speakers.carriers(entities, quotes, paragraphs) == {"Pinstream"}
    # a firm named after "on" that is no medium of what is said stays a body: "sits on Pinstream's board" has no
    # participle of writing right after the name's clause
    texts[1] = "Jo Marsh, who sits on Pinstream's board, said: “You have been so kind.”"
    entities, quotes, paragraphs = _tables(texts, [(1, "Jo Marsh", "Jo Marsh")], [("Pinstream", "ORG")])
    assert speakers.carriers(entities, quotes, paragraphs) == set()
    texts[1] = "Jo Marsh was downbeat on Pinstream, saying: “You have been so kind.”"
    entities, quotes, paragraphs = _tables(texts, [(1, "Jo Marsh", "Jo Marsh")], [("Pinstream", "ORG")])
    assert speakers.carriers(entities, quotes, paragraphs) == set()


def _outlet_tables(texts: list[str], outlet: str):
    """paragraphs, quotes (a statement in every body paragraph) and entities naming the outlet once and a speaker."""
    paragraphs = pd.DataFrame({"paragraph": range(len(texts)), "text": texts})
    quotes = pd.DataFrame(
        {
            "paragraph": range(1, len(texts)),
            "speaker_paragraph": range(1, len(texts)),
            "speaker": ["Ingrid Falk"] * (len(texts) - 1),
            "speaker_text": ["Ingrid Falk"] * (len(texts) - 1),
            "kind": ["reported"] * (len(texts) - 1),
            "cue": ["said"] * (len(texts) - 1),
            "text": ["she was overjoyed"] * (len(texts) - 1),
        }
    )
    entities = pd.DataFrame(
        {
            "entity": [outlet, "Ingrid Falk"],
            "entity_type": ["ORG", "PERSON"],
            "mentions": [1, 1],
            "paragraphs": [1, 1],
            "first_paragraph": [1, 1],
            "aliases": [outlet, "Ingrid Falk"],
        }
    )
    return paragraphs, quotes, entities


def test_an_outlet_named_by_its_kind_after_told_is_spoken_to_not_a_journal():
    # "told the newspaper Nordposten": the paper carried her words; it published no study
    texts = ["Princess to marry", "Her mother, Ingrid Falk, told the newspaper Nordposten she was overjoyed."]
    paragraphs, quotes, entities = _outlet_tables(texts, "Nordposten")
    assert speakers.carriers(entities, quotes, paragraphs) == {"Nordposten"}
    # an outlet spoken to is said so before it could be taken for a journal ("named only as where the work was
    # published"): the summary takes the journals from the names not spoken to
    assert speakers.venues(entities, paragraphs) - speakers.carriers(entities, quotes, paragraphs) == set()
    # a broadcaster that aired an interview, named by its kind
    texts[1] = "In an interview broadcast by the national broadcaster KTV, Ingrid Falk said she was overjoyed."
    paragraphs, quotes, entities = _outlet_tables(texts, "KTV")
    assert speakers.carriers(entities, quotes, paragraphs) == {"KTV"}


def test_a_body_told_something_without_an_outlets_kind_stays_a_party():
    # "told the regulator Ofwat": a regulator is a party to the story, not an outlet
    texts = ["Water firm fined", "Ingrid Falk told the regulator Ofwat that the leak had been fixed."]
    paragraphs, quotes, entities = _outlet_tables(texts, "Ofwat")
    assert speakers.carriers(entities, quotes, paragraphs) == set()
    # a programme made by a broadcaster is no interview it carried ("a film made by")
    texts[1] = "Ingrid Falk said the film, made by the broadcaster KTV, was fair."
    paragraphs, quotes, entities = _outlet_tables(texts, "KTV")
    assert speakers.carriers(entities, quotes, paragraphs) == set()


def test_figures_that_show_something_make_no_programme_of_their_publisher():
    texts = [
        "NHS waiting list falls",
        "The waiting list fell to 7.21 million in September, NHS England figures show.",
        "Netflix figures show the series was watched 20 million times. The BBC show returns in May.",
    ]
    names = [("NHS England", "ORG"), ("Netflix", "ORG"), ("BBC", "ORG")]
    entities, quotes, paragraphs = _tables(texts, [(1, "NHS England", "NHS England figures")], names)
    assert speakers.channels(entities, paragraphs) == {"BBC"}
