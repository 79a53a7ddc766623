"""Timeline rows of invented reports whose days a reporter would print wrongly: a company's announcement of cuts,
a trial put off, a signing before a deadline, a live page with bare clock times, a comparison with a forecast."""

from __future__ import annotations

from datetime import datetime

from test_timeline_kinds import row, table

SATURDAY = datetime(2025, 3, 15)


def test_a_day_between_said_and_what_was_said_dates_the_saying():
    frame = table("Marlowe Textiles said on Thursday it would shut two mills by the spring.", published=SATURDAY)
    thursday = row(frame, "Thursday")
    assert thursday["value"] == "2025-03-13"
    assert "said" in thursday["event"]


def test_a_day_a_trial_has_been_put_off_to_is_to_come():
    frame = table(
        "The fraud trial of a former treasurer has been postponed until January 12, the court said.",
        published=SATURDAY,
    )
    assert row(frame, "January 12")["value"] == "2026-01-12"


def test_a_days_deadline_something_is_to_be_done_before_is_to_come():
    frame = table("Brennan City are in talks to sign the goalkeeper before Tuesday's deadline.", published=SATURDAY)
    assert row(frame, "Tuesday")["value"] == "2025-03-18"


def test_a_live_entry_opening_with_a_bare_clock_time_is_on_its_own_day():
    frame = table(
        "20:15 The river has burst its banks in Ashby. Officers expect to reopen the road by Sunday morning.",
        "19:40 Sandbags are being handed out at the fire station on Mill Lane.",
        "18:05 The warning now covers the whole valley.",
        published=datetime(2025, 3, 14, 20, 30),
    )
    assert row(frame, "19:40")["value"] == "2025-03-14T19:40"
    assert row(frame, "18:05")["value"] == "2025-03-14T18:05"


def test_hours_earlier_than_a_forecast_compare_and_date_nothing():
    frame = table(
        "The storm reached the coast at 9am, three hours earlier than forecast.",
        published=datetime(2025, 3, 14, 20, 30),
    )
    assert row(frame, "three hours")["type"] == "DURATION"
    assert row(frame, "three hours")["date"] == ""
    assert "earlier" not in frame["expression"].tolist()


def test_months_seasons_and_holidays_of_a_remembered_childhood_are_every_years():
    frame = table(
        '"When I was a girl, the orchard was bare by October," says Mrs Hale. "Now the apples hang on into December."',
        '"As a boy I used to help my uncle with the nets. By Easter Sunday the boats were painted," he says.',
        '"When we started, there were nine bakers in the town. In the winter we would bake through the night."',
        published=datetime(2025, 11, 20),
    )
    assert row(frame, "October")["value"] == "XXXX-10"
    assert row(frame, "October")["date"] == ""
    assert row(frame, "December")["value"] == "2025-12"  # "Now" speaks of today again
    assert row(frame, "the winter")["date"] == ""
    assert all(not d.startswith("2025") and not d.startswith("2026") for d in frame["date"] if d and d != "2025-12-01")


def test_a_day_in_a_sentence_opened_by_a_year_is_in_that_year():
    frame = table(
        "In 2018, the council set a public inquiry for April 9.",
        "In 1971 the family moved to Leeds in September.",
        "The 2004 act was amended on March 2.",
        published=datetime(2025, 3, 20),
    )
    assert row(frame, "April 9")["value"] == "2018-04-09"
    assert row(frame, "September")["value"] == "1971-09"
    assert row(frame, "March 2")["value"] == "2025-03-02"  # a year named in passing dates no other day


def test_a_fixture_whose_verb_the_parse_read_as_a_noun_is_to_come():
    frame = table("Ashby Town host Kelling Rovers on Saturday.", published=datetime(2025, 3, 16))
    assert row(frame, "Saturday")["value"] == "2025-03-22"


def test_what_can_be_done_on_a_weekday_is_still_to_come():
    frame = table(
        "Parents can collect the new uniforms at the school hall on Saturday.", published=datetime(2025, 3, 13)
    )
    assert row(frame, "Saturday")["value"] == "2025-03-15"


