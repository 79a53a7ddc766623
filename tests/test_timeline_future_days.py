"""A day named without its year in a clause about what is to come lies ahead, even when the same day of the year
has only just gone by."""

from __future__ import annotations

from datetime import datetime

from test_timeline_kinds import row, table


def test_a_day_still_to_come_weeks_after_its_date_last_year_is_next_years():
    frame = table(
        "The organisers said next year's championship will begin on 11 December. The last one began on 13 December.",
        published=datetime(2026, 1, 4, 9, 0),
    )
    assert row(frame, "11 December")["date"] == "2026-12-11"
    assert row(frame, "13 December")["date"] == "2025-12-13"


def test_a_date_describing_a_thing_in_passing_does_not_move_the_story_to_its_year():
    """ "the post, published in April 2024," dates the post only: the trial that "lasted eight days in July", in a
    story of October 2026, was this July's."""
    frame = table(
        "The judge ruled on Thursday that the post, published on X in April 2024, was true.",
        "Ms Okafor had sought damages of £250,000.",
        "The trial lasted eight days in July.",
        published=datetime(2026, 10, 9, 9, 0),
    )
    assert row(frame, "April 2024")["date"] == "2024-04-01"
    assert row(frame, "July")["date"] == "2026-07-01"
