"""Two people with one surname, as a reader would count them: a later bare "Hartley said" is one of them only when
the article tells which (who is named by then, a full name earlier in the paragraph, the sex a title or a pronoun
tells), and otherwise no source of its own; "His younger brother" or "her husband" is the article's one other
bearer of the surname; "the Pryces" is the family, heard through its members."""

from __future__ import annotations

import pandas as pd
from test_summary_r21 import entities, paragraphs, quotes  # tables built as those tests build them

from newsframe import findings, speakers, summary

BROTHERS = entities(("Tom Hartley", "PERSON", 3, 2), ("James Hartley", "PERSON", 2, 2))


def test_a_bare_surname_two_brothers_bear_is_neither_of_them():
    said = quotes(
        (3, "direct", "Tom Hartley", "Tom Hartley"),
        (4, "direct", "James Hartley", "James Hartley"),
        (5, "reported", "Hartley", "Hartley"),
        (5, "direct", "James Hartley", "he"),  # the quotes' own guess between two men
    )
    table = speakers.speakers_table(said, BROTHERS)
    counts = dict(zip(table["speaker"], table["statements"]))
    assert counts == {"Tom Hartley": 1, "James Hartley": 1, "Hartley": 2}, counts
    sentence = summary.speakers_sentence(said, BROTHERS)
    assert "to 2 sources" in sentence, sentence
    assert "2 more statements by “Hartley”, who may be Tom Hartley or James Hartley" in sentence, sentence


def test_a_pronoun_or_title_of_one_sex_tells_a_couple_apart():
    couple = entities(("Margaret Pryce", "PERSON", 2, 2), ("Geoffrey Pryce", "PERSON", 1, 2))
    said = quotes(
        (3, "reported", "Margaret Pryce", "Mrs Pryce"),
        (4, "reported", "Pryce", "Pryce"),
        (4, "direct", "Pryce", "he"),
    )
    table = speakers.speakers_table(said, couple)
    counts = dict(zip(table["speaker"], table["statements"]))
    assert counts == {"Geoffrey Pryce": 2, "Margaret Pryce": 1}, counts
    assert speakers.unheard(couple, said)["entity"].tolist() == []


def test_a_bare_surname_before_the_second_bearer_is_named_is_the_first():
    names = entities(("Daniel Hughes", "PERSON", 2, 3), ("Sarah Hughes", "PERSON", 1, 4))
    said = quotes(
        (3, "reported", "Daniel Hughes", "A witness, Daniel Hughes"),
        (3, "direct", "Daniel Hughes", "Hughes"),
        (4, "direct", "Sarah Hughes", "The local MP, Sarah Hughes"),
        (5, "reported", "Daniel Hughes", "Hughes"),  # after both are named, and nothing tells which
    )
    table = speakers.speakers_table(said, names)
    counts = dict(zip(table["speaker"], table["statements"]))
    assert counts == {"Daniel Hughes": 2, "Sarah Hughes": 1, "Hughes": 1}, counts
    # the unnamed statement may be Sarah Hughes's or Daniel Hughes's: no one else is hedged "by name"
    others = pd.concat([names, entities(("Royal Derby Hospital", "ORG", 1, 2))], ignore_index=True)
    sentence = summary.unheard_sentence(said, others)
    assert "by name" not in sentence and "Royal Derby Hospital" in sentence, sentence


def test_the_same_paragraphs_full_name_tells_which():
    family = entities(("Richard Ames", "PERSON", 2, 2), ("Claire Ames", "PERSON", 1, 1))
    said = quotes(
        (2, "reported", "Richard Ames", "Councillor Richard Ames, the leader of the council"),
        (2, "direct", "Ames", "Ames"),
    )
    table = speakers.speakers_table(said, family)
    assert table["speaker"].tolist() == ["Richard Ames"], table


def test_a_relative_is_the_articles_one_other_bearer_of_the_surname():
    said = quotes(
        (3, "direct", "Tom Hartley", "Tom Hartley"),
        (4, "reported", "His younger brother", "His younger brother"),
        (4, "direct", "His younger brother", "he"),
    )
    table = speakers.speakers_table(said, BROTHERS)
    assert dict(zip(table["speaker"], table["statements"])) == {"James Hartley": 2, "Tom Hartley": 1}, table
    assert speakers.unheard(BROTHERS, said)["entity"].tolist() == []


def test_a_relative_whose_sex_rules_out_the_other_bearer_stays_a_relative():
    # Tom's wife is not his brother James
    said = quotes((3, "direct", "Tom Hartley", "Tom Hartley"), (4, "reported", "His wife", "His wife"))
    table = speakers.speakers_table(said, BROTHERS)
    assert "His wife" in table["speaker"].tolist() or "his wife" in table["speaker"].tolist(), table


