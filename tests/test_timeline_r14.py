"""Timeline rows of invented news of kinds read little before (health research, phone launches, weather, crime
appeals, music, Q&A interviews, church news): a date the words do not support is worse than none."""

from __future__ import annotations

from datetime import datetime

from test_timeline_kinds import row
from test_timeline_kinds import table as timeline_of


def table(*paragraphs: str, published: datetime):
    """The timeline of an article whose body is `paragraphs` (headline "T")."""
    return timeline_of(*paragraphs, published=published)


def test_what_was_hoped_for_by_a_month_is_still_to_come():
    frame = table(
        "The drug's maker said it would apply to regulators soon and hoped for a decision by the end of September.",
        published=datetime(2025, 3, 12),
    )
    assert row(frame, "the end of September")["value"] == "2025-09"


def test_a_hope_of_a_past_perfect_by_a_holiday_may_be_gone_by():
    frame = table("The club had hoped for a deal by Christmas.", published=datetime(2025, 3, 12))
    assert row(frame, "Christmas")["value"] == "2024-12-25"


def test_weather_warned_of_into_a_morning_is_to_come():
    frame = table(
        "Forecasters warned of flash flooding overnight and into Saturday morning.", published=datetime(2025, 6, 26)
    )
    assert row(frame, "Saturday morning")["date"] == "2025-06-28"


def test_rain_that_went_on_into_a_morning_is_gone_by():
    frame = table("Rain continued into Saturday morning.", published=datetime(2025, 6, 26))
    assert row(frame, "Saturday morning")["date"] == "2025-06-21"


def test_in_time_for_a_holiday_after_the_saying_takes_the_tense_of_what_was_said():
    frame = table(
        "The phone had been due to go on sale on October 24. It will now reach shops in early December, the company "
        "said, in time for the Christmas season.",
        published=datetime(2025, 10, 8),
    )
    assert row(frame, "Christmas")["date"] == "2025-12-25"


def test_in_time_for_a_holiday_in_a_past_clause_is_gone_by():
    frame = table("The bridge reopened in time for Christmas, the council said.", published=datetime(2025, 10, 8))
    assert row(frame, "Christmas")["date"] == "2024-12-25"


def test_small_hours_after_a_night_named_are_the_next_day():
    frame = table(
        "Detectives believe the attack followed an argument inside a bar on Friday night. The group left the bar at "
        "around 1.50am and walked towards the station.",
        published=datetime(2025, 11, 9),
    )
    assert row(frame, "1.50am")["value"] == "2025-11-08T01:50"


def test_a_late_evening_hour_after_a_night_named_is_that_day():
    frame = table("The fire started on Tuesday night and was put out at 11.30pm.", published=datetime(2025, 11, 9))
    assert row(frame, "11.30pm")["value"] == "2025-11-04T23:30"


def test_a_holiday_in_a_participle_on_a_clause_dated_by_a_year_is_that_years():
    frame = table(
        "The group split in 2014 after a decade together, playing their last show at the Apollo on New Year's Eve.",
        published=datetime(2025, 5, 21),
    )
    assert row(frame, "New Year's Eve")["value"] == "2014-12-31"


def test_a_month_in_a_clause_joined_by_and_to_one_dated_by_a_year_keeps_its_own_year():
    frame = table("He joined the club in 2014 and left in March.", published=datetime(2025, 5, 21))
    assert row(frame, "March")["value"] == "2025-03"


def test_a_duration_after_a_year_is_no_rate():
    frame = table("The group split in 2014 after a decade together.", published=datetime(2025, 5, 21))
    assert row(frame, "a decade")["type"] == "DURATION"
    frame = table("He earns 300 pounds a week.", published=datetime(2025, 5, 21))
    assert row(frame, "a week")["type"] == "SET"


