"""The summary's sentences on invented news: a season the article names ("in the spring", "last winter") bounds the
span of its dates in its own words, not by a month the calendar chose; a statement whose speaker the quotes give only
as a possessive pronoun ("His announcement that …") names no source."""

from __future__ import annotations

import pandas as pd

from newsframe import findings, summary


def timeline(*rows) -> pd.DataFrame:
    """A timeline of (expression, value, date, date_end) rows."""
    table = pd.DataFrame(rows, columns=["expression", "value", "date", "date_end"])
    return table.assign(event="", paragraph=1, type="DATE")


def quotes(*rows) -> pd.DataFrame:
    """A quotes table of (paragraph, kind, cue, speaker, speaker_text, text) rows."""
    columns = ["paragraph", "kind", "cue", "speaker", "speaker_text", "text"]
    return pd.DataFrame(rows, columns=columns).assign(tone="neutral")


def entities(*rows) -> pd.DataFrame:
    table = pd.DataFrame(rows, columns=["entity", "entity_type", "mentions"])
    return table.assign(paragraphs=table["mentions"].clip(upper=3), first_paragraph=1, aliases=table["entity"])


def test_seasons_bound_the_span_by_their_names():
    dates = timeline(
        ("the summer of 2024", "2024-SU", "2024-06-01", "2024-08-31"),
        ("Tuesday", "2026-09-08", "2026-09-08", "2026-09-08"),
        ("in the spring", "2027-SP", "2027-03-01", "2027-05-31"),
    )
    said = summary.dates_sentence(dates)
    assert said == "Its 3 dated expressions run from summer 2024 to spring 2027.", said


def test_a_winter_over_the_turn_of_the_year_is_named_by_both_years():
    dates = timeline(("last winter", "2026-WI", "2025-12-01", "2026-02-28"))
    assert summary.dates_sentence(dates) == "Its one dated expression, “last winter”, refers to winter 2025–26."
    assert summary.season_name("2026-WI", "2025-12-01", "2026-02-28") == "winter 2025–26"


def test_a_season_value_on_other_days_keeps_the_calendar_bounds():
    # a season's value the calendar stretched beyond its three months, or on a day, is not named as the season
    assert summary.season_name("2027-SP", "2027-03-01", "2027-08-31") is None
    assert summary.season_name("2027-SP", "2027-04-10", "2027-04-10") is None
    assert summary.season_name("2027-05", "2027-05-01", "2027-05-31") is None


REVIEW = entities(("Adjoa Andoh", "PERSON", 4), ("Kyle Soller", "PERSON", 1), ("Rebecca Frecknall", "PERSON", 2))


def test_a_possessive_pronoun_is_no_source():
    said = findings.who_is_quoted.__wrapped__(
        quotes(
            (3, "partial", "tells", "Adjoa Andoh", "she", "“we must not think about it tonight”"),
            (4, "reported", "announcement", "His", "His", "that he has bought the orchard"),
            (6, "partial", "told", "Rebecca Frecknall", "Frecknall", "she wanted “a production about people”"),
        ),
        REVIEW,
    )
    assert " and his." not in said and "his (" not in said, said
    assert "given only as “his”" in said or "gives only as “his”" in said, said
    assert "2 statements to 2 sources" in said, said


def test_the_present_week_over_the_days_to_come_is_not_the_latest_event():
    from datetime import datetime

    dates = timeline(
        ("August", "2026-08", "2026-08-01", "2026-08-31"),
        ("this week", "2026-W42", "2026-10-12", "2026-10-18"),
        ("Monday", "2026-10-12", "2026-10-12", "2026-10-12"),
        ("Thursday", "2026-10-15", "2026-10-15", "2026-10-15"),
        ("Friday", "2026-10-16", "2026-10-16", "2026-10-16"),
    )
    said = findings.events_in_time.__wrapped__(dates, datetime(2026, 10, 14))
    assert "the latest “Friday”, 16 October 2026, 2 days after publication." in said, said
    # with no day to come of its own, the present period that goes on after publication stays the latest
    past = dates[dates["expression"].isin(["August", "this week", "Monday"])]
    said = findings.events_in_time.__wrapped__(past, datetime(2026, 10, 14))
    assert "the latest “this week”" in said, said
