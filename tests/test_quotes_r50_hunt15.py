"""Quotes: a refusal still to come ("will refuse to work overtime") is a step planned, nothing said yet."""

from test_quotes import quoting, table


def test_a_refusal_to_come_is_no_statement():
    found = table(
        "date 2023-11-28 Train drivers to strike in fresh walkout over pay\n\n"
        "Drivers will also refuse to work overtime from 1 December to 9 December, in a dispute over pay.\n\n"
        "Last week the union refused to put the offer to its members, saying it was unfair."
    )
    assert not found["text"].str.contains("to work overtime", regex=False).any()
    assert not found["cue"].astype(str).eq("refuse").any()


def test_a_refusal_that_must_come_is_no_statement_but_what_is_said_stays():
    found = table(
        "date 2024-05-02 Nurses to ballot on action\n\n"
        "Members must decline to cover extra shifts once the ballot closes, under the union's rules.\n\n"
        '"We have no choice," said Pat Cullen, the general secretary.'
    )
    assert not found["text"].str.contains("cover extra shifts", regex=False).any()
    assert quoting(found, "We have no choice")["speaker"] == "Pat Cullen"
