"""Timeline: match-day advice and rescheduled kick-offs in a preview, a month with its year after "in", a step back a
year from a week of figures, and a name with a number in an event. Every text here was written for these tests."""

from __future__ import annotations

from datetime import datetime

from test_timeline_sentences import row, table

from newsframe import nlp
from newsframe.article import Article, Paragraph
from newsframe.timeline import timeline_table

THURSDAY = datetime(2024, 12, 12)
NOVEMBER_MONDAY = datetime(2024, 11, 4)
FLU_THURSDAY = datetime(2025, 1, 9)
FEBRUARY_THURSDAY = datetime(2024, 2, 1)
DECEMBER_WEDNESDAY = datetime(2024, 12, 18)


def dates(frame, expression: str) -> tuple[str, str, str]:
    found = row(frame, expression)
    return found["value"], found["date"], found["date_end"]


def test_advice_to_those_travelling_to_a_days_game_is_for_the_coming_one():
    frame = table(
        "Supporters travelling to Saturday's game should allow extra time, the club said on Wednesday, after Network"
        " Rail confirmed engineering works on the line between Leeds and Sheffield.",
        published=THURSDAY,
    )
    assert row(frame, "Saturday")["value"] == "2024-12-14"  # not the Saturday gone, 7 December
    told = table("Fans heading to Sunday's derby are advised to use public transport.", published=THURSDAY)
    assert row(told, "Sunday")["value"] == "2024-12-15"
    # what befell them is told in the past, and may be the day gone by
    past = table("Fans who travelled to Saturday's game were delayed by engineering works.", published=THURSDAY)
    assert row(past, "Saturday")["value"] == "2024-12-07"


def test_a_kick_off_moved_to_a_time_on_a_day_is_the_coming_day():
    frame = table(
        "Kick-off was moved to 5.30pm on Saturday after the match was selected for live television coverage.",
        published=THURSDAY,
    )
    assert row(frame, "5.30pm on Saturday")["value"] == "2024-12-14T17:30"
    back = table("Kick-off at Elland Road was put back to 8pm on Saturday.", published=THURSDAY)
    assert row(back, "8pm on Saturday")["value"] == "2024-12-14T20:00"
    forward = table("Saturday's game was brought forward to 12.30pm on police advice.", published=THURSDAY)
    assert row(forward, "Saturday")["value"] == "2024-12-14"
    assert row(forward, "12.30pm")["value"] == "2024-12-14T12:30"


def test_a_month_with_in_and_a_year_after_it_is_that_years():
    frame = table(
        "The festival was moved to March in 2019 to avoid clashing with the school holidays.",
        published=NOVEMBER_MONDAY,
    )
    assert dates(frame, "March") == ("2019-03", "2019-03-01", "2019-03-31")  # not March 2024
    held = table(
        "The event, which began in 2010, was moved to June in 2021 after the pandemic.", published=NOVEMBER_MONDAY
    )
    assert row(held, "June")["value"] == "2021-06"


def test_a_year_earlier_after_a_week_of_figures_is_that_week_a_year_back():
    frame = table(
        "The number of people in hospital with flu in England rose by 40 per cent in the week to January 5,"
        " figures from NHS England showed on Thursday.",
        "A year earlier, there were 2,000 patients in hospital with the virus.",
        published=FLU_THURSDAY,
    )
    assert dates(frame, "A year earlier") == ("2024-01-05", "2023-12-30", "2024-01-05")  # not all of 2024


def test_a_number_after_the_name_it_belongs_to_stays_with_it_in_an_event():
    frame = table(
        "The Briton won the Formula 1 world championship with McLaren in 2008.",
        published=FEBRUARY_THURSDAY,
    )
    assert row(frame, "2008")["event"] == "Briton won Formula 1 world championship"  # not "won 1 world championship"


def test_a_headline_does_not_take_a_date_its_body_puts_in_another_year():
    texts = [
        "Christmas travel: what you need to know",
        "Passengers planning to travel on Christmas Eve should check before setting off, Network Rail said.",
        "Last year, queues at Dover stretched for miles on the Saturday before Christmas.",
    ]
    article = Article(
        "s", texts[0], DECEMBER_WEDNESDAY, None, "s.txt", [Paragraph(i, t) for i, t in enumerate(texts)], True
    )
    frame = timeline_table(article, nlp.parse(texts))
    headline = frame[(frame["paragraph"] == 0) & (frame["expression"] == "Christmas")].iloc[0]
    assert headline["value"] == "2024-12-25"  # not last year's Christmas from the third paragraph
    body = frame[(frame["paragraph"] == 2) & (frame["expression"] == "the Saturday before Christmas")].iloc[0]
    assert body["value"] == "2023-12-23"  # the Saturday before Christmas 2023


def test_a_listing_s_doors_open_on_the_coming_day_whatever_a_clause_on_its_event_tells():
    frame = table(
        "Doors open at 7pm on Saturday for the Bradford Christmas concert, which was postponed from last month after"
        " a power cut.",
        published=THURSDAY,
    )
    assert row(frame, "7pm on Saturday")["value"] == "2024-12-14T19:00"  # not the Saturday gone
    assert row(frame, "last month")["value"] == "2024-11"


def test_a_season_opening_a_sentence_as_part_of_a_name_is_no_season():
    frame = table(
        "The Winter Lights exhibition at Kew Gardens runs from Friday until 5 January, with tickets priced at £22.",
        published=THURSDAY,
    )
    assert "The Winter" not in frame["expression"].tolist()
    assert row(frame, "Friday")["value"] == "2024-12-13"
    season = table("The winter months are the busiest for the NHS, officials said.", published=THURSDAY)
    assert "The winter" in season["expression"].tolist()


def test_a_fixture_switched_or_rearranged_to_a_day_is_the_coming_one():
    frame = table(
        "The game, originally scheduled for Saturday, was switched to Sunday at 4.30pm for television.",
        published=THURSDAY,
    )
    assert row(frame, "Sunday at 4.30pm")["value"] == "2024-12-15T16:30"  # not the Sunday gone, 8 December
    rearranged = table("The clash with Hull was rearranged for Tuesday night.", published=THURSDAY)
    assert row(rearranged, "Tuesday night")["value"] == "2024-12-17TNI"
