"""Timeline rules for a programme called "Today", a day a past act of scheduling sets a thing for, the day an aim
is to be met by, years written across two, and short counts of years back from now. Every text here was written for
these tests."""

from __future__ import annotations

from datetime import datetime

import pandas as pd
import test_timeline_sentences as sentences
from test_timeline_sentences import row


def table(*paragraphs: str, published: datetime) -> pd.DataFrame:
    """The timeline of an article whose body is `paragraphs` (headline "T"), published at `published`."""
    return sentences.table(*paragraphs, published=published)


def span(frame: pd.DataFrame, expression: str) -> tuple[str, str]:
    return row(frame, expression)["date"], row(frame, expression)["date_end"]


def test_a_programme_called_today_is_no_day():
    frame = table(
        "The chief constable told BBC Radio 2's Today programme that patrols would be doubled.",
        "Speaking to the Today programme, the minister said the plan was sound.",
        'The coach said after the game: "We were written off. Today shows what this team can do."',
        published=datetime(2026, 5, 14, 9),
    )
    assert (frame["expression"] == "Today").sum() == 1  # the quotation's day only, "shows" being its verb
    assert row(frame, "Today")["paragraph"] == 3
    assert row(frame, "Today")["date"] == "2026-05-14"


def test_a_day_a_past_act_sets_a_hearing_for_is_still_to_come():
    late = datetime(2026, 11, 24, 21)
    frame = table("The magistrate set a bail hearing for Jan. 12 and remanded the man in custody.", published=late)
    assert row(frame, "Jan. 12")["date"] == "2027-01-12"  # set on publication's day, for a day after it
    voted = table("The board has scheduled the vote for January.", published=late)
    assert row(voted, "January")["date"] == "2027-01-01"
    gone = table("The trial opened on Feb. 3 with a statement from the prosecution.", published=late)
    assert row(gone, "Feb. 3")["date"] == "2026-02-03"  # what happened on the day is this year's


def test_the_day_an_aim_is_to_be_met_by_is_the_coming_one():
    autumn = datetime(2026, 10, 9, 13)
    frame = table(
        "Only 61% of ambulances reached patients within 18 minutes in September, against a target of 70% by April.",
        published=autumn,
    )
    assert row(frame, "April")["date"] == "2027-04-01"
    assert row(frame, "September")["date"] == "2026-09-01"
    missed = table("The trust missed its target of 70% by April.", published=autumn)
    assert row(missed, "April")["date"] == "2026-04-01"  # an aim judged in the past keeps the tense's April


def test_a_year_written_across_two_spans_both():
    frame = table("Returns for the 2024-25 tax year are due by 31 January.", published=datetime(2026, 1, 20))
    assert span(frame, "the 2024-25 tax year") == ("2024-01-01", "2025-12-31")


def test_two_years_runs_back_from_publication_and_longer_counts_keep_whole_years():
    spring = datetime(2026, 3, 7)
    frame = table(
        'The captain said the team had found "the spark we have been missing for two years".',
        "The stand has been closed for six years.",
        published=spring,
    )
    assert span(frame, "two years") == ("2024-03-07", "2026-03-07")  # as long as said, up to publication
    assert span(frame, "six years") == ("2020-01-01", "2026-03-07")  # a round count known only to its year, up to now


def test_a_year_a_thing_runs_into_does_not_frame_a_season_before_it():
    summer = datetime(2026, 7, 16)
    frame = table("The curfew could run into next year if the autumn is wet.", published=summer)
    assert row(frame, "the autumn")["value"] == "2026-FA"  # the autumn before it, not a year later
    framed = table("Plans for next year include a river festival in the autumn.", published=summer)
    assert row(framed, "the autumn")["value"] == "2027-FA"  # a year its sentence is about still frames the season
