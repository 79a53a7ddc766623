"""Timeline rules of round 28 (dates45). Every text here was written for these tests."""

from __future__ import annotations

from datetime import datetime

import test_timeline_sentences as sentences
from test_timeline_sentences import row

SPRING_MORNING = datetime(2026, 3, 4, 9)


def test_a_day_set_against_a_dated_day_takes_its_year():
    frame = sentences.table(
        "The new terms mean the college will close on 10 December 2026 rather than 17 December.",
        "The depot is due to open on 2 February 2027 instead of 9 March, the council said.",
        published=SPRING_MORNING,
    )
    assert row(frame, "17 December")["value"] == "2026-12-17"  # not the December gone by
    assert row(frame, "9 March")["value"] == "2027-03-09"


def test_a_day_beside_a_dated_day_without_a_contrast_keeps_its_reading():
    frame = sentences.table(
        "The pool shut on 3 February 2024, not on 10 January, and will reopen on 18 March.",
        published=SPRING_MORNING,
    )
    assert row(frame, "18 March")["value"] == "2026-03-18"  # the spring to come, not 2024's
    assert row(frame, "10 January")["value"] == "2024-01-10"  # set against it: its year


AUTUMN_MORNING = datetime(2024, 10, 8, 6)


def test_a_plan_a_past_story_tells_looks_ahead_from_the_story_and_does_not_move_it():
    frame = sentences.table(
        "The siege of the port began on 2 October 1942.",
        "The plan was for the convoy to break through so that the garrison could be relieved before Christmas.",
        "On the Friday, the first ships were sunk.",
        published=AUTUMN_MORNING,
    )
    assert row(frame, "Christmas")["value"] == "1942-12-25"  # the plan's Christmas, not 2024's
    assert row(frame, "Friday")["value"] == "1942-10-02"  # the siege's Friday, not one after that Christmas


def test_a_plan_told_now_keeps_publications_holiday():
    frame = sentences.table(
        "The siege of the port began on 2 October 1942.",
        "The council says the memorial will be finished before Christmas.",
        published=AUTUMN_MORNING,
    )
    assert row(frame, "Christmas")["value"] == "2024-12-25"


SUMMER_MORNING = datetime(2025, 7, 24, 7)


def test_the_same_period_in_a_later_paragraph_is_the_period_told():
    frame = sentences.table(
        "Operating profit for the three months to June was £7.1m, up from £6.2m a year earlier.",
        "Sales rose 5% over the same period, the bakery chain said.",
        published=SUMMER_MORNING,
    )
    assert row(frame, "the same period")["value"] == "2025-Q2"  # the quarter told, not the year-back one


def test_the_same_period_compared_with_is_still_a_year_back():
    frame = sentences.table(
        "Operating profit for the three months to June was £7.1m.",
        "That compared with £6.2m in the same period.",
        published=SUMMER_MORNING,
    )
    assert row(frame, "the same period")["value"] == "2024-Q2"
