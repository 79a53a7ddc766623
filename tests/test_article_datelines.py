"""A line of the place the story was filed from and its date is the publication date, not a paragraph."""

from __future__ import annotations

from datetime import datetime

import pytest

from newsframe.article import load_article


@pytest.mark.parametrize(
    "line",
    ["New Delhi, October 8, 2026", "NEW DELHI, Oct 8, 2026", "Lagos, 8 October 2026", "Abuja, Nigeria, 8 October 2026"],
)
def test_a_place_and_date_line_dates_the_story_and_is_no_paragraph(write, line):
    article = load_article(write("a.txt", f"Party keeps state\n\n{line}\n\nThe party won 52 seats on Tuesday.\n"))
    assert article.published == datetime(2026, 10, 8)
    assert [p.text for p in article.body] == ["The party won 52 seats on Tuesday."]


def test_a_paragraph_that_opens_with_a_place_and_says_more_is_a_paragraph(write):
    article = load_article(
        write("a.txt", "Party keeps state\n\nOctober 8, 2026\n\nNew Delhi, the capital, voted on 8 October 2026.\n")
    )
    assert [p.text for p in article.body] == ["New Delhi, the capital, voted on 8 October 2026."]
