"""Timeline rows for a stretch named by its two ends ("between 2019 and 2023"). Every text here was written for
these tests."""

from __future__ import annotations

from datetime import datetime

import pandas as pd
import test_timeline_sentences as sentences

MAY = datetime(2024, 5, 10)


def table(*paragraphs: str) -> pd.DataFrame:
    """The timeline of an article whose body is `paragraphs` (headline "T"), published in May 2024."""
    return sentences.table(*paragraphs, published=MAY)


def test_between_two_years_is_one_stretch_with_its_event():
    frame = table("The jury heard that between 2018 and 2022 Marlow sold fake boilers to tenants.")
    assert len(frame) == 1
    stretch = frame.iloc[0]
    assert stretch["expression"] == "between 2018 and 2022"
    assert (stretch["date"], stretch["date_end"]) == ("2018-01-01", "2022-12-31")
    assert stretch["value"] == "2018/2022"
    assert "Marlow" in stretch["event"]


def test_between_two_months_or_two_days_is_one_stretch():
    months = table("Between March and June the Harlow depot was closed for repairs.")
    assert len(months) == 1
    assert (months.iloc[0]["date"], months.iloc[0]["date_end"]) == ("2024-03-01", "2024-06-30")
    days = table("The bridge was shut between 3 February and 9 April.")
    assert len(days) == 1
    assert (days.iloc[0]["date"], days.iloc[0]["date_end"]) == ("2024-02-03", "2024-04-09")


def test_years_of_two_things_between_which_a_change_is_measured_stay_apart():
    # "the 2015 and 2019 polls": the years name two polls, not a stretch
    frame = table("Support for the party fell between the 2015 and 2019 polls.")
    assert sorted(frame["value"]) == ["2015", "2019"]


def test_ends_of_two_kinds_stay_apart():
    frame = table("Rents in Colchester rose between 2021 and March 2023.")
    assert sorted(frame["value"]) == ["2021", "2023-03"]


def test_from_one_date_to_another_stays_two_dates():
    # after a verb of moving, "from March to June" names the date given up and the new one
    frame = table("The inquiry hearing was moved from March to June.")
    assert len(frame) == 2
