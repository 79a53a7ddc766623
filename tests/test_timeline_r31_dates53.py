"""Timeline rules of round 31 (dates53): a day after "began to rise" takes the tense of "began"; "that week" and
"that month" are those of the day named before them (undated with none); a year naming a school's term dates no
stretch of the calendar. Every text here was written for these tests."""

from __future__ import annotations

from datetime import datetime

import pandas as pd
import test_timeline_sentences as sentences
from test_timeline_sentences import row


def table(*paragraphs: str, published: datetime) -> pd.DataFrame:
    """The timeline of an article whose body is `paragraphs` (headline "T"), published at `published`."""
    return sentences.table(*paragraphs, published=published)


NOVEMBER = datetime(2026, 11, 12, 8)


def test_a_day_after_a_past_phase_verb_and_its_infinitive_is_gone_by():
    frame = table(
        "Heating oil prices began to rise on 2 December, the regulator said.",
        "Electricity prices started to fall on 4 December, traders said. The index began rising on 3 December.",
        "The defendant failed to appear on 5 December.",
        published=NOVEMBER,
    )
    assert row(frame, "2 December")["date"] == "2025-12-02"
    assert row(frame, "4 December")["date"] == "2025-12-04"
    assert row(frame, "3 December")["date"] == "2025-12-03"
    assert row(frame, "5 December")["date"] == "2025-12-05"


def test_a_day_after_a_phase_verb_still_to_come_stays_to_come():
    frame = table(
        "Prices will begin to rise on 2 December.",
        "The firm said fares would start to fall on 4 December.",
        published=NOVEMBER,
    )
    assert row(frame, "2 December")["date"] == "2026-12-02"
    assert row(frame, "4 December")["date"] == "2026-12-04"


def test_that_week_and_that_month_are_those_of_the_day_named_before():
    frame = table(
        "The leader of the council resigned on Friday 6 November after losing a budget vote. Earlier that week, "
        "two cabinet members had quit over the plan.",
        "Later that month, the council elected a new leader.",
        published=NOVEMBER,
    )
    assert row(frame, "Earlier that week")["value"] == "2026-W45"
    assert row(frame, "Earlier that week")["date"] == "2026-11-02"
    assert row(frame, "Later that month")["value"] == "2026-11"
    chronology = table(
        "2025: The final span is lifted into place in June. Earlier that month, the deck had been tested.",
        published=NOVEMBER,
    )
    assert row(chronology, "Earlier that month")["value"] == "2025-06"


def test_that_week_with_no_day_named_before_is_undated():
    frame = table("Earlier that week, two cabinet members had quit over the plan.", published=NOVEMBER)
    assert row(frame, "Earlier that week")["date"] == ""
    said = table("The firm said on Tuesday that week two of the trial went well.", published=NOVEMBER)
    assert "that week" not in said["expression"].tolist()


def test_a_year_that_names_a_schools_term_dates_no_stretch_of_the_year():
    frame = table(
        "Westfield Academy will close its science block at the end of the spring term next year, the head said.",
        "Exams will resume in the summer term of 2027.",
        published=NOVEMBER,
    )
    assert row(frame, "next year")["date"] == ""
    assert row(frame, "2027")["date"] == ""
    plain = table("The school will close its science block next year.", published=NOVEMBER)
    assert row(plain, "next year")["date"] == "2027-01-01"


def test_overnight_from_a_day_is_that_days_night():
    frame = table(
        "The A614 will close overnight from 8pm on Monday for resurfacing.",
        "The bypass will shut overnight from Friday.",
        published=NOVEMBER,
    )
    assert row(frame, "8pm on Monday")["date"] == "2026-11-16T20:00"
    nights = frame[frame["expression"] == "overnight"]["date"].tolist()
    assert sorted(nights) == ["2026-11-13", "2026-11-16"]  # not the night of publication
