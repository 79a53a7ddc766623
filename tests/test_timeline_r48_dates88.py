"""Timeline rules: the event of a "when" clause on a date that only bounds or compares its clause, a length counted
from an attack or a storm the article dated in other words, and the night searched through after an event dated in
its sentence. Every text here was written for these tests."""

from __future__ import annotations

from datetime import datetime

import test_timeline_sentences as sentences
from test_timeline_sentences import dated, row

FRIDAY = datetime(2024, 11, 29, 18)
MONDAY = datetime(2024, 6, 24, 8)
TUESDAY = datetime(2024, 6, 25, 18)
THURSDAY = datetime(2024, 11, 28, 8)


def test_the_when_clause_of_a_bound_is_the_dates_event():
    frame = sentences.table(
        "MPs have voted in favour of a bill that would allow terminally ill adults to end their lives.",
        "It is the first time MPs have backed such a change since 2015, when a similar bill was defeated by a large "
        "margin.",
        "Campaigners have pushed for a change in the law since 1998, when the first petition was handed to Downing "
        "Street.",
        "Turnout was higher than in 2019, when 67% of voters took part.",
        "Kim Leadbeater joined the campaign in 2016, when she was elected.",
        published=FRIDAY,
    )
    assert row(frame, "2015")["event"] == "similar bill was defeated"
    assert row(frame, "1998")["event"] == "first petition was handed to Downing Street"
    assert row(frame, "2019")["event"] == "took part"
    assert row(frame, "2016")["event"] == "Kim Leadbeater joined campaign"  # "in": the joining is at that date too


def test_a_length_after_the_attack_the_article_dated_as_opened_fire():
    frame = sentences.table(
        "A gunman opened fire on Sunday at the Riverside shopping centre in Hallwick, killing three people.",
        "Two days after the attack, police named the suspect as Lee Carter, 34.",
        published=TUESDAY,
    )
    assert dated(frame, "Sunday") == ("2024-06-23", "2024-06-23", "2024-06-23", "relative")
    assert dated(frame, "Two days") == ("P2D", "2024-06-25", "2024-06-25", "relative")
    frame = sentences.table(
        "A week after the attack, the town of Hallwick held a vigil for the three people who died.",
        "A gunman opened fire on Sunday 23 June at the Riverside shopping centre, killing three people.",
        published=datetime(2024, 7, 1, 8),
    )
    assert dated(frame, "A week") == ("P1W", "2024-06-30", "2024-06-30", "relative")  # the lead, dated after it
    frame = sentences.table(
        "A week after the attack, the town of Hallwick held a vigil for the three people who died.",
        "A gunman opened fire on Sunday at the Riverside shopping centre, killing three people.",
        published=MONDAY,
    )
    assert dated(frame, "A week")[1:] == ("", "", "vague")  # a week after yesterday's attack is still to come
    frame = sentences.table(
        "Police said a man stabbed a shopkeeper in Bridge Street on Friday.",
        "A gunman opened fire on Sunday at the Riverside shopping centre, killing three people.",
        "A week after the attack, flowers still lined the entrance.",
        published=datetime(2024, 7, 1, 8),
    )
    assert dated(frame, "A week")[1:] == ("", "", "vague")  # two attacks: which one is not said


def test_two_days_after_the_storm_its_name_hit():
    frame = sentences.table(
        "Storm Bert hit on Saturday, bringing winds of up to 80mph and heavy rain to Wales.",
        "Two days after the storm, engineers were still working to reconnect about 12,000 homes.",
        published=THURSDAY,
    )
    assert row(frame, "Saturday")["event"] == "Bert hit"
    assert dated(frame, "Two days") == ("P2D", "2024-11-25", "2024-11-25", "relative")


def test_the_night_searched_through_after_an_event_of_a_named_evening():
    frame = sentences.table(
        "Rescue teams searched through the night after a boat sank off the coast of Cornwall on Tuesday evening.",
        "The search was called off on Thursday afternoon.",
        published=datetime(2024, 6, 21, 9),
    )
    assert dated(frame, "the night")[:3] == ("2024-06-18TNI", "2024-06-18", "2024-06-18")
    assert dated(frame, "Tuesday evening")[:3] == ("2024-06-18TEV", "2024-06-18", "2024-06-18")
