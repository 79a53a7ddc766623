"""Names (newsframe.entities): a body whose name lists the fields it covers, cut at its commas by the readers, is
one organisation, on short invented articles."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_committee_named_for_a_list_of_fields_is_one_body():
    rows = _kinds(
        _entities_of(
            "date 2025-01-14 Water boss questioned\n\n"
            "Appearing before the Environment, Food and Rural Affairs Committee on Tuesday, Graham Pike said the "
            "board had followed the rules."
        )
    )
    assert rows["Environment, Food and Rural Affairs Committee"] == ("ORG", 1)
    assert "Environment" not in rows


def test_places_listed_before_a_council_stay_places():
    rows = _kinds(
        _entities_of(
            "date 2025-01-14 Roads closed\n\n"
            "Roads in Leeds, Wakefield and Bradford were closed by the council on Monday."
        )
    )
    assert rows["Leeds"][0] == "GPE" and rows["Wakefield"][0] == "GPE"
