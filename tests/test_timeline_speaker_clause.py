"""A saying verb that closes a sentence after a comma tells who spoke, even where the parse joined it to the main
verb and took the speaker for that verb's object."""

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
