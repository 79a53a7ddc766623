"""Clock times dated by the day of their clause or by a story of today, a weekday naming the kind of a dated meal,
days counted in a trial begun long before, and "that night" looked back to in a quotation."""

from __future__ import annotations

from datetime import datetime

from test_timeline_sentences import dated, row, table


def test_a_clock_time_takes_the_day_named_later_in_its_clause():
    frame = table(
        "The 17:42 from Paddington to Bristol was the busiest train on Boxing Day, figures show.",
        published=datetime(2025, 1, 9, 8, 0),
    )
    assert dated(frame, "17:42")[0] == "2024-12-26T17:42"


def test_a_clock_time_takes_the_day_named_later_in_its_clause_second_wording():
    frame = table(
        "A lorry overturned on the bypass on Tuesday.",
        "The 08:15 service to Leeds was packed on Christmas Eve, the operator said.",
        published=datetime(2025, 1, 9, 8, 0),
    )
    assert dated(frame, "08:15")[0] == "2024-12-24T08:15"


def test_a_day_hung_on_another_verb_is_not_the_clock_times():
    frame = table(
        "The warning, issued at 9pm, says heavy rain will fall on Sunday.",
        published=datetime(2025, 1, 9, 8, 0),  # a Thursday
    )
    assert not dated(frame, "9pm")[0].startswith("2025-01-12")


def test_a_weekday_naming_a_meal_with_its_date_after_it_is_no_day_of_its_own():
    frame = table("The couple met the Queen for Sunday lunch on 4 May, their son said.", published=datetime(2025, 1, 9))
    assert row(frame, "Sunday")["date"] == ""
    assert row(frame, "4 May")["date"] == "2024-05-04"


def test_a_weekday_naming_an_event_with_its_date_after_it_second_wording():
    frame = table("She hosted a Friday dinner on 7 March for the donors.", published=datetime(2025, 3, 20))
    assert row(frame, "Friday")["date"] == ""


def test_a_weekday_before_a_clause_with_a_date_stays_a_day():
    frame = table("Officials said Tuesday voting begins on 4 May.", published=datetime(2025, 3, 20))  # a Thursday
    assert row(frame, "Tuesday")["date"] != ""  # a calendar day, whichever the tense makes it


def test_clock_times_of_a_story_of_today_are_on_publications_day():
    frame = table(
        "Heavy rain is battering the north this morning, with dozens of trains cancelled.",
        "The A66 was shut at about 11pm on Friday after a lorry overturned. It is expected to reopen by 10am.",
        "Northern said services between Leeds and Manchester would not run before midday.",
        published=datetime(2024, 11, 23, 8, 10),  # a Saturday
    )
    assert dated(frame, "10am")[0] == "2024-11-23T10:00"
    assert dated(frame, "midday")[0] == "2024-11-23T12:00"


def test_a_planned_hour_gone_by_in_a_story_of_today_second_wording():
    frame = table(
        "Ferry passengers faced long queues at Dover on Saturday morning after a power failure at the port.",
        "The first sailing of the day, due to depart at 6.15am, was cancelled, the operator said.",
        "Staff hope to have the terminal working again by 3pm.",
        published=datetime(2025, 2, 15, 11, 20),  # a Saturday
    )
    assert dated(frame, "6.15am")[0] == "2025-02-15T06:15"
    assert dated(frame, "3pm")[0] == "2025-02-15T15:00"


def test_a_plan_for_an_hour_before_the_papers_in_a_story_of_today_is_left():
    frame = table(
        "Managers gave the go-ahead at a review this afternoon.",
        "Liftoff is scheduled for 4:12 a.m. from pad 39A.",
        published=datetime(2026, 3, 25, 23, 30),
    )
    assert dated(frame, "4:12 a.m.")[1] == ""


def test_a_counted_day_of_a_trial_begun_weeks_before():
    frame = table(
        "Graham Pike, 56, was convicted on Thursday after a trial at Southwark Crown Court which began on 3 March.",
        "On the third day of the trial, jurors heard that Pike had moved money abroad.",
        published=datetime(2025, 3, 28, 17, 30),
    )
    assert row(frame, "the third day")["date"] == "2025-03-05"


def test_a_counted_day_of_an_inquest_begun_weeks_before_second_wording():
    frame = table(
        "The inquest, which opened on 2 April at County Hall, ended on Friday with a verdict of misadventure.",
        "On day two of the inquest, the coroner heard from the climber's partner.",
        "The fourth day of the heatwave brought record temperatures.",
        published=datetime(2025, 4, 26, 9, 0),
    )
    assert row(frame, "day two")["date"] == "2025-04-03"
    assert not (frame["expression"] == "The fourth day").any()  # another event's count: not counted from 2 April


def test_that_night_looked_back_to_in_a_quotation_is_the_night_before_the_morning():
    frame = table(
        "The water rose overnight on 5 December 2015. By the following morning, the town lay under a metre of water.",
        '"I thought I was going to die that night," she said.',
        published=datetime(2025, 12, 6, 9, 0),
    )
    assert row(frame, "that night")["date"] == "2015-12-05"


def test_that_night_looked_back_to_in_a_quotation_second_wording():
    frame = table(
        "The fire broke out on the evening of 3 May 1975. By the next morning the mill was a shell.",
        '"None of us slept that night," said Harold Brook, who worked there as an apprentice.',
        published=datetime(2025, 5, 4, 10, 0),
    )
    assert row(frame, "that night")["date"] == "1975-05-03"


def test_that_night_told_on_from_a_morning_is_that_days():
    frame = table(
        "The water rose overnight on 5 December 2015.",
        "Her neighbour went to work the following morning and never came home that night.",
        published=datetime(2025, 12, 6, 9, 0),
    )
    assert row(frame, "that night")["date"] == "2015-12-06"
