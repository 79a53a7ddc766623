"""Timeline rows of invented news of kinds not read before (storm warnings, bail conditions, competition cases,
administrations, trekking seasons): what a reporter would print as it stands. Each test is a mistake a reader would
catch."""

from __future__ import annotations

from datetime import datetime

from test_timeline_kinds import row
from test_timeline_kinds import table as timeline_of

WEDNESDAY = datetime(2026, 4, 29)


def table(*paragraphs: str, published: datetime | None = WEDNESDAY):
    """The timeline of an article whose body is `paragraphs` (headline "T"), published on a Wednesday."""
    return timeline_of(*paragraphs, published=published)


def test_a_weekday_listed_after_one_to_come_is_to_come_too():
    frame = table("Heavy rain and gales are forecast for Friday and Saturday across the Pennines.")
    assert row(frame, "Friday")["date"] == "2026-05-01"
    assert row(frame, "Saturday")["date"] == "2026-05-02"


def test_a_weekday_listed_after_every_monday_is_every_week_too():
    frame = table("He must sign on at Bexley police station every Monday and Thursday, the magistrates ruled.")
    assert row(frame, "Thursday")["type"] == "SET"
    assert row(frame, "Thursday")["date"] == ""


def test_a_month_the_following_year_is_counted_from_the_story():
    frame = table(
        "The regulator sent the bank its provisional findings in October 2023, and the bank answered the following "
        "January.",
    )
    assert row(frame, "the following January")["value"] == "2024-01"


def test_a_month_the_following_year_with_no_date_before_it_is_undated():
    frame = table("The bank answered the following January, its lawyers said.")
    assert row(frame, "the following January")["date"] == ""


def test_hoping_to_do_something_by_a_month_looks_ahead():
    frame = table(
        "The chain reported a loss for the year to the end of June 2025.",
        "Its administrators said they hoped to sell the shops by the end of May.",
        published=datetime(2026, 3, 4),
    )
    assert row(frame, "the end of May")["value"] == "2026-05"


def test_the_months_of_a_season_of_every_year_are_no_calendar_months():
    frame = table(
        "Spring, from March to May, is the busiest season for climbers on the Annapurna circuit.",
        published=datetime(2026, 10, 20),
    )
    assert (row(frame, "March")["type"], row(frame, "March")["date"]) == ("SET", "")
    assert (row(frame, "May")["type"], row(frame, "May")["date"]) == ("SET", "")


def test_one_years_season_keeps_its_months():
    frame = table("This year's rainy season runs from March to May, the met office said.")
    assert row(frame, "March")["value"] == "2026-03"


def test_the_last_day_of_a_run_that_named_its_month_first_is_dated():
    frame = table("Snow was forecast from April 26 to 28 in the high passes.")
    assert row(frame, "28")["date"] == "2026-04-28"
    assert "28 per" not in frame["expression"].tolist()


def test_a_year_after_a_run_of_days_dates_both_days():
    frame = table("The trade fair ran from July 4 to 9, 2025, in Hanover.")
    assert row(frame, "July 4")["date"] == "2025-07-04"
    assert row(frame, "9")["date"] == "2025-07-09"


def test_a_number_after_a_day_is_no_day_of_a_run():
    frame = table("Turnout rose from April 26 to 28 per cent in the second round.")
    assert "28" not in frame["expression"].tolist()


def test_a_clock_time_is_on_the_day_of_the_news_not_the_day_it_was_said():
    frame = table(
        "A tornado struck the town late on Monday, killing two people, police said on Tuesday.",
        "The twister touched down at about 9:40 p.m. and lifted 15 minutes later.",
    )
    assert row(frame, "9:40 p.m.")["date"][:10] == "2026-04-27"


def test_a_clock_time_gone_by_after_a_day_to_come_is_on_the_last_day_gone_by():
    frame = table(
        "A tornado struck the town late on Monday, killing two people, police said on Tuesday.",
        "Engineers will inspect the damaged bridge on Friday.",
        "A warning was issued at 9:22 p.m., sirens sounded across the town.",
    )
    assert row(frame, "9:22 p.m.")["date"][:10] == "2026-04-27"


def test_a_run_of_months_under_way_is_this_years():
    frame = table("The exhibition of Dutch maps at the city library runs from March to June.")
    assert (row(frame, "March")["value"], row(frame, "June")["value"]) == ("2026-03", "2026-06")


def test_a_run_of_months_to_come_stays_next_years():
    frame = table("The new sowing subsidy will run from March to June.")
    assert row(frame, "March")["value"] == "2027-03"


def test_a_weekday_of_a_habit_is_no_calendar_day():
    frame = table("She still buys the Sunday paper from the same kiosk on the corner, as always.")
    assert row(frame, "Sunday")["type"] == "SET"
    assert row(frame, "Sunday")["date"] == ""


def test_the_day_a_supply_lasts_until_is_to_come_when_it_is_said():
    frame = table(
        "The charity said the camp had enough flour and fuel to last until Friday.",
        published=datetime(2026, 4, 28),  # a Tuesday
    )
    assert row(frame, "Friday")["date"] == "2026-05-01"


def test_a_month_in_a_quotation_after_since_i_was_a_child_is_this_years():
    frame = table(
        '"I have wanted this since I was nine years old, and my coach died in January, so it is for him," '
        "the champion said.",
    )
    assert row(frame, "January")["value"] == "2026-01"


def test_the_rest_of_the_year_runs_from_publication():
    frame = table("Economists expect prices to stay flat for the rest of the year.")
    assert (row(frame, "the rest of the year")["date"], row(frame, "the rest of the year")["date_end"]) == (
        "2026-04-29",
        "2026-12-31",
    )
