"""Who is heard, as a reader takes the article's own words: "the hospice said" is the hospice the article names,
when it calls that organisation a hospice (by its lead and the name that follows, or a noun set beside the name);
a journal that only published a study is no source kept silent, and is not said to be a medium someone spoke to."""

from __future__ import annotations

import pandas as pd
from test_summary_r21 import entities, paragraphs, quotes, silent  # tables built as those tests build them

from newsframe import speakers, summary

LODGE = entities(("Fenwick Lodge", "ORG", 1, 2), ("Tarrant Haulage", "ORG", 1, 3))
APPEAL = paragraphs(
    "Appeal passes its first target",
    "A hospice in Ashfield has raised £90,000 in six weeks for a new day room.",
    "Fenwick Lodge began its appeal in October. Gifts have come from 2,000 people, the hospice said.",
    "The biggest gift came from Tarrant Haulage.",
)


def test_the_hospice_of_the_lead_is_the_organisation_the_next_paragraph_names():
    said = quotes((2, "reported", "the hospice", "the hospice"))
    assert silent(LODGE, said, APPEAL) == ["Tarrant Haulage"]
    sentence = summary.unheard_sentence(said, LODGE, APPEAL)
    assert "Fenwick Lodge" not in sentence, sentence


def test_a_lead_followed_by_no_name_links_nothing():
    texts = paragraphs(
        "Appeal passes its first target",
        "A hospice in Ashfield has raised £90,000 in six weeks for a new day room.",
        "Gifts have come from 2,000 people, the hospice said. Fenwick Lodge is one of three in the county.",
        "The biggest gift came from Tarrant Haulage.",
    )
    said = quotes((2, "reported", "the hospice", "the hospice"))
    assert silent(LODGE, said, texts) == ["Fenwick Lodge", "Tarrant Haulage"]


def test_a_noun_beside_the_name_tells_what_the_organisation_is():
    names = entities(("Tarrant Haulage", "ORG", 1, 1), ("Ashfield Rovers", "ORG", 1, 2))
    for opening in (
        "The gift came from a local haulage firm, Tarrant Haulage, on Friday.",
        "The gift came from Tarrant Haulage, a family firm in Ashfield, on Friday.",
        "The gift came from the haulage firm Tarrant Haulage on Friday.",
    ):
        texts = paragraphs("Gift for hospice", opening, "Ashfield Rovers gave a signed shirt.")
        said = quotes((1, "reported", "The firm", "The firm"))
        assert silent(names, said, texts) == ["Ashfield Rovers"], opening


def test_a_noun_two_organisations_share_hears_neither():
    names = entities(("Tarrant Haulage", "ORG", 1, 1), ("Moor Freight", "ORG", 1, 1))
    texts = paragraphs(
        "Gift for hospice",
        "Gifts came from a haulage firm, Tarrant Haulage, and from Moor Freight, a removals firm in Ashfield.",
    )
    said = quotes((1, "reported", "the firm", "the firm"))
    assert silent(names, said, texts) == ["Tarrant Haulage", "Moor Freight"]


def test_the_firm_s_officer_speaks_for_the_firm_the_article_describes():
    names = entities(("Tarrant Haulage", "ORG", 1, 1), ("Naomi Reeve", "PERSON", 1, 2))
    texts = paragraphs(
        "Gift for hospice",
        "The gift came from a local haulage firm, Tarrant Haulage.",
        "The firm's founder, Naomi Reeve, said the hospice had cared for her son.",
    )
    said = quotes((2, "reported", "Naomi Reeve", "The firm's founder, Naomi Reeve"))
    assert silent(names, said, texts) == []


STUDY = entities(("Helen Marsh", "PERSON", 2, 1), ("Nature", "ORG", 1, 3), ("University of Ashfield", "ORG", 1, 1))


