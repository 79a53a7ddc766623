"""Timeline rules of round 28 (dates44): months set out after the year they fall in, and a season a reported plan
looks to. Every text here was written for these tests."""

from __future__ import annotations

from datetime import datetime

import test_timeline_sentences as sentences
from test_timeline_sentences import row

THURSDAY = datetime(2026, 10, 22, 7)


def test_months_listed_after_a_year_are_that_years():
    frame = sentences.table(
        "The bakery chain raised prices twice last year, in March and again in August.",
        "Its rival cut prices in 2023, in May and June, and has held them since.",
        published=THURSDAY,
    )
    assert row(frame, "March")["value"] == "2025-03"
    assert row(frame, "August")["value"] == "2025-08"  # not this year's, though both are gone by
    assert row(frame, "May")["value"] == "2023-05"
    assert row(frame, "June")["value"] == "2023-06"


def test_a_month_not_set_out_after_a_year_keeps_its_own_reading():
    frame = sentences.table(
        "Sales fell last year. In March the firm closed a plant in Derby.",
        published=THURSDAY,
    )
    assert row(frame, "March")["value"] == "2026-03"


def test_a_season_a_reported_plan_looks_to_is_the_one_to_come():
    frame = sentences.table(
        "The chain said it did not plan further increases before the spring.",
        "A spokesman said the group planned no new shops until the summer.",
        published=THURSDAY,
    )
    assert row(frame, "the spring")["value"] == "2027-SP"  # not the spring gone by
    assert row(frame, "the summer")["value"] == "2027-SU"


def test_a_plan_of_the_past_keeps_its_season():
    frame = sentences.table("The council built the bridge in the spring.", published=THURSDAY)
    assert row(frame, "the spring")["value"] == "2026-SP"


TUESDAY_1944 = datetime(2024, 9, 17, 6)


def test_a_lead_counted_back_years_to_its_day_dates_the_days_near_it():
    frame = sentences.table(
        "Sixty years ago today, a young miner walked out of the pit at Ashby for the last time.",
        "On Saturday he turned 80, and he still lives in the town.",
        "He was injured on the morning of 20 September and left the village the next day.",
        "He spent the winter in a hostel in Leeds.",
        published=TUESDAY_1944,
    )
    assert row(frame, "Sixty years ago today")["value"] == "1964-09-17"
    assert row(frame, "20 September")["value"] == "1964-09-20"  # not this September's
    assert row(frame, "the next day")["value"] == "1964-09-21"
    assert row(frame, "the winter")["value"] == "1965-WI"  # the winter of 1964-65, the story's
