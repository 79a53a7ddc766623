"""Timeline rows of invented news of kinds a reader would check against the calendar: a sports recap's "last
Sunday" next to the game's own Sunday, a season that names a thing still running, a clock time on "the closing
date", a night search after an evening call-out, and the events of entries and fixtures."""

from __future__ import annotations

from datetime import datetime

from test_timeline_kinds import row
from test_timeline_kinds import table as timeline_of

MONDAY = datetime(2026, 11, 16, 6, 0)  # the day after Sunday 15 November


def table(*paragraphs: str, published: datetime = MONDAY):
    """The timeline of an article whose body is `paragraphs` (headline "T")."""
    return timeline_of(*paragraphs, published=published)


# --- "last Sunday" beside the story's own Sunday ----------------------------------------------------------------


def test_last_sunday_is_the_week_before_the_games_sunday_night():
    frame = table(
        "The Ravens rallied from 17 points down to beat the Steelers 27-24 on Sunday night.",
        "Pittsburgh had won four of its previous five games, including a 31-20 win over Cleveland last Sunday.",
    )
    assert row(frame, "Sunday night")["date"] == "2026-11-15"
    assert row(frame, "last Sunday")["date"] == "2026-11-08"


def test_last_sunday_alone_is_the_day_just_gone():
    frame = table("Pittsburgh beat Cleveland 31-20 last Sunday, and the coach praised the defence.")
    assert row(frame, "last Sunday")["date"] == "2026-11-15"


def test_next_saturday_after_saturday_afternoon_is_the_week_after():
    frame = table(
        "The club host Harton on Saturday afternoon.",
        "They then travel to Castlegate next Saturday for the first leg of the cup tie.",
        published=datetime(2026, 11, 13, 8, 0),
    )
    assert row(frame, "Saturday afternoon")["date"] == "2026-11-14"
    assert row(frame, "next Saturday")["date"] == "2026-11-21"


# --- a season that names a thing still running ------------------------------------------------------------------

DEADLINE_DAY = datetime(2026, 9, 1, 12, 0)


def test_the_summer_window_closing_tonight_is_this_summers():
    frame = table(
        "Welcome to our coverage of deadline day. The summer transfer window closes at 11pm tonight, and clubs have "
        "until then to lodge their paperwork.",
        published=DEADLINE_DAY,
    )
    assert row(frame, "The summer")["value"] == "2026-SU"


def test_the_summer_festival_that_will_return_is_next_summers():
    frame = table(
        "Welcome to our coverage of the last night. The summer festival will return to the cliffs, organisers said.",
        published=DEADLINE_DAY,
    )
    assert row(frame, "The summer")["value"] == "2027-SU"


def test_a_summer_thing_long_after_the_summer_is_the_next_one():
    frame = table("The summer transfer window opens in June.", published=datetime(2026, 11, 2, 9, 0))
    assert row(frame, "The summer")["value"] == "2027-SU"


# --- a clock time on the closing date ---------------------------------------------------------------------------

CONSULTATION = datetime(2026, 6, 24, 9, 0)


def test_a_clock_time_on_the_closing_date_is_on_the_day_it_closes():
    frame = table(
        "The consultation opened on Tuesday and closes on 16 September.",
        "Events will be held in Leeds and Bristol, the first of them next Thursday.",
        "Responses can be submitted online or by post until 11.59pm on the closing date.",
        published=CONSULTATION,
    )
    assert row(frame, "11.59pm")["date"] == "2026-09-16T23:59"


def test_a_clock_time_on_a_day_the_article_names_keeps_it():
    frame = table(
        "The consultation opened on Tuesday and closes on 16 September.",
        "A public meeting will be held at 7pm on Thursday.",
        published=CONSULTATION,
    )
    assert row(frame, "7pm on Thursday")["date"] == "2026-06-25T19:00"


# --- a night search after a morning the chronology reached ------------------------------------------------------


