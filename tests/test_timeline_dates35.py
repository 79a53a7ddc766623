"""Timeline rows of invented news a reader would check against the calendar: a weekday of a thing a past report
awaits, a state that runs until a month after the story's latest date, things named after Easter, a noun the parse
read as a verb, a past attempt, a habit, a run of events, a stretch of months a company reports on and a weekday
that does not fit the coming year."""

from __future__ import annotations

from datetime import datetime

from test_timeline_kinds import row
from test_timeline_kinds import table as timeline_of

TUESDAY = datetime(2026, 12, 1, 17, 45)  # a Tuesday
MONDAY = datetime(2026, 11, 30, 7, 0)  # a Monday


def table(*paragraphs: str, published: datetime = TUESDAY):
    """The timeline of an article whose body is `paragraphs` (headline "T")."""
    return timeline_of(*paragraphs, published=published)


# --- a weekday of a thing a past report awaits -----------------------------------------------------------------------


def test_a_decision_a_market_held_steady_before_is_still_to_come():
    frame = table(
        "London's blue-chip index closed lower on Tuesday, while sterling held steady before the Bank of England's "
        "interest rate decision on Thursday."
    )
    assert row(frame, "Thursday")["date"] == "2026-12-03"


def test_figures_due_on_a_day_awaited_in_a_past_report_are_still_to_come():
    frame = table("Shares fell on Tuesday as investors awaited US jobs figures due on Friday.")
    assert row(frame, "Friday")["date"] == "2026-12-04"


def test_a_vote_ahead_of_which_shares_fell_is_still_to_come():
    frame = table("Shares in the group fell ahead of Thursday's vote on the takeover.")
    assert row(frame, "Thursday")["date"] == "2026-12-03"


def test_a_match_long_ahead_in_the_week_that_police_acted_before_is_the_one_gone_by():
    frame = table("Police arrested two men before the match on Saturday.", published=MONDAY)
    assert row(frame, "Saturday")["date"] == "2026-11-28"


def test_a_day_of_an_event_a_past_report_only_names_stays_gone_by():
    frame = table("Shares fell after the rate decision on Thursday.")
    assert row(frame, "Thursday")["date"] == "2026-11-26"


# --- a state that runs until a month after the story's latest date --------------------------------------------------


def test_a_state_runs_until_a_month_after_the_story_s_latest_date_not_its_last_named():
    frame = table(
        "Mr Hollins was arrested in November 2024 after an investigation which began in the summer of that year.",
        "He resigned as leader two weeks after his arrest but remained a councillor until September.",
        published=datetime(2027, 3, 8),
    )
    assert row(frame, "September")["date"] == "2025-09-01"


# --- things named after Easter --------------------------------------------------------------------------------------


def test_easter_bonnets_and_an_easter_fair_name_no_day():
    frame = table("Pupils made Easter bonnets for the church's Easter fair.", published=datetime(2026, 3, 20))
    assert "Easter" not in frame["expression"].tolist()


def test_easter_itself_keeps_its_day():
    frame = table("Families flocked to the coast at Easter.", published=datetime(2026, 4, 20))
    assert row(frame, "Easter")["date"] == "2026-04-05"


# --- a noun the parse read as a verb --------------------------------------------------------------------------------


def test_a_draw_read_as_a_verb_takes_the_tense_of_the_verb_it_is_subject_of():
    frame = table(
        "A ticket bought in Swansea for the EuroMillions draw on 14 May has still not been claimed.",
        published=datetime(2026, 12, 14),
    )
    assert row(frame, "14 May")["date"] == "2026-05-14"


# --- a past attempt, a habit, a run of events -----------------------------------------------------------------------


def test_a_day_of_a_past_attempt_is_the_one_gone_by():
    frame = table(
        "Opposition MPs tried to delay the vote on Monday, but the Speaker rejected their motion.",
        published=datetime(2026, 11, 25),
    )
    assert row(frame, "Monday")["date"] == "2026-11-23"


def test_an_attempt_still_to_make_keeps_its_day_to_come():
    frame = table("Opposition MPs will try to delay the vote on Monday.", published=datetime(2026, 11, 25))
    assert row(frame, "Monday")["date"] == "2026-11-30"


def test_a_weekday_of_a_habit_is_every_such_day():
    frame = table("Sales usually peak on Friday evening, the operator said.", published=datetime(2026, 11, 19))
    found = row(frame, "Friday evening")
    assert found["type"] == "SET" and not found["date"]


def test_a_clock_time_of_what_follows_a_days_event_is_on_that_day():
    frame = table(
        "Marlow's results will be published at 7am on Thursday, followed by a call with analysts at 9.30am.",
        published=datetime(2026, 12, 14),
    )
    assert row(frame, "9.30am")["date"] == "2026-12-17T09:30"


# --- a stretch of months a company reports on -----------------------------------------------------------------------


def test_a_stretch_a_company_will_report_on_ends_in_the_month_just_over():
    frame = table(
        "Analysts expect the company to report revenue of £2.1 billion for the three months to November.",
        published=datetime(2026, 12, 14),
    )
    assert row(frame, "November")["date"] == "2026-11-01"


# --- a weekday that does not fit the coming year ---------------------------------------------------------------------


def test_a_strike_still_to_come_is_not_put_a_year_back_for_its_weekday():
    frame = table(
        "Resident doctors will walk out for five days from 7am on Wednesday 17 December, the union said.",
        published=datetime(2026, 12, 7),
    )
    assert row(frame, "7am on Wednesday 17 December")["date"] == "2026-12-17T07:00"


def test_a_weekday_and_day_told_in_the_past_keep_the_year_that_fits():
    frame = table("The strike on Wednesday 17 December was the longest.", published=datetime(2026, 12, 7))
    assert row(frame, "Wednesday 17 December")["date"] == "2025-12-17"
