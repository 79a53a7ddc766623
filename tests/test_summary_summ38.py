"""Sentences about who is heard that hold on news from elsewhere: a body written right after a quoted person's name
("Sgt Tom Ellery of Devon and Cornwall Police said") is where they work, or heard through a police rank; a platform
named after the post on it ("said in a post on Telegram") carried the words; a name is written with the "the" the
article gives it, also through another form of it or an adjective; a name named only in one way that may be plural
takes no verb that agrees with it; a headline's bare description is written as the body writes it."""

from __future__ import annotations

from test_summary_r21 import entities, paragraphs, quotes  # tables built as those tests build them

from newsframe import speakers, summary


def test_a_body_right_after_a_quoted_name_without_a_comma_is_where_they_work():
    names = entities(("Ann Lee", "PERSON", 1, 1), ("University of Exeter", "ORG", 1, 1))
    text = paragraphs("Headline", "Dr Ann Lee from the University of Exeter said drivers must change.")
    said = quotes((1, "reported", "Ann Lee", "Dr Ann Lee from the University of Exeter"))
    assert speakers.affiliations(names, said, text) == {"University of Exeter"}
    sentence = summary.unheard_sentence(said, names, text)
    assert sentence.startswith("The University of Exeter is named only as where someone quoted works"), sentence
    # a body the sentence names for something else stays a party of the story
    other = paragraphs("Headline", "Dr Ann Lee said the University of Exeter had failed drivers.")
    assert speakers.affiliations(names, said, other) == set()


def test_a_police_rank_abbreviated_before_a_name_speaks_for_the_force():
    names = entities(("Tom Ellery", "PERSON", 1, 1), ("Devon and Cornwall Police", "ORG", 1, 1))
    text = paragraphs(
        "Headline", 'Sgt Tom Ellery of Devon and Cornwall Police said the case showed "the terrible cost".'
    )
    said = quotes((1, "partial", "Tom Ellery", "Sgt Tom Ellery of Devon and Cornwall Police"))
    assert speakers.unheard(names, said, text).empty
    # a person with no office of the force, quoted in the same way, does not make it heard
    plain = paragraphs("Headline", 'Tom Ellery said Devon and Cornwall Police had shown "the terrible cost".')
    said = quotes((1, "partial", "Tom Ellery", "Tom Ellery"))
    assert speakers.unheard(names, said, plain)["entity"].tolist() == ["Devon and Cornwall Police"]


def test_a_platform_named_after_the_post_on_it_carried_the_words():
    names = entities(("RSF", "ORG", 1, 1), ("Telegram", "ORG", 1, 1))
    text = paragraphs("Headline", 'The RSF said in a post on Telegram that the army had "fabricated" the account.')
    said = quotes((1, "partial", "RSF", "The RSF"))
    assert speakers.carriers(names, said, text) == {"Telegram"}
    # a platform the post speaks of is no carrier
    about = paragraphs("Headline", "The RSF said in a post that Telegram had removed its account.")
    assert speakers.carriers(names, said, about) == set()


def test_the_article_s_the_is_read_through_another_form_and_an_adjective():
    names = entities(("Rapid Support Forces", "ORG", 2, 1)).assign(aliases="Rapid Support Forces|RSF")
    text = paragraphs(
        "Headline",
        "The army and the paramilitary Rapid Support Forces (RSF) blamed each other.",
        "RSF fighters fired on the convoy, the army said. The RSF said it was not in the area.",
    )
    assert "Rapid Support Forces" in speakers.definite_names(names, text)
    # a noun between "the" and the name takes "the" for itself: "the carmaker Tesla" writes Tesla bare
    firm = entities(("Tesla", "ORG", 2, 1))
    text = paragraphs("Headline", "Shares in the carmaker Tesla fell.", "Tesla said sales would recover.")
    assert "Tesla" not in speakers.definite_names(firm, text)


def test_a_name_named_only_one_way_that_may_be_plural_takes_no_verb():
    one = summary.carried_words(["Liberal Democrats"], {"Liberal Democrats"})
    assert one == "It names the Liberal Democrats only as the outlet or audience someone spoke to", one
    later = summary.affiliation_words(["Acme Foods"], start=False)
    assert later == "it names Acme Foods only as where someone quoted works", later
    # a name that cannot be plural keeps its verb
    assert summary.venue_words(["Nature"]) == "Nature is named only as where the work was published"


def test_a_headline_s_bare_description_is_written_as_the_body_writes_it():
    said = quotes((0, "reported", "misconduct panel", "misconduct panel"), (3, "reported", "The panel", "The panel"))
    table = speakers.speakers_table(said, entities(("Helen Wright", "PERSON", 1, 4)))
    assert table["speaker"].tolist() == ["the panel"], table["speaker"].tolist()


def test_a_short_form_written_bare_says_nothing_of_the_full_name_s_the():
    agency = entities(("Environmental Protection Agency", "ORG", 3, 1)).assign(
        aliases="Environmental Protection Agency|EPA"
    )
    text = paragraphs(
        "Headline",
        "The Environmental Protection Agency issued the rule in March.",
        "EPA said it would appeal. EPA officials declined to comment.",
    )
    assert "Environmental Protection Agency" in speakers.definite_names(agency, text)
    # "news" is no plural: "Sky News" keeps its verb
    assert summary.carried_words(["Sky News"]) == "Sky News is named only as the outlet or audience someone spoke to"


def test_a_name_with_of_is_plural_only_by_its_head():
    assert not summary.may_be_plural("University of Leeds", "organisation")
    assert summary.may_be_plural("Friends of the Earth", "organisation")
