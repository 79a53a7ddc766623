"""A duration after "for" with a verb in the simple present is how long something lasts each time, not a period
counted from publication; a planned or imposed one still is; a year after "by" or "in" is a year."""

from __future__ import annotations

from test_timeline_kinds import row
from test_timeline_kinds import table as timeline_of


def test_how_long_a_treatment_is_recommended_for_is_no_period_from_today():
    frame = timeline_of("The watchdog currently recommends the drug for up to two years for adults.")
    assert row(frame, "up to two years")["date"] == ""
    assert row(frame, "up to two years")["anchor"] == "vague"


def test_a_period_planned_or_imposed_from_today_is_still_dated():
    frame = timeline_of(
        "The council will close the bridge for two weeks.",
        "The government extends the ban for six months.",
    )
    assert row(frame, "two weeks")["date"] != ""
    assert row(frame, "six months")["date"] != ""


def test_a_month_one_would_normally_expect_something_in_is_every_such_month():
    frame = timeline_of("\"We're seeing the kind of temperatures we'd normally expect in late January,\" he said.")
    assert row(frame, "late January")["date"] == ""


def test_a_compared_chance_over_a_stretch_in_a_past_study_is_no_period_to_come():
    """ "were a third less likely to develop heart failure over eight years": the years the study followed them, not
    eight years from publication."""
    frame = timeline_of(
        "Older adults who walked briskly were a third less likely to develop heart failure over eight years, a "
        "study found."
    )
    assert row(frame, "over eight years")["date"] == ""


def test_a_telephone_number_holds_no_year():
    frame = timeline_of(
        "Anyone with information is asked to call the confidential line on 1800 666 111 or 0161 1999 200.",
        "The bridge opened on October 18 2019 and closed in 1999.",
    )
    assert set(frame["expression"]) >= {"1999"} and "1800" not in set(frame["expression"])
    assert (frame["expression"] == "1999").sum() == 1


def test_a_stretch_set_against_another_length_is_no_period_from_today():
    frame = timeline_of('"This is a budget for the next six months, not the next six years," she said.')
    assert row(frame, "the next six years")["date"] == ""
    assert row(frame, "the next six months")["date"] == ""


def test_a_year_after_a_preposition_of_time_is_a_date_however_the_recogniser_read_it():
    frame = timeline_of(
        'Water UK said the money would "cut spills in half by 2030".',
        "The bill passed by 2030 votes to 1450.",
    )
    assert row(frame, "2030")["date"] == "2030-01-01"
    assert len(frame[frame["expression"] == "2030"]) == 1


def test_a_quarter_before_a_comparative_is_a_share_not_three_months():
    frame = timeline_of(
        "Walkers are about a quarter less likely to develop dementia.",
        "The work will take a quarter.",
    )
    assert list(frame["expression"]) == ["a quarter"]
    assert row(frame, "a quarter")["sentence"].startswith("The work")
