"""Dates of invented anniversary features, health figures and company results: "half a century ago this week", a
"that" opening what was said before a season, "the same period a year earlier", an amount ending an event."""

from __future__ import annotations

from datetime import datetime

from test_timeline_kinds import row
from test_timeline_kinds import table as timeline_of

SATURDAY = datetime(2025, 9, 20)
RESULTS_DAY = datetime(2026, 2, 12, 7, 0)


def test_half_a_century_ago_this_week_is_that_week_fifty_years_back():
    frame = timeline_of("Half a century ago this week, the last workers left the mill.", published=SATURDAY)
    found = row(frame, "Half a century ago this week")
    assert found["date"].startswith("1975-09")


def test_that_after_a_verb_of_saying_points_back_to_no_season():
    frame = timeline_of("Admissions fell last month.", "The minister warned that winter would bring fresh pressure.")
    assert "that winter" not in frame["expression"].tolist()


def test_that_pointing_back_to_a_season_of_the_story_is_kept():
    frame = timeline_of("In 2007 the river flooded.", "Residents remember that winter well.")
    assert row(frame, "that winter")["date"].startswith("2006-12")


def test_the_same_period_a_year_earlier_is_one_time():
    for paragraphs in (
        ("Profit fell to £41.2m in the three months to December 31.", "In the same period a year earlier it made £5m."),
        (
            "Profit fell to £41.2m in the three months to December 31.",
            "Revenue for the quarter was flat. In the same period a year earlier the company made £50m.",
        ),
    ):
        frame = timeline_of(*paragraphs, published=RESULTS_DAY)
        assert row(frame, "the same period")["date"] == "2024-10-01"
        assert row(frame, "a year earlier")["date"] == "2024-10-01"


def test_an_amount_ending_a_sentence_leaves_its_full_stop():
    frame = timeline_of("In the same period a year earlier the company made £50.3m.", published=RESULTS_DAY)
    assert row(frame, "a year earlier")["event"].endswith("£50.3m")
