"""Timeline rules of round 30 (dates52): "that night" (evening, day) in what is said of the past after a hearing's
day was named. Every text here was written for these tests."""

from __future__ import annotations

from datetime import datetime

import pandas as pd
import test_timeline_sentences as sentences
from test_timeline_sentences import row


def table(*paragraphs: str, published: datetime) -> pd.DataFrame:
    """The timeline of an article whose body is `paragraphs` (headline "T"), published at `published`."""
    return sentences.table(*paragraphs, published=published)


THURSDAY = datetime(2026, 6, 18, 15)


def test_a_night_quoted_of_the_past_after_a_hearings_day_is_not_the_hearings_night():
    frame = table(
        "A teenager was taken to hospital on 3 January after collapsing at a bus stop. He died two days later.",
        "Recording a conclusion of misadventure at Leeds Coroner's Court on Thursday, the assistant coroner said "
        "the ambulance had taken too long.",
        '"The service was stretched that night, and crews were queuing outside the hospital," she said.',
        "A paramedic told the hearing there had been 30 calls waiting that evening.",
        published=THURSDAY,
    )
    assert row(frame, "Thursday")["date"] == "2026-06-18"
    assert not str(row(frame, "that night")["date"]).startswith("2026-06-18")  # not the inquest's night
    assert not str(row(frame, "that evening")["date"]).startswith("2026-06-18")


def test_a_night_said_of_the_past_after_a_hearings_day_is_not_the_hearings_night():
    frame = table(
        "A man drowned in the canal on 9 February.",
        "Recording a conclusion of accidental death on Thursday, the coroner said the towpath lights had failed "
        "that night.",
        published=THURSDAY,
    )
    assert not str(row(frame, "that night")["date"]).startswith("2026-06-18")


def test_a_quoted_time_to_come_or_a_said_time_of_the_saying_keeps_the_hearings_day():
    ahead = table(
        "The jury retired to consider its verdict on Thursday.",
        '"We will sit again that afternoon if you need more time," the judge told them.',
        published=THURSDAY,
    )
    assert row(ahead, "that afternoon")["date"] == "2026-06-18"
    plain = table(
        "Firefighters were called to the mill on Tuesday.",
        '"The smoke was so thick that night," a neighbour said.',
        published=THURSDAY,
    )
    assert row(plain, "that night")["date"] == "2026-06-16"  # no hearing: the night of the day named


NOVEMBER = datetime(2026, 11, 19, 7)


def test_a_year_earlier_against_a_figure_of_accounts_is_the_previous_year_of_accounts():
    frame = table(
        "Brackley College has reported a deficit of £4m for the year to 31 July.",
        "It said applications from overseas had fallen since visa rules were tightened last year.",
        "Its accounts, published on Tuesday, show spending on agency staff rose to £9m, up from £6m a year earlier.",
        published=NOVEMBER,
    )
    earlier = row(frame, "a year earlier")
    assert (earlier["date"], earlier["date_end"]) == ("2024-08-01", "2025-07-31")
    plain = table(
        "The bakery reopened on Tuesday, a year earlier than planned.",
        published=NOVEMBER,
    )
    assert not str(row(plain, "a year earlier")["date"]).startswith("2024-08")  # no year of accounts named


def test_a_uk_tax_year_runs_from_6_april():
    frame = table(
        "HMRC said more than 12 million people had filed returns for the 2025-26 tax year.",
        published=NOVEMBER,
    )
    year = row(frame, "the 2025-26 tax year")
    assert (year["date"], year["date_end"]) == ("2025-04-06", "2026-04-05")


def test_that_evening_after_a_small_hour_is_undated_unless_it_opens_the_story_on():
    frame = table(
        "The river began to rise on 20 December.",
        "A resident told the inquiry she rang the council at 10.30pm and again shortly after midnight.",
        '"With hindsight we should have sent a crew that evening," an officer said.',
        published=datetime(2026, 5, 7, 18),
    )
    assert not str(row(frame, "that evening")["date"]).startswith("2025-12-21")  # not the evening after
    on = table(
        "A man was arrested at 3am on 4 March. That evening he was charged with burglary.",
        published=datetime(2026, 5, 7, 18),
    )
    assert row(on, "That evening")["date"] == "2026-03-04"
