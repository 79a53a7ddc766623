"""Entities (newsframe.entities): a court's name that goes on with "for the" and the circuit or district it sits for
is one organisation, on short invented articles."""

from __future__ import annotations

from test_entities import _entities_of


def test_a_court_of_appeals_for_a_circuit_is_one_organisation():
    found = _entities_of(
        "date 2023-08-22 Chip patent revived\n\n"
        "The U.S. Court of Appeals for the Federal Circuit on Tuesday revived a patent lawsuit brought by Netlist "
        "against Micron Technology."
    )
    assert "U.S. Court of Appeals for the Federal Circuit" in found.index
    assert "Federal Circuit" not in found.index


def test_a_court_for_a_numbered_circuit_is_one_organisation():
    found = _entities_of(
        "date 2024-02-09 Gun law upheld\n\n"
        "The U.S. Court of Appeals for the 9th Circuit said on Friday that the state's ban was lawful."
    )
    assert "U.S. Court of Appeals for the 9th Circuit" in found.index
