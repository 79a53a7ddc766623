"""Sentences a reporter can print: a profile headlined "the woman behind Brightloaf" hears Brightloaf through the woman
it profiles; sources quoted as often are counted when there are too many to name ("6 twice each (…)", not "1 to 2
times each"); an administrator at an insolvency firm speaks for it; and "Kami Rita said" is Kami Rita Sherpa heard."""

from __future__ import annotations

from test_summary_r21 import entities, paragraphs, quotes, silent  # tables built as those tests build them

from newsframe import summary

PROFILE_NAMES = entities(
    ("Hannah Okafor", "PERSON", 4, 1),
    ("Brightloaf", "ORG", 2, 0),
    ("Tom Reilly", "PERSON", 1, 3),
    ("Unilever", "ORG", 1, 2),
)
PROFILE_SAID = quotes((2, "direct", "Hannah Okafor", "she"), (3, "reported", "Tom Reilly", "Tom Reilly"))


def profile(headline: str) -> list[str]:
    text = paragraphs(
        headline,
        "When Hannah Okafor started baking in a shed in 2014, she sold twelve loaves a week.",
        'Brightloaf now employs 400 people. Okafor trained as a chemist at Unilever. "I was bored," she says.',
        "Tom Reilly says she has not changed. Okafor says she will not sell.",
    )
    return silent(PROFILE_NAMES, PROFILE_SAID, text)


def test_the_body_a_profile_headline_puts_behind_its_quoted_subject_is_heard():
    assert profile("From a shed to 400 staff: the woman behind Brightloaf") == ["Unilever"]
    assert profile("The woman behind Brightloaf, in her own words") == ["Unilever"]
    # what someone is behind is not always the body itself, and a headline that names a person may mean another
    assert "Brightloaf" in profile("The woman behind Brightloaf's collapse")
    assert "Brightloaf" in profile("Tom Reilly on the woman behind Brightloaf")
    assert "Brightloaf" in profile("Brightloaf opens a third bakery")
    assert "Brightloaf" in profile("The woman behind the Brightloaf strike")


def test_the_woman_behind_a_body_written_after_her_name_makes_it_heard():
    text = paragraphs(
        "A baker's life",
        "Hannah Okafor, the woman behind Brightloaf, started baking in a shed.",
        "Okafor trained at Unilever.",
        "Tom Reilly says she has not changed.",
    )
    assert silent(PROFILE_NAMES, PROFILE_SAID, text) == ["Unilever"]


def test_the_body_behind_an_unquoted_subject_stays_silent():
    said = quotes((3, "reported", "Tom Reilly", "Tom Reilly"))
    text = paragraphs(
        "The woman behind Brightloaf",
        "Hannah Okafor started baking in a shed.",
        "Brightloaf employs 400 people. Okafor trained at Unilever.",
        "Tom Reilly says she has not changed.",
    )
    assert "Brightloaf" in silent(PROFILE_NAMES, said, text)


def test_too_many_sources_quoted_as_often_are_counted_and_the_rest_told_apart():
    twice = ["Graham Tilley", "Jade Morton", "Helen Marsh", "Ray Dunmore", "Carol Venn", "Ellie Price"]
    once = ["Sunita Gill", "Linda Okoro", "Tariq Aziz", "Amira Patel"]
    rows = [(i + 1, "reported", n, n) for i, n in enumerate(twice + twice + once)]
    names = entities(*[(n, "PERSON", 2, 1) for n in twice + once])
    text = summary.speakers_sentence(quotes(*rows), names)
    assert "times each" not in text.split(":")[1].split("(")[0]
    assert text.startswith("It attributes 16 statements to 10 sources: 6 of them twice each (")
    assert text.endswith("and 4 others once each.")
    # every name listed is one of those quoted twice
    listed = text.split("(")[1].split(")")[0].replace(" and ", ", ").split(", ")
    assert set(listed) - {"2 more"} <= set(twice)


def test_an_administrator_at_a_firm_speaks_for_it():
    names = entities(("Kroll", "ORG", 2, 1), ("Sarah Bell", "PERSON", 1, 2))
    said = quotes((2, "direct", "Sarah Bell", "Sarah Bell, joint administrator at Kroll"))
    text = paragraphs("Chain collapses", "It appointed Kroll.", "Sarah Bell, joint administrator at Kroll, said.")
    assert silent(names, said, text) == []


def test_a_speaker_named_by_the_first_words_of_a_fuller_name_is_that_person():
    names = entities(
        ("Kami Rita", "PERSON", 3, 2), ("Kami Rita Sherpa", "PERSON", 1, 1), ("Pasang Dawa Sherpa", "PERSON", 1, 3)
    )
    said = quotes((2, "reported", "Kami Rita", "Kami Rita"))
    assert silent(names, said, None) == ["Pasang Dawa Sherpa"]
    # a generation word makes another person of the same name
    names = entities(("John Smith", "PERSON", 2, 1), ("John Smith Jr", "PERSON", 1, 2))
    said = quotes((1, "reported", "John Smith", "John Smith"))
    assert silent(names, said, None) == ["John Smith Jr"]
