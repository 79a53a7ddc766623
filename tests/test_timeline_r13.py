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


def test_the_first_day_of_a_move_to_next_year_is_the_last_one_before_it():
    frame = table(
        "The publisher said on Tuesday it had moved the album's release from June 5 to February 19 next year.",
    )
    assert row(frame, "June 5")["date"] == "2026-06-05"


def test_a_headlines_set_for_looks_ahead():
    frame = table("Delayed racing game now set for February release")
    assert row(frame, "February")["value"] == "2027-02"


def test_a_season_of_this_year_is_this_years_when_the_story_is_elsewhere():
    frame = table(
        "The studio first showed the game in June 2024.",
        "It was meant to come out in the summer of this year.",
    )
    assert row(frame, "the summer")["value"] == "2026-SU"


def test_a_passive_participle_after_before_has_the_tense_of_its_clause():
    frame = table(
        "The game was originally due in the spring before being pushed back to the autumn in March.",
        published=datetime(2026, 10, 15),
    )
    assert row(frame, "March")["value"] == "2026-03"


def test_a_state_of_emergency_declared_for_days_runs_on_from_now():
    frame = table("The government has declared a state of emergency in three provinces for 21 days.")
    assert (row(frame, "21 days")["date"], row(frame, "21 days")["date_end"]) == ("2026-04-29", "2026-05-20")


def test_a_season_of_a_region_told_by_its_months_is_every_years():
    frame = table("The hurricane season in the Atlantic runs from June to November.")
    assert (row(frame, "June")["type"], row(frame, "November")["type"]) == ("SET", "SET")


def test_a_weekday_after_the_saturday_of_an_undated_week_is_undated():
    frame = table(
        "The flood came in 1953, and the old sea wall was rebuilt in 1960.",
        '"On the Friday, the wind got up," she said. "On Saturday night the water came over the wall."',
        published=datetime(2026, 4, 25),  # a Saturday
    )
    assert row(frame, "Saturday night")["date"] == ""


def test_an_event_label_spells_out_a_negative_contraction():
    frame = table('"I haven\'t slept properly since the middle of April," the champion said.')
    assert row(frame, "the middle of April")["event"] == "I have not slept"


def test_a_participle_of_a_plan_after_before_and_an_adjective_takes_the_tense_of_its_clause():
    frame = table(
        "The ferry, first shown in June 2024, was originally due in the spring of this year before being pushed "
        "back to the autumn in March.",
        published=datetime(2026, 10, 15),
    )
    assert row(frame, "March")["value"] == "2026-03"


def test_since_the_start_of_the_year_runs_to_now_late_in_the_year():
    frame = table("Copper prices have fallen 11 per cent since the start of the year.", published=datetime(2026, 8, 20))
    row_ = row(frame, "the start of the year")
    assert (row_["date"], row_["date_end"]) == ("2026-01-01", "2026-08-20")
