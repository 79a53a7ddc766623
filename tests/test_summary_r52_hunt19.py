"""A court a defendant "appears in" is not named "only as where the work was published": a court is where people
appear, not a journal that carried a study."""

from __future__ import annotations

import pandas as pd

from newsframe import speakers


def _venues(names: list[str], texts: list[str]) -> set[str]:
    entities = pd.DataFrame(
        {"entity": names, "entity_type": ["ORG"] * len(names), "mentions": [1] * len(names), "aliases": names}
    )
    paragraphs = pd.DataFrame({"paragraph": list(range(1, len(texts) + 1)), "text": texts})
    return speakers.venues(entities, paragraphs)


def test_a_county_court_a_deputy_appears_in_is_no_venue_of_work():
    found = _venues(
        ["Polk County Court", "Nature"],
        [
            "Brennan is scheduled to appear in Polk County Court on Nov. 2.",
            "The findings were published in the journal Nature on Wednesday.",
        ],
    )
    assert found == {"Nature"}


def test_a_magistrates_court_someone_appeared_in_is_no_venue_of_work():
    found = _venues(
        ["Westminster Magistrates' Court", "The Lancet"],
        [
            "The 42-year-old appeared in Westminster Magistrates' Court charged with fraud.",
            "The study appeared in The Lancet last month.",
        ],
    )
    assert "Westminster Magistrates' Court" not in found
