"""Timeline rules: a weekday counted from a holiday, a length counted from an event the article dated, the morning
after a night searched through, a day counted from the events a court heard of, and the event of a "when" clause
the parse hung on its subject. Every text here was written for these tests."""

from __future__ import annotations

from datetime import datetime

import test_timeline_sentences as sentences
from test_timeline_sentences import dated, row

AFTER_CHRISTMAS = datetime(2026, 12, 28, 8)
SATURDAY = datetime(2026, 12, 5, 9)


def test_the_saturday_before_christmas_is_one_day():
    frame = sentences.table(
        "Footfall in the Arndale Centre rose by 12% on the Saturday before Christmas, the centre said.",
        published=AFTER_CHRISTMAS,
    )
    assert dated(frame, "the Saturday before Christmas") == ("2026-12-19", "2026-12-19", "2026-12-19", "relative")


def test_the_saturday_before_last_years_christmas():
    frame = sentences.table(
        "Last year the Saturday before Christmas was hit by heavy rain and shopper numbers fell.",
        published=AFTER_CHRISTMAS,
    )
    assert dated(frame, "the Saturday before Christmas")[:3] == ("2025-12-20", "2025-12-20", "2025-12-20")


def test_the_monday_after_easter_of_a_year():
    frame = sentences.table("The Monday after Easter 2024 was the wettest day of the spring.", published=SATURDAY)
    assert dated(frame, "The Monday after Easter 2024")[:3] == ("2024-04-01", "2024-04-01", "2024-04-01")


def test_two_days_after_a_vote_the_article_dated():
    frame = sentences.table(
        "Party leaders began coalition talks on Monday after an election that left no party with a majority.",
        "The vote on 12 November gave the Social Democrats 31% and the Conservatives 28%.",
        "Two days after the vote, the Social Democrat leader Anna Berg said she would seek a partnership with the "
        "Greens.",
        "Three days before the election, polls had shown the Conservatives ahead.",
        "Markets fell for two days after the vote.",
        published=SATURDAY,
    )
    assert dated(frame, "Two days") == ("P2D", "2026-11-14", "2026-11-14", "relative")
    assert dated(frame, "Three days")[1:] == ("", "", "vague")  # talks after an election are no day of it
    assert dated(frame, "two days")[1:] == ("", "", "vague")  # a stretch, not a day


def test_the_morning_after_a_night_searched_through():
    frame = sentences.table(
        "Tom Bradley, 62, set off from Keswick on Tuesday morning to climb Skiddaw.",
        "His wife raised the alarm at about 8pm on Tuesday. Police searched through the night with the help of a "
        "coastguard helicopter.",
        "He was found at 7.15am sheltering behind a wall near Skiddaw House.",
        published=SATURDAY,
    )
    assert dated(frame, "the night")[:3] == ("2026-12-01TNI", "2026-12-01", "2026-12-01")
    assert dated(frame, "7.15am")[:3] == ("2026-12-02T07:15", "2026-12-02T07:15", "2026-12-02T07:15")


def test_the_next_day_after_what_the_court_heard_is_not_the_hearings():
    frame = sentences.table(
        "Daniel Hartley, 34, appeared at Leeds Crown Court on Thursday.",
        "The court heard Hartley attacked Brian Walsh after an argument about a parking space. Mr Walsh was taken "
        "to hospital with a broken jaw. The next day he was discharged.",
        published=SATURDAY,
    )
    assert dated(frame, "The next day")[1:] == ("", "", "vague")  # not the Friday after the hearing
    frame = sentences.table(
        "Daniel Hartley appeared at Leeds Crown Court on Monday. The court heard he denied the charge. The next day "
        "the jury retired.",
        published=SATURDAY,
    )
    assert dated(frame, "The next day")[:3] == ("2026-12-01", "2026-12-01", "2026-12-01")


def test_a_when_clause_read_as_a_noun_is_the_event():
    frame = sentences.table(
        "The fraud came to light when the son of one victim, Margaret Price, 84, noticed payments in March.",
        published=SATURDAY,
    )
    assert row(frame, "March")["event"] == "son noticed payments"
