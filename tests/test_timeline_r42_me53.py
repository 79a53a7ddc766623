"""Chronologies: a month counted from a season, a quarter or a half the story named last, and a run of years
written with a hyphen."""

from __future__ import annotations

from datetime import datetime

from test_timeline_sentences import row, table

PUBLISHED = datetime(2026, 12, 3, 9, 0)


def test_the_following_month_after_a_season_is_the_month_after_it_ends():
    frame = table(
        "March 2017: Nurse Angela Brooks raises concerns with managers. No action is taken.",
        "Autumn 2020: A BBC investigation finds the unit's stillbirth rate is double the national average. "
        "Hale resigns the following month.",
        published=PUBLISHED,
    )
    assert row(frame, "the following month")["value"] == "2020-12"


def test_the_previous_month_before_a_quarter_is_the_month_before_it_begins():
    frame = table(
        "In the third quarter of 2021 sales fell by a fifth. The previous month, the chief executive had quit.",
        published=PUBLISHED,
    )
    assert row(frame, "The previous month")["value"] == "2021-06"


def test_a_run_of_years_with_a_hyphen_is_dated_from_first_to_last():
    frame = table(
        "2022-2024: The inquiry hears evidence from more than 1,400 families.",
        "He served as mayor from 1998-2004 and the war memorial lists the dead of 1939-45.",
        published=PUBLISHED,
    )
    first = row(frame, "2022-2024")
    assert (first["value"], first["date"], first["date_end"]) == ("2022/2024", "2022-01-01", "2024-12-31")
    assert row(frame, "1998-2004")["value"] == "1998/2004"
    assert row(frame, "1939-45")["date_end"] == "1945-12-31"


def test_a_year_across_two_stays_a_season_or_an_accounts_year():
    frame = table("The tax was introduced in 2016-17 and Arsenal won the league in 2003-04.", published=PUBLISHED)
    assert row(frame, "2016-17")["value"] == "2016/2017"
    assert row(frame, "2003-04")["value"] == "2003/2004"
