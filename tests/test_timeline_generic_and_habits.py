"""Timeline rows of invented news where a time names no day of the calendar: a year after a superlative told as
what holds every year, a time of day in a quoted habit of "would", and a plain season in a sentence of "this
season"."""

from __future__ import annotations

from datetime import datetime

from test_timeline_kinds import dated, row
from test_timeline_kinds import table as timeline_of

SATURDAY = datetime(2026, 2, 21)
FRIDAY = datetime(2026, 5, 8)
AUGUST = datetime(2026, 8, 1)


def table(*paragraphs: str, published: datetime = SATURDAY):
    """The timeline of an article whose body is `paragraphs` (headline "T")."""
    return timeline_of(*paragraphs, published=published)


def expressions(frame) -> list[str]:
    return frame["expression"].tolist()


# --- "the year" after a superlative ----------------------------------------------------------------------------


def test_the_year_after_a_superlative_in_the_present_is_any_years():
    frame = table(
        "Viewers should tune in on Thursday night, when the film follows a herd of deer through the harshest weeks"
        " of the year.",
        "Black Friday is one of the busiest days of the year for the town's shops.",
        "The nature reserve is at its most crowded in the warmest month of the year.",
    )
    assert "the year" not in expressions(frame)
    assert row(frame, "Thursday night")["date"] == "2026-02-26"  # the day the text names keeps its date


def test_the_year_after_a_superlative_told_in_the_past_or_so_far_is_this_one():
    gone = table("Monday was the wettest day of the year in the county.")
    assert dated(gone, "the year")[1] == "2026"
    far = table("Sunday is expected to be the mildest day of the year so far.")
    assert dated(far, "the year")[1] == "2026"


def test_the_year_without_a_superlative_keeps_its_date():
    frame = table("Prices in the shops rose faster in the first weeks of the year than economists had expected.")
    assert dated(frame, "the first weeks of the year")[1:3] == ("2026", "2026-01-01")


# --- a quoted habit of "would" ---------------------------------------------------------------------------------


def test_times_in_a_quoted_habit_of_would_have_no_day():
    frame = table(
        "The two brothers said they had built the boat over three summers in a shed behind the pub.",
        '"We would saw planks until midnight and then sand them the next morning," one of them said.',
        published=FRIDAY,
    )
    for expression in ("midnight", "the next morning"):
        assert row(frame, expression)["date"] == ""
        assert row(frame, expression)["value"].startswith("XXXX-XX-XX")


def test_a_would_reported_or_told_as_later_in_a_quotation_keeps_its_day():
    said = table('"We said we would meet the next morning," he said.', published=FRIDAY)
    assert row(said, "the next morning")["date"] == "2026-05-09"
    later = table('"They would later sign the deal at midnight," he said.', published=FRIDAY)
    assert row(later, "midnight")["date"] != ""
    told = table("Police said the men would return the next morning.", published=FRIDAY)
    assert row(told, "the next morning")["date"] == "2026-05-09"


# --- a plain season in a sentence of "this season" -------------------------------------------------------------


def test_a_season_changed_this_season_is_the_one_under_way_or_to_come():
    frame = table(
        "The league has moved the winter break forward by a week this season.",
        "There will be no matches from 20 December to 3 January.",
        published=AUGUST,
    )
    assert dated(frame, "the winter")[2:] == ("2026-12-01", "2027-02-28")
    assert row(frame, "20 December")["date"] == "2026-12-20"


def test_a_season_changed_in_the_past_without_this_season_is_the_one_gone():
    frame = table("The club moved the winter break forward last year.", published=AUGUST)
    assert dated(frame, "the winter")[2:] == ("2025-12-01", "2026-02-28")
    shop = table("In the winter she opened a shop on the high street.", published=AUGUST)
    assert dated(shop, "the winter")[2:] == ("2025-12-01", "2026-02-28")
