"""Timeline rules of round 36 (dates65). Every text here was written for these tests."""

from __future__ import annotations

from datetime import datetime

from test_timeline_sentences import row, table

MARCH = datetime(2026, 3, 5)


def test_the_past_fortnight_is_the_fourteen_days_up_to_publication():
    frame = table("Mortgage lenders had already started to raise fixed rates in the past fortnight.", published=MARCH)
    found = row(frame, "the past fortnight")
    assert (found["type"], found["value"], found["date"], found["date_end"]) == (
        "DURATION",
        "P2W",
        "2026-02-19",
        "2026-03-05",
    )
    assert "in the past" not in set(frame["expression"])  # no vague past beside it
    ahead = row(table("Prices will rise over the next fortnight.", published=MARCH), "the next fortnight")
    assert (ahead["date"], ahead["date_end"]) == ("2026-03-05", "2026-03-19")
    assert table("That fortnight was hard for the crew.", published=MARCH).empty
    week = row(table("Sales have slowed in the past week.", published=MARCH), "the past week")
    assert (week["value"], week["date"]) == ("P1W", "2026-02-26")


def test_a_season_takes_the_year_its_sentence_names_across_a_split_at_a_capitalised_name():
    text = (
        "The company planned up to eight launches next year, including the first of the more powerful Ariane 64 "
        "version in the spring."
    )
    found = row(table(text, published=datetime(2026, 8, 14)), "the spring")
    assert (found["value"], found["date"]) == ("2027-SP", "2027-03-01")  # next year's, not the spring gone by
    aside = "Ms Hale, who joined the firm in 2023, said the more powerful Ariane 64 would fly in the spring."
    assert row(table(aside, published=datetime(2026, 8, 14)), "the spring")["value"] == "2027-SP"  # the aside's year


def test_a_plan_told_in_a_dated_past_looks_ahead_from_that_date():
    june = datetime(2019, 6, 2)
    text = "The shop was flooded in 2016. In March 2017 the shop was due to reopen by Christmas."
    frame = table(text, published=june)
    assert row(frame, "Christmas")["value"] == "2017-12-25"  # the Christmas after March 2017, not 2018's
    month = table("In March 2017 the shop was due to reopen in August.", published=june)
    assert row(month, "August")["value"] == "2017-08"
    late = table("In October 2017 the shop was due to reopen in August.", published=june)
    assert row(late, "August")["value"] == "2018-08"  # the first August after October 2017


def test_that_night_after_a_relative_aside_naming_a_month_is_the_story_days_night():
    frame = table(
        "A man was hit by a car on the A40 on Tuesday evening. The driver, who had been banned from driving in March, "
        "fled the scene, and the victim died in hospital that night.",
        published=datetime(2026, 5, 20),
    )
    assert row(frame, "that night")["value"] == "2026-05-19TNI"
    alone = table("The band, which formed in 2019, played that night.", published=datetime(2026, 5, 20))
    assert row(alone, "that night")["date"] == ""  # no day named before the aside: none to point back to


def test_a_weekday_of_a_thing_called_off_is_the_coming_one_and_an_occasion_is_no_length():
    thursday = datetime(2026, 5, 7)
    frame = table("On a day of drama at the talks, the union called off Friday strikes.", published=thursday)
    assert row(frame, "Friday")["value"] == "2026-05-08"  # strikes called off had not yet been held
    assert "a day" not in set(frame["expression"])  # the occasion "a day of drama", no length of a day
    match = table("Saturday's match was cancelled because of snow.", published=thursday)
    assert row(match, "Saturday")["value"] == "2026-05-09"
    crash = table("Police investigated Friday's crash.", published=thursday)
    assert row(crash, "Friday")["value"] == "2026-05-01"  # a thing looked into is gone by
    assert row(table("The strike lasted a day.", published=thursday), "a day")["value"] == "P1D"
