"""Names: a model's number between an owner and the thing it names ("Europe's Ariane 6 rocket") still makes the name
a thing, not an organisation."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_rocket_with_its_model_number_after_an_owner_is_a_thing():
    rows = _kinds(
        _entities_of(
            "date 2026-02-12 Europe's Ariane 6 rocket puts weather satellite into orbit\n\n"
            "Europe's Ariane 6 rocket lifted off from Kourou on Wednesday, carrying a satellite for Eumetsat.\n\n"
            "Arianespace plans up to eight Ariane 6 launches this year, Arianespace said.\n"
        )
    )
    assert rows["Ariane 6"][0] == "PRODUCT", rows  # the model with its number
    assert rows["Arianespace"][0] == "ORG", rows
