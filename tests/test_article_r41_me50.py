"""Reading an article (newsframe.article): a byline that names where the story was filed ("By Laura Kelly in
Paris") is the byline, no paragraph of the story."""

from __future__ import annotations

import pytest

from newsframe.article import load_article


@pytest.mark.parametrize(
    "byline", ["By Laura Kelly in Paris", "By Laura Kelly in Hong Kong", "By Tom Hill at Westminster"]
)
def test_a_byline_with_the_place_it_was_filed_from_is_no_paragraph(write, byline):
    text = (
        "French government falls after no-confidence vote\n\n"
        f"{byline}\n\n4 December 2024\n\n"
        "France's government has collapsed after MPs voted to oust Prime Minister Michel Barnier.\n"
    )
    article = load_article(write("byline.txt", text))
    assert article.byline == byline
    assert [p.text for p in article.body] == [
        "France's government has collapsed after MPs voted to oust Prime Minister Michel Barnier."
    ]


def test_a_sentence_opening_with_by_and_a_place_stays_a_paragraph(write):
    text = (
        "Storm hits coast\n\n14 March 2024\n\n"
        "By Tuesday in Cornwall the rivers had burst their banks.\n\n"
        "More rain is forecast.\n"
    )
    article = load_article(write("by.txt", text))
    assert article.byline is None
    assert len(article.body) == 2
