"""What a reader of the report is told (newsframe.summary, newsframe.sentiment): when a page that gives only its
update time was published, and the tone of confidence lost, on invented text."""

from __future__ import annotations

from datetime import datetime

import pytest

from newsframe import sentiment, summary
from newsframe.article import load_article

HEAD = "Walking cuts heart risk in older adults, study finds"
STORY = "Older adults who walked for 20 minutes a day were a third less likely to develop heart failure, a study found."


def test_a_page_that_gives_only_its_update_time_is_said_to_be_updated_then(write):
    article = load_article(write("page.txt", f"{HEAD}\n\nUpdated Monday 30 November 2026 14:05 GMT\n\n{STORY}\n"))
    assert article.published == article.updated == datetime(2026, 11, 30, 14, 5)
    sentence = summary.publication_sentence(article)
    assert sentence == (
        "The article has 1 paragraph and 30 words and was last updated on 30 November 2026, 14:05; the page gives no "
        "earlier publication time."
    )


def test_a_page_published_and_updated_later_is_said_to_be_published(write):
    stamp = "Published 30 November 2026, 09:10 | Updated: 30 November 2026, 14:05"
    article = load_article(write("page.txt", f"{HEAD}\n\n{stamp}\n\n{STORY}\n"))
    assert summary.publication_sentence(article).endswith("was published on 30 November 2026, 09:10.")


def test_an_undated_article_says_its_date_is_unknown(write):
    article = load_article(write("page.txt", f"{HEAD}\n\n{STORY}\n"))
    assert "publication date is unknown" in summary.publication_sentence(article)


@pytest.mark.parametrize(
    "text",
    [
        "Airline chief ousted after board loses confidence over safety lapses",
        "The board said it had lost confidence in his handling of a series of safety failures.",
        "The scandal has badly eroded public trust in the regulator, the report said.",
    ],
)
def test_confidence_or_trust_lost_reads_negative(text):
    assert sentiment.text_tone(text) == "negative"


def test_faith_never_lost_is_not_read_as_lost(text="She never lost faith that the courts would see justice done."):
    assert not sentiment.misread_by_lexicons(text)
