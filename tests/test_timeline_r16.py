"""Timeline rows of invented news (storm warnings, inquests, company results): "this weekend" on each weekday, a
bare month that only dates a noun, a duration in a conditional perfect, and a company's year ending in a month."""

from __future__ import annotations

from datetime import datetime

import pytest
from test_timeline_kinds import row
from test_timeline_kinds import table as timeline_of

FRIDAY = datetime(2024, 11, 22)


def table(*paragraphs: str, published: datetime = FRIDAY):
    """The timeline of an article whose body is `paragraphs` (headline "T")."""
    return timeline_of(*paragraphs, published=published)


@pytest.mark.parametrize(
    "day, week",
    [(18, "2024-W46-WE"), (19, "2024-W46-WE"), (20, "2024-W46-WE"), (21, "2024-W47-WE"), (22, "2024-W47-WE")],
)
def test_this_weekend_told_in_the_past_is_the_one_gone_only_early_in_the_week(day, week):
    frame = table("Hundreds of volunteers cleared the beach this weekend.", published=datetime(2024, 11, day))
    assert row(frame, "this weekend")["value"] == week


def test_this_weekend_on_a_friday_is_the_coming_one_whatever_the_tense():
    frame = table(
        'A spokeswoman said: "We have doubled the number of engineers on call this weekend."',
        "The ferry company will run extra sailings this weekend.",
    )
    assert row(frame, "this weekend", 0)["date"] == "2024-11-23"
    assert row(frame, "this weekend", 1)["date"] == "2024-11-23"


def test_this_weekend_at_the_weekend_is_its_own():
    frame = table("Crowds gathered on the seafront this weekend.", published=datetime(2024, 11, 24))
    assert row(frame, "this weekend")["value"] == "2024-W47-WE"


def test_a_month_dating_a_noun_in_a_present_clause_is_the_nearest():
    frame = table("It is the fourth flood of the autumn, after one in October and two this month.")
    assert row(frame, "October")["value"] == "2024-10"
    frame = table("The hotel, valued at £4m in September, is now worth half that.")
    assert row(frame, "September")["value"] == "2024-09"


def test_a_month_dating_a_predicate_noun_after_is_the_one_just_gone():
    frame = table("It is the fourth named storm of the season, after Darragh in October.")
    assert row(frame, "October")["value"] == "2024-10"


def test_a_month_dating_a_noun_long_gone_by_is_the_one_to_come():
    frame = table("The election in November is the most important in decades.", published=datetime(2024, 3, 10))
    assert row(frame, "November")["value"] == "2024-11"


def test_a_month_a_present_clause_dates_is_still_to_come():
    frame = table("The final hearing is in October.", "The new timetable takes effect in January.")
    assert row(frame, "October")["value"] == "2025-10"
    assert row(frame, "January")["value"] == "2025-01"


def test_a_conditional_perfect_looks_back():
    frame = table(
        "An investigator said the walker would have been visible for at least six seconds before the crash.",
        "The sale should have closed in October.",
        published=datetime(2024, 11, 7),
    )
    assert row(frame, "at least six seconds")["date"] == ""
    assert row(frame, "October")["value"] == "2024-10"


def test_a_future_perfect_still_looks_ahead():
    frame = table("The builders will have finished the roof by March.")
    assert row(frame, "March")["value"] == "2025-03"


def test_the_year_ending_in_a_month_takes_the_tense_of_its_clause():
    frame = table(
        "The bakery chain expects a loss for the year ending in March.",
        "It made a profit in the year ending in September.",
        published=datetime(2025, 2, 6),
    )
    ahead, gone = row(frame, "the year", 0), row(frame, "the year", 1)
    assert (ahead["date"], ahead["date_end"]) == ("2024-04-01", "2025-03-31")
    assert (gone["date"], gone["date_end"]) == ("2023-10-01", "2024-09-30")


