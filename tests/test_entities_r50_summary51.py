"""A passive's agent read as a place is a body, unless it is the surname of a person the article names in full."""

from __future__ import annotations

from test_entities import _entities_of, _kinds

HEAD = "Winger shines in home win\nPublished 6 October 2024, 19:20\n\n"


def test_a_scorer_after_by_is_the_player_named_in_full():
    rows = _kinds(
        _entities_of(
            HEAD + "Bukayo Saka scored twice on Sunday.\n\nThe cross was headed in by Saka.\n\n"
            "Saka restored the lead from the penalty spot.\n"
        )
    )
    assert rows.get("Bukayo Saka") == ("PERSON", 3)
    assert "Saka" not in rows


def test_a_surname_after_by_in_another_sentence_shape_is_the_player():
    rows = _kinds(
        _entities_of(
            "Cup round-up\nPublished 6 October 2024, 19:20\n\nAlexander Isak ran riot at St James' Park.\n\n"
            "The opener was scored by Isak before half-time.\n"
        )
    )
    assert rows.get("Alexander Isak") == ("PERSON", 2)
    assert "Isak" not in rows
