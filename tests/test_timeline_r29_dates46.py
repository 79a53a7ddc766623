"""Timeline rules of round 29 (dates46): a half whose end its sentence names, the turn of the year, and clock times
of a night's count. Every text here was written for these tests."""

from __future__ import annotations

from datetime import datetime

import test_timeline_sentences as sentences
from test_timeline_sentences import dated, row

THURSDAY = datetime(2025, 10, 23, 7, 30)


def test_a_half_whose_end_is_named_ends_there():
    frame = sentences.table(
        "Marlow Bakeries said operating profit for the first half, which ended on 30 September, was £12m, "
        "against £14m in the same period last year.",
        "The baker expects the second half to be stronger.",
        published=THURSDAY,
    )
    assert dated(frame, "the first half")[1:3] == ("2025-04-01", "2025-09-30")  # not January to June
    assert dated(frame, "the same period last year")[1:3] == ("2024-04-01", "2024-09-30")
    assert dated(frame, "the second half")[1:3] == ("2025-10-01", "2026-03-31")  # the company's, to March


def test_a_half_ending_with_the_calendar_half_is_the_calendar_one():
    frame = sentences.table("Profit fell in the first half to 30 June.", published=THURSDAY)
    assert row(frame, "the first half")["value"] == "2025-H1"


def test_the_new_year_is_january_not_a_third_of_the_year():
    frame = sentences.table(
        "The chairman said the club would look at the table after the New Year.",
        published=datetime(2025, 12, 18, 10),
    )
    assert dated(frame, "the New Year")[:3] == ("2026", "2026-01-01", "2026-01-31")


def test_a_new_year_gone_by_in_a_past_clause_is_this_years():
    frame = sentences.table("Bookings picked up after the new year.", published=datetime(2026, 6, 18, 10))
    assert dated(frame, "the new year")[1:3] == ("2026-01-01", "2026-01-31")


FRIDAY_EARLY = datetime(2026, 5, 8, 6, 45)


def test_clock_times_of_a_night_count_are_dated():
    frame = sentences.table(
        "The result was declared shortly before 4am on Friday at the town hall, where counting had begun at 10pm.",
        "Turnout was 31%, up from 28% at the last election in May 2022.",
        "The first result came at 11.20pm in the Abbey ward.",
        "By 1am it was clear that the council would change hands.",
        published=FRIDAY_EARLY,
    )
    assert row(frame, "10pm")["value"] == "2026-05-07T22:00"  # the evening before, not Friday night to come
    assert row(frame, "11.20pm")["value"] == "2026-05-07T23:20"  # the story did not go back to May 2022
    assert row(frame, "1am")["value"] == "2026-05-08T01:00"  # the night's small hours, after 11.20pm


def test_a_comparison_does_not_move_the_story():
    frame = sentences.table(
        "Prices rose 4%, up from 3% in March 2024.",
        "The shop closed at 9pm.",
        published=datetime(2026, 5, 8, 22, 0),
    )
    assert row(frame, "9pm")["value"] == "2026-05-08T21:00"


def test_a_clock_time_of_a_season_gone_by_has_no_day():
    frame = sentences.table(
        "Last summer the club missed out on a defender when his paperwork arrived at 7.14pm.",
        published=datetime(2026, 8, 27, 18, 30),
    )
    assert row(frame, "7.14pm")["value"] == "XXXX-XX-XXT19:14"  # not the day before publication


def test_a_day_restating_a_count_is_in_the_counts_year():
    frame = sentences.table(
        "On 3 January 2025 the main burst.",
        "Three weeks later, on 27 January, the regulator opened an inquiry.",
        published=datetime(2026, 3, 12, 8),
    )
    assert row(frame, "27 January")["value"] == "2025-01-27"  # not the January just gone