def test_one_weekday_in_a_month_is_no_calendar_day():
    frame = table("Then one Friday in June the parts finally arrived.")
    assert row(frame, "Friday")["date"] == ""
    assert row(frame, "June")["value"] == "2024-06"


def test_the_following_week_after_a_month_is_undated():
    frame = table("May 2021 - Inspectors find rust on the pier. It is closed to the public the following week.")
    assert row(frame, "the following week")["date"] == ""


def test_a_duration_something_is_put_off_for_is_not_the_time_up_to_publication():
    frame = table(
        "The inquest has been adjourned for three months.", "The club has been without a manager for three months."
    )
    assert row(frame, "three months", 0)["date"] == ""
    assert row(frame, "three months", 1)["date"] == "2024-08-22"


def test_the_date_of_the_next_hearing_is_to_come():
    frame = table("Her bail was extended until the next hearing on 14 January.")
    assert row(frame, "14 January")["value"] == "2025-01-14"


def test_was_due_on_a_weekday_is_the_nearest_one():
    frame = table("The singer was due to play in Cardiff on Wednesday, but the show was cancelled.")
    assert row(frame, "Wednesday")["value"] == "2024-11-20"


def test_the_six_months_to_a_day_named_before_its_month():
    frame = table("Profit for the six months to 30 September rose 4%.")
    found = row(frame, "the six months")
    assert (found["date"], found["date_end"]) == ("2024-04-01", "2024-09-30")


def test_a_month_a_fiscal_year_runs_to_is_every_years():
    frame = table("The group's financial year runs to March.")
    assert row(frame, "March")["type"] == "SET"


def test_a_day_others_were_urged_to_act_on_may_be_the_urging():
    frame = table("Ministers urged the unions to call off the strike on Wednesday.")
    assert row(frame, "Wednesday")["value"] == "2024-11-20"


def test_next_weekday_after_the_plain_one_is_a_week_on():
    frame = table(
        "The team host Leeds on Saturday.", "They then travel to Hull on Tuesday and play Derby next Saturday."
    )
    assert row(frame, "Saturday")["value"] == "2024-11-23"
    assert row(frame, "next Saturday")["value"] == "2024-11-30"


def test_a_duration_with_a_date_of_its_own_after_it_is_not_counted_from_publication():
    frame = table("The board has promised that 90% of repairs will be done within 28 days by April 2026.")
    assert row(frame, "28 days")["date"] == ""
    assert row(frame, "April 2026")["value"] == "2026-04"


def test_a_run_from_a_clock_time_on_a_weekday_to_one_on_an_earlier_weekday_goes_on_a_week():
    frame = table(
        "A dispersal order will be in place from 18:00 on Friday until 06:00 on Monday.",
        published=datetime(2025, 7, 14),
    )
    assert row(frame, "18:00 on Friday")["value"] == "2025-07-18T18:00"
    assert row(frame, "06:00 on Monday")["value"] == "2025-07-21T06:00"


def test_a_stretch_in_a_quotation_said_on_a_day_gone_by_is_not_counted_from_publication():
    frame = table(
        'At the hearing on 30 October the council conceded the point. "We have known about the leak for six weeks,"'
        " its barrister said.",
        '"We have waited for three years," the tenants said on Thursday.',
    )
    assert row(frame, "six weeks")["date"] == ""
    assert row(frame, "three years")["date"] == "2021-01-01"  # a round count: its year


def test_a_meeting_set_for_a_month_just_ahead_is_that_month():
    frame = table("Leaders met to prepare for a summit set for Vienna in December.", published=datetime(2024, 10, 28))
    assert row(frame, "December")["value"] == "2024-12"


def test_a_duration_set_in_a_week_or_month_of_its_own_is_not_counted_from_publication():
    """ "will strike for three days next week": the days fall in that week, not from the publication day."""
    frame = table(
        "Bus drivers will strike for three days next week, the union said. The museum will close for a week in March."
    )
    for expression in ("three days", "a week"):
        assert not row(frame, expression)["date"], expression
    assert row(frame, "next week")["date"]
