"""A date told in a relative clause on a thing named after a verb ("the directing mind of an operation that used 11
houses between January 2021 and August 2023") does not move the story there, so a later bare month of the past is
the latest before publication ("Hoxha, who pleaded guilty in October"), while a month after a date of the main
clause still goes on from it ("The firm was founded in May 2016. In September it won …"). A length inside a standing
rule or target ("92% of patients should start treatment within 18 weeks") is a duration with no calendar span."""

from __future__ import annotations

from newsframe import pipeline

SENTENCING = "\n\n".join(
    [
        "Three men jailed for total of 41 years over cannabis farm network",
        "Three men who ran a network of cannabis farms across the north-west of England have been jailed for a total "
        "of 41 years at Manchester Crown Court on Thursday.",
        'Judge Maurice Greene said Whitaker had been "the directing mind" of an operation that used 11 rented houses '
        "and two industrial units between January 2021 and August 2023.",
        "Hoxha, who pleaded guilty in October, organised the recruitment of gardeners, the court heard.",
    ]
)

FRAUD = "\n\n".join(
    [
        "Builder jailed over fraud that cost pensioners £400,000",
        "A builder who defrauded elderly homeowners has been jailed for six years at Bristol Crown Court.",
        "Mark Ellis, 52, ran a firm that took deposits for work it never did between March 2019 and June 2022, the "
        "court heard.",
        "Ellis, who admitted fraud in November, was arrested after a BBC investigation.",
        "The firm was founded in May 2016. In September it won its first council contract.",
    ]
)

NHS = "\n\n".join(
    [
        "NHS waiting list falls for fourth month in a row",
        "The waiting list for hospital treatment in England has fallen for the fourth month in a row, according to "
        "figures published on Thursday by NHS England.",
        "The government has committed to meeting the target, under which 92% of patients should start treatment "
        "within 18 weeks, by March 2029.",
        "Some 76.7% of patients who were urgently referred for suspected cancer in April were diagnosed or had "
        "cancer ruled out within 28 days, below the 80% target.",
        "Under the rules, hospitals must see patients within four hours of arrival, and patients should be seen by "
        "a specialist within two weeks.",
        "The company must repay the loan within 30 days, the court ruled on Wednesday.",
        "Ministers have set a target of clearing the backlog within 18 months.",
    ]
)


def _rows(write, name, text, date):
    timeline = pipeline.analyze(write(name, text), date, use_cache=False).tables["timeline"]
    return timeline[["paragraph", "expression", "value", "date", "date_end"]].values.tolist()


def test_a_month_after_a_things_dated_clause_is_the_latest_gone_by(write):
    rows = _rows(write, "sentencing.txt", SENTENCING, "2025-03-21")
    assert [3, "October", "2024-10", "2024-10-01", "2024-10-31"] in rows
    assert [2, "between January 2021 and August 2023", "2021-01/2023-08", "2021-01-01", "2023-08-31"] in rows


def test_a_zero_relative_clause_and_a_main_clause_story(write):
    rows = _rows(write, "fraud.txt", FRAUD, "2025-02-14")
    assert [3, "November", "2024-11", "2024-11-01", "2024-11-30"] in rows
    assert [4, "September", "2016-09", "2016-09-01", "2016-09-30"] in rows  # the story goes on from May 2016


def test_lengths_of_standing_rules_are_not_dated(write):
    rows = _rows(write, "nhs.txt", NHS, "2025-06-12")
    assert [2, "18 weeks", "P18W", "", ""] in rows
    assert [3, "28 days", "P28D", "", ""] in rows
    assert [4, "two weeks", "P2W", "", ""] in rows
    assert [5, "30 days", "P30D", "2025-06-12", "2025-07-12"] in rows  # what one company must do: from now
    assert [6, "18 months", "P18M", "2025-06-12", "2026-12-12"] in rows  # one thing to be done: from now
    assert [2, "March 2029", "2029-03", "2029-03-01", "2029-03-31"] in rows
