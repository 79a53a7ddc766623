"""Who said what in court reports and official figures: a judge styled by the court ("Mrs Justice Steyn") is "the
judge", a claim against someone holds no words of theirs, and figures published by a body are its words."""

from __future__ import annotations

from test_quotes_direct import table


def test_the_judge_is_the_person_styled_justice_not_the_party_last_named():
    found = table(
        "date 2026-10-09 Libel claim dismissed\n\n"
        "Mrs Justice Steyn ruled on Thursday that the post was substantially true and dismissed the claim "
        "brought by Danielle Okafor, 41.\n\n"
        "Ms Okafor had sought damages of £250,000. She now faces a legal bill of £1.5m.\n\n"
        'In her judgment the judge said Ms Okafor had been "an unreliable witness". Mr Bell was "careful and '
        'measured" in his evidence, she said.\n'
    )
    said = found[found["paragraph"] == 3]
    assert set(said["speaker"]) == {"Justice Steyn"}
    assert len(said) == 2


def test_a_claim_against_a_named_person_is_no_statement_of_its_owner():
    found = table(
        "date 2026-10-09 Libel claim dismissed\n\n"
        "A former footballer's wife has lost her libel claim against the television presenter Marcus Bell, who "
        "said he was relieved.\n"
    )
    assert "claim" not in found["cue"].tolist()
    assert found["speaker"].tolist() == ["Marcus Bell"]


def test_figures_published_by_a_body_are_that_bodys_words():
    found = table(
        "date 2026-06-24 Population passes 62 million\n\n"
        "The population grew by almost 2.8 million in five years, according to figures published on Wednesday "
        "by the Office for National Statistics.\n"
    )
    assert found["speaker"].tolist() == ["Office for National Statistics"]


def test_a_hyphenated_description_of_the_speaker_is_one_subject():
    found = table(
        "date 2025-11-14 Builder admits fraud\n\n"
        "Darren Pollard, 47, pleaded guilty to six counts of fraud on Thursday.\n\n"
        "A co-defendant, Lee Pollard, 22, denied one count of money laundering."
    )
    row = found[found["cue"] == "denied"].iloc[0]
    assert row["speaker"] == "Lee Pollard"
    assert row["speaker_text"] == "A co-defendant, Lee Pollard"


def test_where_it_was_said_is_no_part_of_the_speakers_mention():
    found = table(
        "date 2025-06-13 Care home manager jailed\n\n"
        "Karen Whitfield, 52, admitted 14 counts of fraud.\n\n"
        'Outside court, Mrs Marsh\'s daughter, Helen Taylor, said: "Mum trusted her completely."'
    )
    row = found.iloc[-1]
    assert row["speaker"] == "Helen Taylor"
    assert row["speaker_text"] == "Mrs Marsh's daughter, Helen Taylor"


def test_the_force_is_the_police_force_named_before():
    found = table(
        "date 2025-03-04 Man stabbed in Bristol\n\n"
        "In a statement released through Avon and Somerset Police, his family said the man was kind.\n\n"
        "Two men have been arrested on suspicion of murder and remain in custody, the force said."
    )
    assert found["speaker"].iloc[-1] == "Avon and Somerset Police"
