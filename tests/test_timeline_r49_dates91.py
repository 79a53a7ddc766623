"""A weekday that opens a newspaper's name with no "the" before it, the "no" of an object a dated noun hangs on, and
a company's forecast "for the year to March" saying where its own year ends."""

from __future__ import annotations

from datetime import datetime

import pytest
from test_timeline_sentences import row, table

SUNDAY = datetime(2025, 3, 16, 8, 0)
THURSDAY = datetime(2024, 11, 7, 7, 15)


def test_a_weekday_opening_a_papers_name_after_a_is_no_day():
    frame = table("Pensioners said the cuts hit them hardest, according to a Sunday Times poll.", published=SUNDAY)
    assert "Sunday" not in frame["expression"].tolist()


def test_a_weekday_opening_a_name_with_no_article_before_its_noun_is_no_day():
    frame = table("Support for the plan fell as Saturday Telegraph readers wrote in on 3 March.", published=SUNDAY)
    assert "Saturday" not in frame["expression"].tolist()
    assert row(frame, "3 March")["date"] == "2025-03-03"


def test_a_weekday_a_clause_follows_is_still_a_day():
    frame = table("Officials said Tuesday Russia had moved troops to the border.", published=SUNDAY)
    assert row(frame, "Tuesday")["date"] == "2025-03-11"


def test_the_no_of_the_object_a_dated_noun_hangs_on_stays_in_the_event():
    frame = table(
        "The group cut 400 jobs last year and said it had no plans for further reductions in 2025.",
        published=THURSDAY,
    )
    assert row(frame, "2025")["event"].startswith("had no plans for")


def test_the_no_of_an_object_stays_with_a_different_verb_and_noun():
    frame = table("The club sold two players and has no need for further sales in January.", published=THURSDAY)
    assert "no need for further sales" in row(frame, "January")["event"]


@pytest.mark.parametrize(
    ("paragraphs", "half", "span"),
    [
        (
            (
                "Revenue for the first half of fiscal 2025 climbed 6% to £2.4bn.",
                "The company raised its forecast for the full year to March 2025.",
            ),
            "the first half of fiscal 2025",
            ("2024-04-01", "2024-09-30"),
        ),
        (
            (
                "Sales in the second half of fiscal 2026 will be stronger, the chief executive said.",
                "The miner kept its guidance for the year to June 2026 unchanged.",
            ),
            "the second half of fiscal 2026",
            ("2026-01-01", "2026-06-30"),
        ),
    ],
)
def test_a_forecast_or_guidance_for_the_year_to_a_month_dates_the_halves_of_its_fiscal_year(paragraphs, half, span):
    found = row(table(*paragraphs, published=THURSDAY), half)
    assert (found["date"], found["date_end"]) == span


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("She said Sunday lunch sales had doubled since the 1990s.", "Sunday"),
        ("Pubs say Saturday brunch trade has grown since the pandemic.", "Saturday"),
    ],
)
def test_a_meal_of_every_such_weekday_is_no_calendar_day(sentence, day):
    found = row(table(sentence, published=THURSDAY), day)
    assert found["date"] == ""


SATURDAY_MORNING = datetime(2024, 11, 23, 8, 10)


@pytest.mark.parametrize(
    "sentence",
    [
        "Heavy rain is battering the north this morning, with dozens of trains cancelled and roads closed overnight.",
        "Water is rising in Carlisle this morning, with hundreds of homes evacuated and bridges closed overnight.",
    ],
)
def test_a_with_participle_added_to_what_goes_on_this_morning_tells_of_last_night(sentence):
    assert row(table(sentence, published=SATURDAY_MORNING), "overnight")["date"] == "2024-11-22"


def test_what_goes_on_this_morning_dates_a_morning_clock_time_after_it_to_today():
    frame = table(
        "Heavy rain is battering the north this morning, with dozens of trains cancelled and roads closed overnight.",
        "A red warning for wind came into force at 6am and lasts until 9pm tonight.",
        published=SATURDAY_MORNING,
    )
    assert row(frame, "6am")["date"] == "2024-11-23T06:00"
