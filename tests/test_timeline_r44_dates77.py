"""Dates a reporter would not invent: a month counted from a recurring time, a hope of the past told in a story set
long before publication, a figure set against the year before a reporting period, the last year a clause names, the
Easter of a story's year, and a state that runs until a month after a winter."""

from __future__ import annotations

from datetime import datetime

from test_timeline_sentences import row, table


def test_a_month_counted_from_each_april_is_no_month_of_the_calendar():
    frame = table(
        "The new flat-rate state pension was introduced in April 2016 for people reaching pension age after that date.",
        "The triple lock raises the state pension each April by the highest of earnings growth, 2.5% or inflation "
        "in the previous September. It was introduced by the coalition government in 2010.",
        published=datetime(2024, 3, 10, 9),
    )
    r = row(frame, "the previous September")
    assert (r["value"], r["date"], r["date_end"]) == ("XXXX-09", "", "")
    assert row(frame, "each April")["value"] == "XXXX-04"
    assert row(frame, "April 2016")["value"] == "2016-04"
    frame = table(  # with no recurring time, the previous month is counted from the story's date as before
        "The rise took effect in April 2016, based on inflation in the previous September.",
        published=datetime(2024, 3, 10, 9),
    )
    assert row(frame, "the previous September")["value"] == "2015-09"


def test_a_hope_of_a_story_set_years_before_publication_is_not_counted_from_publication():
    frame = table(
        "When the email came round on a Thursday afternoon in March 2020, nobody took it very seriously. We were "
        "told to take our laptops home.",
        "We thought we would be back within three weeks. Some of us left our mugs on our desks.",
        published=datetime(2024, 3, 11, 9),
    )
    r = row(frame, "three weeks")
    assert (r["value"], r["date"], r["date_end"]) == ("P3W", "", "")


def test_a_figure_set_against_a_year_earlier_after_a_run_of_months_is_that_run_a_year_back():
    frame = table(
        "Salesforce said on Wednesday it would lay off about 10% of its employees, becoming the latest technology "
        "company to shed jobs as demand slows.",
        "The company reported its latest results in November, for the three months from August to October. "
        "Revenue rose 14 percent from a year earlier, its slowest growth in years.",
        published=datetime(2023, 1, 4, 15),
    )
    r = row(frame, "a year earlier")
    assert (r["value"], r["date"], r["date_end"]) == ("2021", "2021-08-01", "2021-10-31")


def test_a_year_earlier_than_a_quarter_that_ran_from_august_to_october():
    frame = table(
        "Nimbus will cut 600 jobs, about 7 percent of its staff, the company said on Thursday.",
        "Its fiscal third quarter ran from August to October. Revenue rose 14 percent from a year earlier to $1.2 "
        "billion.",
        published=datetime(2022, 11, 24, 15),
    )
    r = row(frame, "a year earlier")
    assert (r["date"], r["date_end"]) == ("2021-08-01", "2021-10-31")


def test_the_last_year_a_clause_names_is_no_stretch_up_to_now():
    frame = table(
        "Some 27.2% of entries were awarded an A or A*, down from 36.4% last year but above the 25.2% recorded in "
        "2019, the last year exams were sat before Covid.",
        published=datetime(2023, 8, 17, 9),
    )
    assert "the last year" not in frame["expression"].tolist()
    assert row(frame, "last year")["value"] == "2022"  # "down from 36.4% last year" is the year before
    assert row(frame, "2019")["value"] == "2019"
    # a preposition's "the last year" stays the stretch up to now
    frame = table("Over the last year exams were cancelled twice.", published=datetime(2023, 8, 17, 9))
    assert row(frame, "the last year")["value"] == "P1Y"


def test_easter_in_a_story_set_in_a_past_year_is_that_years():
    frame = table(
        "In April 2019 the river burst its banks for the third time. The water reached the church steps.",
        "At Easter the family moved in with neighbours on the hill. They did not return home until the autumn.",
        published=datetime(2024, 5, 2, 9),
    )
    r = row(frame, "Easter")
    assert (r["value"], r["date"]) == ("2019-04-21", "2019-04-21")
    assert row(frame, "the autumn")["value"] == "2019-FA"
    # news of the days just gone keeps publication's Easter
    frame = table("Trains were packed at Easter, operators said on Tuesday.", published=datetime(2024, 4, 3, 9))
    assert row(frame, "Easter")["value"] == "2024-03-31"


def test_the_winter_of_a_year_is_named_by_its_january_and_a_state_runs_to_the_march_after_it():
    frame = table(
        "The river froze in the winter of 2019. The ferry stayed shut until March.",
        published=datetime(2024, 8, 20, 9),
    )
    r = row(frame, "the winter of 2019")
    assert (r["value"], r["date"], r["date_end"]) == ("2019-WI", "2018-12-01", "2019-02-28")
    assert row(frame, "March")["value"] == "2019-03"


def test_the_quarter_that_ended_on_a_day_is_the_three_months_to_it():
    frame = table(
        "Salesforce said on Wednesday it would lay off about 10% of its employees.",
        "In the quarter that ended Oct. 31, revenue rose 14 percent from a year earlier to $7.8 billion.",
        published=datetime(2023, 1, 4, 15),
    )
    r = row(frame, "the quarter")
    assert (r["value"], r["date"], r["date_end"]) == ("2022", "2022-08-01", "2022-10-31")
    r = row(frame, "a year earlier")
    assert (r["date"], r["date_end"]) == ("2021-08-01", "2021-10-31")


def test_the_quarter_ended_on_a_calendar_quarters_last_day_is_that_quarter():
    frame = table(
        "In the quarter ended Sept. 30, revenue rose 14 percent from a year earlier.",
        published=datetime(2023, 1, 20, 15),
    )
    r = row(frame, "the quarter")
    assert (r["value"], r["date"], r["date_end"]) == ("2022-Q3", "2022-07-01", "2022-09-30")
    assert row(frame, "a year earlier")["value"] == "2021-Q3"


def test_a_year_earlier_in_the_paragraph_after_the_reporting_months_is_not_the_whole_year_before_publication():
    frame = table(
        "Salesforce said on Wednesday it would lay off about 10% of its employees.",
        "In its most recent quarter, which ran from August to October, the company's growth slowed sharply.",
        "Revenue rose 14 percent from a year earlier, its slowest growth in years.",
        published=datetime(2023, 1, 4, 15),
    )
    r = row(frame, "a year earlier")
    assert (r["value"], r["date"], r["date_end"]) == ("2021-10", "2021-10-01", "2021-10-31")


def test_a_length_of_what_was_thought_would_have_to_happen_long_ago_is_not_counted_from_publication():
    frame = table(
        "Martin Hale, 54, took the money between March 2017 and October 2019, Leeds Crown Court heard on Monday.",
        "The club discovered the losses in the autumn of 2019. Members thought they would have to close within a "
        "month.",
        published=datetime(2024, 3, 5, 9),
    )
    r = row(frame, "a month")
    assert (r["value"], r["date"], r["date_end"]) == ("P1M", "", "")
