"""Events worded as a reader tells them: who spoke in a saying clause the parse misread, and the level a length
since a record qualifies."""

from datetime import datetime

from test_timeline_sentences import table


def test_speaker_set_off_by_commas_is_who_told_not_an_object():
    t = table(
        "The mission will now launch no earlier than mid-2028, the agency's administrator, Jared Isaacman, "
        "told reporters on Thursday.",
        published=datetime(2026, 12, 4),
    )
    events = dict(zip(t["expression"], t["event"]))
    assert events["Thursday"] == "administrator told reporters"
    assert events["mid-2028"] == "mission will launch"


def test_verb_joined_by_and_keeps_its_subject():
    t = table(
        "The council will close the library in March and told residents on Tuesday.",
        published=datetime(2026, 12, 4),
    )
    events = dict(zip(t["expression"], t["event"]))
    assert events["Tuesday"].startswith("council")


def test_length_since_a_level_is_the_event_of_that_level():
    t = table(
        "The Bank has cut rates six times since August 2024, when they stood at 5.25%, a 16-year high.",
        "Unemployment rose to 5.1%, a four-year high.",
        "Shares hit a 10-year low on Monday.",
        published=datetime(2025, 12, 18),
    )
    events = dict(zip(t["expression"], t["event"]))
    assert events["16-year"] == "stood at 5.25%, 16-year high"
    assert events["four-year"] == "Unemployment rose to 5.1%, four-year high"
    assert events["10-year"] == "Shares hit 10-year low"
    assert events["August 2024"] == "Bank has cut rates"
