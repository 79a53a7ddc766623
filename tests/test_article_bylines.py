"""A headline with its byline or the first paragraph on the next line and no blank line between: two blocks."""

from __future__ import annotations

from datetime import datetime

import pytest

from newsframe.article import load_article


@pytest.mark.parametrize("date_line", ["\nSeptember 14, 2026", "\n\nSeptember 14, 2026"])
def test_a_byline_right_under_the_headline_leaves_the_headline_whole(write, date_line):
    text = f"Farmers count the cost of a dry summer\nBy Claire Tremblay{date_line}\n\nCanola yields fell by a fifth.\n"
    article = load_article(write("a.txt", text))
    assert article.title == "Farmers count the cost of a dry summer"
    assert "Tremblay" in (article.byline or "")
    assert article.published == datetime(2026, 9, 14)
    assert [p.text for p in article.body] == ["Canola yields fell by a fifth."]


def test_a_first_sentence_over_a_line_opening_with_by_stays_one_paragraph(write):
    text = "September 14, 2026\n\nThe harvest ended early.\nBy Friday most fields were bare.\n\nPrices rose.\n"
    article = load_article(write("a.txt", text))
    assert article.body[0].text.startswith("The harvest ended early.")
    assert "By Friday" in article.body[0].text


def test_a_dateline_paragraph_right_under_the_headline_is_the_first_paragraph(write):
    text = (
        "Coast guard says vessel fired water cannon near shoal\n"
        "MANILA, Nov 30 (AP) — A ship fired a water cannon at a fisheries vessel on Sunday, the coast guard said.\n\n"
        "Two crew members were hurt.\n"
    )
    article = load_article(write("a.txt", text), "2026-11-30")
    assert article.title == "Coast guard says vessel fired water cannon near shoal"
    assert [p.text[:10] for p in article.body] == ["MANILA, No", "Two crew m"]
