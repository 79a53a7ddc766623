"""Retail trading updates, school holidays and travel over Christmas: the holiday period read as a stretch of days,
the year to date as this year's, a figure set against a month a year earlier as that month's year before, and the
school half-term as its week."""

from __future__ import annotations

from datetime import datetime

from test_timeline_sentences import row, table

JAN = datetime(2026, 1, 8, 7, 45)
DEC = datetime(2025, 12, 18, 6, 30)
MARCH = datetime(2026, 3, 20, 9, 0)


def span(frame, expression: str) -> tuple[str, str]:
    r = row(frame, expression)
    return r["date"], r["date_end"]


# --- over Christmas, the Christmas period -------------------------------------------------------------------------


def test_sales_over_christmas_are_the_holiday_period_not_the_day():
    frame = table("Like-for-like sales rose 4.1% over Christmas, the baker said.", published=JAN)
    assert span(frame, "Christmas") == ("2025-12-20", "2026-01-03")


def test_travel_over_christmas_and_the_christmas_period_to_come():
    frame = table(
        "Millions of people are expected to travel over Christmas.",
        "Heathrow expects 2.5 million passengers over the Christmas period.",
        published=DEC,
    )
    assert span(frame, "Christmas") == ("2025-12-20", "2026-01-03")
    assert span(frame, "Christmas period") == ("2025-12-20", "2026-01-03")


def test_christmas_day_and_on_christmas_stay_one_day():
    frame = table("The shops will close on Christmas Day.", "Buses will not run at Christmas.", published=DEC)
    assert span(frame, "Christmas Day") == ("2025-12-25", "2025-12-25")
    assert span(frame, "Christmas") == ("2025-12-25", "2025-12-25")


# --- the year so far after last year's figures --------------------------------------------------------------------


def test_the_year_so_far_after_last_years_sales_is_this_year_to_date():
    frame = table("Total sales in 2025 reached £2.1bn. Shares have risen 12% in the year so far.", published=JAN)
    assert span(frame, "the year") == ("2026-01-01", "2026-01-08")


def test_the_year_to_date_after_a_past_year_is_this_year_to_date():
    frame = table("Last year the shares rose 25%. They have gained 3% in the year to date.", published=JAN)
    assert span(frame, "the year") == ("2026-01-01", "2026-01-08")
    assert span(frame, "Last year") == ("2025-01-01", "2025-12-31")


# --- a year earlier than a month named in the sentence before -----------------------------------------------------


def test_a_year_earlier_in_the_sentence_after_a_february_figure_is_last_february():
    frame = table("Sales in February rose to £1.2bn. That compared with £300m a year earlier.", published=MARCH)
    assert span(frame, "a year earlier") == ("2025-02-01", "2025-02-28")


def test_down_from_a_year_earlier_after_a_month_named_in_the_sentence_before():
    frame = table(
        "Borrowing was £10bn in October, the ONS said. It was down from £14bn a year earlier.", published=MARCH
    )
    assert span(frame, "a year earlier") == ("2024-10-01", "2024-10-31")


# --- school half-term ---------------------------------------------------------------------------------------------

NOVEMBER = datetime(2025, 11, 14, 10, 0)
FEBRUARY = datetime(2025, 2, 20, 12, 0)


def test_a_named_half_term_is_its_week_not_the_whole_month():
    frame = table(
        "Many families took trips during October half-term, when flights rose sharply.",
        "Schools will publish attendance data before the February half-term.",
        published=NOVEMBER,
    )
    r = row(frame, "October half-term")
    assert (r["value"], r["date"], r["date_end"]) == ("2025-W44", "2025-10-18", "2025-11-09")
    r = row(frame, "February half-term")
    assert (r["value"], r["date"], r["date_end"]) == ("2026-W08", "2026-02-14", "2026-03-01")


def test_a_bare_half_term_is_the_nearest_the_tense_allows():
    frame = table(
        "A primary school that was flooded last week will reopen after half-term, the council said.",
        published=FEBRUARY,
    )
    assert row(frame, "half-term")["value"] == "2025-W08"
    frame = table("Families flew to Spain over half-term.", published=NOVEMBER)
    assert row(frame, "half-term")["value"] == "2025-W44"


def test_the_may_half_term_is_the_spring_bank_holiday_week_and_takes_a_year_after_it():
    frame = table("The school was shut in the summer half-term last year.", published=NOVEMBER)
    r = row(frame, "summer half-term last year")
    assert (r["value"], r["date"], r["date_end"]) == ("2024-W22", "2024-05-25", "2024-06-02")


def test_a_half_of_a_school_term_is_no_break():
    frame = table("Pupils made good progress in the first half-term, the head said.", published=NOVEMBER)
    assert not any("half-term" in expression for expression in frame["expression"])


def test_a_half_term_just_ahead_of_a_past_closure_is_the_coming_one():
    frame = table(
        "Hundreds of schools were shut on Monday as snow hit, just days before the February half term.",
        "Parents said they had already paid for childcare over half term.",
        published=datetime(2026, 2, 9, 9, 15),
    )
    assert row(frame, "February half term")["value"] == "2026-W08"
    assert row(frame, "half term")["value"] == "2026-W08"


# --- more of the Christmas holidays and the year to date ----------------------------------------------------------


def test_the_christmas_and_new_year_period_is_the_holiday_period():
    frame = table("Grocery sales rose 5% over the Christmas and New Year period.", published=JAN)
    assert span(frame, "Christmas and New Year period") == ("2025-12-20", "2026-01-03")
    frame = table("Offices will shut for the Christmas and New Year break.", published=DEC)
    assert span(frame, "Christmas and New Year break") == ("2025-12-20", "2026-01-03")


def test_since_the_start_of_the_year_in_the_present_perfect_is_this_year():
    frame = table(
        "Shares in the group, which fell 6% in 2025, have risen 2% since the start of the year.", published=JAN
    )
    assert span(frame, "the start of the year") == ("2026-01-01", "2026-01-08")
    frame = table("In 2019 prices had risen since the start of the year.", published=JAN)
    assert row(frame, "the start of the year")["value"] == "2019"


def test_after_christmas_ahead_in_early_january_follows_the_christmas_just_gone():
    frame = table("Trading is expected to be more challenging after Christmas, the retailer said.", published=JAN)
    assert row(frame, "Christmas")["value"] == "2025-12-25"
    frame = table("The library will reopen after Christmas.", published=DEC)
    assert row(frame, "Christmas")["value"] == "2025-12-25"
    frame = table("The library will reopen after Christmas.", published=datetime(2026, 3, 2, 9, 0))
    assert row(frame, "Christmas")["value"] == "2026-12-25"
