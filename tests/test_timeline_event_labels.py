"""Event labels of invented news whose parse misleads: a date hung on a phrase after the object, a clause that
leaves out its verb, a closing read as an adjective, a describing participle, a stretch of time "of" something, a
relative clause with "whose"."""

from __future__ import annotations

from datetime import datetime

from test_timeline_kinds import row
from test_timeline_kinds import table as timeline_of

THURSDAY = datetime(2026, 3, 5, 9, 0)


def event(expression: str, *paragraphs: str) -> str:
    """The event of the first row for `expression` in an article of `paragraphs`."""
    return row(timeline_of(*paragraphs, published=THURSDAY), expression)["event"]


def test_a_date_after_a_phrase_that_rounds_off_the_object_keeps_the_object():
    text = "Daniel Crewe, 41, admitted three counts of theft by deception at Hull Crown Court on Monday."
    label = event("Monday", text)
    assert "admitted three counts of theft" in label
    assert "by deception" not in label


def test_a_date_after_a_phrase_naming_the_event_the_object_is_brought_to_is_that_event():
    label = event("Friday", "The mediator invited both unions to talks on Friday.")
    assert "talks" in label


def test_a_clause_that_leaves_out_its_verb_has_its_own_subject():
    label = event("8pm", "The operator said only one in four trains would run, and none after 8pm.")
    assert label == "none would run"


def test_a_closing_read_as_an_adjective_is_the_event_of_its_time():
    label = event("9pm", "Voting booths opened at 8am and close at 9pm.")
    assert "close" in label
    assert "opened" not in label


def test_a_closing_after_a_past_read_as_a_participle_is_tonight():
    frame = timeline_of("Voting booths opened at 8am and close at 9pm.", published=THURSDAY)
    assert row(frame, "9pm")["date"] == "2026-03-05T21:00"


def test_a_date_in_a_describing_participle_is_the_clause_around_it():
    label = event(
        "between March 2018 and June 2020",
        "She moved £90,000 to a charity run by her husband between March 2018 and June 2020.",
    )
    assert "moved £90,000" in label
    assert "charity run" not in label


def test_a_stretch_of_time_of_something_labels_that_thing():
    label = event("six months", "The hospital trust has appointed a chief executive, ending six months of uncertainty.")
    assert "uncertainty" in label


def test_a_relative_clause_with_whose_tells_of_what_is_owned():
    text = "Tom Baines, whose bridge designs are now used across Wales, has died aged 90, his family said."
    label = event("now", text)
    assert label.startswith("Tom Baines's")
    assert "are used" in label
    assert not label.endswith("Baines")


def test_a_ratio_keeps_its_first_number():
    label = event("Monday", "One in ten pupils missed school on Monday.")
    assert "One in ten pupils" in label or "one in ten pupils" in label.lower()
