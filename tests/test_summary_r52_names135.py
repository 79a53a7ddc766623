"""The count of what an article names gives its products, works and events after its people, places and
organisations: a telescope or a phone the article names is no person, place or organisation, but it is named."""

from __future__ import annotations

from test_entities import _tables_of

from newsframe import summary


def _names(text):
    tables = _tables_of(text)
    return summary.names_sentence(tables["entities"], tables["paragraphs"])


def test_the_count_of_names_gives_the_products_named():
    said = _names(
        "date 2024-06-09 Webb finds earliest galaxy\n\n"
        "Astronomers using the James Webb Space Telescope have found a galaxy, Stefano Carniani of the Scuola "
        "Normale Superiore in Pisa said.\n\n"
        "The Hubble Space Telescope had found the previous record holder in 2016."
    )
    assert said.startswith("It names 1 person")
    assert said.endswith(", as well as 2 products.")


def test_the_count_of_names_gives_works_and_events_and_leaves_them_out_when_there_are_none():
    said = _names(
        "date 2024-04-15 Cowboy Carter tops chart\n\n"
        "Beyonce's album Cowboy Carter topped the Billboard 200, Luminate said.\n\n"
        "Beyonce will perform at the Super Bowl in New Orleans in February."
    )
    assert "as well as" in said and "1 work" in said and "1 event" in said
    plain = _names(
        "date 2024-04-15 Council budget\n\n"
        "Leeds City Council said on Monday that Mary Jones would lead the review in Leeds.\n\n"
        "Jones said the work would begin soon."
    )
    assert "as well as" not in plain