def test_overnight_after_the_following_morning_is_the_night_before_it():
    frame = table(
        "The walker set out alone on 12 October and phoned his wife at about 2pm.",
        "The rescue team was called out at 7.40pm, and his body was found the following morning.",
        "A helicopter joined the search overnight but was hampered by low cloud.",
        published=datetime(2027, 4, 22, 9, 0),
    )
    assert row(frame, "the following morning")["date"] == "2026-10-13"
    assert row(frame, "overnight")["date"] == "2026-10-12"


def test_overnight_still_to_come_after_a_morning_gone_by_is_tonight():
    frame = table(
        "The minister visited the flooded village on Monday morning.",
        "Heavy rain will return, and the river will rise again overnight.",
        published=datetime(2026, 11, 18, 9, 0),
    )
    assert row(frame, "overnight")["date"] == "2026-11-18"


# --- the events of entries and fixtures -------------------------------------------------------------------------


def test_a_chronology_entry_whose_verb_was_read_as_a_noun_is_told_in_its_words():
    frame = table(
        "27 October - Three members of the ruling group resign, leaving it without a majority.",
        published=datetime(2026, 12, 1, 6, 0),
    )
    event = row(frame, "27 October")["event"]
    assert not event.startswith("-")
    assert "resign" in event


def test_a_live_entry_with_no_mark_after_its_clock_time_is_told_in_its_words():
    frame = table(
        "17:20 A reminder that clubs outside the top flight can still sign free agents after tonight.",
        published=datetime(2026, 9, 1, 23, 40),
    )
    assert "reminder" in row(frame, "17:20")["event"]


def test_an_opening_prepositional_phrase_is_no_complement_of_the_verb():
    frame = table(
        "After Castlefield, they travel to Dunmore on 14 August and host Riverside the following Saturday.",
        published=datetime(2026, 8, 1, 9, 0),
    )
    assert row(frame, "14 August")["event"] == "travel to Dunmore"


def test_a_fixture_whose_verb_was_read_as_part_of_a_name_keeps_the_verb():
    frame = table("Westbridge host Kingsford on Saturday.", published=datetime(2026, 11, 12, 9, 0))
    assert row(frame, "Saturday")["event"] == "Westbridge host Kingsford"


# --- a quotation's "tonight" and "tomorrow" after the game's night ----------------------------------------------


def test_quoted_tonight_and_tomorrow_are_counted_from_the_games_night():
    frame = table(
        "The Ravens rallied from 17 points down to beat the Steelers 27-24 on Sunday night.",
        "Pittsburgh had won four of its previous five games, including a 31-20 win over Cleveland last Sunday.",
        "Steelers coach Mike Tomlin said his linebacker hurt an ankle and would have a scan on Monday.",
        '"We\'ll know more tomorrow," Tomlin said. "We\'re not going to guess tonight."',
    )
    assert row(frame, "tonight")["date"] == "2026-11-15"
    assert row(frame, "tomorrow")["date"] == "2026-11-16"


def test_a_quoted_tomorrow_after_the_story_moved_on_stays_counted_from_publication():
    frame = table(
        "The Ravens rallied from 17 points down to beat the Steelers 27-24 on Sunday night.",
        "The linebacker had a scan on Monday morning and was ruled out.",
        '"We\'ll know more tomorrow," the coach said.',
        published=datetime(2026, 11, 17, 6, 0),
    )
    assert row(frame, "tomorrow")["date"] == "2026-11-18"


def test_the_hours_of_a_schedule_kept_every_day_are_no_days_date():
    frame = table(
        "The Torpoint Ferry will run extra crossings every 10 minutes from 6am to midnight.",
        "The ferry left at 6am.",
    )
    hours = frame[frame["paragraph"] == 1]
    assert set(hours["expression"]) >= {"6am", "midnight"}
    assert (hours["date"] == "").all()
    assert frame.loc[frame["paragraph"] == 2, "date"].tolist() == ["2026-11-16T06:00"]
