"""Timeline rules: "the next month" told in the past after a month gone by, a date hung on a clause the parse made a
relative one, "the following month" after a bare year, a step back of a year after sentences that date nothing, a
live page whose entries cross midnight, the subject of a participle a date hangs on, and weekdays in a scene set
back in time. Every text here was written for these tests."""

from __future__ import annotations

from datetime import datetime

import test_timeline_sentences as sentences
from test_timeline_sentences import dated, row

THURSDAY = datetime(2026, 11, 19, 9)


def test_the_next_month_told_in_the_past_is_the_month_after_the_one_named():
    frame = sentences.table("He signed in September. The next month he scored his first goal.", published=THURSDAY)
    found = row(frame, "The next month")
    assert (found["type"], found["value"], found["date"], found["date_end"]) == (
        "DATE",
        "2026-10",
        "2026-10-01",
        "2026-10-31",
    )
    frame = sentences.table(
        "Ruth Kerr joined Mossley Ladies in 2025 as a 17-year-old. The next year she won the league.",
        published=THURSDAY,
    )
    assert dated(frame, "The next year")[0] == "2026"
    # a stretch to come, or told in the week of publication, stays a length
    frame = sentences.table(
        "The club said on Monday that it expects to sign two players over the next month.", published=THURSDAY
    )
    assert row(frame, "the next month")["type"] == "DURATION"
    frame = sentences.table("Prices rose on Tuesday. Over the next month they fell by 3%.", published=THURSDAY)
    assert row(frame, "the next month")["type"] == "DURATION"


def test_the_following_month_times_the_clause_after_it_not_the_one_before():
    frame = sentences.table(
        "Kerr moved to Chelsea in September 2019 and the following month she was named captain.", published=THURSDAY
    )
    found = row(frame, "the following month")
    assert (found["value"], found["event"]) == ("2019-10", "was named captain")
    frame = sentences.table(
        "Kerr joined Chelsea in September 2019.",
        "The following month she was named captain, and in May she lifted the trophy.",
        published=THURSDAY,
    )
    found = row(frame, "The following month")
    assert (found["value"], found["event"]) == ("2019-10", "was named captain")
    assert row(frame, "May")["event"] == "lifted trophy"


def test_the_following_month_after_a_bare_year_is_no_month_after_publication():
    frame = sentences.table(
        "Kerr joined Chelsea in 2019. She scored twice on her debut. The following month she was named captain.",
        published=THURSDAY,
    )
    assert dated(frame, "The following month") == ("XXXX-XX", "", "", "vague")


def test_a_year_earlier_after_sentences_that_date_nothing_is_the_year_before_publication():
    frame = sentences.table("The company made a profit of £3m. A year earlier it had made a loss.", published=THURSDAY)
    assert dated(frame, "A year earlier")[:3] == ("2025", "2025-01-01", "2025-12-31")
    frame = sentences.table(
        "The firm reported profits today.", "A year earlier, it had lost money.", published=THURSDAY
    )
    assert dated(frame, "A year earlier")[:3] == ("2025", "2025-01-01", "2025-12-31")
    frame = sentences.table(
        "Pupils sitting the papers this summer were given formula sheets. A year earlier, grades had fallen sharply.",
        published=THURSDAY,
    )
    assert dated(frame, "A year earlier")[:3] == ("2025-SU", "2025-06-01", "2025-08-31")
    # inside a clause, with no time told before, it stays undated; after a year the story went to, it follows it
    frame = sentences.table("The survey had said so a year earlier.", published=THURSDAY)
    assert dated(frame, "a year earlier")[1:] == ("", "", "vague")
    frame = sentences.table(
        "In 2015 he joined Leeds.", "He was a shy teenager. A year earlier he had left school.", published=THURSDAY
    )
    assert dated(frame, "A year earlier")[0] == "2014"


