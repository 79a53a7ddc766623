"""Timeline rows of invented news of kinds read little before (technology launches, film releases, housing, harvests,
space missions, inquests, migration figures, market reports): every date from the publication date, none invented."""

from __future__ import annotations

from datetime import datetime

from test_timeline_kinds import row
from test_timeline_kinds import table as timeline_of

LATE_MAY = datetime(2026, 5, 27)  # a Wednesday


def table(*paragraphs: str, published: datetime = LATE_MAY):
    """The timeline of an article whose body is `paragraphs` (headline "T")."""
    return timeline_of(*paragraphs, published=published)


def test_months_after_a_sentence_opened_by_last_year_are_that_years():
    frame = table("Last year the river flooded twice. Between June and September the village was cut off for weeks.")
    assert row(frame, "Between June and September")["value"] == "2025-06/2025-09"


def test_a_day_after_a_sentence_opened_by_a_past_year_is_that_years():
    frame = table("In 2024, the harvest failed. On August 3 the growers' co-operative went into administration.")
    assert row(frame, "August 3")["value"] == "2024-08-03"


def test_months_gone_by_this_year_after_a_sentence_opened_by_last_year_stay_this_years():
    frame = table(
        "Last year the province had a near-record crop. Between April and June only 40 millimetres of rain fell.",
        published=datetime(2025, 8, 21),
    )
    assert row(frame, "Between April and June")["value"] == "2025-04/2025-06"


def test_months_to_come_after_a_past_year_keep_their_own_year():
    frame = table("Last year the river flooded twice. In June the town will open a new flood barrier.")
    assert row(frame, "June")["value"] == "2026-06"


def test_a_decision_spoken_of_in_the_present_was_taken_on_the_weekday_gone_by():
    frame = table("The council's decision on Tuesday to close the library is short-sighted.")
    assert row(frame, "Tuesday")["value"] == "2026-05-26"
    frame = table("His resignation on Friday leaves the party without a leader.")
    assert row(frame, "Friday")["value"] == "2026-05-22"


def test_a_vote_still_awaited_is_on_the_coming_weekday():
    assert row(table("The vote on Tuesday is expected to be close."), "Tuesday")["value"] == "2026-06-02"
    assert row(table("The vote on Friday decides who leads the party."), "Friday")["value"] == "2026-05-29"
    assert row(table("The decision on Friday is crucial for the club."), "Friday")["value"] == "2026-05-29"
    assert row(table("The council's vote on Tuesday to close the library is a betrayal."), "Tuesday")["value"] == (
        "2026-05-26"
    )


def test_a_clock_time_in_a_clause_dated_by_another_month_is_on_no_calendar_day():
    frame = table("The street lights went off around 7pm from mid-February, residents said.")
    assert row(frame, "7pm")["date"] == ""
    frame = table("The woman was last seen at about 7pm in March 2025.")
    assert row(frame, "7pm")["date"] == ""


def test_a_clock_time_beside_a_stretch_since_a_month_keeps_the_publication_day():
    frame = table("The fire broke out around 7pm in a building empty since February.")
    assert row(frame, "7pm")["date"] == "2026-05-27T19:00"


def test_the_past_five_years_as_a_subject_end_at_publication():
    frame = table("The past five years have been hard for dairy farmers.")
    assert (row(frame, "The past five years")["date"], row(frame, "The past five years")["date_end"]) == (
        "2021-05-27",
        "2026-05-27",
    )
    frame = table("The next two years will decide the club's future.")
    assert row(frame, "The next two years")["date_end"] == "2028-05-27"


def test_the_last_years_of_a_life_are_not_the_years_before_publication():
    frame = table("He spent the last five years of his life in Cork.")
    assert row(frame, "the last five years")["date"] == ""


def test_half_a_decade_ago_is_five_years_back():
    frame = table("Half a decade ago a starter flat in the town cost far less.")
    assert row(frame, "Half a decade ago")["value"] == "2021"
    assert row(table("She moved to Nairobi half a year ago."), "half a year ago")["value"] == "2025-11"
    assert row(table("The talks lasted half a day."), "half a day")["type"] == "DURATION"


