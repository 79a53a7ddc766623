"""Names with "and" inside: a country the gazetteer knows by two names joined by "and", and a firm named after its
founders' two surnames, kept whole; two people by their given names, two bodies named apart and a country pair
listed stay apart."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_country_of_two_names_is_one_place():
    rows = _kinds(
        _entities_of(
            "date 2026-03-14 Textiles lent for show\n\n"
            "The gallery has borrowed objects from collections in Bosnia and Herzegovina for a display.\n\n"
            "Costumes were lent by artists from Trinidad and Tobago, the curator said.\n"
        )
    )
    assert rows["Bosnia and Herzegovina"] == ("GPE", 1)
    assert rows["Trinidad and Tobago"] == ("GPE", 1)
    assert not {"Bosnia", "Herzegovina", "Trinidad", "Tobago"} & set(rows)


def test_two_countries_joined_by_and_stay_two():
    rows = _kinds(
        _entities_of(
            "date 2026-03-14 Talks resume\n\n"
            "Officials from France and Spain met in Madrid on Monday to discuss the border.\n"
        )
    )
    assert rows["France"][0] == "GPE" and rows["Spain"][0] == "GPE"


def test_a_firm_of_two_surnames_is_one_organisation():
    rows = _kinds(
        _entities_of(
            "date 2026-01-08 Grocer reports slower Christmas\n\n"
            "Fortnum and Mason said demand for hampers had slowed over the holiday.\n\n"
            "Fortnum and Mason, the Piccadilly grocer, said sales fell 4% in December.\n\n"
            "Analysts at Ernst and Young said profit warnings had risen.\n"
        )
    )
    assert rows["Fortnum and Mason"] == ("ORG", 2)
    assert rows["Ernst and Young"] == ("ORG", 1)
    assert not {"Fortnum", "Mason", "Ernst", "Young"} & set(rows)


def test_a_firm_of_two_surnames_in_other_words():
    rows = _kinds(
        _entities_of(
            "date 2026-02-12 Sugar group lifts outlook\n\n"
            "Shares in Tate and Lyle rose 3% after the group said its cost cuts were ahead of plan.\n"
        )
    )
    assert rows["Tate and Lyle"] == ("ORG", 1)
    assert "Tate" not in rows and "Lyle" not in rows


def test_two_people_or_two_bodies_joined_by_and_stay_apart():
    rows = _kinds(
        _entities_of(
            "date 2026-05-02 Royal visit\n\n"
            "Harry and Meghan visited the school on Friday.\n\n"
            "Oxfam and Save the Children will run workshops. A spokesman for Oxfam said the charity was pleased.\n\n"
            "Rishi Sunak met Keir Starmer. Sunak and Starmer then spoke to reporters.\n"
        )
    )
    assert "Harry and Meghan" not in rows and "Sunak and Starmer" not in rows
    assert rows["Oxfam"] == ("ORG", 2) and rows["Save the Children"] == ("ORG", 1)
    assert rows["Keir Starmer"][0] == "PERSON" and rows["Rishi Sunak"][0] == "PERSON"


def test_a_firm_named_like_a_plural_before_its_spokeswoman_is_a_firm():
    rows = _kinds(
        _entities_of(
            "date 2026-01-08 Stores report flat footfall\n\n"
            "In London, a Selfridges spokeswoman said footfall at its Oxford Street store was flat on last year.\n"
        )
    )
    assert rows["Selfridges"] == ("ORG", 1)


def test_a_plural_firm_name_before_a_spokesman_in_other_words():
    rows = _kinds(
        _entities_of(
            "date 2026-01-08 Chain shuts stores\n\n"
            "Staff were told on Monday that the shop would close, an Argos spokesman confirmed.\n\n"
            "A Kurdish spokesman in Erbil said the talks would resume, while a Swiss spokesman declined to comment.\n"
        )
    )
    assert rows["Argos"][0] == "ORG"
    assert rows["Kurdish"][0] == "NORP" and rows["Swiss"][0] == "NORP"
