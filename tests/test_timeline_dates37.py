"""Timeline rows of invented news a reader would check against the calendar: a holiday just gone named first in a
headline's present tense, a season after a year told in an aside, a company's quarter spelled out as its own weeks,
a clock time of a year gone by, and "the same period a year earlier"."""

from __future__ import annotations

from datetime import datetime

import pandas as pd
from test_timeline_kinds import row
from test_timeline_kinds import table as timeline_of

from newsframe import nlp
from newsframe.article import Article, Paragraph
from newsframe.timeline import timeline_table

THURSDAY = datetime(2027, 1, 14, 7, 0)  # a Thursday in January, three weeks after Christmas
TUESDAY = datetime(2027, 1, 26, 8, 0)  # a Tuesday


def table(*paragraphs: str, published: datetime = THURSDAY) -> pd.DataFrame:
    """The timeline of an article whose body is `paragraphs` (headline "T")."""
    return timeline_of(*paragraphs, published=published)


def headed(headline: str, *paragraphs: str, published: datetime = THURSDAY) -> pd.DataFrame:
    """The timeline of an article with its own headline."""
    texts = [headline, *paragraphs]
    article = Article("k", headline, published, None, "k.txt", [Paragraph(i, t) for i, t in enumerate(texts)], True)
    return timeline_table(article, nlp.parse(texts))


# --- a holiday just gone, first named in the headline -------------------------------------------------------------


def test_a_headlines_present_tense_does_not_set_the_holiday_the_story_tells_of():
    frame = headed(
        "Retailer shares jump after strong Christmas trading",
        "Shares in the chain rose 8% after it reported its best Christmas in a decade.",
        "The final week before Christmas had been the busiest in its history, the company said.",
    )
    assert row(frame, "Christmas", 0)["paragraph"] == 0
    assert {row(frame, "Christmas", i)["date"] for i in range(3)} == {"2026-12-25"}


def test_a_holiday_to_come_in_the_story_still_takes_the_next_one():
    frame = headed(
        "Chain plans bigger Christmas push",
        "The chain will hire 2,000 extra staff for Christmas, it said.",
        published=datetime(2027, 9, 2, 7, 0),
    )
    assert {row(frame, "Christmas", i)["date"] for i in range(2)} == {"2027-12-25"}


def test_a_holiday_ahead_the_story_tells_in_the_past_keeps_the_headlines_nearer_day():
    frame = headed(
        "Fashion chain chief warns of tough Christmas",
        'Shares fell 14% after the company warned of a "tough Christmas" and cut its forecast.',
        published=datetime(2026, 11, 19, 7, 0),
    )
    assert {row(frame, "Christmas", i)["date"] for i in range(2)} == {"2026-12-25"}


# --- a year told in a relative clause set off by commas -------------------------------------------------------------


def test_a_year_in_an_aside_does_not_date_the_season_of_a_plan():
    frame = table("Ms Darnell, who joined the business in 2023, said the chain would open two stores in the spring.")
    assert row(frame, "the spring")["value"] == "2027-SP"


def test_a_year_of_the_sentence_itself_still_dates_its_season():
    frame = table("Events in 2028 include a lantern walk in the autumn.")
    assert row(frame, "the autumn")["value"] == "2028-FA"


# --- a company's quarter spelled out as its own weeks ---------------------------------------------------------------


def test_a_quarter_spelled_out_as_weeks_to_a_day_is_not_the_calendars():
    frame = table("Sales in its third quarter, the 13 weeks to 28 November, had risen by 2.1%.")
    assert row(frame, "its third quarter")["date"] == ""
    assert row(frame, "28 November")["date"] == "2026-11-28"


def test_a_half_spelled_out_in_brackets_is_not_the_calendars():
    frame = table("Profit in the first half (the 26 weeks ended 30 August) fell by a fifth.")
    assert row(frame, "the first half")["date"] == ""


def test_a_quarter_of_the_economy_stays_the_calendars():
    frame = table("The economy grew by 0.1% in the third quarter, official figures showed.")
    assert row(frame, "the third quarter")["value"] == "2026-Q3"


# --- a clock time in a sentence opened by a year gone by -----------------------------------------------------------


def test_a_clock_time_under_a_fronted_last_year_is_on_no_day_of_today():
    frame = table(
        "Last year, a record 12 million people filed on time, with 32,000 sending returns in the hour before midnight.",
        published=TUESDAY,
    )
    assert row(frame, "midnight")["date"] == ""


def test_a_clock_time_under_a_fronted_period_holding_today_keeps_today():
    frame = table("This week, the office opens at 9am.", published=TUESDAY)
    assert row(frame, "9am")["date"] == "2027-01-26T09:00"


# --- the same period a year earlier --------------------------------------------------------------------------------


def test_the_same_period_a_year_earlier_is_the_stretch_named_a_year_back():
    frame = table(
        "Sales rose 6.4% in the six weeks to 2 January, with online orders up by a fifth on the same period a year"
        " earlier."
    )
    same, back = row(frame, "the same period"), row(frame, "a year earlier")
    assert (same["date"], same["date_end"]) == ("2025-11-22", "2026-01-02")
    assert (same["date"], same["date_end"]) == (back["date"], back["date_end"])
