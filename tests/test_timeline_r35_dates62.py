"""Timeline rules of round 35 (dates62): a deadline given by "had until <date> to <do>" in a past report is the
nearest such day, on either side of publication. Every text here was written for these tests."""

from __future__ import annotations

from datetime import datetime

from test_timeline_sentences import row, table

WEDNESDAY = datetime(2026, 3, 4)


def test_a_deadline_had_until_a_date_is_the_nearest_such_day():
    frame = table(
        "The mayor said the town would lose its library, and the group had until 30 April to submit a plan.",
        "The club had until 28 February to register the player but missed the deadline.",
        published=WEDNESDAY,
    )
    assert row(frame, "30 April")["date"] == "2026-04-30"  # not the April gone by
    assert row(frame, "28 February")["date"] == "2026-02-28"
    kept = table("In 2019 the firm had until 30 April to pay its debts.", published=WEDNESDAY)
    assert row(kept, "30 April")["date"] == "2019-04-30"


def test_a_holiday_of_a_sentence_set_in_a_past_year_keeps_the_story_there():
    frame = table(
        "In 1974 the minister promised the line would reopen by Christmas. In the spring the council bought new"
        " carriages, and by the summer volunteers had cleared the track.",
        published=WEDNESDAY,
    )
    assert row(frame, "Christmas")["date"] == "1974-12-25"
    assert row(frame, "the spring")["value"] == "1974-SP"  # not this spring
    assert row(frame, "the summer")["value"] == "1974-SU"  # nor the summer gone by


def test_a_length_a_dated_past_saying_reports_counts_from_the_saying():
    frame = table(
        "Last month the firm said it would break even within a year.",
        "The firm said on Monday it would cut 40 jobs within a month.",
        published=WEDNESDAY,
    )
    assert (row(frame, "a year")["date"], row(frame, "a year")["date_end"]) == ("2026-02-01", "2027-02-01")
    assert row(frame, "a month")["date"] == "2026-03-02"
    now = table("The firm said it would break even within a year.", published=WEDNESDAY)
    assert row(now, "a year")["date"] == "2026-03-04"  # no day of saying: from publication


def test_tonight_in_a_line_of_a_song_is_no_night_of_the_story():
    frame = table(
        'In the opening number the cast sings "Tonight we dance until the morning light", a line the director calls'
        " the heart of the show.",
        published=WEDNESDAY,
    )
    assert row(frame, "Tonight")["date"] == ""
    said = table(
        '"We open tonight for the press and I am nervous," said the director, Anna Byrne.', published=WEDNESDAY
    )
    assert row(said, "tonight")["date"] == "2026-03-04"


def test_a_length_for_a_time_on_a_day_named_after_it_starts_on_that_day():
    frame = table(
        "Drivers will walk out for 48 hours on Thursday.",
        "Guards will strike for three days on 20 March.",
        published=WEDNESDAY,
    )
    assert row(frame, "48 hours")["date"] == "2026-03-05"  # not from publication
    assert row(frame, "three days")["date"] == "2026-03-20"
