"""Timeline rows of invented news: the occasion of a promise dated with the promise, an announcement of what is not
yet decided, thousands with commas before "years ago", the part of a century, and a clock time of an event named
earlier in a list of fixtures."""

from __future__ import annotations

from datetime import datetime

from test_timeline_kinds import dated, row
from test_timeline_kinds import table as timeline_of

THURSDAY = datetime(2026, 10, 8)


def table(*paragraphs: str, published: datetime = THURSDAY):
    """The timeline of an article whose body is `paragraphs` (headline "T")."""
    return timeline_of(*paragraphs, published=published)


def day(frame, expression: str) -> str:
    """The date of the row for `expression`."""
    return row(frame, expression)["date"]


# --- a promise made on an occasion: the occasion's day is the promise's, in its tense ---------------------------


def test_a_speech_a_promise_was_made_in_is_the_day_gone_by():
    frame = table(
        'The prime minister promised to "rebuild trust in politics" in a speech to party members in Leeds on '
        "Wednesday, admitting mistakes."
    )
    assert day(frame, "Wednesday") == "2026-10-07"
    assert "promised" in row(frame, "Wednesday")["event"]


def test_a_rally_a_vow_was_made_at_is_the_day_gone_by():
    frame = table("She vowed to cut taxes at a rally on Monday.")
    assert day(frame, "Monday") == "2026-10-05"
    assert row(frame, "Monday")["event"].startswith("vowed to cut")
    frame = table("He pledged to fight on in a statement on Tuesday.")
    assert day(frame, "Tuesday") == "2026-10-06"


def test_the_occasion_before_the_infinitive_keeps_the_tense_of_its_verb():
    assert day(table("The governor pledged at a press conference on Monday to cut rates."), "Monday") == "2026-10-05"
    assert day(table("She told the BBC in an interview on Sunday that she would stand down."), "Sunday") == "2026-10-04"
    frame = table("The minister will promise in a speech on Wednesday to cut rates.")
    assert day(frame, "Wednesday") == "2026-10-14"


def test_an_occasion_of_a_promise_to_come_is_still_to_come():
    assert day(table("The minister will promise to cut rates in a speech on Wednesday."), "Wednesday") == "2026-10-14"


def test_an_act_done_at_the_occasion_itself_is_the_plan():
    # speaking at a rally, holding one: the rally is what was promised, still to come
    assert day(table("She promised to speak at a rally on Monday."), "Monday") == "2026-10-12"
    assert day(table("She promised to hold a rally on Monday."), "Monday") == "2026-10-12"


# --- an announcement of what is not yet decided is on a calendar ------------------------------------------------


def test_announcing_whether_is_still_to_come():
    frame = table("The company announces in January whether it will pay a dividend.")
    assert dated(frame, "January")[2] == "2027-01-01"
    frame = table("The company confirms on Friday which stores will close.")
    assert day(frame, "Friday") == "2026-10-09"


def test_saying_what_was_decided_stays_gone_by():
    assert day(table("The company says on Friday that it will pay a dividend."), "Friday") == "2026-10-02"


# --- thousands with commas ----------------------------------------------------------------------------------------


def test_thousands_with_commas_before_years_ago_are_counted_back():
    frame = table("The town was founded nearly 2,000 years ago.")
    assert dated(frame, "nearly 2,000 years ago")[1] == "0026"
    frame = table("It is 1,900 years since work on the wall began.")
    assert dated(frame, "1,900 years")[:2] == ("DURATION", "P1900Y")


def test_years_ago_before_the_first_year_are_left_undated():
    frame = table("Some 12,000 years ago ice covered the valley.")
    assert dated(frame, "Some 12,000 years ago")[2] == ""


# --- the part of a century ------------------------------------------------------------------------------------


def test_the_early_or_late_part_of_a_century_is_kept():
    frame = table("The chapel dates from the early 5th century and was rebuilt in the late 19th century.")
    assert dated(frame, "the early 5th century") == ("DATE", "04", "0400-01-01", "0433-12-31")
    assert dated(frame, "the late 19th century")[2:] == ("1866-01-01", "1899-12-31")


# --- a clock time of an event named earlier -------------------------------------------------------------------


def test_a_clock_time_of_a_named_game_is_on_that_games_day():
    frame = table(
        "Rovers host Castlebridge on Saturday, travel to Dunmere next Tuesday night and are at home to Wexley the "
        "following Saturday. Kick-off for the Dunmere game is 7.45pm.",
        published=datetime(2025, 10, 9),
    )
    assert day(frame, "next Tuesday night") == "2025-10-14"
    assert day(frame, "7.45pm") == "2025-10-14T19:45"


def test_a_clock_time_with_no_named_event_keeps_the_last_day():
    frame = table(
        "Rovers host Castlebridge on Saturday and are at home to Wexley the following Saturday. Kick-off is 3pm.",
        published=datetime(2025, 10, 9),
    )
    assert day(frame, "3pm") == "2025-10-18T15:00"


# --- who did what on the day ----------------------------------------------------------------------------------


def test_a_study_of_people_published_is_the_study():
    frame = table("Walkers are less likely to fall ill, according to a study of 9,000 adults published on Monday.")
    assert row(frame, "Monday")["event"].startswith("study published")
    frame = table("A photo of the man arrested on Friday was shared widely.")
    assert row(frame, "Friday")["event"].startswith("man arrested")


def test_a_modifier_split_off_the_subject_is_not_the_subject():
    for text in (
        "A magnitude 5.8 earthquake struck the coast early on Tuesday.",
        "A magnitude 6.1 earthquake struck eastern Turkey early on Tuesday, killing at least 40 people.",
    ):
        assert "earthquake struck" in row(table(text), "Tuesday")["event"]
