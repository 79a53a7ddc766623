"""Timeline rules of round 36 (dates66). Every text here was written for these tests."""

from __future__ import annotations

from datetime import datetime

from test_timeline_sentences import row, table

TUESDAY = datetime(2026, 10, 27)
THURSDAY = datetime(2026, 10, 29)


def test_a_plan_under_way_when_a_past_event_happened_is_gone_by():
    text = (
        "More than 180 passengers were evacuated down emergency slides after an engine on a Jet2 flight caught "
        "fire as it prepared to take off from Manchester Airport on Monday morning. The Boeing 737 was taxiing to "
        "the runway at about 7.40am when the crew saw smoke."
    )
    frame = table(text, published=TUESDAY)
    assert row(frame, "Monday morning")["date"] == "2026-10-26"  # the Monday gone by, not 2 November
    assert row(frame, "7.40am")["date"][:10] in ("2026-10-26", "")  # on that Monday, never on publication's day
    interrupted = "The plane was preparing to take off on Monday morning when the crew saw smoke."
    assert row(table(interrupted, published=TUESDAY), "Monday morning")["date"] == "2026-10-26"
    caught = "Two men were arrested while they were trying to board a ferry on Sunday."
    assert row(table(caught, published=TUESDAY), "Sunday")["date"] == "2026-10-25"
    gathered = "Protesters gathered outside as MPs prepared to vote on Thursday."
    assert row(table(gathered, published=TUESDAY), "Thursday")["date"] == "2026-10-22"
    own_day = "Heavy rain fell on Thursday as the region prepared to mark the anniversary of the floods on Saturday."
    assert row(table(own_day, published=datetime(2026, 11, 20)), "Saturday")["date"] == "2026-11-21"  # after it
    plan = "The airline said it planned to resume flights on Friday."
    assert row(table(plan, published=TUESDAY), "Friday")["date"] == "2026-10-30"  # a plan still looks ahead
    said = "As investors prepared to hear from the chief executive on Thursday, analysts said sales had slowed."
    assert row(table(said, published=TUESDAY), "Thursday")["date"] == "2026-10-29"  # prepared at the saying: ahead
    went = "Thousands of people arrived to vote on Sunday despite heavy rain."
    assert row(table(went, published=TUESDAY), "Sunday")["date"] == "2026-10-25"


def test_a_weekday_in_a_clause_of_a_year_gone_by_is_undated():
    frame = table("In 2019 the union called off Friday strikes after talks with the operator.", published=THURSDAY)
    found = row(frame, "Friday")
    assert (found["value"], found["date"]) == ("XXXX-WXX-5", "")  # not the Friday before publication
    said = table("In 2019 the union called off its strikes, the chairman said on Friday.", published=THURSDAY)
    assert row(said, "Friday")["date"] == "2026-10-23"  # the saying's Friday, another verb
    now = table("In 2026 the union called off strikes on Friday.", published=THURSDAY)
    assert row(now, "Friday")["date"] == "2026-10-23"  # a Friday of the year named


def test_a_count_in_the_past_fortnight_is_counted_in_the_days_up_to_now():
    frame = table("The club has lost five games in the past fortnight.", published=THURSDAY)
    found = row(frame, "the past fortnight")
    assert (found["value"], found["date"], found["date_end"]) == ("P2W", "2026-10-15", "2026-10-29")
    week = row(table("The club has lost three games in the past week.", published=THURSDAY), "the past week")
    assert (week["date"], week["date_end"]) == ("2026-10-22", "2026-10-29")
    defeat = "Rovers have lost five games in the past fortnight after a 2-0 defeat at Harton on Saturday."
    assert row(table(defeat, published=THURSDAY), "the past fortnight")["date"] == "2026-10-15"
    close = table("The club will play three matches in eight days over Christmas.", published=THURSDAY)
    assert row(close, "eight days")["date"] == ""  # how close together, not eight days from now


def test_a_superlative_in_the_past_decade_spans_the_ten_years_up_to_now():
    frame = table("Fares are now the highest in the past decade.", published=THURSDAY)
    found = row(frame, "the past decade")
    assert (found["value"], found["date"], found["date_end"]) == ("P1E", "2016-10-29", "2026-10-29")
    assert not found["event"].startswith("last time before now")
    years = row(
        table("The line carried the most passengers in the last five years.", published=THURSDAY), "the last five years"
    )
    assert (years["value"], years["date"], years["date_end"]) == ("P5Y", "2021-10-29", "2026-10-29")
    bare = row(table("October rainfall was the highest in a decade.", published=THURSDAY), "a decade")
    assert bare["date"] == "2016-01-01"  # "in a decade" still dates the last occasion, about ten years back


def test_a_fixture_whose_opponent_was_read_as_a_past_is_to_come():
    sunday = datetime(2026, 11, 8)
    frame = table("Rovers host Dunmere on Tuesday night as they try to end the run.", published=sunday)
    assert row(frame, "Tuesday night")["date"] == "2026-11-10"  # the coming Tuesday, not 3 November
