"""Business, media and pharma briefs: titles a firm owns, two titles joined by "and", a firm's name no reader read
before its "its", a drug named after its noun, and a headline's club named by an English word."""

from __future__ import annotations

from test_entities import _entities_of, _kinds

PUBLISHER = (
    "date 2026-03-11 Axel Springer agrees to buy stake in Politico\n\n"
    "BERLIN - Axel Springer, which owns Bild and Die Welt, said on Tuesday it had agreed to buy a stake in Politico "
    "and Business Insider as it expands in the United States.\n\n"
    "Mathias Doepfner, the company's chief executive, said the deal would double its digital revenue. \"We want to "
    'be the leading digital publisher," he said.\n'
)


def test_titles_a_firm_owns_are_no_people():
    rows = _kinds(_entities_of(PUBLISHER))
    assert rows["Bild"] == ("ORG", 1)
    assert rows["Die Welt"] == ("ORG", 1)
    assert rows["Axel Springer"] == ("ORG", 2)


def test_two_titles_joined_by_and_are_two_when_one_is_named_alone():
    rows = _kinds(_entities_of(PUBLISHER))
    assert "Politico and Business Insider" not in rows
    assert rows["Politico"] == ("ORG", 2)
    assert rows["Business Insider"] == ("ORG", 1)


def test_a_one_line_brief_finds_the_firm_its_stands_for():
    rows = _kinds(_entities_of("date 2026-03-11 Hugo Boss said its sales rose 5% in the third quarter.\n"))
    assert rows == {"Hugo Boss": ("ORG", 1)}


def test_a_firm_no_reader_read_counts_in_the_headline_too():
    rows = _kinds(
        _entities_of(
            "date 2026-03-11 Hugo Boss raises outlook\n\n"
            "Hugo Boss said its sales rose 5% in the third quarter, helped by demand in Europe.\n"
        )
    )
    assert rows["Hugo Boss"] == ("ORG", 2)


def test_a_drug_is_a_product_in_a_long_story_and_a_brief():
    story = _kinds(
        _entities_of(
            "date 2026-03-11 Novo Nordisk raises forecast on Wegovy demand\n\n"
            "COPENHAGEN - Novo Nordisk raised its full-year forecast on Wednesday as demand for its weight-loss drug "
            "Wegovy kept growing.\n\n"
            "Sales of Wegovy rose 80% to 20 billion crowns in the quarter, the Danish drugmaker said. Chief "
            "executive Lars Fruergaard Jorgensen said supply of Wegovy would improve next year.\n\n"
            "Shares in Novo Nordisk rose 3% in Copenhagen.\n"
        )
    )
    assert story["Wegovy"] == ("PRODUCT", 4)
    assert story["Novo Nordisk"] == ("ORG", 3)
    brief = _kinds(
        _entities_of(
            "date 2026-03-11 Eli Lilly said sales of its diabetes drug Mounjaro more than doubled in the quarter.\n"
        )
    )
    assert brief["Mounjaro"] == ("PRODUCT", 1)
    assert brief["Eli Lilly"] == ("ORG", 1)


def test_a_headline_club_named_by_an_english_word_counts():
    rows = _kinds(
        _entities_of(
            "date 2026-03-11 Arsenal held by Brentford\n\n"
            "Arsenal were held to a 1-1 draw at home by Brentford on Saturday.\n"
        )
    )
    assert rows["Arsenal"] == ("ORG", 2)
    assert rows["Brentford"] == ("ORG", 2)
