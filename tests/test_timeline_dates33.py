"""Timeline rows of invented news a reader would check against the calendar: weekends named from early in the week,
the same weekend a year back, holidays that name a thing, states and plans that run to a day still to come, a
sentence's last number that is no count, seasons placed by the story, the United States' Election Day and clock
times of every such day."""

from __future__ import annotations

from datetime import datetime

from test_timeline_kinds import row
from test_timeline_kinds import table as timeline_of

MONDAY = datetime(2026, 11, 23, 9, 30)  # a Monday
FRIDAY = datetime(2026, 11, 27, 16, 45)  # the Friday of the same week


def table(*paragraphs: str, published: datetime = MONDAY):
    """The timeline of an article whose body is `paragraphs` (headline "T")."""
    return timeline_of(*paragraphs, published=published)


# --- weekends --------------------------------------------------------------------------------------------------


def test_next_weekend_in_a_monday_paper_is_the_coming_one():
    frame = table(
        "The musical took £2m at the box office this weekend.",
        "Next weekend brings the first preview of its rival at the Palace.",
    )
    assert row(frame, "Next weekend")["date"] == "2026-11-28"


def test_next_weekend_in_a_friday_paper_is_the_one_after_the_coming_one():
    frame = table("Next weekend brings the first preview of the rival show at the Palace.", published=FRIDAY)
    assert row(frame, "Next weekend")["date"] == "2026-12-05"


def test_the_coming_weekend_early_in_the_week_is_this_weeks():
    frame = table("Forecasters expect snow on high ground over the coming weekend.")
    assert row(frame, "the coming weekend")["date"] == "2026-11-28"


def test_the_same_weekend_last_year_is_that_weekend_a_year_back():
    frame = table("Cinemas took $98m over the weekend, up 4% on the same weekend last year.")
    same = row(frame, "the same weekend")
    assert same["date"].startswith("2025-11")
    assert row(frame, "last year")["date"] == same["date"]


# --- holidays that name a thing ----------------------------------------------------------------------------------


def test_the_new_year_honours_list_is_no_date():
    frame = table(
        "A school cook is among 1,100 people recognised in the New Year Honours list published on Tuesday night.",
        published=datetime(2026, 12, 30, 22, 30),
    )
    assert "the New Year" not in frame["expression"].tolist()


def test_the_new_year_itself_is_still_the_year_to_come():
    frame = table("The bridge will reopen in the new year.", published=datetime(2026, 12, 10))
    assert row(frame, "the new year")["date"].startswith("2027")


# --- what lasts, or is readied, until a day to come --------------------------------------------------------------


def test_a_state_that_would_stay_until_a_weekday_runs_to_the_coming_one():
    frame = table("The council said the parking charges would stay suspended until midnight on Thursday.")
    assert row(frame, "midnight on Thursday")["date"].startswith("2026-11-26")


def test_a_state_that_stayed_until_a_weekday_is_of_the_one_gone():
    frame = table("The road stayed closed until Thursday, the council said.")
    assert row(frame, "Thursday")["date"] == "2026-11-19"


def test_picked_for_the_final_on_a_weekday_is_the_finals_day_to_come():
    frame = table("Jones has been picked for the final on Sunday after recovering from a hamstring strain.")
    assert row(frame, "Sunday")["date"] == "2026-11-29"


def test_extra_services_a_saying_reports_as_added_run_on_the_day_to_come():
    frame = table("Airlines said they had added extra flights on Saturday morning to clear the backlog.")
    assert row(frame, "Saturday morning")["date"] == "2026-11-28"


def test_an_arrest_a_saying_reports_in_the_past_perfect_stays_in_the_past():
    frame = table("Police said they had arrested a man on Saturday morning.")
    assert row(frame, "Saturday morning")["date"] == "2026-11-21"


# --- a number ending a sentence is no count ----------------------------------------------------------------------


def test_a_week_after_a_sentence_ending_in_a_year_is_a_length_not_a_rate():
    frame = table("The first troops crossed the river on 3 May 2026. Within a week they had reached the capital.")
    assert row(frame, "a week")["type"] == "DURATION"


def test_a_count_of_things_before_a_week_is_still_a_rate():
    frame = table("She swims 2.5 kilometres a week.")
    assert row(frame, "a week")["type"] == "SET"


# --- seasons placed by the story ---------------------------------------------------------------------------------


def test_the_winter_that_followed_a_month_named_is_the_next_winter():
    frame = table(
        "In October, the dam was finally repaired.",
        "Farmers said the winter that followed was the wettest they could remember.",
        published=datetime(2027, 6, 1),
    )
    assert row(frame, "the winter")["value"] == "2027-WI"


def test_a_season_named_by_its_own_event_stays_undated():
    frame = table("The winter the trains stopped is still remembered in the valley.")
    assert row(frame, "The winter")["date"] == ""


# --- Election Day ------------------------------------------------------------------------------------------------


def test_election_day_is_the_tuesday_after_novembers_first_monday():
    frame = table("Officials ordered a recount on Wednesday, eight days after Election Day.", published=FRIDAY)
    assert row(frame, "Election Day")["date"] == "2026-11-03"


def test_a_week_after_election_day_in_a_present_clause_is_this_years():
    frame = table(
        "Officials ordered a recount in a race where 300 votes separate the candidates, a week after Election Day.",
        published=datetime(2026, 11, 11),
    )
    assert row(frame, "Election Day")["date"] == "2026-11-03"


def test_a_length_after_election_day_still_to_come_is_next_years():
    frame = table("Results will be certified two weeks after Election Day.", published=datetime(2027, 2, 12))
    assert row(frame, "Election Day")["date"] == "2027-11-02"


def test_a_lower_case_election_day_is_any_elections_day():
    frame = table("Polling stations open at 7am on election day.", published=FRIDAY)
    assert "election day" not in frame["expression"].tolist()


# --- clock times of every such day -------------------------------------------------------------------------------


def test_a_clock_time_of_weekday_evenings_is_on_no_one_day():
    frame = table("The fast begins on 18 February, and the market will stay open until 10pm on weekday evenings.")
    assert row(frame, "18 February")["date"] == "2027-02-18"
    assert row(frame, "10pm")["date"] == ""


def test_a_clock_time_on_a_named_day_keeps_it():
    frame = table("Police were called to the High Street at 10pm on Saturday.")
    assert row(frame, "10pm on Saturday")["date"].startswith("2026-11-21")


# --- a day said to be something ----------------------------------------------------------------------------------


def test_a_weekday_said_to_be_likely_the_busiest_is_the_coming_one():
    frame = table(
        "The motoring group AA said Wednesday evening, the start of the school holidays, was likely to be the"
        " busiest time on the roads."
    )
    assert row(frame, "Wednesday evening")["date"] == "2026-11-25"


def test_a_weekday_the_saying_is_timed_by_stays_in_the_past():
    frame = table("The AA said Wednesday that the roads had been quiet.")
    assert row(frame, "Wednesday")["date"] == "2026-11-18"


def test_a_days_numbered_event_told_in_the_present_is_to_come():
    frame = table(
        "Vingegaard took the lead on Monday.",
        "Thursday's 14th stage is a 35km time trial. Saturday's second leg was a thriller.",
    )
    assert row(frame, "Thursday")["date"] == "2026-11-26"
    assert row(frame, "Saturday")["date"] == "2026-11-21"  # told in the past: gone by
