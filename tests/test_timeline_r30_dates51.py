"""Timeline rules of round 30 (dates51): a company's year said by its results' "year to March". Every text here was
written for these tests."""

from __future__ import annotations

from datetime import datetime

import test_timeline_sentences as sentences
from test_timeline_sentences import dated

JUNE = datetime(2026, 6, 11, 7, 0)
RESULTS = "Operating profit at the brewer rose to £88m in the year to 31 March, helped by higher prices."


def test_results_for_the_year_to_a_month_say_where_the_companys_year_ends():
    frame = sentences.table(
        RESULTS, "Margins will stay under pressure in the first half, the finance director said.", published=JUNE
    )
    assert dated(frame, "the first half")[1:3] == ("2026-04-01", "2026-09-30")


def test_the_economys_year_to_a_month_leaves_the_calendars_halves():
    frame = sentences.table(
        "Inflation fell to 3.1% in the year to March, official figures showed.",
        "Economists expect the economy to slow in the second half.",
        published=JUNE,
    )
    assert dated(frame, "the second half")[1] in ("2026-07-01", "")


def test_a_financial_year_across_two_in_a_later_paragraph_is_the_companys():
    frame = sentences.table(
        "Turnover at the housebuilder fell in the year ended 30 June.",
        "It expects completions to recover in the 2026-27 financial year.",
        published=datetime(2026, 9, 3, 7, 0),
    )
    assert dated(frame, "the 2026-27 financial year")[1:3] == ("2026-07-01", "2027-06-30")


def test_a_financial_year_across_two_with_no_end_said_runs_april_to_march():
    frame = sentences.table("The trust must save £12m in the 2026-27 financial year.", published=JUNE)
    assert dated(frame, "the 2026-27 financial year")[1:3] == ("2026-04-01", "2027-03-31")


def test_a_half_of_the_financial_year_gone_by_is_the_companys_last_half():
    frame = sentences.table(
        RESULTS, "The second half of the financial year had been harder, the chairman said.", published=JUNE
    )
    assert dated(frame, "The second half of the financial year")[1:3] == ("2025-10-01", "2026-03-31")


def test_a_quarter_its_statement_is_due_for_is_the_next_one():
    frame = sentences.table(
        RESULTS,
        "The brewer will report on trading in its third-quarter update in late January.",
        published=JUNE,
    )
    assert dated(frame, "its third-quarter")[1:3] == ("2026-10-01", "2026-12-31")


def test_a_quarter_a_company_will_report_is_not_one_long_gone():
    frame = sentences.table(RESULTS, "The brewer will publish its third-quarter figures in January.", published=JUNE)
    assert dated(frame, "its third-quarter")[1:3] == ("2026-10-01", "2026-12-31")


def test_a_deficit_for_the_year_to_july_sets_a_universitys_year():
    frame = sentences.table(
        "The college reported a deficit of £4m for the year to 31 July.",
        "It expects to break even in the 2027-28 financial year.",
        published=datetime(2026, 11, 19, 6, 0),
    )
    assert dated(frame, "the 2027-28 financial year")[1:3] == ("2027-08-01", "2028-07-31")


def test_what_could_happen_on_a_condition_in_the_present_is_to_come():
    frame = sentences.table(
        "Pay cuts could follow in the spring if fewer than 50 staff volunteer.", published=datetime(2026, 11, 19, 6, 0)
    )
    assert dated(frame, "the spring")[0] == "2027-SP"


def test_what_could_be_done_with_no_condition_keeps_the_nearest_season():
    frame = sentences.table("In the spring she could barely walk.", published=datetime(2026, 11, 19, 6, 0))
    assert dated(frame, "the spring")[0] == "2026-SP"
