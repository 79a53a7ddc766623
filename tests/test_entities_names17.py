"""Names in news written elsewhere: a first name between a capitalised officer's title and the surname, a rival
read as a place, a home named by its name, a car described with "may be", a streaming service before its series, a
district after "the", and a club the readers missed at the start of a match report."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_first_name_after_a_capitalised_officer_title_joins_the_person():
    rows = _kinds(
        _entities_of(
            "date 2025-11-04 Brightwater Power to cut 300 jobs\n\n"
            '"We have to change how we work," Chief Executive Marit Lunde told reporters on Tuesday.\n\n'
            "Lunde said the cuts would fall mostly on offices in Bergen.\n"
        )
    )
    assert rows.get("Marit Lunde", ("", 0))[0] == "PERSON"
    assert "Lunde" not in rows and "Executive Marit Lunde" not in rows
