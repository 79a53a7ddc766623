"""Quotes: an unnamed source whose word of nearness the parse read as a verb speaks (not the date before the cue);
a headline's quotation set before "a conversation with …" is the one talked with; what suppliers "are offering" is on
offer, nothing said; "when I see the figures" is a sight waited for, no view."""

from __future__ import annotations

from test_quotes import quoting, table


def test_an_unnamed_group_briefed_on_a_meeting_speaks_not_the_date():
    found = table(
        "Ministers split on target\n\nPublished 21 January 2025, 22:10\n\n"
        "Two people briefed on a meeting last Thursday said the chief of staff had asked departments to list reforms."
    )
    row = quoting(found, "chief of staff")
    assert row["speaker"] == "Two people"


def test_aides_briefed_on_a_meeting_speak_not_the_day():
    found = table(
        "Port strike talks stall\n\nPublished 4 March 2025, 10:00\n\n"
        "Two aides briefed on a meeting on Sunday said the talks had stalled."
    )
    row = quoting(found, "talks had stalled")
    assert "Sunday" not in str(row["speaker"])
    assert str(row["speaker"]).startswith("Two aides")


def test_a_headline_quotation_before_a_conversation_with_someone_is_theirs():
    found = table(
        "“We were never meant to be a museum”: a conversation with gallery director Sofia Marchetti\n\n"
        "Published 9 November 2024, 10:00\n\nSofia Marchetti took over the gallery two years ago."
    )
    assert quoting(found, "never meant")["speaker"] == "Sofia Marchetti"


def test_a_headline_quotation_before_a_chat_with_a_coach_is_theirs():
    found = table(
        "‘I still get nervous before every match’: a chat with coach Tom Ellery\n\n"
        "Published 2 May 2025, 08:00\n\nTom Ellery has coached the club for a decade."
    )
    assert quoting(found, "nervous")["speaker"] == "Tom Ellery"


def test_what_suppliers_are_offering_is_no_statement():
    found = table(
        "Bills to fall\n\nPublished 27 May 2025, 06:15\n\n"
        "Some suppliers are offering fixed deals below the cap. Martin Lewis said households should compare offers."
    )
    assert not found["text"].str.contains("fixed deals").any()
    assert quoting(found, "compare offers")["speaker"] == "Martin Lewis"


def test_free_months_gyms_are_offering_are_no_statement():
    found = table(
        "Gym prices\n\nPublished 3 June 2025, 09:00\n\nRival gyms are offering free trial months to new members."
    )
    assert not found["text"].str.contains("trial months").any()


def test_a_sight_waited_for_in_a_clause_of_time_is_no_view():
    found = table(
        "Why I gave up my car\n\nPublished 14 March 2025, 07:00\n\n"
        "I hope he is right. But I will believe them when I see the timetables."
    )
    assert not found["text"].str.contains("timetables").any()
    assert quoting(found, "he is right")["speaker"] == "I"


def test_a_sight_fans_wait_for_is_no_view():
    found = table(
        "Stadium plan\n\nPublished 1 April 2025, 12:00\n\nFans will only believe the club when they see a new stadium."
    )
    assert not found["text"].str.contains("new stadium").any()
