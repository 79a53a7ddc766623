"""Names of news nobody here wrote: a county written after its town, as an address writes it, is a place."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_county_after_its_town_is_a_place():
    rows = _kinds(
        _entities_of(
            "date 2024-09-27 Dame Maggie Smith dies aged 89\n\n"
            "Born in Ilford, Essex, in December 1934, Smith grew up in Oxford and began acting in 1952.\n"
        )
    )
    assert rows["Essex"] == ("GPE", 1)
    assert rows["Ilford"] == ("GPE", 1)


def test_a_person_after_a_town_and_a_comma_stays_a_person():
    rows = _kinds(
        _entities_of(
            "date 2024-09-27 Talks go on\n\n"
            "At a summit in Brussels, Ursula von der Leyen, the Commission president, said talks would go on.\n"
        )
    )
    assert rows["Ursula von der Leyen"][0] == "PERSON"
