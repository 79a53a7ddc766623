"""Timeline rules of round 35 (dates63). Every text here was written for these tests."""

from __future__ import annotations

from datetime import datetime

from test_timeline_sentences import row, table

MONDAY = datetime(2026, 12, 14)


def test_a_clock_time_of_a_past_narrative_set_in_a_month_is_undated():
    frame = table(
        "Margaret Doyle lost her husband, Frank, in February. Forty-one years of marriage ended with a phone call"
        " from the hospital at 3am.",
        published=MONDAY,
    )
    assert row(frame, "3am")["value"] == "XXXX-XX-XXT03:00"  # a night of February, not publication's
    assert row(frame, "3am")["date"] == ""
    later = table("Tom Hale lost his job in March.", "The letter arrived at 7am. He read it twice.", published=MONDAY)
    assert row(later, "7am")["date"] == ""


def test_a_clock_time_after_a_day_or_the_news_of_now_keeps_its_day():
    frame = table(
        "Margaret Doyle lost her husband, Frank, on 3 February. The call from the hospital came at 3am.",
        published=MONDAY,
    )
    assert row(frame, "3am")["value"] == "2026-02-03T03:00"
    news = table(
        "Firefighters were called to the school at 3am on Monday. The hall had been rebuilt in March.",
        "The alarm went off at 2.50am.",
        published=MONDAY,
    )
    assert row(news, "2.50am")["date"].startswith("2026-12-14")  # the story is of now


MARCH = datetime(2026, 3, 2)


def test_a_chronology_entrys_holiday_month_and_season_are_counted_from_the_entry():
    frame = table(
        "March 2017 - The council says work will start by Christmas.",
        "December 2017 - The council says it will begin in October.",
        "June 2019 - Engineers find cracks in the old bridge. Repairs will take until the summer.",
        "January 2026 - The firm says the line will reopen within 18 months.",
        published=MARCH,
    )
    assert row(frame, "Christmas")["date"] == "2017-12-25"  # not this year's
    assert row(frame, "October")["value"] == "2018-10"  # the October after December 2017
    assert row(frame, "the summer")["value"] == "2019-SU"
    assert (row(frame, "18 months")["date"], row(frame, "18 months")["date_end"]) == ("2026-01-01", "2027-07-01")


def test_the_winter_after_an_autumn_of_the_story_is_the_one_that_follows_it():
    frame = table(
        "In the autumn of 2019 the last bus service to the village was withdrawn.",
        "The winter was the hardest anyone could remember.",
        published=MARCH,
    )
    assert row(frame, "The winter")["value"] == "2020-WI"  # December 2019 to February 2020
    assert row(frame, "The winter")["date"] == "2019-12-01"