def test_a_journal_that_published_the_study_is_no_silent_source():
    texts = paragraphs(
        "Oldest jawed fish found",
        "Helen Marsh, of the University of Ashfield, said the fish was the oldest of its kind.",
        "Marsh said the skull had kept its shape.",
        "The study, published in the journal Nature, was carried out with colleagues in Oslo.",
    )
    said = quotes((1, "reported", "Helen Marsh", "Helen Marsh"), (2, "reported", "Helen Marsh", "Marsh"))
    assert "Nature" not in silent(STUDY, said, texts)
    sentence = summary.unheard_sentence(said, STUDY, texts)
    # the university, named only with the scholar quoted, only says who she is (`speakers.affiliations`)
    assert sentence.startswith(
        "Nature is named only as where the work was published; the University of Ashfield is named only as where"
    ), sentence
    assert "spoke to" not in sentence, sentence


def test_a_journal_named_as_an_actor_too_stays_in_the_list():
    texts = paragraphs(
        "Oldest jawed fish found",
        "Helen Marsh, of the University of Ashfield, said the fish was the oldest of its kind.",
        "Marsh said the skull had kept its shape, in findings published in Nature.",
        "Nature declined to say why the paper had been delayed.",
    )
    names = STUDY.assign(mentions=[2, 2, 1])
    said = quotes((1, "reported", "Helen Marsh", "Helen Marsh"), (2, "reported", "Helen Marsh", "Marsh"))
    assert "Nature" in silent(names, said, texts)


def test_a_report_published_by_a_body_is_the_body_s_own():
    names = entities(("Ashfield Foundation", "ORG", 1, 1), ("Helen Marsh", "PERSON", 1, 2))
    texts = paragraphs(
        "Rents outpace pay",
        "Rents rose twice as fast as pay, according to a report published by the Ashfield Foundation.",
        "Helen Marsh, a tenant, said she had moved twice.",
    )
    said = quotes((2, "reported", "Helen Marsh", "Helen Marsh"))
    assert silent(names, said, texts) == ["Ashfield Foundation"]


WINNER = entities(("Derek Simmonds", "PERSON", 2, 1), ("Maureen", "PERSON", 2, 1), ("Simmonds", "PERSON", 1, 3))
WIN = paragraphs(
    "Lottery win",
    "Derek Simmonds found the ticket when his wife, Maureen, sent the coat to be cleaned.",
    "Maureen went through the pockets first.",
    "Mrs Simmonds said she would still do the shopping.",
)


def test_a_title_of_the_other_sex_is_not_the_one_bearer_of_the_surname():
    for given in ("Simmonds", "Derek Simmonds"):  # the quotes' bare surname, or their guess at the one bearer
        said = quotes((1, "reported", "Derek Simmonds", "Derek Simmonds"), (3, "reported", given, "Mrs Simmonds"))
        table = speakers.speakers_table(said, WINNER)
        assert dict(zip(table["speaker"], table["statements"])) == {"Derek Simmonds": 1, "Mrs Simmonds": 1}, given


def test_a_pronoun_of_her_sex_goes_on_with_her():
    said = quotes(
        (3, "reported", "Simmonds", "Mrs Simmonds"),
        (3, "direct", "Simmonds", "she"),
        (4, "direct", "Derek Simmonds", "he"),
    )
    table = speakers.speakers_table(said, WINNER)
    assert dict(zip(table["speaker"], table["statements"])) == {"Mrs Simmonds": 2, "Derek Simmonds": 1}


def test_the_wife_named_by_her_given_name_is_mrs_simmonds_heard():
    said = quotes((1, "reported", "Derek Simmonds", "Derek Simmonds"), (3, "reported", "Simmonds", "Mrs Simmonds"))
    assert silent(WINNER, said, WIN) == []


def test_a_title_of_the_bearer_s_own_sex_is_the_bearer():
    said = quotes((1, "reported", "Derek Simmonds", "Derek Simmonds"), (3, "reported", "Simmonds", "Mr Simmonds"))
    table = speakers.speakers_table(said, WINNER)
    assert "Mrs Simmonds" not in set(table["speaker"])
    assert "Maureen" in silent(WINNER, said, WIN)


