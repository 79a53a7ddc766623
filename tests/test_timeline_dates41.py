"""Timeline rules for "that night" (day, morning) in evidence given to a hearing after the hearing's own day was
named. Every text here was written for these tests."""

from __future__ import annotations

from datetime import datetime

import pandas as pd
import test_timeline_sentences as sentences
from test_timeline_sentences import row


def table(*paragraphs: str, published: datetime) -> pd.DataFrame:
    """The timeline of an article whose body is `paragraphs` (headline "T"), published at `published`."""
    return sentences.table(*paragraphs, published=published)


FRIDAY = datetime(2026, 11, 27, 10)


def test_a_night_a_witness_tells_a_hearing_of_is_not_the_hearings_night():
    frame = table(
        "A pensioner died in hospital on 14 March after a fall from her bed.",
        "The coroner recorded a narrative conclusion on Wednesday.",
        "Ward sister Jane Orme, who was on duty that night, told the inquest the ward had been short of staff.",
        published=FRIDAY,
    )
    assert not str(row(frame, "that night")["date"]).startswith("2026-11-25")  # not the inquest's night
    assert row(frame, "Wednesday")["date"] == "2026-11-25"
    told = table(
        "The jury retired on Thursday.",
        "The court heard that the driver, who had been drinking that day, left the road at speed.",
        published=FRIDAY,
    )
    assert not str(row(told, "that day")["date"]).startswith("2026-11-26")


def test_a_night_the_story_dated_itself_or_the_hearings_own_afternoon_keeps_its_day():
    events = table(
        "The inquest heard that she fell on 12 March.",
        "Staff nurse Ann Cole, who was on duty that night, told the inquest the ward was short.",
        published=FRIDAY,
    )
    assert row(events, "that night")["date"] == "2026-03-12"  # the date named was the fall's, not the hearing's
    same = table(
        "The jury retired on Thursday. The foreman told the court that afternoon they could not agree.",
        published=FRIDAY,
    )
    assert row(same, "that afternoon")["date"] == "2026-11-26"  # the telling's own afternoon
    plain = table(
        "Firefighters were called to the mill on Tuesday.",
        "A neighbour, who was at home that night, told reporters she had heard a bang.",
        published=FRIDAY,
    )
    assert row(plain, "that night")["date"] == "2026-11-24"  # no hearing: the night of the day named


OCTOBER = datetime(2026, 10, 29, 8)


def test_quarters_and_halves_of_a_company_year_said_to_end_in_march_are_its_own():
    frame = table(
        "Brindle Foods, whose financial year runs to the end of March, made a profit of £48m in its second quarter.",
        "For the first half of the year, profit was £91m, compared with £80m in the same period last year.",
        "The chief executive said the second half would be stronger and a new plant would open in the fourth quarter.",
        published=OCTOBER,
    )
    assert (row(frame, "its second quarter")["date"], row(frame, "its second quarter")["date_end"]) == (
        "2026-07-01",
        "2026-09-30",
    )
    half = row(frame, "the first half of the year")
    assert (half["date"], half["date_end"]) == ("2026-04-01", "2026-09-30")
    same = row(frame, "the same period last year")
    assert (same["date"], same["date_end"]) == ("2025-04-01", "2025-09-30")
    second = row(frame, "the second half")
    assert (second["date"], second["date_end"]) == ("2026-10-01", "2027-03-31")
    assert row(frame, "the fourth quarter")["date"] == "2027-01-01"


def test_quarters_are_not_shifted_without_a_company_year_or_with_one_ending_in_december():
    plain = table("Brindle Foods made a profit of £48m in its second quarter.", published=OCTOBER)
    assert row(plain, "its second quarter")["date"] != "2026-07-01"
    december = table(
        "Brindle Foods, whose financial year ends in December, made a profit of £48m in its second quarter.",
        published=OCTOBER,
    )
    assert row(december, "its second quarter")["date"] != "2026-07-01"


SATURDAY = datetime(2026, 11, 28, 7)


def test_the_week_ahead_is_the_week_to_come_not_the_one_ending():
    frame = table(
        "Here is our pick of the week ahead on television.",
        "Markets will watch jobs data in the week ahead.",
        published=SATURDAY,
    )
    pick, markets = frame[frame["paragraph"] == 1].iloc[0], frame[frame["paragraph"] == 2].iloc[0]
    assert pick["expression"] == "the week ahead" and pick["date"] != "2026-11-23"  # not the week now ending
    assert (markets["date"], markets["date_end"]) == ("2026-11-28", "2026-12-05")
    this = table("Here is our pick of the week on television.", published=SATURDAY)
    assert row(this, "the week")["date"] == "2026-11-23"  # without "ahead" it stays the week now
