"""Timeline rules of round 36 (dates64). Every text here was written for these tests."""

from __future__ import annotations

from datetime import datetime

from test_timeline_sentences import row, table

JANUARY = datetime(2026, 1, 14)


def test_a_weekday_naming_a_kind_of_thing_in_the_plural_is_no_day():
    frame = table("Maria Lopez grumbled about Friday replies, which pile up before the weekend.", published=JANUARY)
    assert row(frame, "Friday")["date"] == ""  # replies of every Friday, not last Friday's
    assert row(frame, "Friday")["type"] == "SET"
    kept = table("Fans complained about Saturday fixtures being moved.", published=JANUARY)
    assert row(kept, "Saturday")["date"] == "2026-01-10"  # one day's fixtures may be meant


def test_a_clock_time_of_a_habit_or_of_any_busy_day_is_no_day():
    frame = table(
        "By 9pm on a busy day the queue is longer than 200 messages.",
        "Staff are often still answering emails at 10pm.",
        published=JANUARY,
    )
    assert row(frame, "9pm")["date"] == ""
    assert row(frame, "9pm")["value"] == "XXXX-XX-XXT21:00"
    assert row(frame, "10pm")["date"] == ""
    told = table("On a day of drama, the vote was held at 7pm.", published=JANUARY)
    assert row(told, "7pm")["date"].startswith("2026-01-14")  # a day gone by, told as one


def test_a_season_since_which_something_has_gone_on_is_the_latest_one():
    frame = table("The firm, founded in 2024, has struggled since the summer.", published=datetime(2026, 1, 20))
    assert row(frame, "the summer")["value"] == "2025-SU"  # not the summer of 2024
    past = table("In 2019 the club had struggled since the summer.", published=datetime(2026, 1, 20))
    assert row(past, "the summer")["value"] == "2019-SU"


RESULTS_DAY = datetime(2026, 2, 26)


def test_a_companys_year_just_reported_is_the_last_full_one_early_in_a_year():
    frame = table(
        "Harlow Bricks reported a pre-tax profit for the year of £48 million, up from £39 million.",
        "Revenue for the year rose 8% to £410 million, the company said on Thursday.",
        published=RESULTS_DAY,
    )
    for found in frame[frame["expression"] == "the year"].itertuples():
        assert (found.date, found.date_end) == ("2025-01-01", "2025-12-31")
    ahead = table("The firm expects profit for the year to rise.", published=RESULTS_DAY)
    assert row(ahead, "the year")["value"] == "2026"


def test_a_companys_year_reported_later_in_a_year_is_undated_unless_its_end_is_given():
    august = datetime(2026, 8, 12)
    frame = table("Harlow Bricks reported a pre-tax profit for the year of £48 million.", published=august)
    assert row(frame, "the year")["date"] == ""  # a year whose end the article does not give
    own = table(
        "Harlow Bricks, whose financial year ends in March, reported a pre-tax profit for the year of £48 million.",
        published=august,
    )
    assert (row(own, "the year")["date"], row(own, "the year")["date_end"]) == ("2025-04-01", "2026-03-31")


MARCH = datetime(2026, 3, 5)


def test_the_same_period_last_year_is_the_reported_period_a_year_back():
    frame = table(
        "Northlight Cinemas said sales in the three months to December rose 12% to £88 million, compared with the"
        " same period last year.",
        "Admissions rose 9% over the same period last year, the company said on Wednesday.",
        published=MARCH,
    )
    for found in frame[frame["expression"] == "the same period last year"].itertuples():
        assert (found.date, found.date_end) == ("2024-10-01", "2024-12-31")  # not 2025's last quarter
    stretch = table(
        "Sales rose 12% in the three months to February, compared with the same period last year.", published=MARCH
    )
    found = row(stretch, "the same period last year")
    assert (found["date"], found["date_end"]) == ("2024-12-01", "2025-02-28")  # the three months, not February
    half = table("Sales in the first half of 2025 rose 3% on the same period last year.", published=MARCH)
    assert row(half, "the same period last year")["value"] == "2024-H1"


def test_the_same_period_last_year_after_a_stretch_from_since_is_undated():
    frame = table("Sales have risen 4% since January, compared with the same period last year.", published=MARCH)
    assert row(frame, "the same period last year")["date"] == ""


def test_a_year_across_two_spans_both_calendar_years():
    frame = table("Jim Carver, who scored 31 goals for Rovers in 1984-85, has died aged 68.", published=MARCH)
    assert (row(frame, "1984-85")["date"], row(frame, "1984-85")["date_end"]) == ("1984-01-01", "1985-12-31")


def test_what_a_chronology_entry_says_was_due_looks_ahead_from_the_entry():
    frame = table(
        "July 2017 - Contractors are appointed after a tender.",
        "December 2017 - Work due to start at Easter is put off as a funding gap opens.",
        "February 2018 - Ministers agree to cover the gap.",
        published=datetime(2019, 6, 12),
    )
    assert row(frame, "Easter")["date"] == "2018-04-01"  # not Easter 2017, gone by at the entry
    before = table(
        "July 2017 - Contractors are appointed after a tender.",
        "December 2017 - Work had been due to start at Easter.",
        "February 2018 - Ministers agree to cover the gap.",
        published=datetime(2019, 6, 12),
    )
    assert row(before, "Easter")["date"] == "2017-04-16"  # due before the entry's time


def test_the_end_of_the_month_is_not_that_of_a_month_an_aside_named():
    frame = table(
        "Residents, who moved in last May, had until the end of the month to leave.",
        published=datetime(2025, 9, 18),
    )
    assert row(frame, "the end of the month")["value"] == "2025-09"
    told = table(
        "The deal was signed on 3 May and buyers had until the end of the month to pay.",
        published=datetime(2025, 9, 18),
    )
    assert row(told, "the end of the month")["value"] == "2025-05"


def test_a_holiday_something_was_due_at_looks_ahead_from_the_story():
    frame = table(
        "The council approved the plan in December 2017. Work was due to start at Easter.",
        published=datetime(2019, 6, 12),
    )
    assert row(frame, "Easter")["date"] == "2018-04-01"  # not publication's Easter, nor 2017's
    before = table(
        "In December 2017 the council said the work had been due to start at Easter.", published=datetime(2019, 6, 12)
    )
    assert row(before, "Easter")["date"] != "2018-04-01"


def test_weekdays_of_a_habit_by_its_plural_subject_or_by_a_deadline_are_every_weeks():
    frame = table("Saturday matches at the ground are often sold out by Thursday.", published=datetime(2026, 3, 16))
    assert row(frame, "Saturday")["date"] == "" and row(frame, "Thursday")["date"] == ""
    once = table("Tickets sold out by Thursday.", published=datetime(2026, 3, 16))
    assert row(once, "Thursday")["date"] == "2026-03-12"
