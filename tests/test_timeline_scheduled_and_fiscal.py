"""Dates of invented business, health and heritage news read against their publication day: a scheduled event told
in the plain present, a forecast for a financial year named by its end, a part of the year in a past clause, a bare
season in a clause of the future, "less than a year ago"."""

from __future__ import annotations

from datetime import datetime

from test_timeline_kinds import row
from test_timeline_kinds import table as timeline_of

OCTOBER = datetime(2026, 10, 2, 8, 0)
FEBRUARY = datetime(2026, 2, 12, 7, 0)


def date_of(expression: str, *paragraphs: str, published: datetime = OCTOBER) -> str:
    return row(timeline_of(*paragraphs, published=published), expression)["date"]


def test_a_company_that_reports_in_a_month_reports_in_the_coming_one():
    text = "Shares in Morrisons rose 2%. Asda, which reports in November, fell 1%."
    assert date_of("November", text) == "2026-11-01"
    assert date_of("January", "The retailer reports in January.") == "2027-01-01"


def test_a_present_report_that_says_something_is_told_of_the_past():
    assert date_of("Tuesday", "The council reports a fall in arrears on Tuesday.") == "2026-09-29"
    assert date_of("Monday", "Police say on Monday a man was arrested.") == "2026-09-28"


def test_a_forecast_for_the_year_to_a_month_is_for_the_year_still_running():
    frame = timeline_of(
        "The brewer cut its forecast for the full year to March 31 and now expects a loss.", published=FEBRUARY
    )
    assert (row(frame, "the full year")["date"], row(frame, "the full year")["date_end"]) == (
        "2025-04-01",
        "2026-03-31",
    )
    assert row(frame, "March 31")["date"] == "2026-03-31"


def test_a_result_for_the_year_to_a_month_is_for_the_year_gone_by():
    frame = timeline_of("Profit at the brewer rose 5% in the full year to March 31.", published=datetime(2026, 6, 2))
    assert row(frame, "the full year")["date_end"] == "2026-03-31"
    frame = timeline_of("Profit at the brewer rose 5% in the year to March 31.", published=FEBRUARY)
    assert row(frame, "March 31")["date"] == "2025-03-31"


def test_a_half_of_the_year_told_as_gone_by_is_last_years_while_this_years_runs():
    text = "The finance director said the second half of the year had been harder than forecast."
    assert row(timeline_of(text, published=FEBRUARY), "the second half of the year")["value"] == "2025-H2"
    text = "The finance director said the second half of the year would be easier."
    assert row(timeline_of(text, published=FEBRUARY), "the second half of the year")["value"] == "2026-H2"
    text = "Sales fell in the first half of the year."
    assert row(timeline_of(text, published=datetime(2026, 9, 10)), "the first half of the year")["value"] == "2026-H1"


def test_a_financial_year_across_two_years_takes_the_months_the_text_gives_its_years():
    frame = timeline_of(
        "Its year runs to March 31. For the 2026-27 financial year it expects growth.", published=FEBRUARY
    )
    found = row(frame, "the 2026-27 financial year")
    assert (found["date"], found["date_end"]) == ("2026-04-01", "2027-03-31")
    found = row(
        timeline_of("The council set its budget for the 2026/27 financial year.", published=FEBRUARY),
        "the 2026/27 financial year",
    )
    assert found["date"] <= "2026-04-01" and found["date_end"] >= "2027-03-31"
    assert (
        row(timeline_of("They were fifth in the 2024-25 season.", published=FEBRUARY), "the 2024-25 season")["date"]
        == ""
    )
