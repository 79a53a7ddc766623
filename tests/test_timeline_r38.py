"""Timeline: a month's name that is part of a person's name ("Theresa May", "Mrs May") is no date."""

from __future__ import annotations

from datetime import datetime

from test_timeline_sentences import row, table

SUNDAY = datetime(2025, 2, 2)


def test_a_persons_name_that_is_a_month_is_no_date():
    frame = table(
        'Theresa May called it "the burning injustice" of our time. Mrs May said on Monday that she was proud. '
        "Brian May, the guitarist, played in May.",
        published=SUNDAY,
    )
    assert frame["expression"].tolist().count("May") == 1  # the month the guitarist played in, no name
    assert row(frame, "May")["value"] == "2024-05"
    assert row(frame, "Monday")["value"] == "2025-01-27"  # the Monday gone by, not one of no week


WEDNESDAY = datetime(2024, 7, 24)


def test_a_day_on_what_was_voted_for_is_the_votes_day():
    frame = table(
        "Seven Labour MPs were suspended from the party for voting to scrap the cap on Tuesday night.",
        published=WEDNESDAY,
    )
    assert row(frame, "Tuesday night")["value"] == "2024-07-23TNI"  # not the coming Tuesday
    voted = table("Seven MPs voted to scrap the cap on Tuesday night.", published=WEDNESDAY)
    assert row(voted, "Tuesday night")["value"] == "2024-07-23TNI"
    coming = table("MPs will vote to scrap the cap on Tuesday night.", published=WEDNESDAY)
    assert row(coming, "Tuesday night")["value"] == "2024-07-30TNI"


def test_a_run_of_two_months_dated_by_its_sentence_ends_within_the_year():
    frame = table(
        "Last year, teachers staged eight days of strikes between February and July before accepting a rise. "
        "In 2022, nurses went on strike between December and January.",
        published=datetime(2024, 7, 29),
    )
    assert row(frame, "between February and July")["value"] == "2023-02/2023-07"  # not on to July 2024
    assert row(frame, "between December and January")["value"] == "2022-12/2023-01"


def test_a_number_a_label_noun_carries_is_no_year():
    frame = table(
        "Anyone with information is asked to call 101, quoting log 1842 of 12 January. The force received 1999 "
        "calls in December. Flight 1549 landed in 2009.",
        published=datetime(2025, 1, 14),
    )
    assert "1842" not in frame["expression"].tolist()  # the log's number, no year
    assert "1549" not in frame["expression"].tolist()
    assert row(frame, "2009")["value"] == "2009"
