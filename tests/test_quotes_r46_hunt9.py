"""Quotes: a speaker named after a dateline and described beside it."""

from __future__ import annotations

from newsframe import pipeline

DATELINED = "\n\n".join(
    [
        "Stellantis names interim committee after Tavares quits",
        "MILAN — Stellantis, the maker of Jeep, Fiat and Peugeot cars, said on Sunday that Carlos Tavares had "
        "resigned as chief executive with immediate effect, following disagreements with the board.",
        "Shares in Stellantis fell 6.3% in Milan on Monday.",
    ]
)


def test_a_speaker_after_a_dateline_is_not_the_description_beside_it(write):
    q = pipeline.analyze(write("stellantis", DATELINED), "2025-02-03", use_cache=False).tables["quotes"]
    said = q[q["cue"] == "said"]
    assert said["speaker"].tolist() == ["Stellantis"]
    assert said["speaker_text"].tolist() == ["Stellantis, the maker of Jeep, Fiat and Peugeot cars"]


STORM = "\n\n".join(
    [
        "Storm Babet: three dead as rivers burst banks",
        "Three people have died after Storm Babet brought torrential rain and flooding to large parts of Scotland.",
        "Network Rail said 25 lines were closed at the height of the storm. Forecasters said more rain was expected "
        "in the week ahead.",
    ]
)


def test_forecasters_at_large_are_not_the_body_heard_before_them(write):
    q = pipeline.analyze(write("storm", STORM), "2023-10-22", use_cache=False).tables["quotes"]
    assert q["speaker"].tolist() == ["Network Rail", "Forecasters"]
    assert q["speaker_text"].tolist() == ["Network Rail", "Forecasters"]


SUMMIT = "\n\n".join(
    [
        "G20 leaders agree New Delhi declaration",
        "Chinese President Xi Jinping and Russian President Vladimir Putin both skipped the summit. China was "
        "represented by Premier Li Qiang, and Russia by Foreign Minister Sergei Lavrov, who called the meeting a "
        '"success."',
    ]
)


def test_who_after_a_name_given_by_by_is_that_person_not_the_country_before(write):
    q = pipeline.analyze(write("summit", SUMMIT), "2023-09-10", use_cache=False).tables["quotes"]
    called = q[q["cue"] == "called"]
    assert called["speaker"].tolist() == ["Sergei Lavrov"]
