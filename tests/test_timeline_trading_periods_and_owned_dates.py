"""Timeline rows of invented reports a reporter would read wrongly: a trading period counted in weeks or days up to
the day that ends it, and the year before it; a possessive date that owns the thing the clause is about; a thing
had done to it; a deadline's present read as a plural noun."""

from __future__ import annotations

from datetime import datetime

from test_timeline_kinds import row, table


def test_weeks_to_a_day_are_the_weeks_ending_that_day():
    frame = table(
        "Underlying profit for the 26 weeks to 30 August fell to £212m from £247m a year earlier, the grocer said.",
        published=datetime(2026, 9, 17),
    )
    period = row(frame, "the 26 weeks")
    assert (period["date"], period["date_end"]) == ("2026-03-02", "2026-08-30")
    assert period["value"] == "P26W"
    before = row(frame, "a year earlier")
    assert (before["date"], before["date_end"]) == ("2025-03-02", "2025-08-30")


def test_weeks_to_a_day_not_yet_passed_this_year_are_last_years():
    frame = table(
        "Sales in the 12 weeks to 14 December rose 3.1%, the market researcher said.",
        published=datetime(2026, 1, 9),
    )
    period = row(frame, "the 12 weeks")
    assert (period["date"], period["date_end"]) == ("2025-09-22", "2025-12-14")


def test_days_to_a_day_are_the_days_ending_that_day():
    frame = table("There were 412 admissions in the 28 days to 3 March.", published=datetime(2026, 3, 12))
    period = row(frame, "the 28 days")
    assert (period["date"], period["date_end"]) == ("2026-02-04", "2026-03-03")


def test_weeks_to_a_month_with_no_day_keep_no_date():
    frame = table("Sales for the 26 weeks to August rose 2%.", published=datetime(2026, 9, 17))
    assert row(frame, "the 26 weeks")["date"] == ""


def test_a_possessive_date_owns_the_thing_when_the_clause_is_at_another_time():
    frame = table(
        "Police are appealing for witnesses to Sunday's crash on the ring road.",
        "The Tidewell Festival has announced its line-up for next summer's event.",
        "Ticket prices for next year's tournament rose on Monday.",
        published=datetime(2026, 10, 7),
    )
    assert row(frame, "Sunday")["event"] == "crash"
    assert row(frame, "next summer")["event"] == "event"
    assert row(frame, "next year")["event"] == "tournament"


def test_a_possessive_date_leaves_a_clause_at_its_time_the_event():
    frame = table(
        "The three judges issued Thursday's ruling after a week of hearings.",
        "The claim was first raised in Saturday's debate.",
        published=datetime(2026, 10, 9),
    )
    assert "issued" in row(frame, "Thursday")["event"]
    assert "raised" in row(frame, "Saturday")["event"]


def test_a_thing_had_done_is_told_with_who_had_it():
    frame = table(
        "Marlow Athletic had a £6m offer rejected last week.",
        "The council had its budget approved on Tuesday.",
        published=datetime(2026, 1, 22),
    )
    assert row(frame, "last week")["event"].startswith("Marlow Athletic had")
    assert row(frame, "last week")["event"].endswith("rejected")
    assert row(frame, "Tuesday")["event"] == "council had budget approved"


def test_a_deadlines_present_after_before_is_its_own_event():
    frame = table(
        "Greystone United want to sign a goalkeeper before the transfer window shuts at 11pm on Thursday.",
        "Applicants must apply before the consultation closes on Friday.",
        published=datetime(2026, 1, 26),
    )
    assert row(frame, "11pm on Thursday")["event"] == "transfer window shuts"
    assert row(frame, "Friday")["event"] == "consultation closes"
