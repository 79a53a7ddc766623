"""Names of news nobody here wrote: a name the readers took for a work's title is a person's when an occupation
only people have stands in apposition after it."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_quoted_official_named_right_after_the_quotation_is_a_person():
    rows = _kinds(
        _entities_of(
            "date 2023-01-16 Investigators recover black boxes after Nepal plane crash\n\n"
            '"We have found both the black boxes and they will be handed over to the investigation committee," '
            "Teknath Sitaula, an official at Pokhara airport, told Reuters.\n\n"
            "The airport opened on January 1.\n"
        )
    )
    assert rows["Teknath Sitaula"][0] == "PERSON"
    assert rows["Reuters"][0] == "ORG"
