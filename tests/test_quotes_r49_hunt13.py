# ruff: noqa: E501 (test articles are written as they are read, one paragraph a line)
"""Quotes: an interview printed as plain questions and answers is the interviewee's, found as the name its lead-in
names again as a subject when no person is one, not a publisher or other name the recogniser typed a person."""

from __future__ import annotations

from test_quotes import quoting, table

NOVELIST = """date 2026-04-26 'I wanted to write about the people who stay': Amara Nwosu on her new book

Amara Nwosu's second novel, The Salt Houses, follows a fishing family on the Norfolk coast. It is published on Thursday by Faber.

Nwosu, 38, grew up in Great Yarmouth and worked as a teacher before her debut won a prize in 2022. She spoke to us from her home.

Where did the idea for the book come from?

I went back to Happisburgh in the winter of 2019 and the road I used to walk along as a child had simply gone.

Is the novel a climate change book?

People keep asking me that. I would say it is a book about home.

What are you working on next?

A collection of short stories. I am going to Lagos in September to do some research.
"""

POTTER = """date 2025-11-02 Clay, fire and patience: a potter's year

The new exhibition of Okonkwo Adebayo's bowls opens at a gallery run by Hollis. It was curated by Maren Teague.

Adebayo, 61, trained in Stoke-on-Trent and has worked from a shed in Devon since 1990. He talked to us at his kiln.

How long does one bowl take?

Weeks, sometimes. I throw it, I leave it, and I come back to it when I am ready.

Do you ever break them on purpose?

I have smashed more than I have sold. I am not proud of that, but I am not sorry either.
"""


def test_plain_interview_answers_are_the_interviewees_not_the_publishers():
    found = table(NOVELIST)
    assert quoting(found, "I went back to Happisburgh")["speaker"] == "Amara Nwosu"
    assert quoting(found, "I am going to Lagos")["speaker"] == "Amara Nwosu"
    assert "Faber" not in set(found["speaker"])


def test_plain_interview_answers_go_to_the_name_the_lead_in_repeats():
    found = table(POTTER)
    assert quoting(found, "I have smashed more")["speaker"] == "Okonkwo Adebayo"
    assert not {"Hollis", "Maren Teague"} & set(found["speaker"])


def test_a_that_clause_after_the_time_of_saying_is_what_was_said():
    found = table(
        "date 2025-09-23 Nigeria holds rate\n\n"
        "Business groups had been calling for a rate cut. The Lagos Chamber of Commerce and Industry said last week"
        ' that high borrowing costs were "strangling" manufacturers.'
    )
    row = quoting(found, "high borrowing costs")
    assert row["speaker"] == "Lagos Chamber of Commerce and Industry" and row["kind"] == "partial"


def test_a_that_clause_after_a_year_of_saying_is_what_was_said():
    found = table(
        "date 2026-02-11 Power cuts hit factories\n\n"
        "The Cape Chamber of Commerce and Industry said last year that power cuts were"
        ' "strangling" manufacturers in the Western Cape.'
    )
    assert quoting(found, "power cuts were")["speaker"] == "Cape Chamber of Commerce and Industry"
