"""Timeline rules of round 30 (dates49): the new year still to come in mid-year, days at either end of a month, and
a length a hope looks to. Every text here was written for these tests."""

from __future__ import annotations

from datetime import datetime

import test_timeline_sentences as sentences
from test_timeline_sentences import dated, row, undated

JUNE = datetime(2026, 6, 17, 18, 20)


def test_the_new_year_still_to_come_in_june_is_next_january():
    frame = sentences.table("A vote in the upper house is unlikely before the new year.", published=JUNE)
    assert dated(frame, "the new year")[:3] == ("2027", "2027-01-01", "2027-01-31")


def test_a_habit_in_the_new_year_stays_undated():
    frame = sentences.table("Gyms always fill up in the new year.", published=JUNE)
    assert undated(frame, "the new year")


def test_the_first_two_weeks_of_a_month_are_its_first_fourteen_days():
    frame = sentences.table("The panel will take evidence from nurses in the first two weeks of July.", published=JUNE)
    assert dated(frame, "the first two weeks of July")[:3] == ("2026-07", "2026-07-01", "2026-07-14")


def test_the_last_ten_days_of_a_month_end_with_it():
    frame = sentences.table("Roadworks are planned for the last ten days of August.", published=JUNE)
    assert dated(frame, "the last ten days of August")[1:3] == ("2026-08-22", "2026-08-31")


def test_a_length_a_hope_looks_to_runs_on_from_publication():
    frame = sentences.table(
        "The minister said she was confident of getting the reform into law within a year.", published=JUNE
    )
    assert dated(frame, "a year")[1:3] == ("2026-06-17", "2027-06-17")
    assert row(frame, "a year")["value"] == "P1Y"


def test_a_weekend_named_by_its_place_in_a_month_is_that_weekend():
    frame = sentences.table(
        "The cup's first round is in the last weekend of October, and the final is on the second weekend of May.",
        published=datetime(2026, 8, 6, 12),
    )
    assert dated(frame, "the last weekend of October")[1:3] == ("2026-10-31", "2026-11-01")
    assert dated(frame, "the second weekend of May")[1:3] == ("2027-05-08", "2027-05-09")


def test_the_first_weeks_of_an_event_are_not_counted_from_another_of_its_kind():
    frame = sentences.table(
        "Linton won the league on the last day of last season, on 25 April.",
        "Their first three games are within the first two weeks of the season.",
        published=datetime(2026, 8, 6, 12),
    )
    assert undated(frame, "the first two weeks")
