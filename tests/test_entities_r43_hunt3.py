"""A ministry named for two fields, one of them a plural ("Work and Pensions", "Education and Skills"), is one
body, not a department and a second body "Pensions"."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_ministry_spokesperson_of_work_and_pensions_is_one_body():
    rows = _kinds(
        _entities_of(
            "date 2024-11-20 Food bank charity appeals for help as winter demand hits record\n\n"
            "The Trussell Trust said its food banks gave out 3.1 million emergency food parcels in the year to "
            "March.\n\n"
            'A Department for Work and Pensions spokesperson said the government was "committed to tackling '
            'poverty" and pointed to the Household Support Fund, which has been extended until March 2026 with £1bn '
            "of funding.\n"
        )
    )
    assert rows["Department for Work and Pensions"] == ("ORG", 1)
    assert "Pensions" not in rows and "Department for Work" not in rows


def test_a_ministry_list_stops_before_a_body_of_its_own():
    rows = _kinds(
        _entities_of(
            "date 2025-02-04 School rated inadequate\n\n"
            "The Department for Education, Ofsted and Bradford Council said they would support the school.\n"
        )
    )
    assert rows["Department for Education"] == ("ORG", 1)
    assert rows["Ofsted"] == ("ORG", 1)
