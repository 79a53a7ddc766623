"""Names with "and" inside: a country the gazetteer knows by two names joined by "and", and an institution named
after two names ("the Victoria and Albert Museum"), kept whole; real lists of firms, places and bodies stay apart."""

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
            "Officials from France and Spain met in Madrid on Monday to discuss the border.\n\n"
            "Bosnia and Herzegovina and Serbia sent observers.\n"
        )
    )
    assert rows["France"][0] == "GPE" and rows["Spain"][0] == "GPE"
    assert rows["Bosnia and Herzegovina"][0] == "GPE" and rows["Serbia"][0] == "GPE"


def test_a_museum_named_after_two_people_is_one_institution():
    rows = _kinds(
        _entities_of(
            "date 2025-03-14 Museum to open new gallery\n\n"
            "The Victoria and Albert Museum will open its new collections centre in Stratford in May.\n\n"
            '"This is a new kind of museum," said Tristram Hunt, the director of the Victoria and Albert Museum.\n'
        )
    )
    assert rows["Victoria and Albert Museum"] == ("ORG", 2)
    assert not {"Victoria", "Albert Museum"} & set(rows)


def test_a_hospital_named_after_two_places_is_one_institution():
    rows = _kinds(
        _entities_of(
            "date 2025-03-14 Art show for children\n\n"
            "A new show at the Chelsea and Westminster Hospital will display children's art from next week.\n"
        )
    )
    assert "Chelsea and Westminster Hospital" in rows
    assert not {"Chelsea", "Westminster Hospital"} & set(rows)


def test_bodies_listed_each_with_its_own_article_stay_apart():
    rows = _kinds(
        _entities_of(
            "date 2025-03-14 Galleries expand\n\n"
            "The Tate and the British Museum are also expanding, with visitors from France and Germany up.\n\n"
            "Shoppers at Tesco and Lidl spent more, while Santander, Coinbase and Aldi reported results.\n"
        )
    )
    assert rows["British Museum"][0] == "ORG" and rows["Tate"][0] == "ORG"
    assert {"France", "Germany", "Tesco", "Lidl", "Santander", "Coinbase", "Aldi"} <= set(rows)
    assert not any(" and " in name for name in rows)


def test_a_body_named_with_a_place_takes_the_capitalised_words_before_it():
    rows = _kinds(
        _entities_of(
            "date 2025-06-07 Rally in London\n\n"
            "Organisers from Black Lives Matter UK said the rally would end at Parliament Square.\n\n"
            "Volunteers from Keep Britain Tidy said litter had been cleared by Sunday.\n"
        )
    )
    assert rows["Black Lives Matter UK"][0] == "ORG"
    assert not {"Matter", "Matter UK", "Lives Matter UK"} & set(rows)


def test_a_body_named_with_a_place_in_other_words():
    rows = _kinds(
        _entities_of(
            "date 2025-06-07 Charity warns on bills\n\n"
            "A report by Fuel Poverty Action UK found that families in Leeds and Bradford were cutting back.\n\n"
            "On Monday UK ministers said help would come.\n"
        )
    )
    assert rows["Fuel Poverty Action UK"][0] == "ORG"
    assert rows["Leeds"][0] == "GPE" and rows["Bradford"][0] == "GPE"
    assert "Monday UK" not in rows


def test_a_pair_with_one_spokesperson_is_one_firm():
    rows = _kinds(
        _entities_of(
            "date 2026-01-08 Stores report flat footfall\n\n"
            "In London, a Marks and Spencer spokeswoman said footfall was flat on last year.\n\n"
            "Staff were told on Monday that the office would close, an Ernst and Young spokesman confirmed.\n\n"
            "Spokesmen for Tesco and Lidl declined to comment.\n"
        )
    )
    assert rows["Marks and Spencer"][0] == "ORG" and rows["Ernst and Young"][0] == "ORG"
    assert not {"Marks", "Spencer", "Ernst", "Young"} & set(rows)
    assert "Tesco" in rows and "Lidl" in rows


def test_a_founders_pair_whose_first_name_no_reader_reads_is_one_firm():
    rows = _kinds(
        _entities_of(
            "date 2026-01-08 Grocer reports slower Christmas\n\n"
            "Fortnum and Mason said it had seen demand for hampers slow over the holiday.\n\n"
            "Fortnum and Mason, the Piccadilly grocer, said sales fell 4% in December.\n\n"
            "Shoppers at Tesco and Lidl spent more, and Tesco and Lidl both cut prices.\n"
        )
    )
    assert rows["Fortnum and Mason"] == ("ORG", 2)
    assert not {"Fortnum", "Mason", "Tesco and Lidl"} & set(rows)
    assert rows["Tesco"][0] == "ORG" and rows["Lidl"][0] == "ORG"


def test_a_pair_that_owns_with_its_or_takes_a_singular_passive_is_one_firm():
    rows = _kinds(
        _entities_of(
            "date 2026-02-12 Sugar group sold\n\n"
            "Fortnum and Mason, the Piccadilly grocer, said its hamper sales had also risen.\n\n"
            "Tate and Lyle has been sold to a rival, while Tesco and Lidl said their sales rose.\n"
        )
    )
    assert rows["Fortnum and Mason"][0] == "ORG" and rows["Tate and Lyle"][0] == "ORG"
    assert rows["Tesco"][0] == "ORG" and "Lidl" in rows and "Tesco and Lidl" not in rows
