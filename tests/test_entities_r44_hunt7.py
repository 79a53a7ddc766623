"""A name followed once by an "'s" with its noun left out ("while the Coalition's fell to 32%") is the possessive
of the name the article writes in full elsewhere ("the Liberal-National Coalition"), not a name written with "'s"."""

from __future__ import annotations

from newsframe import pipeline

ELECTION = "\n\n".join(
    [
        "Albanese wins landslide second term",
        "The Liberal-National Coalition was on track for about 40 seats in the 150-seat House of Representatives.",
        "Labor's primary vote rose to about 35%, while the Coalition's fell to 32%.",
        "The Coalition's campaign was hit by a series of policy reversals.",
    ]
)

RESULTS = "\n\n".join(
    [
        "Shares rise at Marks & Spencer",
        "Marks & Spencer said clothing sales rose 3.8%, while sales at Associated British Foods fell.",
        "Its food sales grew 7.6%, while Foods's were flat, according to Kantar.",
    ]
)


def test_possessive_of_the_last_word_of_a_longer_name(write):
    entities = pipeline.analyze(write("election.txt", ELECTION), "2025-05-04", use_cache=False).tables["entities"]
    row = entities[entities["entity"] == "Liberal-National Coalition"].iloc[0]
    assert (row["entity_type"], row["mentions"], row["aliases"]) == ("ORG", 3, "Liberal-National Coalition|Coalition")
    assert "Coalition's" not in set(entities["entity"])
