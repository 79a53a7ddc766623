"""Who said what (newsframe.quotes): a standing request to readers ("Anyone with information is asked to call"),
the reason given with praise or blame ("thanked voters for their patience"), a speaker named after its verb and
before a colon ("Stated Stone:") whatever the parse made of the words, one member of a group named after "one of
whom", and a body of a country that speaks as itself ("China's foreign ministry"), on short invented articles."""

from __future__ import annotations

from test_quotes import quoting as _row
from test_quotes import table


def test_a_request_to_anyone_concerned_is_no_statement():
    found = table(
        "date 2025-04-10 Man hurt in stabbing\n\n"
        "A man was taken to hospital after a stabbing in Leeds on Tuesday night.\n\n"
        "Anyone with information is asked to call 101. Members of the public are urged to avoid the area."
    )
    assert not found["text"].str.contains("call 101|avoid the area").any()


def test_a_request_made_to_someone_named_is_still_reported():
    found = table(
        "date 2025-04-10 Poll\n\nVoters were asked to rank their choices, and the minister asked the board to wait."
    )
    assert found["text"].str.contains("to wait", regex=False).any()


def test_thanks_and_blame_keep_their_reason():
    found = table(
        "date 2025-04-10 Count ends\n\n"
        "The mayor thanked voters for their patience. Senator Ann Lee criticized Tom Hale for opposing the plan."
    )
    assert _row(found, "voters")["text"] == "voters for their patience"
    assert _row(found, "Tom Hale")["text"] == "Tom Hale for opposing the plan"
    assert _row(found, "Tom Hale")["speaker_text"] == "Senator Ann Lee"


def test_a_speaker_named_after_the_verb_on_a_line_of_its_own():
    found = table(
        "date 2025-05-05 Senators split on budget\n\n"
        "Two senators spoke against the bill on Monday.\n\n"
        "Stated Stone:\n\n"
        "“This bill is a gift to the banks and nobody in my state wants it.”"
    )
    row = _row(found, "gift to the banks")
    assert row["speaker_text"] == "Stone"
    assert row["kind"] == "direct"


def test_a_speaker_named_after_the_verb_before_a_colon_in_the_paragraph():
    found = table(
        "date 2025-05-05 Harbour plan\n\n"
        "The harbour board met on Monday. Stated Okafor: “The berth will not be ready before the winter storms.”"
    )
    assert _row(found, "winter storms")["speaker_text"] == "Okafor"


def test_one_of_whom_named_is_the_speaker():
    found = table(
        "date 2025-05-05 Senators split on budget\n\n"
        "Two senators spoke against the bill on Monday, one of whom, Lisa Grant, said it would hurt farmers.\n\n"
        "Three nurses were hurt, one of whom, Mary Okon, said the ward had been unsafe for months."
    )
    assert _row(found, "hurt farmers")["speaker_text"] == "Lisa Grant"
    row = _row(found, "ward had been unsafe")
    assert row["speaker_text"] == "Mary Okon"
    assert "nurses" not in row["text"]


def test_a_ministry_of_a_country_speaks_as_the_ministry():
    found = table(
        "date 2025-05-05 Ships near islands\n\n"
        "China's foreign ministry said the visit was a provocation. Israel's army said two rockets were fired."
    )
    assert _row(found, "provocation")["speaker"] == "China's foreign ministry"
    assert _row(found, "rockets")["speaker"] == "Israel's army"


def test_a_ministry_of_a_country_is_the_ministry_named_so():
    found = table(
        "date 2025-05-05 Ships near islands\n\n"
        "The Chinese Foreign Ministry held a briefing on Monday.\n\n"
        "China's foreign ministry said the visit was a provocation."
    )
    assert _row(found, "provocation")["speaker"] == "Chinese Foreign Ministry"


def test_a_country_s_leader_is_still_the_person():
    found = table("date 2025-05-05 Talks\n\nGermany's Merkel said she was pleased with the talks.")
    assert _row(found, "pleased")["speaker"] == "Merkel"


def test_anyone_who_saw_something_said_nothing():
    found = table(
        "date 2025-11-12 Storm\n\n"
        "Anyone who sees a fallen power line should keep away from it. Whoever reported the fire was thanked."
    )
    assert not found["text"].str.contains("fallen power line|the fire").any()


def test_one_of_them_named_keeps_the_whole_name():
    found = table(
        "date 2025-06-02 Boats idle\n\n"
        "Three fishermen were interviewed. One of them, Per Olsen, said the boats had stayed in port for a month."
    )
    assert _row(found, "stayed in port")["speaker_text"] == "Per Olsen"


def test_blame_keeps_whom_with_the_reason():
    found = table("date 2025-02-09 Slump\n\nFans blamed the board for the slump in results.")
    assert _row(found, "slump")["text"] == "the board for the slump in results"


def test_a_country_s_organisation_is_the_organisation():
    found = table("date 2025-02-09 Injury\n\nGhana's football association said the striker would miss the qualifiers.")
    assert _row(found, "qualifiers")["speaker"] == "Ghana's football association"


def test_a_country_s_body_keeps_the_country_s_capital_in_a_sentence():
    from newsframe.speakers import speaker_name

    assert speaker_name("China's foreign ministry") == "China's foreign ministry"
    assert speaker_name("The mayor") == "the mayor"
