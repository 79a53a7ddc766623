"""summ52 (r30): notebook answers and summary sentences true on news nobody here wrote (PMQs, a strike, a poll …)."""

import pandas as pd

from newsframe import findings, speakers


def paragraphs(*texts):
    return pd.DataFrame({"paragraph": range(1, len(texts) + 1), "text": list(texts)})


def entities(*rows):
    return pd.DataFrame(
        [
            {"entity": e, "entity_type": t, "mentions": m, "paragraphs": m, "first_paragraph": i + 1, "aliases": a}
            for i, (e, t, m, a) in enumerate(rows)
        ]
    )


# The party is written as an adjective twice ("Conservative leader", "A Conservative source") and once as the plural
# noun after "the" ("the Conservatives"): "the" belongs to the plural noun, never to the adjective.
COMMONS = paragraphs(
    "The new Conservative leader opened by congratulating the prime minister on his victory.",
    "Sir Keir replied that the Conservatives had left a black hole in the public finances.",
    "A Conservative source said Mrs Badenoch had landed blows.",
    "Russian officials said the Russians would answer; the Kremlin said nothing.",
)
COMMONS_NAMES = entities(
    ("Keir Starmer", "PERSON", 5, "Keir Starmer|Keir"),
    ("Conservative", "NORP", 3, "Conservative|Conservatives"),
    ("Russian", "NORP", 2, "Russian|Russians"),
    ("Kremlin", "ORG", 1, "Kremlin"),
)


def test_the_before_a_plural_noun_is_not_the_adjectives():
    definite = speakers.definite_names(COMMONS_NAMES, COMMONS)
    assert "Conservative" not in definite and "Russian" not in definite
    assert "Kremlin" in definite
    answer = findings.most_named(COMMONS_NAMES, COMMONS).replace("\\", "")
    assert "the Conservative " not in answer and "the Conservative (" not in answer
    assert "Conservative" not in answer  # a party's adjective is no person, place or organisation to rank


# "in the Commons afterwards": a word of when after the name ends its phrase, so "the" is the name's.
CHAMBER = paragraphs(
    "Opening the debate in the Commons afterwards, the prime minister told MPs the programme was ambitious.",
    "Ministers said the bill would pass.",
)
CHAMBER_NAMES = entities(("Commons", "ORG", 1, "Commons"), ("Keir Starmer", "PERSON", 2, "Keir Starmer"))


def test_the_before_a_name_then_afterwards_is_the_names():
    assert "Commons" in speakers.definite_names(CHAMBER_NAMES, CHAMBER)


def said(*rows):
    return pd.DataFrame(
        [
            {
                "paragraph": p,
                "speaker_paragraph": p,
                "start_char": 0,
                "kind": "reported",
                "speaker": who,
                "speaker_text": who,
                "text": text,
                "cue": "said",
                "tone": "neutral",
                "words": len(text.split()),
            }
            for p, who, text in rows
        ]
    )


# A scoop: "three people familiar with the matter" told the agency; "two of the sources", "one of the sources",
# "The source" and the headline's "sources" are those people again, one source to a reader, not five.
SCOOP_NAMES = entities(("Halvard Energy", "ORG", 3, "Halvard Energy"), ("Ines Moura", "PERSON", 1, "Ines Moura"))
SCOOP_SAID = said(
    (0, "sources", "Halvard weighs sale of refinery"),
    (1, "three people familiar with the matter", "Halvard is exploring a sale of its refinery"),
    (2, "two of the sources", "the refinery could be valued at $1 billion"),
    (3, "Ines Moura", "we are disciplined about capital"),
    (4, "one of the sources", "bidders include a trading house"),
    (5, "The source", "a deal was unlikely before the summer"),
)


def test_words_for_some_of_one_group_of_insiders_are_that_group():
    table = speakers.speakers_table(SCOOP_SAID, SCOOP_NAMES)
    assert table["speaker"].tolist() == ["three people familiar with the matter", "Ines Moura"]
    assert table["statements"].tolist() == [5, 1]


def test_two_groups_of_insiders_leave_the_words_as_written():
    rows = pd.concat([SCOOP_SAID, said((6, "people close to the buyer", "the buyer is keen"))], ignore_index=True)
    table = speakers.speakers_table(rows, SCOOP_NAMES)
    assert "two of the sources" in table["speaker"].tolist()