LIVE = (
    "Follow the latest results as counting continues.",
    "22:50 Turnout appears to be higher than in 2019, officials say.",
    "23:40 The first result is declared in Sunderland South.",
    "00:15 Labour gains Ashfield from the Conservatives.",
    "01:30 The prime minister arrives at his count.",
)


def _clocks(frame):
    return frame[frame["type"] == "TIME"].sort_values("paragraph")["value"].tolist()


def test_a_live_page_whose_entries_cross_midnight():
    night = ["2026-11-18T22:50", "2026-11-18T23:40", "2026-11-19T00:15", "2026-11-19T01:30"]
    # stamped when it was first published, in the evening, or when last updated, the next morning
    assert _clocks(sentences.table(*LIVE, published=datetime(2026, 11, 18, 21, 0))) == night
    assert _clocks(sentences.table(*LIVE, published=datetime(2026, 11, 19, 6, 0))) == night
    # two entries only: 35 minutes past midnight, not the same day's 00:15 listed after its 23:40
    frame = sentences.table(
        "Follow the latest as the storm hits.",
        "23:40 Winds of 90mph are recorded at Aberdaron.",
        "00:15 Power is cut to 20,000 homes in Gwynedd.",
        published=datetime(2026, 11, 19, 6, 0),
    )
    assert _clocks(frame) == ["2026-11-18T23:40", "2026-11-19T00:15"]
    # the latest first
    frame = sentences.table(
        "Follow the latest as the storm hits.",
        "00:15 Power is cut to 20,000 homes in Gwynedd.",
        "23:40 Winds of 90mph are recorded at Aberdaron.",
        published=datetime(2026, 11, 19, 6, 0),
    )
    assert _clocks(frame) == ["2026-11-19T00:15", "2026-11-18T23:40"]


def test_a_date_on_a_participle_after_a_noun_has_the_noun_as_its_subject():
    frame = sentences.table(
        "Students taking exams last year faced tougher grading after the pandemic.",
        "Families living near the plant in 2019 were offered free health checks.",
        "A man walking his dog on Tuesday found the body.",
        published=THURSDAY,
    )
    assert row(frame, "last year")["event"] == "Students taking exams"
    assert row(frame, "2019")["event"] == "Families living near plant"
    assert row(frame, "Tuesday")["event"] == "man walking dog"


def test_weekdays_in_a_scene_set_back_in_time_are_days_of_that_scene():
    frame = sentences.table(
        "On a cold morning in March 2019, Alice Brennan walked into the intensive care unit at St Mary's.",
        "On Tuesday, she was handed her first patient. By Friday she had worked 50 hours.",
        "Now a senior sister, Brennan says she still thinks about that week. On Monday she will lead a strike ballot.",
        published=THURSDAY,
    )
    assert dated(frame, "Tuesday") == ("XXXX-WXX-2", "", "", "vague")
    assert dated(frame, "Friday") == ("XXXX-WXX-5", "", "", "vague")
    assert dated(frame, "that week")[1:] == ("", "", "vague")
    assert dated(frame, "Monday")[:2] == ("2026-11-23", "2026-11-23")  # back to now: the Monday to come
    # background that names a month, then news: the Tuesday just gone
    frame = sentences.table(
        "Smith joined the club in March 2019.", "On Tuesday, he signed a new three-year deal.", published=THURSDAY
    )
    assert dated(frame, "Tuesday")[:2] == ("2026-11-17", "2026-11-17")


def test_a_weekday_after_the_month_that_ends_a_period_reported_on_is_the_reporting_day():
    frame = sentences.table(
        "Northgate Group reported a pre-tax profit of £84m for the year to March on Thursday.", published=THURSDAY
    )
    assert dated(frame, "Thursday")[:2] == ("2026-11-19", "2026-11-19")
    frame = sentences.table("In April the hearing was adjourned on Tuesday.", published=THURSDAY)
    assert dated(frame, "Tuesday") == ("XXXX-WXX-2", "", "", "vague")
