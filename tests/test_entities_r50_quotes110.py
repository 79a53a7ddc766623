"""Entities: a district court's name, read by no recogniser (or only its "U.S."), joined with the district it sits
for as one court."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_us_district_court_for_a_district_is_one_court():
    rows = _kinds(
        _entities_of(
            "date 2025-04-03 Fund loses fraud case\n\nThe case was heard in the U.S. District Court for the Southern "
            "District of New York, where investors had sued Crestline Capital in 2022."
        )
    )
    assert rows.get("U.S. District Court for the Southern District of New York", ("", 0))[0] == "ORG"
    assert "Southern District of New York" not in rows


def test_district_court_for_eastern_district_is_one_court():
    rows = _kinds(
        _entities_of(
            "date 2025-04-03 Chipmaker sues rival\n\nThe lawsuit was filed in the U.S. District Court for the Eastern "
            "District of Texas on Monday by Norvel Semiconductor."
        )
    )
    assert rows.get("U.S. District Court for the Eastern District of Texas", ("", 0))[0] == "ORG"
    assert "U.S." not in rows
