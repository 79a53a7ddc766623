"""Timeline rows of invented news a reader would check against the calendar: a deadline at the end of a period,
a stretch counted on from the date the story has just reached, a weekday counted within an event, and the events of
a live page's entries."""

from __future__ import annotations

from datetime import datetime

from test_timeline_kinds import row
from test_timeline_kinds import table as timeline_of

JUNE = datetime(2026, 6, 24, 9, 0)  # a Wednesday


def table(*paragraphs: str, published: datetime = JUNE):
    """The timeline of an article whose body is `paragraphs` (headline "T")."""
    return timeline_of(*paragraphs, published=published)


# --- a deadline at the end of a period --------------------------------------------------------------------------


def test_before_the_end_of_the_year_runs_from_publication():
    frame = table("The watchdog will publish its findings before the end of the year, a spokesman said.")
    found = row(frame, "the end of the year")
    assert (found["date"], found["date_end"]) == ("2026-06-24", "2026-12-31")


def test_before_the_end_of_next_year_runs_from_publication():
    frame = table("The company hopes to open offices in Spain and Italy before the end of next year.")
    found = row(frame, "the end of next year")
    assert (found["date"], found["date_end"]) == ("2026-06-24", "2027-12-31")


def test_a_denied_deadline_stays_the_periods_last_third():
    frame = table("The new bridge will not open before the end of next year, engineers said.")
    found = row(frame, "the end of next year")
    assert (found["date"], found["date_end"]) == ("2027-09-01", "2027-12-31")


def test_by_the_end_of_a_year_told_in_the_past_stays_its_last_months():
    frame = table("By the end of the year, the shop had lost a third of its customers.")
    found = row(frame, "By the end of the year")
    assert (found["date"], found["date_end"]) == ("2026-09-01", "2026-12-31")


# --- a stretch counted from the date the story has reached ------------------------------------------------------


def test_the_first_two_years_count_from_the_year_just_named():
    frame = table(
        "Mum was found to have Parkinson's disease in 2018. For the first two years, my father looked after her on "
        "his own."
    )
    found = row(frame, "the first two years")
    assert (found["date"], found["date_end"]) == ("2018-01-01", "2020-12-31")


def test_the_next_two_decades_count_from_a_year_gone_by():
    frame = table("In 1971 he joined the county surveyor's office, where he spent the next two decades mapping roads.")
    found = row(frame, "the next two decades")
    assert (found["date"], found["date_end"]) == ("1971-01-01", "1991-12-31")


def test_the_following_days_count_from_the_day_named_before():
    frame = table(
        "Snow will begin falling on Friday, and up to 30cm could settle over the following two days.",
    )
    found = row(frame, "the following two days")
    assert (found["date"], found["date_end"]) == ("2026-06-26", "2026-06-28")


def test_the_first_years_of_a_thing_named_after_them_stay_undated():
    frame = table("She arrived in 2018. The first two years of the course were spent in a laboratory.")
    assert row(frame, "The first two years")["date"] == ""


def test_the_next_years_of_a_plan_still_count_from_publication():
    frame = table(
        "The council approved the budget on Monday. It will spend £40m on roads over the next five years.",
    )
    found = row(frame, "over the next five years")
    assert found["date"] == "2026-06-24"


# --- a weekday counted within an event --------------------------------------------------------------------------


def test_the_first_wednesday_of_a_tournament_is_not_the_last_wednesday():
    frame = table(
        "Mira Solberg won the title on Saturday. Her only dropped set came in a second-round match that ran until "
        "almost 11pm on the first Wednesday.",
        published=datetime(2027, 7, 12, 8, 0),
    )
    assert row(frame, "Wednesday")["date"] == ""
    assert row(frame, "11pm")["date"] == ""
    assert row(frame, "Saturday")["date"] == "2027-07-10"


def test_the_first_monday_of_a_month_keeps_its_date():
    frame = table("The new timetable starts on the first Monday of March.", published=datetime(2027, 1, 12, 8, 0))
    assert row(frame, "the first Monday of March")["date"] == "2027-03-01"


# --- the events of a live page's entries ------------------------------------------------------------------------

LIVE = datetime(2026, 9, 1, 23, 30)


def test_a_greeting_opening_an_entry_is_not_its_event():
    frame = table(
        "12:10 Hello and welcome. Nine clubs have announced new signings since breakfast.",
        published=LIVE,
    )
    event = row(frame, "12:10")["event"]
    assert "welcome" not in event.lower() and "clubs" in event


def test_an_entry_opening_with_reports_that_is_told_in_its_own_words():
    frame = table(
        "22:48 Reports that Harton's bid for the Danish midfielder Jens Holm has been rejected. He had a medical "
        "this morning.",
        published=LIVE,
    )
    event = row(frame, "22:48")["event"]
    assert event.startswith("Reports that Harton's bid")


def test_a_passive_its_done_is_spelled_is():
    frame = table("23:05 It's finished. Dunmore have confirmed the signing of striker Ollie Brand.", published=LIVE)
    assert row(frame, "23:05")["event"] == "It is finished"


# --- a decade of a life, by the year of birth -------------------------------------------------------------------


def test_her_twenties_are_the_years_after_the_year_she_was_born():
    frame = table(
        "Born in Hull in 1941, she trained as a nurse. In her twenties she ran a clinic in Malawi.",
    )
    found = row(frame, "her twenties")
    assert (found["date"], found["date_end"]) == ("1961-01-01", "1971-12-31")


def test_his_late_thirties_are_the_years_he_was_36_to_39():
    frame = table("He was born in 1950 in Leeds. In his late thirties he moved to Canada.")
    found = row(frame, "his late thirties")
    assert (found["date"], found["date_end"]) == ("1986-01-01", "1990-12-31")


def test_a_decade_of_life_with_two_births_named_is_left_out():
    frame = table(
        "Born in 1941, she met her husband, who was born in 1938, at a dance. In her twenties she ran a clinic.",
    )
    assert "her twenties" not in frame["expression"].tolist()


def test_the_next_years_in_a_quoted_present_count_from_now_not_the_year_before():
    frame = table('The hall missed its 2025 reopening. "But this is a hall for the next fifty years," said Ms Orr.')
    assert row(frame, "the next fifty years")["date"] != "2025-01-01"


def test_a_short_chronology_entry_with_a_name_is_its_own_event():
    frame = table("August 2024 - Kelby Water appeals. Its chief executive tells the Gazette it has no other site.")
    assert row(frame, "August 2024")["event"].startswith("Kelby Water")
