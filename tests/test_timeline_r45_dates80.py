"""Timeline rules: a season "the next" after the story's own year, a rate "a year" after things counted with words
that describe them, a plan told in the past with a bare weekday, an infinitive of a plan the parse read as a noun,
and a figure set against "a year ago". Every text here was written for these tests."""

from __future__ import annotations

from datetime import datetime

import test_timeline_sentences as sentences
from test_timeline_sentences import dated, row

THURSDAY = datetime(2025, 12, 18, 7)
SATURDAY = datetime(2025, 12, 20, 7)


def test_the_next_season_after_a_year_the_story_went_back_to_counts_from_it():
    frame = sentences.table(
        "Amira Haddad joined Northfield Ladies in 2019 as a 17-year-old.",
        "The next summer she won the league with them, and the following month she was named captain.",
        published=THURSDAY,
    )
    assert dated(frame, "The next summer")[:3] == ("2020-SU", "2020-06-01", "2020-08-31")  # not summer 2026
    assert dated(frame, "the following month")[0] == "2020-09"
    frame = sentences.table("Forecasters say the next summer could be the hottest on record.", published=THURSDAY)
    assert dated(frame, "the next summer")[0] == "2026-SU"


def test_the_next_spring_in_a_chronicle_of_a_storm():
    frame = sentences.table(
        "The great storm flattened the woods above Sevenoaks in October 1987.",
        "The next spring volunteers planted 3,000 oak saplings on the slopes.",
        published=THURSDAY,
    )
    assert dated(frame, "The next spring")[0] == "1988-SP"


def test_a_year_after_things_counted_with_describing_words_is_a_rate():
    frame = sentences.table(
        "The council plans to build 2,000 new homes a year until 2030.",
        "Some 300 young offenders a year pass through the unit, the report said.",
        published=THURSDAY,
    )
    first = frame[frame["sentence"].str.startswith("The council")]
    assert first[first["expression"] == "a year"][["type", "value", "date"]].values.tolist() == [["SET", "P1Y", ""]]
    second = frame[frame["sentence"].str.startswith("Some 300")]
    assert second[second["expression"] == "a year"]["type"].tolist() == ["SET"]
    frame = sentences.table("By 2030 the new homes will take a year to sell.", published=THURSDAY)
    assert row(frame, "a year")["type"] == "DURATION"


def test_a_year_after_a_share_is_a_rate_of_growth_not_a_length_of_time():
    frame = sentences.table(
        "Exports grew by 3% a year over the decade, while imports rose 2 per cent a year.", published=THURSDAY
    )
    assert "a year" not in frame["expression"].tolist()


def test_a_plan_told_in_the_past_with_the_day_before_publication_is_that_day():
    frame = sentences.table(
        "Funding was set to expire at midnight on Friday.",
        "The strike was due to start on Friday, the union said.",
        published=SATURDAY,
    )
    assert dated(frame, "midnight on Friday")[0] == "2025-12-19T24:00"  # not Friday 26 December
    assert dated(frame, "Friday")[0] == "2025-12-19"
    frame = sentences.table(
        "Talks between the rail union and the operator were set to resume on Monday, officials said.",
        published=SATURDAY,
    )
    assert dated(frame, "Monday")[0] == "2025-12-22"
    frame = sentences.table(
        "The hearing was scheduled to start on Wednesday but was adjourned until the new year.",
        published=SATURDAY,
    )
    assert dated(frame, "Wednesday")[0] == "2025-12-17"
    frame = sentences.table("The cancellation was due to rain on Tuesday.", published=SATURDAY)
    assert dated(frame, "Tuesday")[0] == "2025-12-16"  # weather, the cause: no plan pushed to the coming Tuesday


def test_an_infinitive_of_a_plan_read_as_a_noun_is_told_as_the_plan():
    frame = sentences.table(
        "Senators were still negotiating on Friday evening, hours before funding was due to lapse at midnight.",
        published=SATURDAY,
    )
    assert row(frame, "midnight")["event"] == "funding to lapse"  # not "funding was lapse"
    frame = sentences.table("The delay was due to illness on Tuesday.", published=SATURDAY)
    assert row(frame, "Tuesday")["event"] == "delay was due to illness"  # a cause, not "delay to illness"


def test_a_figure_set_against_a_year_ago_is_what_stood_at_that_figure():
    frame = sentences.table(
        "The average two-year fixed deal is now 4.8%, according to the financial information service Moneyfacts, "
        "down from 5.4% a year ago.",
        published=THURSDAY,
    )
    r = row(frame, "a year ago")
    assert (r["value"], r["date"], r["date_end"], r["event"]) == (
        "2024",
        "2024-12-01",
        "2024-12-31",
        "fixed deal was 5.4%",
    )  # not all of 2024, and not "according"


def test_a_figure_set_against_a_year_earlier_in_a_reported_clause():
    frame = sentences.table(
        "The jobless rate is 5.1%, according to official figures, up from 4.3% a year ago.",
        "Pre-tax profit at the Leeds firm was £41m, compared with £29m in 2023.",
        "Insurance claims rose 12% in the area, up from 8% in 2022, the Association of British Insurers said.",
        published=THURSDAY,
    )
    assert row(frame, "2022")["event"] == "Insurance claims were 8%"
    assert row(frame, "a year ago")["event"] == "jobless rate was 4.3%"
    assert row(frame, "2023")["event"] == "Pre-tax profit was £29m"
