"""An ocean or a continent named alone after "the" is a location, not a body."""

from test_entities import _entities_of, _kinds


def test_an_ocean_after_the_is_a_location():
    kinds = _kinds(
        _entities_of(
            "date 2026-12-04 Earthquake toll rises\n\n"
            'The Philippines sits on the Pacific "Ring of Fire", where frequent earthquakes occur. '
            "Union Pacific said its trains were running.\n"
        )
    )
    assert kinds["Pacific"] == ("LOC", 1)
    assert kinds["Union Pacific"] == ("ORG", 1)
