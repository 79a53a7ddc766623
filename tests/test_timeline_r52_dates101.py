"""Timeline: a length counted back in the past perfect ends at the simple past's time, and a length in months or
years after an event counts on from the month or year the story dated the event to."""

from __future__ import annotations

from datetime import datetime

import pytest
from test_timeline_sentences import row, table

NOVEMBER = datetime(2025, 11, 3, 12, 40)
SUMMER = datetime(2025, 6, 28, 11, 0)
SPRING = datetime(2025, 3, 14, 10, 0)


@pytest.mark.parametrize(
    ("paragraph", "expression", "dates"),
    [
        (
            "Last month, a 19-year-old was jailed for six years for a separate attack on the same street in August "
            "2024. He had been on bail for the past 14 months.",
            "the past 14 months",
            ("2024-09-01", "2025-10-31"),
        ),
        (
            "She had lived in the flat for the last three years when she was evicted in March.",
            "the last three years",
            ("2022-04-01", "2025-03-31"),
        ),
    ],
)
def test_a_past_perfect_counts_back_from_the_simple_past(paragraph, expression, dates):
    found = row(table(paragraph, published=NOVEMBER), expression)
    assert (found["date"], found["date_end"]) == dates


@pytest.mark.parametrize(
    "paragraph",
    [
        "Last month, a 19-year-old was jailed. She has been on bail for the past 14 months.",
        # no date on the simple past: up to publication, as before
        "A 19-year-old was jailed. He had been on bail for the past 14 months.",
    ],
)
def test_a_length_with_no_past_time_runs_up_to_publication(paragraph):
    found = row(table(paragraph, published=NOVEMBER), "the past 14 months")
    assert found["date_end"] == "2025-11-03"


@pytest.mark.parametrize(
    ("paragraphs", "expression", "dates"),
    [
        (
            (
                "It is 20 years since the River Calder burst its banks and flooded 300 homes.",
                "Exactly five years after the flood, the council opened a new defence wall.",
            ),
            "five years",
            ("2010-01-01", "2010-12-31"),
        ),
        (
            ("The Severn flooded 200 homes in July 2007.", "Six months after the flood, families moved back."),
            "Six months",
            ("2008-01-01", "2008-01-31"),
        ),
        (
            ("The Severn flooded 200 homes in July 2007.", "A decade after the flood, the village opened a garden."),
            "A decade",
            ("2017-01-01", "2017-12-31"),
        ),
        (
            ("The factory closed in 1998.", "Two years after the closure, the site was sold to a developer."),
            "Two years",
            ("2000-01-01", "2000-12-31"),
        ),
    ],
)
def test_months_or_years_after_a_dated_event(paragraphs, expression, dates):
    found = row(table(*paragraphs, published=SUMMER), expression)
    assert (found["date"], found["date_end"]) == dates


def test_months_after_an_event_dated_only_to_its_year_stay_undated():
    frame = table("The factory closed in 1998.", "Six months after the closure, the site was sold.", published=SPRING)
    assert row(frame, "Six months")["date"] == ""


TUESDAY = datetime(2026, 3, 10, 22, 15)


@pytest.mark.parametrize(
    ("paragraph", "expression", "value"),
    [
        (
            "Rovers manager Danny Cole insists his side can still reach the play-offs despite a third straight defeat "
            "on Saturday.",
            "Saturday",
            "2026-03-07",
        ),
        (
            "The club will keep its head coach despite a 40-3 thrashing by Leinster on Friday night.",
            "Friday night",
            "2026-03-06TNI",
        ),
        # a day on a fixture still to come keeps the tense of its clause
        ("The side can still reach the play-offs despite a tough trip to Preston on Saturday.", "Saturday", None),
    ],
)
def test_a_day_on_an_outcome_after_despite_is_gone_by(paragraph, expression, value):
    found = row(table(paragraph, published=TUESDAY), expression)
    if value is None:
        assert found["value"] > "2026-03-10"
    else:
        assert found["value"] == value


JUNE = datetime(2025, 6, 4, 11, 0)


@pytest.mark.parametrize(
    ("paragraph", "value"),
    [
        ('"Last season was frustrating, this season was the best of my career," Hartley said.', "2023/2024"),
        ("This season ended in relegation, a year after last season's run to the cup final.", "2023/2024"),
        # alone in the close season, "last season" is the one just ended
        ("Hartley was the top try scorer last season.", "2024/2025"),
    ],
)
def test_last_season_beside_this_season_in_the_close_season(paragraph, value):
    frame = table("Hartley scored 14 tries in the 2024-25 Premiership campaign.", paragraph, published=JUNE)
    assert frame[frame["expression"].str.lower().str.startswith("last season")].iloc[0]["value"] == value
