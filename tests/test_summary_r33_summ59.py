"""The summary's counts of names and sources, on invented news: a nationality or a party written as an adjective
("French", "Democrats") is no person, place or organisation to name as named most, and two bodies or people who speak
together are two sources, each credited with what they said together."""

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


PARAGRAPHS = pd.DataFrame(
    {
        "paragraph": [0, 1, 2, 3, 4],
        "words": [8, 30, 20, 20, 20],
        "text": [
            "Senate Democrats block border bill",
            "Democrats in the Senate blocked the bill. Democrats said it was unfair.",
            "Senator Ann Lee said the vote was close. The Senate will sit again.",
            "Democrats and the Senate clerk disagreed. Lee spoke in Ohio.",
            "The Senate adjourned.",
        ],
    }
)


def test_a_party_or_nationality_named_most_is_not_the_name_named_most():
    named = entities(("Democrats", "NORP", 4), ("Senate", "ORG", 3), ("Ann Lee", "PERSON", 2), ("Ohio", "GPE", 1))
    said = findings.most_named.__wrapped__(named, PARAGRAPHS)
    assert "Democrat" not in said, said
    # the Democrats are named more often: the ranking says it is of people, places and organisations only
    assert said.startswith("Of the people, places and organisations, the Senate is named most, 3 times"), said
    assert said.endswith("; then Ann Lee (2) and Ohio (1)."), said


def test_names_tied_but_for_a_nationality_are_people_places_and_organisations_none_standing_out():
    named = entities(("French", "NORP", 2), ("Paris", "GPE", 1), ("Ryanair", "ORG", 1), ("Bristol", "GPE", 1))
    said = findings.most_named.__wrapped__(named, PARAGRAPHS)
    assert said == "No person, place or organisation stands out: each of the 3 is named once."
    alone = entities(("French", "NORP", 2), ("British", "NORP", 1))
    assert findings.most_named.__wrapped__(alone, PARAGRAPHS) == (
        "It names no person, place or organisation, only French and British."
    )


STRIKE = entities(("Skylark Airlines", "ORG", 1), ("DGAC", "ORG", 1), ("Ryanair", "ORG", 1), ("easyJet", "ORG", 1))
SKYLARK = (1, "reported", "said", "Skylark Airlines", "A spokesperson", "passengers would be offered a refund")
SORRY = (1, "direct", "said", "Skylark Airlines", "she", "“We are deeply sorry,”")
DGAC = (2, "reported", "asked", "DGAC", "The DGAC", "airlines to cut a quarter of their flights")
BOTH = (3, "reported", "said", "Ryanair and easyJet", "Ryanair and easyJet", "they had also cancelled flights")


def test_two_bodies_speaking_together_are_two_sources():
    said = summary.speakers_sentence(quotes(SKYLARK, SORRY, DGAC, BOTH), STRIKE)
    assert said == (
        "It attributes 4 statements, 1 made by Ryanair and easyJet together, to 4 sources: Skylark Airlines twice "
        "(1 direct, 1 reported) and 3 others once each."
    )
    # and neither of them is left among those never quoted
    assert "never quoted" not in summary.unheard_sentence(quotes(SKYLARK, DGAC, BOTH), STRIKE)


def test_a_statement_made_together_credits_each_speaker_once_more():
    named = entities(("Anna Berg", "PERSON", 3), ("Tomas Halvorsen", "PERSON", 2))
    together = (1, "reported", "agreed", "Anna Berg and Tomas Halvorsen", "Berg and Halvorsen", "to hold summits")
    alone = (2, "direct", "said", "Anna Berg", "Berg", "“The past cannot hold us hostage,”")
    assert summary.speakers_sentence(quotes(together, alone), named) == (
        "It attributes 2 statements, 1 made by Anna Berg and Tomas Halvorsen together, to 2 sources: Anna Berg twice "
        "(1 direct, 1 reported) and Tomas Halvorsen once (reported)."
    )
    assert summary.speakers_sentence(quotes(together), named) == (
        "It attributes 1 statement, made by Anna Berg and Tomas Halvorsen together, to 2 sources, each once: Anna Berg "
        "(reported) and Tomas Halvorsen (reported)."
    )


def test_three_bodies_listed_together_are_three_sources_and_one_body_s_name_stays_one():
    named = entities(("Tesco", "ORG", 1), ("Sainsbury's", "ORG", 1), ("Asda", "ORG", 1), ("Mark Dunn", "PERSON", 1))
    three = (1, "reported", "said", "Tesco, Sainsbury's and Asda", "Tesco, Sainsbury's and Asda", "prices would stay")
    dunn = (2, "reported", "said", "Mark Dunn", "Mark Dunn", "farmers must not pay")
    said = summary.speakers_sentence(quotes(three, dunn), named)
    assert said.startswith("It attributes 2 statements, 1 made by Tesco, Sainsbury's and Asda together, to 4 sources")
    force = entities(("Devon", "GPE", 1), ("Cornwall Police", "ORG", 1))
    one = (1, "reported", "said", "Devon and Cornwall Police", "Devon and Cornwall Police", "roads were closed")
    assert summary.speakers_sentence(quotes(one), force).startswith("It attributes 1 statement to 1 source")
