"""Entities: a title opening a sentence before a given name, a body named "Transport for" a place, members'
initials after their body's name, and firms named by initials and a word."""

from __future__ import annotations

from newsframe import pipeline

STRIKE = "\n\n".join(
    [
        "Tube strike to go ahead after talks collapse",
        "Commuters face a week of disruption after talks between the RMT union and Transport for London broke down "
        "on Monday.",
        "Organisers of the marathon said they were working with Transport for London on extra services.",
        'Mayor Sadiq Khan urged both sides to return to the table. "Londoners deserve better than this," he said.',
        "Labour MPs representing London seats wrote to the union asking it to call off the action.",
    ]
)

CYCLE = "\n\n".join(
    [
        "Mayor backs new cycle lanes",
        "Mayor Sadiq Khan has announced 20 miles of new cycle lanes across the capital.",
        "Khan said the routes would make roads safer.",
    ]
)

LETTER = "\n\n".join(
    [
        "Stalin writes to Modi over language row",
        "CHENNAI - Tamil Nadu Chief Minister M.K. Stalin has written to Prime Minister Narendra Modi urging the "
        "centre to drop plans to make Hindi compulsory in schools.",
        "In the letter, Stalin said the move would harm students in the state.",
    ]
)

SUMMIT = "\n\n".join(
    [
        "Starmer vows to rebuild ties with EU at Brussels summit",
        "Starmer said Britain wanted a more mature relationship with its neighbours.",
        "Labour MPs said the summit was a success, while the Conservatives accused Starmer of surrender.",
    ]
)

RETAIL = "\n\n".join(
    [
        "WH Smith sells high street shops",
        "WH Smith has agreed to sell its 480 high street shops to Modella Capital for £76 million, the retailer said "
        "on Tuesday.",
        "Shares in WH Smith rose 3% in London. JD Sports and JD Wetherspoon also reported results this week.",
    ]
)

PUBS = "\n\n".join(
    [
        "Bookmakers and pub groups report mixed year",
        "Bookmaker William Hill reported profits of £120 million for the year, down from £150 million.",
        "Pub chain JD Wetherspoon also reported higher sales. JD Wetherspoon said like-for-like sales rose 7.2%.",
    ]
)


def _types(write, name, text, date="2025-01-10"):
    e = pipeline.analyze(write(name, text), date, use_cache=False).tables["entities"]
    return dict(zip(e["entity"], e["entity_type"]))


def test_transport_for_a_place_read_as_a_person_is_one_body_and_the_mayor_keeps_his_given_name(write):
    types = _types(write, "strike.txt", STRIKE)
    assert types["Transport for London"] == "ORG"
    assert "Transport" not in types
    assert types["Sadiq Khan"] == "PERSON"
    assert "Khan" not in types
    assert types["Labour"] == "ORG"
    assert "Labour MPs" not in types


def test_a_title_opening_the_sentence_before_a_given_name(write):
    e = pipeline.analyze(write("cycle.txt", CYCLE), "2025-01-10", use_cache=False).tables["entities"]
    assert e[["entity", "entity_type", "mentions"]].values.tolist() == [["Sadiq Khan", "PERSON", 2]]


def test_the_first_word_of_a_title_after_to_is_no_outlet(write):
    types = _types(write, "letter.txt", LETTER)
    assert "Prime" not in types
    assert types["Narendra Modi"] == "PERSON"


def test_members_initials_after_a_party_are_the_party(write):
    types = _types(write, "summit.txt", SUMMIT)
    assert types["Labour"] == "ORG"
    assert "Labour MPs" not in types


def test_firms_named_by_initials_and_a_word_reporting_results(write):
    types = _types(write, "retail.txt", RETAIL)
    assert types["JD Sports"] == "ORG"
    assert types["JD Wetherspoon"] == "ORG"


def test_firms_after_a_noun_of_trading_firms(write):
    types = _types(write, "pubs.txt", PUBS)
    assert types["JD Wetherspoon"] == "ORG"
    assert types["William Hill"] == "ORG"
