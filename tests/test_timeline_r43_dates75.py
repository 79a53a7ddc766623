"""A company's year written short ("FY27"), a ban issued for days to come, clock hours of no one day, an evening
told after the night a court heard of, and a season "last" told in the month after it ends."""

from __future__ import annotations

from datetime import datetime

import pandas as pd
from test_timeline_sentences import row, table


def dates(frame: pd.DataFrame, expression: str) -> tuple[str, str, str]:
    r = row(frame, expression)
    return r["value"], r["date"], r["date_end"]


# --- "FY27": a fiscal year by the last two figures of its year ---------------------------------------------------


def test_a_fiscal_year_written_with_two_figures_is_found_as_fiscal_2027_is():
    frame = table(
        "The retailer said it now expects revenue of $4 billion in FY27, up from $3.6 billion in FY 26.",
        "Analysts expect margins to improve further in FY2027.",
        published=datetime(2025, 8, 20, 9),
    )
    assert dates(frame, "FY27") == ("2027", "", "")
    assert dates(frame, "FY 26") == ("2026", "", "")
    assert dates(frame, "FY2027") == ("2027", "", "")


def test_a_fiscal_year_written_short_takes_the_months_the_article_gives_its_year():
    frame = table(
        "Wesfarmers, whose financial year ends on June 30, said capital spending would rise to $1.2 billion in FY27.",
        "Chief executive Rob Scott said the FY26 result was strong.",
        published=datetime(2025, 8, 20, 9),
    )
    assert dates(frame, "FY27") == ("2027", "2026-07-01", "2027-06-30")
    assert dates(frame, "FY26") == ("2026", "2025-07-01", "2026-06-30")


def test_a_fiscal_year_across_two_written_with_fy_is_a_financial_year():
    frame = table(
        "The government expects a deficit of $28 billion in FY2026-27, falling in FY27/28.",
        published=datetime(2025, 5, 20, 9),
    )
    assert dates(frame, "FY2026-27") == ("2026/2027", "2026-04-01", "2027-03-31")
    assert dates(frame, "FY27/28") == ("2027/2028", "2027-04-01", "2028-03-31")


# --- a ban or a warning issued for named days looks forward ---------------------------------------------------------


def test_a_ban_issued_in_the_present_perfect_for_weekdays_is_on_the_days_to_come():
    frame = table(
        "The CFA has issued a total fire ban for the Mallee on Wednesday and Thursday.",
        "Temperatures are expected to reach 44C in Mildura, the Bureau of Meteorology said on Tuesday.",
        published=datetime(2024, 1, 9, 9),
    )
    assert dates(frame, "Wednesday") == ("2024-01-10", "2024-01-10", "2024-01-10")
    assert dates(frame, "Thursday") == ("2024-01-11", "2024-01-11", "2024-01-11")
    assert dates(frame, "Tuesday") == ("2024-01-09", "2024-01-09", "2024-01-09")


def test_a_curfew_declared_in_a_reported_perfect_is_on_the_night_to_come_but_an_arrest_stays_gone_by():
    frame = table(
        "Police said they had declared a curfew on Saturday night in the town centre.",
        "Officers have arrested a man on Monday over a grassfire near Ouyen.",
        published=datetime(2024, 1, 9, 9),
    )
    assert dates(frame, "Saturday night") == ("2024-01-13TNI", "2024-01-13", "2024-01-13")
    assert dates(frame, "Monday") == ("2024-01-08", "2024-01-08", "2024-01-08")


# --- clock hours of several days named together are on no one day ---------------------------------------------------


def test_clock_hours_on_the_other_strike_days_are_on_no_one_day():
    frame = table(
        "Rail workers will walk out on Tuesday, Thursday and Saturday, the union said.",
        "There will be no trains on Tuesday. Trains will run between 07:00 and 19:00 on the other two strike days, "
        "the operator said.",
        published=datetime(2024, 2, 26, 9),
    )
    r = row(frame, "between 07:00 and 19:00")
    assert (r["value"], r["date"], r["date_end"]) == ("XXXX-XX-XXT07:00/XXXX-XX-XXT19:00", "", "")
    assert dates(frame, "Saturday") == ("2024-03-02", "2024-03-02", "2024-03-02")


def test_a_clock_time_on_both_match_days_is_on_no_one_day():
    frame = table(
        "Ticket offices will open at 8am on both match days, the club said on Monday.",
        published=datetime(2024, 2, 26, 9),
    )
    assert dates(frame, "8am") == ("XXXX-XX-XXT08:00", "", "")


# --- an evening told to a court is that of the events told last, not the court's day ------------------------------


def test_later_that_evening_after_a_witness_gave_evidence_on_a_weekday_is_the_evening_of_the_events():
    frame = table(
        "Liam Price, 27, punched a doorman outside a nightclub in Newport on 3 June, Cardiff Crown Court heard.",
        'Giving evidence on Tuesday, the doorman said Price had been "aggressive all night". He returned later that '
        "evening with two friends, the court heard.",
        published=datetime(2025, 9, 17, 9),
    )
    assert dates(frame, "that evening") == ("2025-06-03TEV", "2025-06-03", "2025-06-03")
    assert dates(frame, "Tuesday") == ("2025-09-16", "2025-09-16", "2025-09-16")


# --- a day put first in a past sentence took place, even in the weeks just before its date comes round again --------


def test_a_fronted_day_told_in_the_simple_past_in_late_december_is_the_january_gone_by():
    frame = table(
        "The district began studying later start times last fall, after parents complained about early buses.",
        "On Jan. 20, the board voted to hire a consultant. Its report is due in the spring.",
        published=datetime(2023, 12, 28, 9),
    )
    assert dates(frame, "last fall") == ("2022-FA", "2022-09-01", "2022-11-30")
    assert dates(frame, "Jan. 20") == ("2023-01-20", "2023-01-20", "2023-01-20")
    assert dates(frame, "the spring") == ("2024-SP", "2024-03-01", "2024-05-31")
    ahead = table(
        "On Jan. 6, the new law will take effect, the governor said on Wednesday.",
        published=datetime(2023, 12, 28, 9),
    )
    assert dates(ahead, "Jan. 6") == ("2024-01-06", "2024-01-06", "2024-01-06")


def test_an_afternoon_and_an_evening_told_to_a_jury_follow_the_day_of_the_crash_named_before():
    frame = table(
        "Ryan Walsh, 31, is accused of causing the death of cyclist Emma Hart by dangerous driving on 12 October 2024.",
        "Opening the case at Chester Crown Court on Monday, prosecutor Sarah Lane said Walsh had argued with staff at "
        "a pub in Wrexham that afternoon.",
        '"He drove off at speed later that evening, having drunk at least six pints," she told the jury.',
        published=datetime(2025, 6, 3, 9),
    )
    assert dates(frame, "that afternoon") == ("2024-10-12TAF", "2024-10-12", "2024-10-12")
    assert dates(frame, "that evening") == ("2024-10-12TEV", "2024-10-12", "2024-10-12")
    assert dates(frame, "Monday") == ("2025-06-02", "2025-06-02", "2025-06-02")
