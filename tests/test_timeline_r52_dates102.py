"""Dates of company results and trading news: a time phrase ending a relative clause in the past after the main verb
is that clause's ("below the £955m it forecast in November": the November gone by, however the parse hung it), a
few weeks or months at one end of a year ("the final weeks of the year") told as gone by early in the next, and a
thing done over "the year" told in the past when the year has barely begun."""

from __future__ import annotations

from datetime import datetime

from test_timeline_sentences import row, table

MARCH = datetime(2025, 3, 14, 7, 45)
JANUARY = datetime(2025, 1, 9, 8, 10)


def _span(frame, expression: str) -> tuple[str, str, str]:
    found = row(frame, expression)
    return found["value"], found["date"], found["date_end"]


# --- a time phrase that ends a relative clause in the past ------------------------------------------------------


def test_a_month_ending_a_past_relative_clause_is_the_one_gone_by():
    frame = table(
        "JD Sports now expects pre-tax profit of between £915m and £935m, below the £955m it forecast in November.",
        published=MARCH,
    )
    assert _span(frame, "November")[0] == "2024-11"


def test_guidance_issued_in_a_month_to_come_this_year_is_last_years():
    frame = table(
        "The grocer expects annual profit of about £1bn, in line with the guidance it issued in December.",
        published=MARCH,
    )
    assert _span(frame, "December")[0] == "2024-12"


def test_a_month_ending_a_clause_that_warned_in_the_past():
    frame = table("The company will miss the target that it warned of in October.", published=MARCH)
    assert _span(frame, "October")[0] == "2024-10"


def test_a_phrase_looking_ahead_stays_the_main_verbs():
    frame = table("The retailer will publish the figures it promised next month.", published=MARCH)
    assert _span(frame, "next month")[0] == "2025-04"


def test_a_present_relative_clause_keeps_a_month_to_come():
    frame = table("The chain expects to pay back the loan it takes out in June.", published=MARCH)
    assert _span(frame, "June")[0] == "2025-06"


# --- a few weeks or months at one end of a year -----------------------------------------------------------------


def test_the_final_weeks_of_the_year_told_as_gone_by_are_last_years_end():
    frame = table(
        "JD Sports said its sales had slowed sharply in the final weeks of the year.",
        published=MARCH,
    )
    assert _span(frame, "the final weeks of the year") == ("2024", "2024-09-01", "2024-12-31")


def test_the_closing_months_of_the_year_told_ahead_are_this_years_end():
    frame = table(
        "The group expects trading to improve in the closing months of the year.",
        published=datetime(2024, 6, 20, 7, 30),
    )
    assert _span(frame, "the closing months of the year") == ("2024", "2024-09-01", "2024-12-31")


def test_the_first_weeks_of_the_year_are_its_start():
    frame = table(
        "The chief executive said the first few weeks of the year had been encouraging.",
        published=datetime(2025, 5, 20, 7, 0),
    )
    assert _span(frame, "the first few weeks of the year") == ("2025", "2025-01-01", "2025-04-30")


def test_the_first_half_of_the_year_keeps_its_six_months():
    frame = table(
        "The retailer said it had cut costs by £35m in the first half of the year.",
        published=datetime(2024, 11, 20, 7, 30),
    )
    assert _span(frame, "the first half of the year") == ("2024-H1", "2024-01-01", "2024-06-30")


# --- a thing done over the year, told in the past as the next one begins ----------------------------------------


def test_shops_opened_in_the_year_read_in_january_are_last_years():
    frame = table("Greggs opened 226 new shops in the year and closed 81.", published=JANUARY)
    assert _span(frame, "the year")[0] == "2024"


def test_cars_sold_during_the_year_read_in_january_are_last_years():
    frame = table("The carmaker sold 2.1 million vehicles during the year, it said on Wednesday.", published=JANUARY)
    assert _span(frame, "the year")[0] == "2024"


def test_the_year_so_far_runs_to_now():
    frame = table("The chain has opened 20 shops in the year so far.", published=JANUARY)
    assert _span(frame, "the year")[0] == "2025"


def test_the_year_to_come_stays_this_one():
    frame = table("The bank expects to hire 300 staff during the year.", published=JANUARY)
    assert _span(frame, "the year")[0] == "2025"


# --- "since the year end" of a company whose own year the article gives -----------------------------------------

APRIL = datetime(2025, 4, 2, 7, 0)


def test_since_the_year_end_of_a_january_year_is_its_last_day():
    frame = table(
        "Card Factory said underlying profit for the year to 31 January rose 6% to £66m. Sales in the eight weeks "
        "since the year end were up 3%, it added.",
        published=APRIL,
    )
    assert _span(frame, "the year end")[0] == "2025-01-31"


def test_since_the_year_end_of_a_march_year_is_its_last_day():
    frame = table(
        "Pets at Home said revenue rose 2% in the year to 27 March. Trading since the year-end has been in line "
        "with its plans.",
        published=APRIL,
    )
    assert _span(frame, "the year-end")[0] == "2025-03-27"


def test_since_the_year_end_with_no_year_of_its_own_is_the_calendars():
    frame = table("Sales in the eight weeks since the year end were up 3%, the retailer said.", published=APRIL)
    assert _span(frame, "the year end")[0] == "2024-12-31"
