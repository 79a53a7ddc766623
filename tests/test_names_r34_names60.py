"""Names of business and music reports (round 34, names60): a firm whose officer is named right after it, a band
named by a plural after "The", and a firm of two names joined by "and" opening a list."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_firm_before_its_chief_executive_is_an_organisation():
    rows = _kinds(
        _entities_of(
            "date 2026-03-12 Airline adds routes\n\n"
            "Regional carrier Curtis Air said it would add three routes from Belfast in the spring.\n\n"
            "Curtis Air chief executive Mary Doyle said demand was strong.\n"
        )
    )
    assert rows["Curtis Air"][0] == "ORG", rows
    assert rows["Mary Doyle"][0] == "PERSON", rows


def test_a_band_named_by_a_plural_after_the_is_no_person():
    rows = _kinds(
        _entities_of(
            "date 2026-08-22 Lanterns light up festival\n\n"
            "The Lanterns played a two-hour set on the main stage at the Greenfield Festival on Friday night.\n\n"
            "The Lanterns singer Amy Cole said the crowd had been the loudest of the tour.\n\n"
            "The Lanterns begin a tour of Europe in October.\n"
        )
    )
    assert rows["Lanterns"][0] == "ORG", rows
    assert rows["Amy Cole"][0] == "PERSON", rows


def test_a_firm_of_two_names_opening_a_list_stays_whole():
    rows = _kinds(
        _entities_of(
            "date 2026-03-12 Retailers lift shares\n\n"
            "Retailers were mixed: Marks and Spencer, Tesco and Next all rose, while JD Sports fell 3%.\n"
        )
    )
    assert rows["Marks and Spencer"][0] == "ORG", rows
    assert "Marks" not in rows and "Spencer" not in rows, rows
    assert rows["Tesco"][0] == "ORG" and rows["Next"][0] == "ORG", rows
