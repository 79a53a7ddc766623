"""Timeline: a forecast's quarter and a payment's day are still to come; a year named inside a quotation is no
frame for the quotation's own "last year"."""

from __future__ import annotations

from datetime import datetime

from test_timeline_sentences import row, table

OCTOBER = datetime(2026, 10, 29, 21, 30)
MARCH = datetime(2026, 3, 10, 9, 0)
SEPTEMBER = datetime(2026, 9, 14, 22, 15)


def test_a_forecast_quarter_of_a_company_year_is_the_coming_one():
    frame = table(
        "Revenue for the quarter ended Sept. 30 rose 17% to $4.82 billion.",
        "The company forecast second-quarter revenue of between $5.05 billion and $5.15 billion.",
        "Its fiscal year runs from July to June.",
        published=OCTOBER,
    )
    assert row(frame, "second-quarter")["value"] == "2026-Q4"


def test_a_quarter_forecast_in_the_past_tense_is_not_last_years():
    frame = table("The retailer predicted fourth-quarter sales of about $2 billion.", published=MARCH)
    assert row(frame, "fourth-quarter")["value"] == "2026-Q4"
    # told as done, the same quarter is last year's
    done = table("The retailer reported fourth-quarter sales of about $2 billion.", published=MARCH)
    assert row(done, "fourth-quarter")["value"] == "2025-Q4"


def test_a_day_a_payment_falls_due_on_is_still_to_come():
    frame = table("It raised its quarterly dividend by 10% to 22 cents a share, payable on Dec. 12.", published=OCTOBER)
    assert row(frame, "Dec. 12")["date"] == "2026-12-12"
    loan = table("The lender said the bonds, repayable on 1 February, had been sold.", published=OCTOBER)
    assert row(loan, "1 February")["date"] == "2027-02-01"


def test_a_year_named_inside_a_quotation_does_not_frame_its_last_year():
    frame = table('"We saw the same thing with Ida in 2021 and with Milton last year," she said.', published=SEPTEMBER)
    assert row(frame, "last year")["value"] == "2025"
    other = table('"In 2019 we had a drought, and last year we had floods," the farmer said.', published=SEPTEMBER)
    assert row(other, "last year")["value"] == "2025"


def test_a_year_framing_a_quotation_from_outside_still_counts_it():
    frame = table('She wrote in 2019: "Next year I go back to teaching."', published=SEPTEMBER)
    assert row(frame, "Next year")["value"] == "2020"
