"""Timeline: the day a later paragraph counts from after a day joined to a clock time, a night after a chronology
told by the clock in the same paragraph, and event words of a phrasal verb and of a request. Every text here was
written for these tests."""

from __future__ import annotations

from datetime import datetime

from test_timeline_sentences import row, table

THURSDAY = datetime(2024, 12, 12)
MONDAY = datetime(2023, 11, 6)


def test_a_later_paragraph_counts_from_the_day_joined_to_a_clock_time():
    frame = table(
        "Rovers' derby against City, originally scheduled for Saturday, was switched to Sunday at 4.30pm, the club"
        " announced.",
        "The kick-off was brought forward at the request of police, who had raised concerns about crowd safety.",
        "Supporters' coaches will leave the ground at 1pm, and the fan zone will open two hours before the game.",
        "The next day, the squad will fly to Spain for a warm-weather training camp.",
        published=THURSDAY,
    )
    assert row(frame, "Sunday at 4.30pm")["value"] == "2024-12-15T16:30"
    assert row(frame, "1pm")["value"] == "2024-12-15T13:00"  # not the paper's day, 12 December
    assert row(frame, "The next day")["value"] == "2024-12-16"  # the day after the match, not 13 December


def test_a_night_after_an_evening_told_by_the_clock_earlier_in_the_paragraph_is_that_night():
    frame = table(
        "Storm Ciaran hit the coast on Thursday evening, bringing winds of up to 90mph.",
        "By 10pm, more than 20,000 homes had lost power. Engineers worked through the night to restore supplies.",
        "Power is expected to be fully restored by Sunday.",
        published=MONDAY,
    )
    assert row(frame, "10pm")["value"] == "2023-11-02T22:00"
    assert row(frame, "the night")["value"] == "2023-11-02TNI"  # not Sunday night, 5 November


def test_a_phrasal_verb_keeps_its_adverb_in_the_event():
    frame = table(
        "The kick-off was brought forward on Tuesday after talks with the club.",
        "Work on the bridge went ahead on Thursday despite the protest.",
        published=THURSDAY,
    )
    assert row(frame, "Tuesday")["event"] == "kick-off was brought forward after talks"
    assert row(frame, "Thursday")["event"] == "Work went ahead despite protest"
    ahead_of = table("Shares in Harlow Foods rose ahead of its results on Tuesday.", published=THURSDAY)
    assert row(ahead_of, "Tuesday")["event"] == "Shares rose"  # "ahead of" is no part of the rising


def test_a_request_or_invitation_in_an_event_says_whose_it_was():
    frame = table(
        "The match was postponed at the request of police on Friday.",
        "The minister spoke at the invitation of the head teacher on Monday.",
        published=THURSDAY,
    )
    assert row(frame, "Friday")["event"] == "match was postponed at the request of police"
    assert row(frame, "Monday")["event"] == "minister spoke at the invitation of head teacher"
