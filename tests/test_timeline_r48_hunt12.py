"""Timeline: a launch in the second half of the year beside another company's own year, the close season's last
season, and what a forecast report says of days to come. Every text here was written for these tests."""

from __future__ import annotations

from datetime import datetime

from test_timeline_sentences import row, table

LAUNCH_THURSDAY = datetime(2026, 1, 22)
TRANSFER_MONDAY = datetime(2025, 6, 23)
STORM_WEDNESDAY = datetime(2026, 1, 21)


def span(frame, expression: str) -> tuple[str, str, str]:
    found = row(frame, expression)
    return found["value"], found["date"], found["date_end"]


def test_a_launch_in_the_second_half_is_the_calendars_half_beside_another_companys_own_year():
    frame = table(
        "Samsung also said it would release a cheaper Galaxy S27 FE model in the second half of the year.",
        "Apple reported record iPhone revenue of $69.1 billion in its fiscal first quarter ended December 27.",
        published=LAUNCH_THURSDAY,
    )
    assert span(frame, "the second half of the year") == ("2026-H2", "2026-07-01", "2026-12-31")  # not April-September
    assert span(frame, "fiscal first quarter") == ("2025-Q4", "2025-10-01", "2025-12-31")
    sales = table(
        "Apple said iPhone sales would grow in the second half of the year.",
        "Apple reported record iPhone revenue of $69.1 billion in its fiscal first quarter ended December 27.",
        published=LAUNCH_THURSDAY,
    )
    assert span(sales, "the second half of the year") == ("FY2026-H2", "2026-04-01", "2026-09-30")  # its own half


def test_in_the_close_season_last_season_is_the_one_just_ended():
    frame = table(
        "Arsenal have agreed a deal worth about £65 million to sign Spain midfielder Martin Zubimendi.",
        "Arsenal finished second in the Premier League last season, 10 points behind champions Liverpool.",
        "Mikel Arteta wants to win the title next season.",
        published=TRANSFER_MONDAY,
    )
    assert span(frame, "last season") == ("2024/2025", "2024-01-01", "2025-12-31")  # not 2023/2024
    assert row(frame, "next season")["value"] == "2025/2026"


def test_what_a_forecast_report_calls_likely_in_a_joined_clause_is_to_come():
    frame = table(
        "Ferry operator CalMac said it had cancelled all sailings to the Western Isles on Friday and that further"
        " disruption was likely on Saturday.",
        "The Met Office said conditions should become calmer early next week, though further unsettled weather was"
        " likely from Thursday.",
        published=STORM_WEDNESDAY,
    )
    assert row(frame, "Friday")["date"] == "2026-01-23"
    assert row(frame, "Saturday")["date"] == "2026-01-24"  # not the Saturday gone by
    assert row(frame, "Thursday")["date"] == "2026-01-29"  # the Thursday of next week, after its early days


def test_a_clause_of_time_shifted_back_by_a_report_takes_the_time_to_come():
    frame = table(
        "Met Office chief meteorologist Paul Gundersen said the storm was expected to deepen rapidly as it crossed"
        " the Atlantic on Thursday.",
        "Police said a man was arrested as he left a pub on Saturday.",
        published=STORM_WEDNESDAY,
    )
    assert row(frame, "Thursday")["date"] == "2026-01-22"  # not 15 January
    assert row(frame, "Saturday")["date"] == "2026-01-17"  # told of as done


def test_a_new_paragraphs_saying_is_not_the_next_day_of_the_days_to_come_before_it():
    frame = table(
        "The Met Office said more rain will fall next week, from Wednesday.",
        "John Swinney said the Scottish government's resilience committee would meet on Thursday afternoon.",
        published=STORM_WEDNESDAY,
    )
    assert row(frame, "Wednesday")["date"] == "2026-01-28"
    assert span(frame, "Thursday afternoon") == ("2026-01-22TAF", "2026-01-22", "2026-01-22")  # not 29 January