def test_a_surname_only_one_person_bears_is_left_to_the_quotes():
    names = entities(("Helen Marsh", "PERSON", 2, 3))
    said = quotes((3, "reported", "Helen Marsh", "Dr Helen Marsh"), (5, "reported", "Helen Marsh", "Marsh"))
    table = speakers.speakers_table(said, names)
    assert table["speaker"].tolist() == ["Helen Marsh"], table


def test_a_family_in_the_plural_is_heard_through_its_members():
    names = entities(("Margaret Pryce", "PERSON", 2, 2), ("Pryces", "ORG", 1, 6), ("Ravi Patel", "PERSON", 1, 6))
    said = quotes((3, "direct", "Margaret Pryce", "Margaret Pryce"))
    assert speakers.unheard(names, said)["entity"].tolist() == ["Ravi Patel"]


def test_in_numbers_counts_a_shared_surname_as_no_source():
    said = quotes(
        (3, "direct", "Tom Hartley", "Tom Hartley"),
        (4, "direct", "James Hartley", "James Hartley"),
        (5, "reported", "Hartley", "Hartley"),
    )
    tables = {
        "quotes": said,
        "entities": BROTHERS,
        "timeline": pd.DataFrame(columns=["paragraph", "expression", "date", "date_end"]),
    }
    article = type("Article", (), {"body": ["a b c"], "words": 3, "title": "t"})()
    sentence = findings.in_numbers.__wrapped__(article, tables)
    assert "quotes 2 sources" in sentence and "a surname two people share" in sentence, sentence


HEARING = entities(
    ("Southmere Water", "ORG", 2, 1),
    ("Environment Select Committee", "ORG", 1, 2),
    ("Alison Frame", "PERSON", 1, 3),
)


def test_the_committee_chair_speaks_for_the_one_committee_named():
    said = quotes((3, "direct", "Alison Frame", "The committee chair, Alison Frame"))
    assert "Environment Select Committee" not in speakers.unheard(HEARING, said)["entity"].tolist()


def test_the_committee_chair_speaks_for_neither_of_two_committees():
    two = pd.concat([HEARING, entities(("Treasury Committee", "ORG", 1, 4))], ignore_index=True)
    said = quotes((3, "direct", "Alison Frame", "The committee chair, Alison Frame"))
    quiet = speakers.unheard(two, said)["entity"].tolist()
    assert "Environment Select Committee" in quiet and "Treasury Committee" in quiet, quiet


def test_a_member_of_the_committee_is_no_officer_of_it():
    said = quotes((3, "direct", "Alison Frame", "A member of the committee, Alison Frame"))
    assert "Environment Select Committee" in speakers.unheard(HEARING, said)["entity"].tolist()


GROUP = entities(("Save Kelford Meadows", "ORG", 1, 1), ("Claire Ames", "PERSON", 1, 1))


def test_one_who_spoke_for_a_group_makes_it_heard():
    text = paragraphs(
        "Inquiry hears from residents",
        "Claire Ames, who lives next to the site, spoke for the residents' group Save Kelford Meadows. She said the "
        "fields flooded.",
    )
    said = quotes((1, "reported", "Claire Ames", "She"))
    assert speakers.unheard(GROUP, said, text)["entity"].tolist() == []


def test_speaking_for_an_hour_at_a_meeting_is_no_voice_of_the_group():
    text = paragraphs(
        "Inquiry hears from residents",
        "Claire Ames spoke for an hour at a meeting of Save Kelford Meadows. She said the fields flooded.",
    )
    said = quotes((1, "reported", "Claire Ames", "She"))
    assert speakers.unheard(GROUP, said, text)["entity"].tolist() == ["Save Kelford Meadows"]


def test_words_per_speaker_names_a_shared_surname_as_who_it_may_be():
    said = quotes(
        (3, "direct", "Tom Hartley", "Tom Hartley"),
        (5, "reported", "Hartley", "Hartley"),
    )
    sentence = findings.words_per_speaker.__wrapped__(said, BROTHERS)
    assert "“Hartley” (who may be Tom Hartley or James Hartley)" in sentence, sentence
    said = said.assign(text=["the shop would stay open all week", "the shop would stay open"])
    sentence = findings.words_per_speaker.__wrapped__(said, BROTHERS)
    assert sentence.endswith("then “Hartley” (5; who may be Tom Hartley or James Hartley)."), sentence