def test_two_women_of_the_family_named_by_given_name_leave_mrs_simmonds_unknown():
    names = pd.concat([WINNER, entities(("Lily", "PERSON", 1, 1))], ignore_index=True)
    texts = paragraphs(
        "Lottery win",
        "Derek Simmonds found the ticket when his wife, Maureen, and his daughter, Lily, cleared the coats.",
        "Mrs Simmonds said she would still do the shopping.",
    )
    said = quotes((1, "reported", "Derek Simmonds", "Derek Simmonds"), (2, "reported", "Simmonds", "Mrs Simmonds"))
    assert silent(names, said, texts) == ["Maureen", "Lily"]


def test_the_couple_and_the_pair_are_one_source():
    names = entities(("Tamsin Vale", "PERSON", 2, 1), ("Jonah Reyes", "PERSON", 2, 1))
    said = quotes(
        (1, "reported", "the couple", "the couple"),
        (2, "partial", "the pair", "the pair"),
        (3, "partial", "Jonah Reyes", "A representative for Reyes"),
    )
    table = speakers.speakers_table(said, names)
    assert dict(zip(table["speaker"], table["statements"])) == {"the couple": 2, "Jonah Reyes": 1}
    assert "2 sources" in summary.speakers_sentence(said, names)


def test_the_couple_and_another_group_stay_two_sources():
    names = entities(
        ("Tamsin Vale", "PERSON", 2, 1),
    )
    said = quotes((1, "reported", "the couple", "the couple"), (2, "reported", "the neighbours", "the neighbours"))
    table = speakers.speakers_table(said, names)
    assert len(table) == 2


def test_a_lead_about_a_person_makes_no_organisation_that_person():
    names = entities(("Kent Police", "ORG", 2, 2))
    texts = paragraphs(
        "Man charged after crash",
        "A man from Ashford has been charged after a crash on the A20.",
        "Kent Police said the road had been closed for six hours.",
        "The man said he would plead not guilty.",
    )
    said = quotes((3, "reported", "The man", "The man"))
    assert silent(names, said, texts) == ["Kent Police"]


def test_a_journal_the_article_writes_with_the_is_so_written():
    names = entities(("Helen Marsh", "PERSON", 1, 1), ("European Heart Journal", "ORG", 1, 2))
    texts = paragraphs(
        "Walking and the heart",
        "Helen Marsh said walking helped.",
        "The findings, published in the European Heart Journal, held for smokers too.",
    )
    said = quotes((1, "reported", "Helen Marsh", "Helen Marsh"))
    sentence = summary.unheard_sentence(said, names, texts)
    assert sentence.startswith("The European Heart Journal is named only as where the work was published"), sentence


def test_a_broadcaster_named_only_for_a_drama_is_no_silent_source():
    names = entities(("Tamsin Vale", "PERSON", 2, 1), ("BBC", "ORG", 1, 2))
    texts = paragraphs(
        "Singer and actor to divorce",
        "Tamsin Vale said the decision was amicable.",
        "Her husband is filming the second series of the BBC drama Harbour Lights in Belfast.",
    )
    said = quotes((1, "reported", "Tamsin Vale", "Tamsin Vale"))
    assert silent(names, said, texts) == []
    sentence = summary.unheard_sentence(said, names, texts)
    assert sentence.startswith("BBC is named only for a programme it makes or shows; it quotes"), sentence


def test_a_broadcaster_the_story_is_about_stays_in_the_list():
    names = entities(("Tamsin Vale", "PERSON", 2, 1), ("BBC", "ORG", 2, 2))
    texts = paragraphs(
        "Singer and actor to divorce",
        "Tamsin Vale said the decision was amicable.",
        "The BBC drama Harbour Lights is filmed in Belfast. The BBC has not renewed it.",
    )
    said = quotes((1, "reported", "Tamsin Vale", "Tamsin Vale"))
    assert silent(names, said, texts) == ["BBC"]