def test_the_end_of_a_year_is_its_last_third_like_late():
    end = row(table("The plant will close by the end of 2027."), "the end of 2027")
    late = row(table("The plant will close in late 2027."), "late 2027")
    assert (end["date"], end["date_end"]) == (late["date"], late["date_end"]) == ("2027-09-01", "2027-12-31")


def test_the_same_period_in_a_later_sentence_is_the_period_named():
    frame = table(
        "House prices rose 2 per cent in January 2025. Rents rose 3 per cent over the same period.",
        published=datetime(2026, 3, 18),
    )
    assert row(frame, "the same period")["value"] == "2025-01"


def test_the_same_period_after_a_month_compared_with_is_left_undated():
    frame = table(
        "Prices were 7.9 per cent higher than in January 2025. Outside the capital prices rose 9.4 per cent over the "
        "same period.",
        published=datetime(2026, 3, 18),
    )
    assert row(frame, "the same period")["date"] == ""


def test_the_same_period_compared_with_is_a_year_before():
    frame = table(
        "Pre-orders rose to 500 in the first quarter. That compares with 400 in the same period.",
        published=datetime(2026, 5, 20),
    )
    assert row(frame, "the same period")["value"] == "2025-Q1"


def test_a_record_in_years_after_a_cause_looks_back_from_publication():
    frame = table(
        "Officials expect the wheat crop to be the smallest in six years after one of the driest springs on record.",
        published=datetime(2025, 8, 21),
    )
    assert row(frame, "six years")["date"] == "2019-01-01"


def test_a_clock_time_in_the_past_perfect_is_not_put_on_publication_day():
    frame = table(
        "The inquest heard that the lorry driver had stopped at the lights at about 7.50am.",
        published=datetime(2026, 1, 15),
    )
    assert row(frame, "7.50am")["date"] == ""
    frame = table(
        "The man was hurt on Sunday night. Officers had been called at about 10.15pm.", published=datetime(2026, 1, 15)
    )
    assert row(frame, "10.15pm")["date"] == "2026-01-11T22:15"
    assert row(table("By 9am, police had closed the road."), "9am")["date"] == "2026-05-27T09:00"


def test_the_twelve_months_to_a_month_are_the_year_ending_with_it():
    frame = table(
        "The median price paid for a home in the 12 months to January was 345,000 euro.",
        published=datetime(2026, 3, 18),
    )
    found = row(frame, "the 12 months")
    assert (found["value"], found["date"], found["date_end"]) == ("P12M", "2025-02-01", "2026-01-31")


def test_a_financial_year_is_a_fiscal_year():
    frame = table("Revenue doubled in the financial year to March 2026.", published=datetime(2026, 4, 9))
    found = row(frame, "the financial year")
    assert (found["date"], found["date_end"]) == ("2025-04-01", "2026-03-31")
    assert (
        row(table("Profit rose last financial year.", published=datetime(2026, 4, 9)), "last financial year")["date"]
        == ""
    )  # its months are the company's own


def test_a_stretch_of_a_bare_infinitive_takes_the_time_of_the_verb_it_hangs_on():
    frame = table(
        "The company said lower rates had helped small traders borrow more over the past six months.",
        published=datetime(2026, 4, 9),
    )
    found = row(frame, "over the past six months")
    assert (found["date"], found["date_end"]) == ("2025-10-09", "2026-04-09")


def test_the_first_months_of_a_year_are_dated_as_those_months():
    frame = table(
        "Some 11,074 people crossed the Channel in small boats in the first four months of this year.",
        published=datetime(2025, 5, 22),
    )
    found = row(frame, "the first four months")
    assert (found["date"], found["date_end"]) == ("2025-01-01", "2025-04-30")
    found = row(table("He scored twice in the first ten minutes of the game."), "the first ten minutes")
    assert found["date"] == ""
