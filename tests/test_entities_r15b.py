"""Names in news: a household-bills story, a disaster report and a space mission."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_plural_common_noun_opening_a_sentence_is_no_body():
    """A plural common noun opening a sentence, read as a body by the name recogniser only ("Households will get ..."),
    is no name."""
    rows = _kinds(
        _entities_of(
            "date 2025-05-12 Rent rebate announced\n\n"
            "Households will receive two rebates of £80 each, the Dunmore Housing Trust said.\n"
        )
    )
    assert "Households" not in rows
    assert rows["Dunmore Housing Trust"][0] == "ORG"


def test_a_common_noun_before_a_plural_noun_opening_a_headline_is_no_body():
    """ "House prices fall" in a headline and a paragraph: a common noun qualifying a plural common noun."""
    rows = _kinds(
        _entities_of(
            "date 2025-05-12 House prices slip again in spring\n\n"
            "House prices in Scotland fell for a second month, the Lomond Building Society said.\n"
        )
    )
    assert "House" not in rows
    assert rows["Lomond Building Society"][0] == "ORG"


def test_a_country_glued_to_a_body_after_the_is_one_body():
    """ "the Kenya Red Cross": a country written without "the" glued before a body's name is part of it; "the US
    Coast Guard" leaves the place its own."""
    rows = _kinds(
        _entities_of(
            "date 2025-05-12 Storm floods villages\n\n"
            "About 8,000 people were moved to camps, the Kenya Red Cross said on Sunday.\n"
        )
    )
    assert rows["Kenya Red Cross"][0] == "ORG"
    assert "Red Cross" not in rows


def test_places_written_with_the_are_told_apart():
    """ "US", "the Netherlands", "the United Kingdom" take "the"; "Kenya" and "South Africa" do not."""
    from newsframe import nlp
    from newsframe.entities import Span, takes_no_article

    doc = nlp.load().make_doc("US Netherlands United Kingdom Kenya South Africa")
    spans = {"US": (0, 1), "Netherlands": (1, 2), "United Kingdom": (2, 4), "Kenya": (4, 5), "South Africa": (5, 7)}
    found = {name: takes_no_article(doc, Span(0, a, b, "GPE")) for name, (a, b) in spans.items()}
    assert found == {"US": False, "Netherlands": False, "United Kingdom": False, "Kenya": True, "South Africa": True}


def test_a_title_case_abbreviation_of_a_body_named_before_is_that_body():
    """ "Imo" after "the International Maritime Organization": the body's initials written as a word, whatever type a
    reader gave it, count for the body."""
    rows = _kinds(
        _entities_of(
            "date 2025-05-12 Shipping rules tightened\n\n"
            "The International Maritime Organization agreed new fuel rules on Friday.\n\n"
            "Imo said the rules would start in 2027.\n"
        )
    )
    assert rows["International Maritime Organization"] == ("ORG", 2)
    assert "Imo" not in rows


def test_a_name_set_beside_a_noun_of_land_or_towns_is_a_place():
    """ "in Arcadia Terra, a dusty plain near the pole" and "Pennick, a village in the hills": a noun of land or of
    towns in apposition makes the name a place, not a person."""
    rows = _kinds(
        _entities_of(
            "date 2025-05-12 Probe to land in dusty plain\n\n"
            "The probe will land in Arcadia Terra, a dusty plain near the pole, the agency said.\n\n"
            "The team trained at Marlow Pennick, a village in the hills.\n"
        )
    )
    assert rows["Arcadia Terra"][0] in ("LOC", "GPE")
    assert rows["Marlow Pennick"][0] in ("LOC", "GPE")


def test_a_title_between_a_place_and_its_holder_is_no_name():
    """ "Leeds Coroner Maria Voisin": the title's place stays a place, the holder a person, and no person "Leeds
    Coroner"."""
    rows = _kinds(
        _entities_of(
            "date 2025-05-12 Inquest opened into crash death\n\n"
            "The inquest was opened by Leeds Coroner Maria Voisin on Monday.\n"
        )
    )
    assert "Leeds Coroner" not in rows
    assert rows["Maria Voisin"][0] == "PERSON"
    assert rows["Leeds"][0] == "GPE"


def test_a_verb_of_saying_opening_a_sentence_is_no_part_of_the_speakers_name():
    """ "Said Okafor: “…”": the cue before the speaker and a colon is no part of the name."""
    rows = _kinds(
        _entities_of(
            "date 2025-05-12 Residents block road\n\n"
            "Residents blocked the road on Monday, said Grace Okafor, 54, a teacher.\n\n"
            "Said Okafor: “We will not stop until the road is fixed.”\n"
        )
    )
    assert "Said Okafor" not in rows
    assert rows["Grace Okafor"] == ("PERSON", 2)


def test_an_irish_county_named_without_its_word_is_the_place():
    """ "Meath" after "County Meath": the county's name alone counts as a place too."""
    rows = _kinds(
        _entities_of(
            "date 2025-05-12 Man dies in crash\n\n"
            "The crash happened near Ballyrae in County Meath on Sunday.\n\n"
            "Gardaí in Meath appealed for witnesses.\n"
        )
    )
    assert sum(n for name, (kind, n) in rows.items() if "Meath" in name and kind == "GPE") == 2
