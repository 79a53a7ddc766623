"""A weather warning that mentions football matches in its last paragraphs is no sport report: the counties it lists
are places, the storms it names are no people."""

from __future__ import annotations

from test_entities import _entities_of, _kinds

WARNING = (
    "date 2024-12-06 Amber warning as Storm Darragh brings 90mph winds to Wales and south-west England\n\n"
    "The Met Office has issued an amber weather warning for wind as Storm Darragh approaches, with gusts of up to "
    "90mph expected on exposed coasts of Wales and south-west England.\n\n"
    "The warning runs from 03:00 GMT on Saturday until 21:00 on Saturday and covers Cornwall, Devon, Somerset, most "
    "of Wales and parts of Gloucestershire.\n\n"
    "Storm Darragh is the fourth named storm of the season, after Ashley, Bert and Conall.\n\n"
    "Great Western Railway warned of speed restrictions on lines in Cornwall and Devon. Several Premier League and "
    "EFL matches on Saturday could be called off.\n"
)


def test_counties_listed_in_a_weather_warning_are_places():
    rows = _kinds(_entities_of(WARNING))
    for county in ("Cornwall", "Devon", "Somerset", "Gloucestershire"):
        assert rows[county][0] == "GPE", (county, rows[county])
    assert rows["Devon"] == ("GPE", 2)


def test_storms_named_in_a_weather_warning_are_no_people():
    rows = _kinds(_entities_of(WARNING))
    assert not [name for name, (kind, _) in rows.items() if kind == "PERSON"]
