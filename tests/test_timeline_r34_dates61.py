"""Timeline rules of round 34 (dates61): a date fenced by commas after a bare opening participle dates the
participle ("Born in Enugu, in 1938, she moved …"); "has until 4 December to make a firm offer" is the deadline for
the offer; a day in a clause a past saying reports counts from the saying's own date (a day or a week), and is left
undated when the saying is dated only by a month; a side named like a gerund ("Reading host Barnsley") has its
fixture still to come; "their third game in a week" before a game to come is no stretch up to publication; "were
told a bridge would follow within five years" counts from no day the text gives; and a live entry's "11:05 GMT:
Network Rail says" is Network Rail's saying. Every text here was written for these tests."""

from __future__ import annotations

from datetime import datetime

from test_timeline_sentences import row, table

MONDAY = datetime(2026, 11, 30)


def test_a_date_closing_an_opening_participle_dates_the_participle():
    frame = table(
        "Born in Enugu, Nigeria, in 1938, she moved to London in 1959 to study medicine.",
        "Elected to parliament in 2015, he resigned in 2019.",
        published=MONDAY,
    )
    assert "born" in row(frame, "1938")["event"].lower()
    assert "moved" in row(frame, "1959")["event"]
    assert row(frame, "2019")["event"] == "he resigned"
    kept = table("After graduating, in 1960 she moved to Paris.", published=MONDAY)
    assert "moved" in row(kept, "1960")["event"]  # a participle with its own "after" tells its own time


def test_time_granted_until_a_day_is_a_deadline_for_the_thing_to_do():
    frame = table(
        "Under UK takeover rules, Heywood has until 4 December to make a firm offer or walk away.",
        "The club was given until Friday to pay the fine.",
        published=datetime(2026, 11, 6),
    )
    assert row(frame, "4 December")["event"] == "deadline for Heywood to make firm offer"
    assert row(frame, "4 December")["date"] == "2026-12-04"
    assert row(frame, "Friday")["event"] == "deadline for club to pay fine"


def test_a_day_a_past_saying_reports_counts_from_the_saying():
    frame = table(
        "The union said on Monday that the strike would begin on Thursday.",
        "The club said in March it would appeal on Friday.",
        published=datetime(2026, 11, 28),
    )
    assert row(frame, "Thursday")["date"] == "2026-11-26"  # the Thursday after that Monday, not the one to come
    assert row(frame, "Friday")["date"] == ""  # which Friday after March is not told
    week = table(
        "The council said last week that the deck would be lifted into place on Monday and Tuesday.",
        published=datetime(2026, 10, 18),
    )
    assert row(week, "Monday")["date"] == "2026-10-12"
    assert row(week, "Tuesday")["date"] == "2026-10-13"
    quoted = table('"We will vote on Thursday," the union said.', published=datetime(2026, 11, 28))
    assert row(quoted, "Thursday")["date"] == "2026-12-03"  # no saying's date: from publication


def test_a_side_named_like_a_gerund_has_its_fixture_to_come():
    frame = table(
        "Reading host Barnsley on Saturday in their third game in a week.",
        "Reading travel to Bolton on Tuesday.",
        published=datetime(2026, 11, 27),
    )
    assert row(frame, "Saturday")["date"] == "2026-11-28"
    assert row(frame, "Tuesday")["date"] == "2026-12-01"
    assert row(frame, "Tuesday")["event"] == "Reading travel"
    assert row(frame, "a week")["date"] == ""  # the week up to a game to come, not the one gone by
    still = table("It is the second strike in a month.", published=datetime(2026, 11, 27))
    assert row(still, "a month")["date"] == "2026-10-27"  # the month up to publication


def test_a_length_told_in_a_past_telling_counts_from_no_day_given():
    frame = table(
        "When the ferry stopped running in the winter of 1974, the people of Carrick Mor were told a bridge would "
        "follow within five years.",
        published=datetime(2026, 10, 18),
    )
    assert row(frame, "five years")["date"] == ""


def test_a_live_entrys_zone_is_no_subject():
    frame = table(
        "11:05 GMT: Network Rail says all services between Cardiff and Swansea have been suspended.",
        published=datetime(2026, 11, 14),
    )
    assert row(frame, "11:05 GMT")["event"] == "Network Rail says"
