"""A company's legal form in its name ("Ltd", "plc", "Inc") makes it the business "the company" stands for."""

from __future__ import annotations

from test_quotes import quoting, table


def test_the_company_is_the_limited_company_not_the_public_body_named_after_it():
    found = table(
        "Food maker fined over injury\nPublished 19 February 2025, 12:45\n\n"
        "Northvale Foods Ltd admitted breaching safety law on Tuesday.\n\n"
        "An inquiry by the Health and Safety Executive found staff had warned managers three times.\n\n"
        "The company said it deeply regretted the accident.\n"
    )
    assert quoting(found, "deeply regretted")["speaker"] == "Northvale Foods Ltd"


def test_the_firm_is_the_plc_not_the_regulator_named_after_it():
    found = table(
        "Bank fined for failings\nPublished 3 April 2025, 10:00\n\n"
        "Carrow Holdings plc was fined £4m for failing to protect customers' savings.\n\n"
        "The penalty was imposed after a two-year review by the Prudential Regulation Executive.\n\n"
        "The firm said it accepted the findings in full.\n"
    )
    assert quoting(found, "accepted the findings")["speaker"].startswith("Carrow Holdings")
