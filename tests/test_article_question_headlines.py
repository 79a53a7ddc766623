"""A headline that asks a question, over the writer's byline: still the headline."""

from __future__ import annotations

from newsframe.article import load_article


def test_a_question_over_a_by_line_is_the_headline(write):
    text = (
        "Can the Harbour Players fill the Lyceum again?\n\nBy Jo Smith\nPublished 3 March 2026\n\n"
        "The company opens its spring season on Friday.\n\nTickets are on sale now.\n"
    )
    article = load_article(write("a.txt", text))
    assert article.title == "Can the Harbour Players fill the Lyceum again?"
    assert "Jo Smith" in (article.byline or "")
    assert article.body[0].text == "The company opens its spring season on Friday."


def test_a_question_over_a_by_line_alone_is_the_headline(write):
    text = "Is the four-day week here to stay?\n\nBy Jo Smith\n\nMore firms are trying it.\n\nStaff like it.\n"
    article = load_article(write("a.txt", text))
    assert article.title == "Is the four-day week here to stay?"
    assert [p.text for p in article.body] == ["More firms are trying it.", "Staff like it."]


def test_a_question_over_a_sentence_opening_with_by_is_no_headline(write):
    text = "Who pays for the bridge?\n\nBy Friday the council must decide.\n\nThe vote is close.\n"
    article = load_article(write("a.txt", text))
    assert article.body[0].text == "Who pays for the bridge?"
