"""Who said what: a body a person is written as owning speaks itself; a "he" after a woman's name set beside a
man's role goes to the man; the writer's own "I decided to …" is no statement."""

from __future__ import annotations

from newsframe import pipeline

TRANSPORT = "\n\n".join(
    [
        "Elizabeth line to reopen after flooding",
        "Sadiq Khan said the operator would review its timetable after a week of disruption.",
        "Sadiq Khan's Transport for London said the line would reopen on Monday.",
        "Passengers were advised to check before they travel, the operator added.",
    ]
)

COURT = "\n\n".join(
    [
        "Councillor to appeal misconduct verdict",
        "A former councillor convicted of misconduct in public office is to appeal, his lawyer said.",
        "Mr Khan's lawyer, Jane Doe, said the verdict would be challenged.",
        "He said he had always acted in good faith and would clear his name.",
    ]
)

FEATURE = "\n\n".join(
    [
        "Why I quit social media for a year",
        "Last January, after years of scrolling late into the night, I decided to stop pretending that my phone "
        "was harmless.",
        "Emma Clarke, a therapist in Bristol, said many of her clients described the same feeling.",
        "The company decided to stop selling the product in 2021.",
    ]
)


def quotes_of(write, name, text):
    return pipeline.analyze(write(name, text), "2024-05-01", use_cache=False).tables["quotes"]


def test_a_body_written_as_a_persons_speaks_itself(write):
    q = quotes_of(write, "tfl.txt", TRANSPORT)
    row = q[q["text"] == "the line would reopen on Monday"].iloc[0]
    assert row["speaker"] == "Transport for London"
    assert row["speaker_text"] == "Sadiq Khan's Transport for London"
    added = q[q["cue"] == "added"].iloc[0]
    assert added["speaker"] == "Transport for London"


def test_he_after_a_womans_name_beside_a_mans_role_is_the_man(write):
    q = quotes_of(write, "appeal.txt", COURT)
    rows = q[q["paragraph"] == 3]
    assert rows["speaker"].tolist() == ["Khan"]
    assert q[q["paragraph"] == 2]["speaker"].tolist() == ["Jane Doe"]


def test_the_writers_own_decision_is_no_statement(write):
    q = quotes_of(write, "feature.txt", FEATURE)
    assert q[q["paragraph"] == 1].empty
    assert q[q["paragraph"] == 3]["speaker"].tolist() == ["The company"]
