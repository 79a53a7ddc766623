"""Verbs of saying whose object is a person (a deed done to them), and cues that put a condition to the reader."""

from __future__ import annotations

from test_quotes import quoting, table

HEAD = "Keeper stars in derby draw\nPublished 6 October 2024, 19:20\n\n"


def test_denied_a_player_is_a_save_not_a_denial():
    found = table(HEAD + "Emiliano Martínez then denied Kai Havertz twice early in the second half.\n")
    assert found.empty
    # a claim denied is still one
    found = table(HEAD + "Emiliano Martínez denied the allegations on Tuesday.\n")
    assert quoting(found, "the allegations")["speaker"] == "Emiliano Martínez"


def test_questioned_a_man_is_an_interview_under_caution_not_a_question():
    found = table(HEAD + "Police questioned a 34-year-old man on Tuesday.\n\nDetectives questioned Mark Lowe.\n")
    assert found.empty
    found = table(HEAD + "The union questioned the figures on Tuesday.\n")
    assert len(found) == 1 and quoting(found, "the figures")["cue"] == "questioned"


def test_a_condition_put_to_the_reader_is_no_statement():
    found = table(HEAD + "If you think you have been scammed, contact your bank straight away.\n")
    assert found.empty
    found = table(HEAD + "If customers believe a message is fake, they should forward it to 7726.\n")
    assert found.empty
    # a past statement inside a condition is one
    found = table(HEAD + "The inspector said she believed the message was fake.\n")
    assert quoting(found, "the message was fake")["speaker"] == "The inspector"
