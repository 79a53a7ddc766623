"""Timeline rules for a season whose year follows a noun or two, fixtures previewed "ahead of", a verb after the
object of "saw", "let" or "helped", a participle used as a preposition, and "the following weekend". Every text
here was written for these tests."""

from __future__ import annotations

from datetime import datetime

import pandas as pd
import test_timeline_sentences as sentences
from test_timeline_sentences import row


def table(*paragraphs: str, published: datetime) -> pd.DataFrame:
    """The timeline of an article whose body is `paragraphs` (headline "T"), published at `published`."""
    return sentences.table(*paragraphs, published=published)


FRIDAY = datetime(2026, 8, 28, 10)


def test_a_season_named_with_a_year_after_its_noun_is_that_years():
    frame = table(
        "The league's clubs set a spending record in 2019.",
        "Clubs spent a record sum in the summer window last year, and the figure may be beaten by Tuesday.",
        published=FRIDAY,
    )
    assert row(frame, "the summer")["value"] == "2025-SU"  # not 2019's, the year the story named before
    two = table("He left in the autumn and next year he will return.", published=FRIDAY)
    assert row(two, "the autumn")["value"] != "2027-FA"  # "next year" is a time of its own, not the autumn's


def test_a_fixture_previewed_ahead_of_its_day_is_to_come():
    said = "Rudd, speaking at his press conference ahead of Saturday's trip to Castleford, said the deal was close."
    assert row(table(said, published=FRIDAY), "Saturday")["date"] == "2026-08-29"
    assert row(table(said, published=datetime(2026, 8, 26, 10)), "Saturday")["date"] == "2026-08-29"
    before = table("Police arrested two men before Saturday's match at the ground.", published=datetime(2026, 8, 31))
    assert row(before, "Saturday")["date"] == "2026-08-29"  # "before", told on a Monday: the Saturday gone


def test_a_verb_after_the_object_of_saw_or_let_has_their_tense():
    thursday = datetime(2026, 8, 13, 9)
    frame = table(
        "Harwick College, which saw its first cohort of students finish their two-year courses in June, said 91% "
        "had passed.",
        "The coach will let the players rest on Sunday.",
        published=thursday,
    )
    assert row(frame, "June")["date"] == "2026-06-01"  # seen in the past, not a June to come
    assert row(frame, "Sunday")["date"] == "2026-08-16"  # what will be let happen is still to come


def test_a_participle_used_as_a_preposition_takes_its_clauses_tense():
    tuesday = datetime(2026, 11, 10, 12)
    frame = table(
        'Lyle had sent Mr Carver a series of messages, including one on 20 February that read: "You will pay."',
        "The festival will feature six bands, including one on 14 February.",
        published=tuesday,
    )
    assert row(frame, "20 February")["date"] == "2026-02-20"  # the messages were sent, so February gone
    assert row(frame, "14 February")["date"] == "2027-02-14"


def test_the_following_weekend_counts_from_the_day_named_last():
    frame = table(
        "The bridge will close from 9pm on Friday until 6am on Monday 19 October.",
        "It will close again the following weekend.",
        published=datetime(2026, 10, 14, 8),
    )
    assert (row(frame, "the following weekend")["date"], row(frame, "the following weekend")["date_end"]) == (
        "2026-10-24",
        "2026-10-25",
    )
    fair = table(
        "The fair was held on Saturday 4 July, and the stalls came back the following weekend.",
        published=datetime(2026, 10, 14, 8),
    )
    assert row(fair, "the following weekend")["date"] == "2026-07-11"  # a Saturday's own weekend is not "following"
    before = table("The race was run on Sunday 12 July; the previous weekend had been washed out.", published=FRIDAY)
    assert row(before, "the previous weekend")["date"] == "2026-07-04"


def test_next_weekday_is_not_tomorrow():
    wednesday = datetime(2026, 8, 12, 7)
    frame = table(
        "Priority reviews must be requested by next Thursday.",
        "The board meets next Friday, and the shop reopens this coming Thursday.",
        published=wednesday,
    )
    assert row(frame, "next Thursday")["date"] == "2026-08-20"  # tomorrow would be "tomorrow" or "Thursday"
    assert row(frame, "next Friday")["date"] == "2026-08-14"
    assert row(frame, "this coming Thursday")["date"] == "2026-08-13"


def test_a_superlatives_loose_times_of_the_year_are_any_years_even_in_the_past():
    frame = table(
        "The airline accused the union of holding passengers to ransom at one of the busiest times of the year.",
        "Monday was one of the busiest days of the year at the airport.",
        published=datetime(2026, 11, 13, 8),
    )
    years = frame[frame["expression"] == "the year"]
    assert years["paragraph"].tolist() == [2]  # the day named in the past keeps this year; loose "times" do not
    assert years["date"].tolist() == ["2026-01-01"]


def test_a_round_count_of_years_up_to_now_ends_at_publication():
    october = datetime(2026, 10, 14, 8)
    frame = table("Mrs Pike has run the garage for twenty years.", published=october)
    r = row(frame, "twenty years")
    assert (r["date"], r["date_end"]) == ("2006-01-01", "2026-10-14")  # not on to a December still to come
