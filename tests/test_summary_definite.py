"""Names as a reporter prints them: an organisation the article itself writes after "the" ("The Harbour Authority
said", "the Lower Chamber") keeps its "the" in the sentences about the article, capitalised at a sentence's start; a
name the article writes bare ("Parliament", "Velcor"), and every person's name, stays bare. A headline, which drops
its articles, and a name inside a person's title ("Harbour Authority chief Mara Lund") are no evidence either way."""

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


def quotes(*rows) -> pd.DataFrame:
    """A quotes table of (paragraph, kind, speaker, speaker_text, text) rows, every statement neutral."""
    table = pd.DataFrame(rows, columns=["paragraph", "kind", "speaker", "speaker_text", "text"])
    return table.assign(tone="neutral", cue="said", speaker_paragraph=table["paragraph"])


TEXT = paragraphs(
    "Lower Chamber backs harbour plan as Velcor objects",
    "The Lower Chamber voted 41-12 on Tuesday to fund the new quay, a plan Parliament first debated in 2019.",
    "Harbour Authority chief Mara Lund said the vote was welcome. The Harbour Authority said work would start in May.",
    "Velcor, the shipping firm, said the plan would raise its fees. Parliament must still approve the budget.",
    "A spokesman for the Lower Chamber declined to comment.",
)
NAMES = entities(
    ("Lower Chamber", "ORG", 3),
    ("Velcor", "ORG", 2),
    ("Parliament", "ORG", 2),
    ("Harbour Authority", "ORG", 2),
    ("Mara Lund", "PERSON", 1),
)


def test_names_the_article_writes_after_the_are_told_apart_from_bare_ones():
    definite = speakers.definite_names(NAMES, TEXT)
    assert definite == {"Lower Chamber", "Harbour Authority"}
    assert speakers.as_written("Lower Chamber", definite, start=True) == "The Lower Chamber"
    assert speakers.as_written("Velcor", definite) == "Velcor"


def test_a_title_or_a_headline_is_no_evidence_of_a_bare_name():
    # only a title and the headline write the Harbour Authority bare; the one use after "the" decides
    text = paragraphs(
        "Harbour Authority backs plan",
        "Harbour Authority chief Mara Lund said the plan was sound.",
        "The Harbour Authority will meet again in May.",
    )
    assert speakers.definite_names(NAMES, text) == {"Harbour Authority"}
    # written bare as often as after "the": bare
    even = paragraphs("Plan backed", "The Velcor board met.", "Velcor said it would appeal.")
    assert speakers.definite_names(NAMES, even) == set()


def test_people_never_take_the():
    text = paragraphs("Lund wins", "The Mara Lund we knew is gone, the Mara Lund of old said.")
    assert speakers.definite_names(NAMES, text) == set()


def test_summary_sentences_write_the_names_as_the_article_does():
    said = summary.speakers_sentence(
        quotes(
            (2, "reported", "Harbour Authority", "The Harbour Authority", "work would start in May"),
            (3, "reported", "Velcor", "Velcor", "the plan would raise its fees"),
        ),
        NAMES,
        speakers.definite_names(NAMES, TEXT),
    )
    assert said.startswith("It attributes 2 statements to 2 sources, each once: ")
    assert "the Harbour Authority (reported)" in said and "the Velcor" not in said
    silent = summary.unheard_sentence(
        quotes((3, "reported", "Velcor", "Velcor", "the plan would raise its fees")), NAMES, TEXT
    )
    # its spokesman declined to comment: said so, with its "the", rather than listed as never quoted
    assert silent.startswith("The Lower Chamber declined to comment; ")
    assert "Parliament (named twice), the Harbour Authority" in silent
    mentions = pd.DataFrame({"entity": ["Lower Chamber"] * 3, "paragraph": [0, 1, 4]})
    opening = summary.entity_sentence("Lower Chamber", "organisation", mentions, {"Lower Chamber"})
    assert opening.startswith("The Lower Chamber (organisation) is named 3 times")


def test_a_source_given_as_the_in_its_attributions_keeps_it_without_the_text():
    found = quotes(
        (1, "reported", "Treasury", "The Treasury", "borrowing would fall"),
        (2, "reported", "Treasury", "the Treasury", "taxes would not rise"),
        (3, "reported", "Velcor", "Velcor", "fees would rise"),
    )
    assert speakers.definite_speakers(found) == {"Treasury"}
    said = findings.who_is_quoted.__wrapped__(found, entities(("Treasury", "ORG", 2), ("Velcor", "ORG", 1)))
    assert said.startswith("It attributes 3 statements to 2 sources: the Treasury twice")


def test_an_answer_that_opens_with_such_a_name_has_its_capital():
    answer = findings.most_named.__wrapped__(NAMES, TEXT)
    assert answer.startswith("The Lower Chamber is named most, 3 times")
    assert "then Velcor (2), Parliament (2)" in answer or "the 4 others" in answer


def test_two_sources_speaking_together_each_keep_the_article_s_the():
    found = quotes((2, "reported", "Harbour Authority and Velcor", "The Harbour Authority and Velcor", "talks began"))
    said = summary.speakers_sentence(found, NAMES, {"Harbour Authority"})
    assert said.startswith("It attributes 1 statement, made by the Harbour Authority and Velcor together, to 2 sources")


def test_the_before_a_noun_the_name_qualifies_is_the_noun_s():
    # "the Ashmere by-election": the name qualifies a noun, whose "the" it is; "the Ashmere seat" likewise
    text = paragraphs("Ashmere vote", "Voters in the Ashmere by-election chose a new member.", "The Ashmere seat fell.")
    names = entities(("Ashmere", "GPE", 2), ("Lower Chamber", "ORG", 1))
    assert speakers.definite_names(names, text) == set()
    text = paragraphs("Vote", "The Lower Chamber, which met on Monday, voted. The Lower Chamber said so.")
    assert speakers.definite_names(names, text) == {"Lower Chamber"}


def test_an_article_before_a_party_and_a_common_noun_is_written_in_lower_case():
    from newsframe.speakers import speaker_name

    assert speaker_name("A Conservative spokesperson") == "a Conservative spokesperson"
    assert speaker_name("An SNP source") == "an SNP source"
    assert speaker_name("The Labour leader") == "the Labour leader"
    assert speaker_name("The Hague") == "The Hague"  # a name
    assert speaker_name("The Bank of England") == "The Bank of England"
    assert speaker_name("Ukrainian officials") == "Ukrainian officials"  # a people's word
