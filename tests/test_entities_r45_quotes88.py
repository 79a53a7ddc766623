"""Entities: a one-word name that a "his" or "her" in its own clause refers to is a person's, though a reader took
it for a body's elsewhere."""

from __future__ import annotations

from newsframe import pipeline

POLITICS = "\n\n".join(
    [
        "Starmer under pressure as Reeves prepares Budget",
        "Starmer has insisted there will be no return to austerity as Chancellor Rachel Reeves prepares her first "
        "Budget.",
        "Speaking at the G20 in Rio, Starmer said tough decisions were needed to fix the public finances.",
        "Starmer told MPs last week that working people would be protected.",
        'Sir Keir said: "We will not balance the books on the backs of working people."',
        "Starmer's Labour won a landslide in July, but its poll lead has since narrowed.",
        "Starmer and Labour have been criticised by unions over the winter fuel decision.",
        "The Tories said Starmer had broken his promises.",
    ]
)


def test_a_name_his_refers_to_is_a_person_and_its_words_a_persons(write):
    tables = pipeline.analyze(write("budget.txt", POLITICS), "2024-10-20", use_cache=False).tables
    e = tables["entities"]
    assert e.loc[e["entity"] == "Starmer", "entity_type"].tolist() == ["PERSON"]
    q = tables["quotes"]
    said = q[q["cue"] == "said"]
    assert said[said["paragraph"] == 2]["speaker"].tolist() == ["Starmer"]
