"""Timeline rules of round 32 (dates54): a weekday and this, next or last week, weekend or month in a quotation
are read from the day the words were said, when the article names it, in the quotation's sentence or beside a
saying in the sentence before; "the year to 1 February" ends on that day; "earlier in the week" after a day of an
earlier week is that day's week. Every text here was written for these tests."""

from __future__ import annotations

from datetime import datetime

import pandas as pd
import test_timeline_sentences as sentences
from test_timeline_sentences import row


def table(*paragraphs: str, published: datetime) -> pd.DataFrame:
    """The timeline of an article whose body is `paragraphs` (headline "T"), published at `published`."""
    return sentences.table(*paragraphs, published=published)


MONDAY = datetime(2026, 11, 16, 7)  # the Sunday before is 15 November, in ISO week 46


def test_weeks_and_weekdays_in_a_quotation_count_from_the_day_it_was_said():
    frame = table(
        'The striker scored twice on Saturday. "This week we trained harder than ever, and next week we play '
        'Leeds," the manager said on Saturday.',
        '"I want the trophy this weekend and we play again on Sunday," the captain said on Thursday.',
        published=MONDAY,
    )
    assert row(frame, "This week")["value"] == "2026-W46"
    assert row(frame, "next week")["value"] == "2026-W47"
    assert row(frame, "this weekend")["value"] == "2026-W46-WE"
    assert row(frame, "Sunday")["date"] == "2026-11-15"


def test_a_quotation_after_a_sentence_dating_its_saying_counts_from_that_day():
    frame = table(
        'The goalkeeper spoke to reporters after Saturday\'s final. "Today I made the saves of my life," she said.',
        'At a news conference on Friday, the minister was asked about the strike. "Tomorrow we meet the unions," '
        "she said.",
        published=MONDAY,
    )
    assert row(frame, "Today")["date"] == "2026-11-14"
    assert row(frame, "Tomorrow")["date"] == "2026-11-14"
    run = table(
        'A fun run raised £8,000 on Sunday. "Today was wonderful," the organiser said after the race.',
        published=MONDAY,
    )
    assert row(run, "Today")["date"] == "2026-11-15"


def test_a_day_before_not_of_the_saying_leaves_the_quotation_at_publication():
    frame = table(
        'The bakery closed on 2 November, the owners said. "Today we are still sad," a regular customer said.',
        published=MONDAY,
    )
    assert row(frame, "Today")["date"] == "2026-11-16"
    unnamed = table(
        'Alcaraz lost the final. "I gave everything today," he told reporters.',
        published=MONDAY,
    )
    assert row(unnamed, "today")["date"] == "2026-11-16"


def test_a_year_to_a_day_short_of_the_months_end_ends_on_that_day():
    frame = table(
        "Pre-tax profit rose to £310m in the year to 1 February, up from £280m a year earlier.",
        published=datetime(2025, 3, 20, 7),
    )
    year = row(frame, "the year")
    assert (year["date"], year["date_end"]) == ("2024-02-02", "2025-02-01")
    before = row(frame, "a year earlier")
    assert (before["date"], before["date_end"]) == ("2023-02-02", "2024-02-01")
    month_end = table("Profit rose in the year to 31 March.", published=datetime(2025, 6, 5, 7))
    assert (row(month_end, "the year")["date"], row(month_end, "the year")["date_end"]) == ("2024-04-01", "2025-03-31")


def test_earlier_in_the_week_after_a_day_of_a_week_gone_is_that_week():
    frame = table(
        "Shares in the brewer fell 6% on Friday. Earlier in the week they had risen on takeover talk.",
        "The inquiry opened on Tuesday 3 November. Later in the week, the first witnesses gave evidence.",
        published=MONDAY,
    )
    earlier = row(frame, "Earlier in the week")
    assert (earlier["value"], earlier["date"], earlier["date_end"]) == ("2026-W46", "2026-11-09", "2026-11-13")
    later = row(frame, "Later in the week")
    assert (later["value"], later["date"], later["date_end"]) == ("2026-W45", "2026-11-03", "2026-11-08")


def test_earlier_in_the_week_stays_publications_week_after_a_day_to_come_or_none():
    thursday = datetime(2026, 11, 19, 7)
    frame = table(
        "The central bank sets rates on Thursday 26 November. Earlier in the week, the pound fell sharply.",
        published=thursday,
    )
    assert row(frame, "Earlier in the week")["value"] == "2026-W47"
    plain = table("Earlier in the week, the minister promised a review.", published=thursday)
    assert row(plain, "Earlier in the week")["value"] == "2026-W47"
    monday = table("Earlier in the week, the chancellor said the plan would stand.", published=MONDAY)
    assert row(monday, "Earlier in the week")["value"] == "2026-W46"
