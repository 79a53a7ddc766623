"""Reading the page (newsframe.article): a page whose headline is its label and its day ("News in brief: Tuesday
21 May 2024") is dated by it when nothing else dates it; a headline that only names a date to come is not."""

from __future__ import annotations

from datetime import datetime

import pytest

from newsframe.article import parse_article


@pytest.mark.parametrize(
    "headline, published",
    [
        ("News in brief: Tuesday 21 May 2024", datetime(2024, 5, 21)),
        ("Letters – 3 March 2025", datetime(2025, 3, 3)),
        ("Morning briefing: March 4, 2025", datetime(2025, 3, 4)),
        ("Election set for 4 July 2024", None),  # a day to come, not the page's
        ("Fire at Leeds recycling plant", None),
    ],
)
def test_a_headline_of_a_label_and_a_day_dates_the_page(headline, published):
    article = parse_article(f"{headline}\n\nFirefighters spent six hours tackling a blaze in Leeds on Monday night.\n")
    assert article.published == published


def test_a_date_line_outranks_the_headlines_day():
    article = parse_article("date 2024-05-22 News in brief: Tuesday 21 May 2024\n\nA fire broke out on Monday night.\n")
    assert article.published == datetime(2024, 5, 22)
