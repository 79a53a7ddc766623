"""Timeline rules for a day right after a thing looked forward to "ahead of", … Every text here was written for
these tests."""

from __future__ import annotations

from datetime import datetime

import pandas as pd
import test_timeline_sentences as sentences
from test_timeline_sentences import row


def table(*paragraphs: str, published: datetime) -> pd.DataFrame:
    """The timeline of an article whose body is `paragraphs` (headline "T"), published at `published`."""
    return sentences.table(*paragraphs, published=published)


TUESDAY = datetime(2026, 9, 15, 18)


def test_a_day_after_a_thing_awaited_ahead_of_is_the_coming_one():
    frame = table(
        "The euro edged up 0.2% against the yen ahead of German trade figures on Wednesday, which economists expect "
        "to show a rebound.",
        "Coach Mara Lind spoke to reporters ahead of Saturday's trip to Dunmore.",
        published=TUESDAY,
    )
    assert row(frame, "Wednesday")["date"] == "2026-09-16"  # the figures are still to come
    assert row(frame, "Saturday")["date"] == "2026-09-19"  # four days on: a fixture looked forward to
    raced = table(
        "Kowalski finished ahead of Moretti on Sunday.",  # a place in a race, not a thing looked forward to
        "The bypass was completed ahead of schedule on Friday.",
        published=TUESDAY,
    )
    assert row(raced, "Sunday")["date"] == "2026-09-13"
    assert row(raced, "Friday")["date"] == "2026-09-11"
    saturday = table("Shares in the lender fell ahead of the vote on Thursday.", published=datetime(2026, 9, 19, 9))
    assert row(saturday, "Thursday")["date"] == "2026-09-17"  # two days gone, in a weekend paper: the week's vote


WEDNESDAY = datetime(2026, 12, 2, 7)


def test_a_time_on_what_forecasters_have_warned_of_is_to_come():
    frame = table(
        "Forecasters have warned of freezing fog overnight across the Pennines.",
        "The Met Office has warned of severe gales on Friday.",
        published=WEDNESDAY,
    )
    assert row(frame, "overnight")["value"] == "2026-12-02TNI"  # the coming night, not the one gone
    assert row(frame, "Friday")["date"] == "2026-12-04"
    complained = table("Residents have complained of loud music overnight.", published=WEDNESDAY)
    assert row(complained, "overnight")["value"] == "2026-12-01TNI"  # a complaint is of what has happened
    warned = table("Forecasters warned of freezing fog overnight.", published=WEDNESDAY)
    assert row(warned, "overnight")["value"] == "2026-12-01TNI"  # the simple past may date the warning


def test_a_companys_full_year_and_fiscal_years_are_on_its_own_calendar():
    frame = table(
        "Brightwell Tools, whose financial year runs to the end of March, raised its forecast for the full year on "
        "Thursday.",
        "It now expects revenue for fiscal 2027 of £300m, after costs rose in the second half of fiscal 2026.",
        "Inflation for the full year is expected to be 3%.",
        published=datetime(2026, 10, 29, 8),
    )
    years = frame[frame["expression"] == "the full year"].sort_values("paragraph")
    assert years["date"].tolist() == ["2026-04-01", "2026-01-01"]  # the company's; the economy's the calendar's
    assert (row(frame, "fiscal 2027")["date"], row(frame, "fiscal 2027")["date_end"]) == ("2026-04-01", "2027-03-31")
    half = row(frame, "the second half of fiscal 2026")
    assert (half["date"], half["date_end"]) == ("2025-10-01", "2026-03-31")
    after = table(
        "The retailer, whose financial year ends in February, said that for the full year, profit rose 4%.",
        published=datetime(2026, 4, 20, 8),
    )
    assert row(after, "the full year")["date_end"] == "2026-02-28"  # told as gone, weeks after it ended
    unsaid = table("It now expects revenue for fiscal 2027 of £300m.", published=datetime(2026, 10, 29, 8))
    assert row(unsaid, "fiscal 2027")["date"] == ""  # where the year ends is not said: no calendar days


def test_a_season_after_the_story_year_end_stays_in_the_storys_year():
    frame = table(
        "The winter of 1963 froze the Thames at Windsor.",
        "By the end of the year the river trade had collapsed.",
        "Historians say the winter was the harshest of the century.",
        published=datetime(2026, 8, 20, 8),
    )
    assert row(frame, "the winter")["value"] == "1963-WI"  # not the coming winter: the story is still in 1963
    now = table("Forecasters say the winter will be mild.", published=datetime(2026, 8, 20, 8))
    assert row(now, "the winter")["value"] != "1963-WI"


def test_a_stretch_from_a_narrowed_month_starts_where_the_narrowing_does():
    frame = table(
        "From late June 1976, temperatures topped 30C for twelve consecutive days.",
        published=datetime(2026, 8, 20, 8),
    )
    days = row(frame, "twelve consecutive days")
    assert (days["date"], days["date_end"]) == ("1976-06-21", "1976-07-02")  # from the 21st, not the 1st


def test_the_last_occasion_before_a_first_in_years_says_it_is_that_one():
    frame = table(
        "Bus fares rise for the first time in twelve years.",
        "Ridership has fallen for three years.",
        published=datetime(2026, 4, 20, 8),
    )
    last = row(frame, "twelve years")
    assert last["date"] == "2014-01-01"
    assert last["event"].startswith("last time before now: ")  # the fares last rose then; this rise is now
    assert "last time" not in row(frame, "three years")["event"]  # a stretch up to now is the event's own time
