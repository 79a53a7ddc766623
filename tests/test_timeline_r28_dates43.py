"""Timeline rules of round 28 (dates43): a show's return told with a verb the parse read as a noun, a warning of
what is to come, and … Every text here was written for these tests."""

from __future__ import annotations

from datetime import datetime

import test_timeline_sentences as sentences
from test_timeline_sentences import row

TUESDAY = datetime(2026, 3, 10, 8)


def test_a_shows_return_on_a_day_is_the_coming_day():
    frame = sentences.table(
        "Gardeners' World returns to BBC Two on Friday, with Monty Don back at Longmeadow.",
        "Pointless Celebrities' Quiz returns to BBC One on Saturday after a year off.",
        published=TUESDAY,
    )
    assert row(frame, "Friday")["date"] == "2026-03-13"  # "returns", read as a plural noun, is the verb
    assert row(frame, "Saturday")["date"] == "2026-03-14"


THURSDAY = datetime(2026, 11, 19, 16)


def test_a_warning_of_what_may_happen_on_a_day_is_of_the_coming_day():
    frame = sentences.table(
        "The Environment Agency has warned residents about flooding on Saturday morning.",
        "Network Rail warned that lines between Leeds and York could close on Saturday.",
        published=THURSDAY,
    )
    assert row(frame, "Saturday morning")["date"] == "2026-11-21"
    assert row(frame, "Saturday")["date"] == "2026-11-21"


SUNDAY = datetime(2026, 6, 7, 7)


def test_the_next_morning_of_a_past_story_with_no_day_named_is_not_after_publication():
    frame = sentences.table(
        "That evening we caught the night train to Milan, sharing a cabin with a teacher from Lyon.",
        "The next morning we woke to the sight of Lake Maggiore.",
        "We hiked up to the ridge the following day, and the cloud lifted at about 3pm.",
        published=SUNDAY,
    )
    assert row(frame, "The next morning")["date"] == ""  # the story's day after, not Monday 8 June
    assert row(frame, "the following day")["date"] == ""
    ahead = sentences.table("The next morning, the ferry will leave at 6am.", published=SUNDAY)
    assert row(ahead, "The next morning")["date"] == "2026-06-08"  # to come: the day after publication


def test_a_capitalised_season_before_a_name_is_no_date():
    frame = sentences.table(
        "Cortina will host events at the Winter Olympics next year.",
        "The chancellor will deliver the Autumn Budget on 26 November.",
        "Rivers Will Rise This Winter As Storms Arrive",
        published=SUNDAY,
    )
    assert "the Winter" not in set(frame["expression"])  # a name of games, not the winter of 2026-27
    assert "the Autumn" not in set(frame["expression"])
    assert row(frame, "This Winter")["value"] == "2027-WI"  # a title-case line keeps its season


def test_a_described_weekday_after_on_a_is_some_such_day():
    frame = sentences.table(
        "We left London on a grey Tuesday in May, with two rucksacks and no plan.", published=SUNDAY
    )
    assert row(frame, "Tuesday")["date"] == ""  # some Tuesday in May, not 2 June
    assert row(frame, "May")["value"] == "2026-05"
    wrote = sentences.table("She wrote a letter to the council Tuesday.", published=SUNDAY)
    assert row(wrote, "Tuesday")["date"] == "2026-06-02"  # an object before the day, no description of it
    told = sentences.table("The vote is a week on Tuesday.", published=SUNDAY)
    assert told["date"].iloc[0] == "2026-06-16"  # a count of days, no description


def test_days_later_in_a_past_clause_are_not_counted_from_a_date_to_come():
    frame = sentences.table(
        "On the last day we caught the bus to Cortina, which will host events at the Winter Olympics next year.",
        "Two days later we started the long journey home, via Innsbruck and Zurich.",
        published=SUNDAY,
    )
    assert row(frame, "Two days later")["date"] == ""  # not 3 January 2027 to 2 January 2028
    ahead = sentences.table(
        "The council will vote on the plan on 10 July.", "Two days later, the works will begin.", published=SUNDAY
    )
    assert row(ahead, "Two days later")["date"] == "2026-07-12"  # to come, counted from a day to come
