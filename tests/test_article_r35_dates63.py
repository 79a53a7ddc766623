"""Article loading of round 35 (dates63): a dateline alone on its line above a wire story, with its day after the
dash ("WASHINGTON (AP) — December 19, 2026") or before the credit ("LONDON, March 3 (Reuters) -"), dates the story
and opens its first paragraph. Every text here was written for these tests."""

from __future__ import annotations

from datetime import datetime

from newsframe.article import dateline_credits, load_article


def test_a_dateline_line_with_the_day_after_its_dash_dates_the_story(write):
    text = (
        "Senate passes stopgap bill\nWASHINGTON (AP) — December 19, 2026\n\n"
        "The Senate passed a stopgap spending bill on Friday, hours before a midnight deadline.\n\n"
        "The House approved the measure on Thursday.\n"
    )
    article = load_article(write("wire.txt", text))
    assert article.title == "Senate passes stopgap bill"
    assert article.published == datetime(2026, 12, 19)
    body = [p.text for p in article.body]
    assert body[0].startswith("WASHINGTON (AP) — The Senate passed")  # the dateline, no paragraph of its own
    assert len(body) == 2
    assert [body[0][a:b] for a, b in dateline_credits(body[0])] == ["AP"]  # the credit stays a dateline's


def test_a_dateline_line_without_a_year_opens_the_story_and_dates_nothing(write):
    text = (
        "Bank holds rates as inflation eases\nLONDON, March 3 (Reuters) -\n\n"
        "The Bank of England held interest rates on Tuesday, saying inflation had eased.\n"
    )
    article = load_article(write("wire.txt", text))
    assert article.title == "Bank holds rates as inflation eases"
    assert article.published is None  # a guessed year would misdate every weekday
    assert [p.text for p in article.body] == [
        "LONDON, March 3 (Reuters) - The Bank of England held interest rates on Tuesday, saying inflation had eased."
    ]


def test_a_dateline_line_over_a_byline_opens_the_story_below_it(write):
    text = (
        "Senate passes stopgap bill\n\nWASHINGTON (AP) — December 19, 2026\n\nBy Ann Lee\n\n"
        "The Senate passed a stopgap spending bill on Friday, hours before a midnight deadline.\n"
    )
    article = load_article(write("wire.txt", text))
    assert article.published == datetime(2026, 12, 19)
    assert article.byline == "By Ann Lee" or article.byline == "Ann Lee"
    assert [p.text[:22] for p in article.body] == ["WASHINGTON (AP) — The "]
