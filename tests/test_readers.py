"""Inputs people have: Markdown, saved web pages, JSON Lines, and text with odd whitespace."""

from datetime import datetime

from newsframe.article import ArticleError, iter_articles, load_article

MARKDOWN = """---
title: Council votes to close library
date: 2023-04-05
---

# Council votes to close library

The **city council** voted on *Tuesday* to close the [Main Street library](https://example.org/lib).

![a photo of the library](lib.jpg)

> "We have no choice," said Mayor Ann Lee.
"""

HTML = """<html><head><title>Storm hits coast | Daily News</title>
<meta property="article:published_time" content="2023-03-01T08:30:00Z"></head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | Sport</nav>
<article><h1>Storm hits coast</h1>
<p>A storm hit the coast on Tuesday, the mayor said. Thousands of homes lost power and roads were closed.</p>
<p>Emergency crews worked through the night to restore electricity, officials said on Wednesday morning.</p>
</article><footer>Copyright 2023 Daily News. All rights reserved. Subscribe to our newsletter.</footer></body></html>
"""


def test_markdown_keeps_the_words_and_drops_the_markup(write):
    article = load_article(write("council.md", MARKDOWN))
    assert article.title == "Council votes to close library"
    assert article.published == datetime(2023, 4, 5)
    assert [p.text for p in article.body] == [
        "The city council voted on Tuesday to close the Main Street library.",
        '"We have no choice," said Mayor Ann Lee.',
    ]


def test_saved_web_page_drops_navigation_and_footer(write):
    article = load_article(write("storm.html", HTML))
    texts = [p.text for p in article.body]
    assert article.title.startswith("Storm hits coast")
    assert texts[0].startswith("A storm hit the coast on Tuesday") and len(texts) == 2
    assert not any("Copyright" in t or "Home" in t for t in texts)
    assert article.published == datetime(2023, 3, 1, 8, 30) and article.time_known  # the page's own clock time
    dated_only = load_article(write("storm2.html", HTML.replace("2023-03-01T08:30:00Z", "2023-03-01")))
    assert dated_only.published == datetime(2023, 3, 1) and not dated_only.time_known


def test_json_lines_one_article_per_line_errors_as_values(write):
    path = write(
        "batch.jsonl",
        '{"id": "x1", "date": "2023-01-02", "title": "One", "text": "The mayor spoke on Monday.\\n\\nShe left."}\n'
        '{"id": "x2", "published": "2023-01-03T10:00:00Z", "text": "A fire broke out yesterday."}\n'
        "not json\n"
        '{"id": "x3", "text": ""}\n'
        '["a list"]\n',
    )
    items = list(iter_articles(path))
    articles = [i for i in items if not isinstance(i, ArticleError)]
    errors = [str(i) for i in items if isinstance(i, ArticleError)]
    assert [a.id for a in articles] == ["x1", "x2"]
    assert articles[0].title == "One" and len(articles[0].body) == 2
    assert articles[1].published == datetime(2023, 1, 3, 10, 0) and articles[1].time_known
    assert errors == [
        f"{path}:3: not valid JSON (Expecting value)",
        f"{path}:4: record has no text",
        f"{path}:5: a JSON Lines record must be an object",
    ]


def test_odd_whitespace_is_read_as_plain_spaces(write):
    text = "date 2020-02-02 Head\u00a0line\n\n\tThe\u00a0mayor spoke\u200b on Monday.\r\n\r\nSecond\tparagraph."
    article = load_article(write("odd.txt", text))
    assert article.title == "Head line"
    assert [p.text for p in article.body] == ["The mayor spoke on Monday.", "Second paragraph."]


def test_a_json_lines_file_given_as_one_article_says_what_to_use(write):
    import pytest as _pytest

    from newsframe.article import ArticleError

    path = write("many.jsonl", '{"id": "a", "text": "One."}\n{"id": "b", "text": "Two."}\n')
    with _pytest.raises(ArticleError, match="newsframe analyze"):
        load_article(path)
