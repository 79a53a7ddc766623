"""Timeline rows of invented news a reader would check against the calendar: a day's event weighed by its effect,
things named after Christmas, claims about most of a kind, a weekday of every month, a month of another calendar,
a numbered day of a war, a state that runs until a month of the story, a clock time of a day's "when" clause and a
weekday's event named again."""

from __future__ import annotations

from datetime import datetime

from test_timeline_kinds import row
from test_timeline_kinds import table as timeline_of

THURSDAY = datetime(2026, 6, 4, 8, 0)  # a Thursday
MONDAY = datetime(2026, 9, 14, 7, 0)  # a Monday


def table(*paragraphs: str, published: datetime = THURSDAY):
    """The timeline of an article whose body is `paragraphs` (headline "T")."""
    return timeline_of(*paragraphs, published=published)


# --- a day's event weighed by its effect ---------------------------------------------------------------------------


def test_a_days_vote_that_is_a_blow_is_the_one_gone_by():
    frame = table("Tuesday's vote is a blow to the prime minister, who had staked his authority on the bill.")
    assert row(frame, "Tuesday")["date"] == "2026-06-02"


def test_a_days_win_that_is_a_boost_is_the_one_gone_by():
    frame = table("The win on Saturday is a boost for the new manager.")
    assert row(frame, "Saturday")["date"] == "2026-05-30"


def test_a_days_final_told_in_the_present_is_still_to_come():
    frame = table("Sunday's final is at Wembley and kicks off at 3pm.")
    assert row(frame, "Sunday")["date"] == "2026-06-07"


# --- things named after Christmas ---------------------------------------------------------------------------------


def test_a_christmas_party_and_market_are_no_christmas_day():
    frame = table(
        "The firm's Christmas party was cancelled, and the Christmas market will close a day early.",
        published=datetime(2026, 12, 3),
    )
    assert "Christmas" not in frame["expression"].tolist()


def test_christmas_day_itself_is_still_dated():
    frame = table("Staff will work on Christmas Day.", published=datetime(2026, 12, 3))
    assert row(frame, "Christmas Day")["date"] == "2026-12-25"


# --- claims about most of a kind -----------------------------------------------------------------------------------


def test_most_of_a_kind_closing_within_five_years_dates_no_length():
    frame = table(
        "It is easy to be sentimental about restaurants. Most close within five years, and nobody writes about them."
    )
    assert row(frame, "five years")["date"] == ""


def test_a_plan_with_a_modal_still_counts_from_publication():
    frame = table("Most of the schools will reopen within a week, the council said.")
    assert row(frame, "a week")["date"] == "2026-06-04"


# --- a weekday of every month --------------------------------------------------------------------------------------


def test_a_weekday_of_each_month_is_one_set():
    frame = table("Garden waste is collected on the first Monday of each month between March and November.")
    assert row(frame, "the first Monday of each month")["type"] == "SET"
    assert "each month" not in frame["expression"].tolist()
    assert "Monday" not in frame["expression"].tolist()


# --- a month of another calendar -----------------------------------------------------------------------------------


def test_the_month_after_ramadan_is_no_calendar_month():
    frame = table(
        "Ramadan is expected to begin on 18 February, and the market will stay open late throughout the month.",
        published=datetime(2026, 2, 10),
    )
    assert row(frame, "the month")["date"] == ""
    assert row(frame, "18 February")["date"] == "2026-02-18"


def test_the_month_after_a_calendar_day_is_that_days_month():
    frame = table("Sales open on 3 March and close at the end of the month.", published=datetime(2026, 2, 10))
    assert row(frame, "the end of the month")["date"].startswith("2026-03")


# --- a numbered day of a war ---------------------------------------------------------------------------------------


def test_the_hundredth_day_of_a_war_counts_from_its_first_day():
    frame = table(
        "The first columns crossed the border before dawn on 14 March 2026.",
        "On the 100th day of the war, in late June, the government announced a general mobilisation.",
        published=datetime(2027, 3, 14),
    )
    assert row(frame, "the 100th day of the war")["date"] == "2026-06-21"


def test_a_numbered_day_another_date_of_its_sentence_denies_is_not_told():
    frame = table(
        "The first columns crossed the border before dawn on 14 March 2026.",
        "On the 100th day of the war, in early May, the government announced a general mobilisation.",
        published=datetime(2027, 3, 14),
    )
    assert "the 100th day of the war" not in frame["expression"].tolist()


# --- a state that runs until a month of the story ------------------------------------------------------------------


def test_a_councillor_until_the_elections_in_may_after_a_past_arrest_is_the_next_may():
    frame = table(
        "Mr Hollins was arrested in November 2024 after an investigation which began in the summer of that year.",
        "He resigned as leader two weeks after his arrest but remained a councillor until the elections in May.",
        published=datetime(2026, 10, 8),
    )
    assert row(frame, "May")["date"] == "2025-05-01"
    assert row(frame, "the summer of that year")["date"] == "2024-06-01"


def test_a_month_the_story_ran_to_without_until_keeps_its_own_reading():
    frame = table("Prices rose in May, the agency said.", published=datetime(2026, 10, 8))
    assert row(frame, "May")["date"] == "2026-05-01"


# --- a clock time of a day's "when" clause, and the day named again ------------------------------------------------


def test_a_clock_time_of_a_days_when_clause_is_on_that_day():
    frame = table(
        "The Bank is expected to hold rates on Thursday, when its committee announces its decision at noon.",
        published=MONDAY,
    )
    assert row(frame, "noon")["value"] == "2026-09-17T12:00"


def test_a_weekdays_thing_in_the_present_after_that_day_was_named_to_come_is_that_day():
    frame = table(
        "The Bank is expected to hold rates on Thursday.",
        "Thursday's decision is the last before the Budget on 25 November.",
        published=MONDAY,
    )
    days = frame[frame["expression"] == "Thursday"]["date"].tolist()
    assert days == ["2026-09-17", "2026-09-17"]


def test_a_weekdays_thing_told_in_the_past_stays_gone_by():
    frame = table(
        "The Bank is expected to hold rates on Thursday.",
        "Thursday's figures showed that prices rose.",
        published=MONDAY,
    )
    assert sorted(frame[frame["expression"] == "Thursday"]["date"].tolist()) == ["2026-09-10", "2026-09-17"]
