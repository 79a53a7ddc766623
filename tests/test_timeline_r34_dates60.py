"""Timeline rules of round 34 (dates60): weekdays of a week or a month named by a possessive ("Last week's snow
closed schools on Monday and Tuesday"); set phrases with "soon", "now" and "the future" that name no time ("Get well
soon", "every now and then", "the future of the rail link"); a side's fixture whose verb the parse read as a noun
before a participle; a weekday of "the next" thing set off by commas; clock times and "the following morning" of a
day named but not dated ("on the day of the vote"); and "this summer" told of what is to come after the summer has
ended. Every text here was written for these tests."""

from __future__ import annotations

from datetime import datetime

from test_timeline_sentences import row, table

WEDNESDAY = datetime(2026, 1, 14)
THURSDAY = datetime(2026, 3, 12)
MONDAY = datetime(2026, 8, 3)


def test_weekdays_of_last_weeks_thing_are_in_that_week():
    frame = table("Last week's snow closed 200 schools on Monday and Tuesday.", published=WEDNESDAY)
    assert row(frame, "Monday")["date"] == "2026-01-05"
    assert row(frame, "Tuesday")["date"] == "2026-01-06"
    this_week = table("Snow closed 200 schools on Monday and Tuesday.", published=WEDNESDAY)
    assert row(this_week, "Monday")["date"] == "2026-01-12"  # no week named: this week's days gone by


def test_a_weekday_of_a_month_named_in_its_clause_is_not_publications_week():
    frame = table("Last month's hearing was adjourned on Tuesday after the defendant fell ill.", published=THURSDAY)
    assert row(frame, "Tuesday")["date"] == ""  # a Tuesday of February, which one not said
    frame = table("In June the council will meet on Tuesday.", published=THURSDAY)
    assert row(frame, "Tuesday")["date"] == ""
    kept = table("Earlier this month the hearing was adjourned on Tuesday.", published=THURSDAY)
    assert row(kept, "Tuesday")["date"] == "2026-03-10"  # the nearest Tuesday is in the month named


def test_set_phrases_of_soon_now_and_the_future_are_no_times():
    frame = table(
        'Thousands of fans replied. One wrote: "Get well soon, we love you."',
        '"See you soon," the singer told the crowd. She calls her mother every now and then.',
        'The mayor called a vote on the future of a planned rail link. "Now is the time to decide," she said.',
        published=MONDAY,
    )
    assert frame.empty or not frame["value"].isin(["FUTURE_REF", "PRESENT_REF"]).any()
    kept = table(
        "Doctors said she would get well soon. The future is bright, the manager said.",
        "Now that the vote is over, the party must unite.",
        published=MONDAY,
    )
    assert row(kept, "soon")["value"] == "FUTURE_REF"
    assert row(kept, "The future")["value"] == "FUTURE_REF"
    assert row(kept, "Now")["value"] == "PRESENT_REF"


def test_a_fixture_read_as_a_noun_before_a_participle_is_to_come():
    frame = table(
        "Bristol Rovers host Exeter City on Saturday knowing a win would lift them into the play-off places.",
        published=THURSDAY,
    )
    assert row(frame, "Saturday")["date"] == "2026-03-14"


def test_a_weekday_of_the_next_thing_set_off_by_commas_is_to_come():
    frame = table("Her next concert, in Glasgow on Friday, has been postponed.", published=MONDAY)
    assert row(frame, "Friday")["date"] == "2026-08-07"
    frame = table("The next meeting, on Tuesday, has been cancelled.", published=MONDAY)
    assert row(frame, "Tuesday")["date"] == "2026-08-04"
    kept = table("The meeting, on Tuesday, was cancelled.", published=MONDAY)
    assert row(kept, "Tuesday")["date"] == "2026-07-28"


def test_times_of_a_day_named_but_not_dated_have_no_date():
    frame = table(
        "Polls open at 7am and close at 10pm on the day of the vote. The result is expected the following morning.",
        published=datetime(2026, 6, 10),
    )
    assert row(frame, "7am")["date"] == ""
    assert row(frame, "10pm")["date"] == ""
    assert row(frame, "the following morning")["date"] == ""
    kept = table(
        "The vote is on Thursday. The result is expected the following morning.", published=datetime(2026, 6, 10)
    )
    assert row(kept, "the following morning")["date"] == "2026-06-12"


def test_this_summer_to_come_after_the_summer_has_ended_is_next_years():
    frame = table("The pool will reopen this summer, the council said.", published=datetime(2026, 12, 10))
    assert row(frame, "this summer")["value"] == "2027-SU"
    kept = table("Visitor numbers fell this summer.", published=datetime(2026, 12, 10))
    assert row(kept, "this summer")["value"] == "2026-SU"
    winter = table("Work had been due to start this winter.", published=datetime(2026, 6, 10))
    assert row(winter, "this winter")["value"] == "2027-WI"


def test_a_plain_present_told_after_a_perfect_of_telling_is_to_come():
    frame = table("Fans have been told tickets go on sale at 9am on Wednesday.", published=datetime(2026, 10, 19))
    assert row(frame, "9am on Wednesday")["date"] == "2026-10-21T09:00"
