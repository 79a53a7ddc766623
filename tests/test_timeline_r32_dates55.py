"""Timeline rules of round 32 (dates55): words that bring a story back up to now ("in recent years", "these days",
"has recently") end a story's stay in an old year, so a bare season after them is publication's; a morning clock
time told after "overnight" in its sentence is on the morning that night runs into. Every text here was written for
these tests."""

from __future__ import annotations

from datetime import datetime

import pandas as pd
import test_timeline_sentences as sentences
from test_timeline_sentences import row


def table(*paragraphs: str, published: datetime) -> pd.DataFrame:
    """The timeline of an article whose body is `paragraphs` (headline "T"), published at `published`."""
    return sentences.table(*paragraphs, published=published)


SUNDAY = datetime(2026, 11, 29)
FRIDAY = datetime(2026, 11, 27)
MONDAY = datetime(2026, 11, 30, 6)


def test_a_season_after_in_recent_years_is_publications_not_the_old_years():
    frame = table(
        "Three and a half years ago the village pub closed its doors.",
        "In recent years rural pubs have struggled. Residents reopened it in the spring.",
        published=SUNDAY,
    )
    assert row(frame, "the spring")["value"] == "2026-SP"
    mill = table(
        "The mill shut in 1998 and the looms were sold.",
        "These days the building is a museum, which opened in the summer.",
        published=SUNDAY,
    )
    assert row(mill, "the summer")["value"] == "2026-SU"


def test_a_season_of_a_story_still_in_its_old_year_keeps_that_year():
    frame = table(
        "The mill shut in 1998 and the looms were sold. She had recently married, and that summer they left.",
        published=SUNDAY,
    )
    assert row(frame, "that summer")["value"] == "1998-SU"


def test_a_morning_clock_time_after_overnight_is_the_morning_the_night_runs_into():
    frame = table(
        "Northern will run a reduced timetable on Saturday evening.",
        "The A66 was closed overnight and is expected to reopen by 10am.",
        published=FRIDAY,
    )
    assert row(frame, "10am")["value"] == "2026-11-27T10:00"
    storm = table(
        "The council will meet on Wednesday.",
        "Trees came down overnight, and power should be back by 9am, the network operator said.",
        published=MONDAY,
    )
    assert row(storm, "9am")["value"] == "2026-11-30T09:00"
    dated_night = table(
        "Power was cut overnight on Sunday and restored at 7am, the operator said.",
        published=MONDAY,
    )
    assert row(dated_night, "7am")["value"] == "2026-11-30T07:00"


def test_an_afternoon_clock_time_after_overnight_keeps_its_old_reading():
    frame = table(
        "Temperatures will fall overnight, and gritters will be out from 4pm.",
        published=FRIDAY,
    )
    assert row(frame, "4pm")["value"] == "2026-11-27T16:00"


THURSDAY = datetime(2026, 10, 22)


def test_a_fiscal_year_of_a_company_whose_year_is_the_calendars_is_dated():
    frame = table(
        "The grocer expects operating profit for fiscal 2026 of £95m, against £118m in fiscal 2025.",
        "Its financial year ends on 31 December.",
        published=THURSDAY,
    )
    assert (row(frame, "fiscal 2026")["date"], row(frame, "fiscal 2026")["date_end"]) == ("2026-01-01", "2026-12-31")
    march = table(
        "Its financial year ends on 31 March. The builder expects revenue for fiscal 2027 to rise.",
        published=THURSDAY,
    )
    assert (row(march, "fiscal 2027")["date"], row(march, "fiscal 2027")["date_end"]) == ("2026-04-01", "2027-03-31")


def test_a_fiscal_year_with_no_end_said_stays_undated():
    frame = table("The grocer expects operating profit for fiscal 2026 of £95m.", published=THURSDAY)
    assert row(frame, "fiscal 2026")["date"] == ""
