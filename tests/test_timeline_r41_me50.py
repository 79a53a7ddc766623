"""Timeline (newsframe.timeline): a span of clock times with no day, holding a moment the story dated before, is on
that moment's day, not on the day named last."""

from __future__ import annotations

from datetime import datetime

from test_timeline_sentences import row, table  # the timeline of an article given as paragraphs

from newsframe import nlp
from newsframe.article import Article, Paragraph
from newsframe.timeline import timeline_table

FRIDAY = datetime(2025, 3, 14, 11, 20)
APPEAL = (
    "A 17-year-old boy was stabbed outside a takeaway in Harehills on Wednesday night.",
    "The teenager was found with serious injuries on Roundhay Road at about 22:45 GMT.",
    "Two men were arrested on Thursday morning on suspicion of attempted murder.",
)


def test_an_appeal_for_witnesses_between_two_clock_times_is_about_the_attack():
    frame = table(
        *APPEAL,
        "Police urged anyone who was in the area between 10.30pm and 11pm to come forward.",
        published=FRIDAY,
    )
    assert row(frame, "between 10.30pm and 11pm")["value"] == "2025-03-12T22:30/2025-03-12T23:00"


def test_a_span_that_holds_no_moment_told_keeps_the_day_named_last():
    frame = table(
        *APPEAL,
        "Both men were questioned at a police station between 2pm and 6pm.",
        published=FRIDAY,
    )
    assert row(frame, "between 2pm and 6pm")["value"] == "2025-03-13T14:00/2025-03-13T18:00"


def _headline(headline: str) -> dict:
    """expression -> value of a headline's dates, over a body that dates nothing, published on 22 November 2024."""
    texts = [headline, "Bills will go up, the regulator said."]
    article = Article(
        "s", headline, datetime(2024, 11, 22), None, "s.txt", [Paragraph(i, t) for i, t in enumerate(texts)], True
    )
    frame = timeline_table(article, nlp.parse(texts))
    return dict(zip(frame["expression"], frame["value"]))


def test_a_headlines_subject_to_verb_is_to_come_whatever_the_saying_after_it():
    assert _headline("Energy price cap to rise by 1.2% from January, Ofgem says") == {"January": "2025-01"}


def test_a_headlines_bare_participle_until_a_day_is_a_state_that_holds_now():
    assert _headline("Bus fares frozen until March") == {"March": "2025-03"}
    assert _headline("Fuel duty frozen until April, Chancellor says") == {"April": "2025-04"}
    assert _headline("Ferry services suspended until Sunday as storm hits") == {"Sunday": "2024-11-24"}
    # a past with its own verb stays past
    assert _headline("Prices rose in October, ONS says") == {"October": "2024-10"}
