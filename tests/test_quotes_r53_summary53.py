"""Quotes: a headline's bare title ("Council leader says …", "Chancellor says …") is not the person the body names
with that title under a word of another office ("Opposition leader Daniel Marsh", "Shadow chancellor Mel Stride")."""

from __future__ import annotations

from test_quotes import table

COUNCIL = (
    "Council leader says budget gap will force cuts\n\n"
    "Published 20 February 2025, 17:40\n\n"
    "Councillor Ruth Okafor told a meeting of the cabinet on Thursday that the council had no choice.\n\n"
    "She said that the authority would also raise council tax by the maximum allowed.\n\n"
    "Opposition leader Daniel Marsh said the cuts would fall hardest on older residents."
)

BUDGET = (
    "Chancellor says plans will protect public services\n\n"
    "Published 30 October 2024, 16:00\n\n"
    "Rachel Reeves said on Wednesday that her plans would protect public services for a decade.\n\n"
    "Shadow chancellor Mel Stride said the plans would mean higher taxes for working people."
)


def _headline_speaker(text: str) -> str:
    found = table(text)
    return found[found["paragraph"] == 0]["speaker"].iloc[0]


def test_a_council_leader_is_not_the_opposition_leader():
    assert _headline_speaker(COUNCIL) != "Daniel Marsh"
    assert _headline_speaker(COUNCIL) == "Ruth Okafor"


def test_the_chancellor_is_not_the_shadow_chancellor():
    assert _headline_speaker(BUDGET) == "Rachel Reeves"
