"""Timeline rows of invented news a reader would check against the calendar: what a witness told of happening on a
day the sentence does not give, a kind of week that is no length, a length of a thing with its own start, seasons
and quotations counted from the right time, award titles, holidays and their parts of day."""

from __future__ import annotations

from datetime import datetime

from test_timeline_kinds import row
from test_timeline_kinds import table as timeline_of

FRIDAY = datetime(2026, 11, 27, 16, 45)  # a Friday


def table(*paragraphs: str, published: datetime = FRIDAY):
    """The timeline of an article whose body is `paragraphs` (headline "T")."""
    return timeline_of(*paragraphs, published=published)


def expressions(frame) -> list[str]:
    return frame["expression"].tolist()


# --- what was told happened before the telling ------------------------------------------------------------------


def test_a_clock_time_a_witness_told_of_is_not_on_the_day_of_the_evidence():
    frame = table(
        "Tom Reed, 52, was found dead at his flat in Leeds on 2 May.",
        "Giving evidence at Leeds Crown Court on Friday, a neighbour said he was woken at about 3am by shouting.",
    )
    assert row(frame, "Friday")["date"] == "2026-11-27"
    assert not row(frame, "3am")["date"].startswith("2026-11-27")


def test_a_clock_time_the_saying_dates_in_the_past_perfect_is_undated_too():
    frame = table("A farmer told the inquest on Tuesday that he had heard two shots at 11pm.")
    assert row(frame, "Tuesday")["date"] == "2026-11-24"
    assert row(frame, "11pm")["date"] == ""


def test_a_clock_time_with_its_own_day_in_what_was_said_keeps_it():
    frame = table("Police said a man was arrested at 2am on Thursday.")
    assert row(frame, "2am on Thursday")["date"].startswith("2026-11-26")


def test_that_night_after_a_month_named_last_is_no_day_of_publication():
    frame = table(
        "Ann Cole was attacked at her home on 9 April.",
        "The pair had separated in February, the court heard.",
        "Mr Dunn says he was at a friend's house that night.",
    )
    assert row(frame, "that night")["date"] == ""


def test_that_night_after_a_day_named_last_is_that_day():
    frame = table("Ann Cole was attacked at her home on 9 April.", "Mr Dunn says he was at a friend's house that night")
    assert row(frame, "that night")["date"] == "2026-04-09"


# --- a kind of week, a length of a thing ------------------------------------------------------------------------


def test_a_four_day_week_is_a_kind_of_week_not_a_length():
    frame = table(
        "Staff at the firm moved to a four-day week in March.",
        "The 4 Day Week Campaign welcomed the move, and unions want a 32-hour working week for all.",
    )
    found = expressions(frame)
    assert "four-day" not in found and "4 Day" not in found and "32-hour" not in found


def test_a_length_before_another_noun_stays_a_length():
    frame = table("The minister began a four-day visit to Japan on Monday.")
    assert row(frame, "four-day")["value"] == "P4D"


def test_a_length_of_a_planned_thing_is_not_counted_from_publication():
    frame = table("The study was small, and she added that a larger study over three years would begin in the spring.")
    assert row(frame, "over three years")["date"] == ""


def test_a_stretch_next_to_now_still_counts_from_publication():
    frame = table("The council will spend £4m over the next three years.")
    assert row(frame, "over the next three years")["date"] == "2026-11-27"


def test_a_superlatives_length_hung_on_a_noun_still_counts_back():
    frame = table("Shop prices rose at the fastest pace for three years, the survey found.")
    assert row(frame, "three years")["date"] < "2026-01-01"


# --- seasons ----------------------------------------------------------------------------------------------------


def test_last_spring_in_june_is_the_year_befores():
    frame = table("The licence granted last spring was quashed on Thursday.", published=datetime(2027, 6, 18, 16))
    assert row(frame, "last spring")["value"] == "2026-SP"


def test_last_spring_in_november_is_this_years():
    frame = table("The licence granted last spring was quashed on Thursday.")
    assert row(frame, "last spring")["value"] == "2026-SP"


def test_the_last_winter_of_a_story_long_ago_is_not_before_publication():
    frame = table("The novel is set on a Scottish island in 1890, where a crofter fears the last winter will ruin him.")
    assert row(frame, "the last winter")["date"] == ""


# --- a quotation's "ago" counts from when it was said ----------------------------------------------------------


def test_a_quoted_ago_counts_from_the_day_of_the_lead():
    frame = table(
        "Mia Holt won the national title on Saturday, beating the holder in straight sets.",
        '"Three weeks ago I was injured," Holt said.',
        published=datetime(2026, 11, 30, 8),
    )
    assert row(frame, "Three weeks ago")["date"] == "2026-11-07"


# --- titles, holidays and what they are told of -----------------------------------------------------------------


def test_player_of_the_year_is_a_title_not_a_date():
    frame = table("The striker was named player of the year on Thursday.")
    assert "the year" not in expressions(frame)


def test_the_hottest_day_of_the_year_still_dates_the_year():
    frame = table("Wednesday was the hottest day of the year so far.")
    assert "the year" in expressions(frame)


def test_a_holidays_part_of_day_keeps_the_holiday():
    frame = table(
        "Roads will be busiest on Good Friday morning and on Easter Monday evening.",
        published=datetime(2027, 3, 24, 12),
    )
    assert row(frame, "Good Friday morning")["date"] == "2027-03-26"
    assert row(frame, "Easter Monday evening")["date"] == "2027-03-29"


def test_midnight_on_the_bank_holiday_monday_is_that_mondays():
    frame = table(
        "Highways officials said they would lift the roadworks and keep them lifted until midnight on the bank "
        "holiday Monday.",
        published=datetime(2027, 3, 24, 12),
    )
    assert row(frame, "midnight on the bank holiday Monday")["date"].startswith("2027-03-29")


def test_a_day_said_to_be_likely_busy_is_to_come():
    frame = table(
        "Forecasters said Saturday was likely to be the wettest day of the week.",
        published=datetime(2027, 3, 24, 12),
    )
    assert row(frame, "Saturday")["date"] == "2027-03-27"


def test_cleared_for_an_event_on_a_weekday_is_that_coming_day():
    frame = table("The rocket has been cleared for launch on Thursday.", published=datetime(2027, 3, 9, 18))
    assert row(frame, "Thursday")["date"] == "2027-03-11"


def test_a_past_passive_in_a_month_just_ahead_is_last_years():
    frame = table("The coach was appointed only in June.", published=datetime(2026, 5, 18, 22))
    assert row(frame, "June")["value"] == "2025-06"


def test_later_this_decade_starts_at_publication():
    frame = table("Crewed landings are planned for later this decade.", published=datetime(2027, 3, 9, 18))
    found = row(frame, "later this decade")
    assert (found["date"], found["date_end"]) == ("2027-03-09", "2029-12-31")


def test_a_clock_time_told_at_a_clock_time_is_on_that_day():
    frame = table(
        "Trains were cancelled across the region.",
        "10:15 GMT: A spokesman said the fault began shortly after 06:30 and affected all lines.",
    )
    assert row(frame, "06:30")["date"].startswith("2026-11-27")


def test_the_previous_spring_in_a_past_entry_counts_from_its_date():
    frame = table(
        "Autumn 2021 - Emails show managers were warned of the leak as early as the previous spring.",
        published=datetime(2026, 3, 12, 9),
    )
    assert row(frame, "the previous spring")["value"] == "2021-SP"