def test_a_day_and_month_before_a_medieval_year_take_that_year():
    frame = table(
        "The cathedral's foundation stone was laid on 28 April 1226, although building went on for decades.",
        published=datetime(2026, 7, 12),
    )
    assert row(frame, "28 April 1226")["value"] == "1226-04-28"


def test_a_clock_time_of_every_evening_is_on_no_calendar_day():
    frame = table(
        "Services will be held every evening at 6pm from Saturday until the following Sunday.",
        published=datetime(2026, 7, 12),
    )
    assert (row(frame, "6pm")["value"], row(frame, "6pm")["date"]) == ("XXXX-XX-XXT18:00", "")
    assert row(frame, "Saturday")["date"] == "2026-07-18"


def test_a_clock_time_on_a_day_named_keeps_that_day():
    frame = table("The gates opened at 7am on Saturday.", published=datetime(2026, 7, 12))
    assert row(frame, "7am on Saturday")["date"] == "2026-07-11T07:00"


def test_a_season_an_answer_asks_for_is_to_come():
    frame = table("Would you go back?", "Ask me in the spring.", published=datetime(2025, 9, 3))
    assert row(frame, "the spring")["value"] == "2026-SP"


def test_a_month_of_a_noun_in_a_request_is_gone_by():
    frame = table("Remember the victims of March.", published=datetime(2025, 9, 3))
    assert row(frame, "March")["value"] == "2025-03"


def test_a_day_in_a_sentence_opened_by_last_year_is_last_years():
    frame = table(
        "Last year the monsoon arrived on May 30 and brought more rain than normal.", published=datetime(2026, 5, 28)
    )
    assert row(frame, "May 30")["value"] == "2025-05-30"


def test_a_month_in_a_sentence_opened_by_years_ago_is_that_years():
    frame = table("Two years ago he moved to Paris and opened a shop in March.", published=datetime(2026, 5, 28))
    assert row(frame, "March")["value"] == "2024-03"


def test_a_day_in_a_sentence_opened_by_this_year_is_this_years():
    frame = table("This year the monsoon arrived on May 26.", published=datetime(2026, 5, 28))
    assert row(frame, "May 26")["value"] == "2026-05-26"


def test_a_month_to_come_after_last_years_winner_is_to_come():
    frame = table("Last year's winner will defend her title in June.", published=datetime(2026, 5, 28))
    assert row(frame, "June")["value"] == "2026-06"


def test_a_weekday_dating_a_saying_after_next_week_is_gone_by():
    frame = table(
        "The comet will be visible to the naked eye from next week, astronomers said on Monday.",
        published=datetime(2026, 2, 3),
    )
    assert row(frame, "Monday")["date"] == "2026-02-02"
    assert row(frame, "next week")["value"] == "2026-W07"


def test_a_weekday_after_next_week_in_a_forecast_is_that_weeks():
    frame = table(
        "Forecasters expect snow by the middle of next week, with highs of 2C on Wednesday.",
        published=datetime(2026, 2, 3),
    )
    assert row(frame, "Wednesday")["date"] == "2026-02-11"


def test_the_sun_ending_a_sentence_is_no_sunday():
    frame = table("The comet takes about 4,000 years to orbit the Sun.", published=datetime(2026, 2, 3))
    assert "Sun." not in frame["expression"].tolist()


def test_a_length_before_or_around_an_event_is_not_counted_from_publication():
    frame = table(
        "The roads will be closed for two days before the race.",
        "Shops will close for a week around Easter.",
        "For about ten days either side of the end of February the comet should be easy to see.",
        published=datetime(2026, 2, 3),
    )
    for length in ("two days", "a week", "about ten days"):
        assert row(frame, length)["date"] == "", length


def test_a_length_from_a_weekday_still_starts_there():
    frame = table("The bridge will close for two weeks from Monday.", published=datetime(2026, 2, 3))
    assert (row(frame, "two weeks")["date"], row(frame, "two weeks")["date_end"]) == ("2026-02-09", "2026-02-22")
