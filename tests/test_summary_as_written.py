"""Names in the sentences about who is heard are written as the article writes them: "the BBC" where the story
writes "the BBC", "LBC" where it writes "LBC"; and the columnist's own first-person views are the writer's, not a
source the article quotes."""

from __future__ import annotations

from test_summary_r20 import entities, paragraphs, quotes  # tables built as those tests build them

from newsframe import summary


def test_a_medium_spoken_to_is_written_with_the_as_the_article_writes_it():
    text = paragraphs(
        "Ferry firm cuts winter sailings",
        "Islay Ferries will run two sailings a day from November, the firm said.",
        "Skipper Rob Kerr told the BBC that crews were worried.",
        "Kerr later told Radio Clyde the cuts were “short-sighted”.",
    )
    said = quotes(
        (1, "reported", "Islay Ferries", "the firm", "Islay Ferries will run two sailings a day"),
        (2, "reported", "Rob Kerr", "Skipper Rob Kerr", "that crews were worried"),
        (3, "partial", "Rob Kerr", "Kerr", "the cuts were “short-sighted”"),
    )
    names = entities(
        ("Islay Ferries", "ORG", 1, 1), ("Rob Kerr", "PERSON", 2, 2), ("BBC", "ORG", 1, 2), ("Radio Clyde", "ORG", 1, 3)
    )
    sentence = summary.unheard_sentence(said, names, text)
    assert sentence.startswith("The BBC and Radio Clyde are named only as outlets or audiences someone spoke to;")
    # the one medium, written bare by the article, stays bare; written with "the", it takes "The" at the start
    alone = names[names["entity"] != "Radio Clyde"]
    assert summary.unheard_sentence(said.head(2), alone, text.head(3)).startswith("The BBC is named only as the outlet")
    bare = text.assign(text=text["text"].str.replace("told the BBC", "told BBC", regex=False))
    assert summary.unheard_sentence(said.head(2), alone, bare.head(3)).startswith("BBC is named only as the outlet")


def test_the_writers_first_person_views_are_counted_apart_from_the_sources():
    said = quotes(
        (1, "direct", "Ben Fraser", "he", "“We started competing on time.”"),
        (1, "reported", "Ben Fraser", "Ben Fraser", "the council had filled its vacancies"),
        (2, "reported", "Jo Hale", "Jo Hale", "many sectors cannot run on four days"),
        (3, "reported", "I", "I", "the real objection is cultural"),
    )
    names = entities(("Ben Fraser", "PERSON", 2, 1), ("Jo Hale", "PERSON", 1, 2))
    sentence = summary.speakers_sentence(said, names, writer="Ann Lee")
    assert sentence.startswith(
        "It attributes 3 statements to 2 sources (1 more statement by the writer, Ann Lee, in the first person):"
    ), sentence
    assert "Jo Hale once" in sentence and "3 others" not in sentence
    # without a byline the writer is not named
    assert "(1 more statement by the writer in the first person)" in summary.speakers_sentence(said, names)
    # the writer alone: no one is quoted
    alone = summary.speakers_sentence(said.tail(1), names, writer="Ann Lee")
    assert alone == "It quotes no one: its one statement is the writer's own (Ann Lee), in the first person."


def test_only_a_byline_with_one_name_after_by_names_the_writer():
    assert summary.writer_name("By Ann Lee, Health Correspondent") == "Ann Lee"
    assert summary.writer_name("By ANN LEE | Reuters") == "Ann Lee"
    assert summary.writer_name("By Ann Lee and Tom Hill") is None  # which of the two writes "I" is not said
    assert summary.writer_name("Staff Reporter") is None
    assert summary.writer_name(None) is None


def test_a_letters_page_of_several_writers_names_no_one_writer():
    said = quotes((1, "reported", "I", "I", "the hills should be free"), (2, "reported", "I", "I", "the library"))
    names = entities(("Ann Lee", "PERSON", 1, 1))
    several = summary.several_writers("Ann Lee, Leeds; Tom Hill, York")
    assert several and not summary.several_writers("By Ann Lee")
    sentence = summary.speakers_sentence(said, names, several=several)
    assert sentence == "It quotes no one: its 2 statements are its writers' own, in the first person.", sentence
