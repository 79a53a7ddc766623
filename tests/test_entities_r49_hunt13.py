# ruff: noqa: E501 (test articles are written as they are read, one paragraph a line)
"""Entities: an occupation capitalised before a given name and a surname is no part of the name."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_an_occupation_opening_a_headline_name_is_cut_off():
    rows = _kinds(
        _entities_of(
            "date 2026-04-26 Novelist Amara Nwosu on her new book\n\n"
            "Amara Nwosu's second novel follows a fishing family on the Norfolk coast.\n\n"
            "Nwosu grew up in Great Yarmouth and worked as a teacher."
        )
    )
    assert rows["Amara Nwosu"][0] == "PERSON" and rows["Amara Nwosu"][1] == 3
    assert not any(e.startswith("Novelist") for e in rows)


def test_an_occupation_opening_a_sentence_before_a_name_is_cut_off():
    rows = _kinds(
        _entities_of(
            "date 2025-05-03 Museum reopens after repairs\n\n"
            "Architect Ines Boyd said the roof had been rebuilt with timber from local woods.\n\n"
            "Ms Boyd said the work took two years."
        )
    )
    assert rows["Ines Boyd"] == ("PERSON", 2)
    assert not any(e.startswith("Architect") for e in rows)


RECALL = """date 2026-03-03 Supermarket recalls chicken sandwiches over listeria fears

Supermarket chain Halbury's has recalled several of its own-brand chicken sandwiches because they may contain listeria, the Food Standards Agency (FSA) has said.

The affected products are Halbury's Chicken and Bacon Club, Halbury's Chicken Caesar Wrap and Halbury's Deli Chicken Salad Sandwich, all with use-by dates of 4 March and 5 March 2026.

Customers who have bought any of the products are being told not to eat them and to return them to a store for a full refund. No receipt is needed.

The recall was issued after routine testing at the supplier, Greenvale Foods of Wakefield, found Listeria monocytogenes in a batch of cooked chicken, the FSA said.

In a statement, Halbury's said: "The safety of our customers is our highest priority. As a precaution, we are recalling these products and we apologise for any inconvenience."

The FSA said no illnesses linked to the products had been reported so far.

Point-of-sale notices are being displayed in all Halbury's stores that sold the products.
"""


def test_a_firm_only_noun_before_a_name_no_reader_read_makes_it_a_firm():
    rows = _kinds(_entities_of(RECALL))
    assert rows["Halbury's"][0] == "ORG"


def test_a_retailer_noun_before_a_name_read_as_a_place_elsewhere_makes_it_a_firm():
    rows = _kinds(
        _entities_of(
            "date 2025-10-14 Retailer recalls kettles\n\n"
            "Retailer Pemberly's is recalling thousands of kettles over fears they could overheat.\n\n"
            "The kettles were sold in Pemberly's stores and on Pemberly's website between May and August.\n\n"
            "Customers should return them to any Pemberly's branch for a refund."
        )
    )
    assert rows["Pemberly's"][0] == "ORG"