def test_today_closing_a_title_is_no_date():
    frame = table("The results appear in the latest issue of the magazine Gardening Today.")
    assert "Today" not in frame["expression"].tolist()


def test_a_weekday_of_last_or_next_week_is_that_weeks():
    frame = table("The letters were posted on Tuesday last week.", published=datetime(2025, 10, 4))
    assert row(frame, "Tuesday")["value"] == "2025-09-23"
    frame = table("The council votes on Thursday next week.", published=datetime(2025, 10, 6))
    assert row(frame, "Thursday")["value"] == "2025-10-16"


def test_the_days_a_place_is_open_are_every_weeks_and_a_run_of_days_runs_forward():
    frame = table(
        "Until then swimmers can use the pool at Hillside, which is open from Wednesday to Saturday.",
        "The ring road will be shut from Saturday to Tuesday.",
        published=datetime(2025, 10, 8),
    )
    assert row(frame, "Wednesday")["date"] == ""
    assert row(frame, "Saturday")["date"] == ""
    assert row(frame, "Saturday", 1)["value"] == "2025-10-11"
    assert row(frame, "Tuesday")["value"] == "2025-10-14"


def test_a_story_day_after_a_narrated_childhood_sentence_keeps_its_date():
    frame = table(
        "When he was a boy, Dunmore sang in the church choir every Sunday. On Saturday he dedicated the encore to it.",
        published=datetime(2025, 7, 7),
    )
    assert row(frame, "Saturday")["value"] == "2025-07-05"


def test_a_chronologys_weekday_after_a_named_day_is_the_first_such_day_after_it():
    frame = table(
        "May 2022 - Surveyors find subsidence under the east stand.",
        "Saturday, October 4 - Cracks open in the terrace during a match. The ground is closed.",
        "Tuesday - Engineers start shoring up the stand.",
        "Friday - The club says home games will move to a rival's ground.",
        published=datetime(2025, 10, 24),
    )
    assert row(frame, "Tuesday")["value"] == "2025-10-07"
    assert row(frame, "Friday")["value"] == "2025-10-10"


def test_the_weekday_before_or_after_a_named_day_is_counted_from_it():
    frame = table(
        "The pier's last day open is 14 December. Volunteers will hold a party on the Sunday before.",
        published=datetime(2025, 10, 4),
    )
    assert row(frame, "Sunday")["value"] == "2025-12-07"


def test_the_month_after_a_day_its_sentence_named_is_that_days_month():
    frame = table(
        "The tablet reaches shops in Canada on November 6 and in Mexico later in the month.",
        published=datetime(2025, 9, 18),
    )
    assert row(frame, "later in the month")["value"] == "2025-11"


def test_hours_after_a_thousands_comma_are_no_duration_of_their_own():
    frame = table("Firefighters worked 12,000 hours of overtime in the summer.", published=datetime(2025, 9, 18))
    assert "000 hours" not in frame["expression"].tolist()


def test_a_clock_time_of_a_deed_an_earlier_paragraph_dated_is_on_that_day():
    frame = table(
        "The number of dead from a landslide that buried the village of Orsk on Saturday rose to 40 on Sunday.",
        "The landslide struck at 3:40 a.m., while most residents were asleep.",
        published=datetime(2025, 5, 5, 7, 0),
    )
    assert row(frame, "3:40 a.m.")["value"] == "2025-05-03T03:40"


def test_minutes_ago_in_a_live_entry_count_from_the_entrys_clock():
    frame = table(
        "21:10 Lightning struck the stand roof twenty minutes ago, the organisers say.",
        "20:05 The match is halted as the storm arrives.",
        published=datetime(2025, 6, 14, 22, 30),
    )
    assert row(frame, "twenty minutes ago")["value"] == "2025-06-14T20:50"


def test_a_clock_time_written_with_a_dot_after_at_is_a_time_of_day_but_a_price_is_not():
    frame = table(
        "A barn burned in Hollola on Tuesday night. The fire was noticed at 22.15, the rescue service said.",
        "Shares in the insurer closed at 14.20 on Tuesday.",
        published=datetime(2025, 11, 13),
    )
    assert row(frame, "22.15")["value"] == "2025-11-11T22:15"
    assert "14.20" not in frame["expression"].tolist()
