"""Timeline rows of invented news: a date that only ends a state ("open through Nov. 21") is not the day a later
bare clock time falls on; the day and hour a paragraph ends on carry to the next one; the subject of a clause
after "after" is found past a name set off by commas; a weekday that is publication's own, in a plan, is that day."""

from __future__ import annotations

from datetime import datetime

from test_timeline_kinds import row
from test_timeline_kinds import table as timeline_of

WEDNESDAY = datetime(2026, 9, 30)


def table(*paragraphs: str, published: datetime = WEDNESDAY):
    """The timeline of an article whose body is `paragraphs` (headline "T")."""
    return timeline_of(*paragraphs, published=published)


def test_a_clock_time_after_a_date_ending_a_state_takes_the_day_of_the_event():
    frame = table(
        "The House approved a short-term funding measure late Tuesday that keeps federal agencies running through "
        "Dec. 12, sending it to the president hours before a midnight deadline."
    )
    assert row(frame, "Tuesday")["date"] == "2026-09-29"
    assert row(frame, "Dec. 12")["date"] == "2026-12-12"
    assert row(frame, "midnight")["date"][:10] == "2026-09-29"


def test_a_date_ending_a_state_still_dates_its_own_row():
    frame = table("The council voted on Monday to keep the library open through March 31.")
    assert row(frame, "March 31")["date"] == "2027-03-31"
    assert row(frame, "Monday")["date"] == "2026-09-28"


def test_the_day_and_hour_a_paragraph_ends_on_carry_into_the_small_hours_of_the_next():
    frame = table(
        "The yacht left the harbour at about 9.45pm on Friday 4 September, heading for the islands.",
        "Its emergency beacon stopped transmitting shortly after midnight, the coastguard said.",
    )
    assert row(frame, "9.45pm on Friday 4 September")["date"] == "2026-09-04T21:45"
    assert row(frame, "midnight")["date"] == "2026-09-05T00:00"


def test_a_clock_time_after_a_day_and_hour_of_the_paragraph_before_counts_from_that_hour():
    frame = table(
        "Fire crews were called to the warehouse at 11pm on Sunday 27 September.",
        "Two hours later the roof collapsed.",
    )
    assert row(frame, "Two hours later")["date"].startswith("2026-09-28T01")


def test_the_subject_after_a_name_set_off_by_commas_is_the_noun_of_after():
    frame = table("The by-election was triggered after the sitting councillor, Tom Hale, stood down in April.")
    event = row(frame, "April")["event"]
    assert "stood down" in event and "election" not in event
    assert "councillor" in event


def test_a_comma_without_a_name_before_it_still_ends_the_clause_of_after():
    frame = table("The ferry was cancelled after the storm, and the port closed in June.")
    assert "storm" not in row(frame, "June")["event"]


SATURDAY = datetime(2026, 10, 3)


def test_publications_own_weekday_in_a_plan_is_that_day():
    # wire and web copy write the weekday for the day of publication, not "today"; a week on would be "next
    # Saturday" or carry its date
    frame = table("The Corn Exchange will reopen on Saturday after a two-year restoration.", published=SATURDAY)
    assert row(frame, "Saturday")["date"] == "2026-10-03"


THURSDAY = datetime(2026, 5, 14)


def test_a_bare_condition_on_what_someone_was_urged_to_do_is_still_to_come():
    frame = table(
        "The hospital urged patients to keep their appointments unless contacted before Monday.", published=THURSDAY
    )
    assert row(frame, "Monday")["date"] == "2026-05-18"


def test_a_condition_with_its_own_subject_and_past_verb_keeps_its_past():
    frame = table("The firm agreed to pay the fine unless it won an appeal by Friday.", published=THURSDAY)
    assert row(frame, "Friday")["date"] < "2026-05-14"
