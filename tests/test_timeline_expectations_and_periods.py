"""Timeline rules that keep dates from being invented: expectations an outcome is compared with, the small hours
after a named night, lengths "in … time", quarters and halves counted from the story's own period, a present the
tagger misread, and event labels of questions answered. Every text here was written for these tests."""

from __future__ import annotations

from datetime import datetime

import pandas as pd
import test_timeline_sentences as sentences
from test_timeline_sentences import row

FEBRUARY = datetime(2026, 2, 20)


def table(*paragraphs: str, published: datetime | None = FEBRUARY) -> pd.DataFrame:
    """The timeline of an article whose body is `paragraphs` (headline "T"), published at `published`."""
    return sentences.table(*paragraphs, published=published)


def test_an_expectation_compared_with_takes_the_tense_of_the_outcome():
    frame = table("New figures showed spending was higher than expected in January.")
    assert row(frame, "January")["value"] == "2026-01"  # the January just gone, not one a year ahead
    assert row(frame, "January")["event"] == "spending was higher"
    fell = table("Inflation fell as expected in December.")
    assert row(fell, "December")["value"] == "2025-12"
    assert row(fell, "December")["event"] == "Inflation fell"
    analysts = table("Exports were weaker than analysts had predicted in April.")
    assert row(analysts, "April")["value"] == "2025-04"  # told as gone by, not the nearest April
    # an outcome still to come keeps its future
    coming = table("Sales will be higher than forecast in March.")
    assert row(coming, "March")["value"] == "2026-03"


def test_the_small_hours_after_a_named_night_are_the_next_day():
    frame = table(
        "The hearing was told about the night of 9 October 2021, when a barn caught fire.",
        "The first engine arrived at 02:40 and the roof fell in at 03:15, a witness said.",
    )
    assert row(frame, "02:40")["date"][:10] == "2021-10-10"
    assert row(frame, "03:15")["date"][:10] == "2021-10-10"
    evening = table(
        "The hearing was told the barn caught fire on 9 October 2021.", "The first engine arrived at 02:40."
    )
    assert row(evening, "02:40")["date"][:10] == "2021-10-09"  # no night named: the day itself


def test_a_length_in_so_many_years_time_counts_on_from_now_after_a_bare_modal():
    frame = table("The depot could close in five years' time, the union warned.")
    assert (row(frame, "five years")["date"], row(frame, "five years")["date_end"]) == ("2031-01-01", "2031-12-31")
    past = table("The depot could have closed in five years.")
    assert row(past, "five years")["date"] == ""


def test_the_answer_to_a_question_is_the_event_of_its_day():
    frame = table("Asked on Thursday whether fares would rise, the minister told reporters it was too early to say.")
    assert row(frame, "Thursday")["event"].startswith("minister told")
    when = table("The minister said nothing when asked on Thursday about fares.")
    assert "asked" in row(when, "Thursday")["event"]


def test_the_previous_quarter_and_the_year_are_counted_from_the_story():
    frame = table(
        "Output grew by 0.3% in the three months to December, official figures show.",
        "Growth in the previous quarter was revised down to 0.1%. Over the year as a whole, output rose 1.1%.",
        published=datetime(2026, 2, 12),
    )
    assert row(frame, "the previous quarter")["value"] == "2025-Q3"
    assert row(frame, "the year")["value"] == "2025"
    alone = table("Growth in the previous quarter was revised down.", published=datetime(2026, 2, 12))
    assert row(alone, "the previous quarter")["value"] == "2025-Q4"  # no period told: the one before publication's
    later = table("Over the year, output rose 1.1%.", published=datetime(2026, 2, 12))
    assert row(later, "the year")["value"] == "2026"  # no story in last year: this year


def test_a_fiscal_half_makes_the_others_fiscal():
    frame = table(
        "Profit fell in the first half of its fiscal year, the retailer said.",
        "Profit was lower than in the same period a year earlier, and the second half had started slowly.",
        published=datetime(2026, 11, 5),
    )
    assert row(frame, "the second half")["date"] == ""  # not July to December: the company's half
    assert row(frame, "the same period")["date"] == ""
    calendar = table(
        "Profit fell in the first half, the retailer said, and the second half had started slowly.",
        published=datetime(2026, 8, 5),
    )
    assert row(calendar, "the second half")["date"] == "2026-07-01"


def test_a_plural_subject_with_a_base_form_is_a_plain_present():
    frame = table("Tickets for the away leg go on sale on Monday at 9am.", published=datetime(2026, 3, 4))
    assert row(frame, "Monday at 9am")["date"][:10] == "2026-03-09"
