"""Who said what: a "who" after a place in the phrase that describes someone ("a farmer in Devon who said"), a
headline's clause the parse broke at a quoted word, a headline closed by a document that reveals, and its writer."""

from __future__ import annotations

from test_quotes import quoting, table

HEAD = "Published 3 March 2025, 11:00\n\n"


def test_who_after_a_place_is_the_one_described():
    found = table(
        "Farm subsidies cut\n" + HEAD + "Officials spoke to a farmer in Devon who said the payments had "
        '"kept him afloat".\n\nReporters met a lecturer in Sheffield who said the mood on campus was "grim".'
    )
    assert quoting(found, "kept him afloat")["speaker"] == "a farmer in Devon"
    assert quoting(found, "the mood on campus")["speaker"] == "a lecturer in Sheffield"


def test_who_after_a_place_in_a_description_beside_a_name():
    found = table(
        "Nurses strike\n" + HEAD + "Jane, a nurse from Leeds who asked that her surname not be used, said the "
        'strike had "nothing to do with pay".\n\nTom, a teacher at a primary school in Bristol who asked that '
        "his school not be named, said staff were exhausted."
    )
    assert quoting(found, "her surname")["speaker"] == "Jane"
    assert quoting(found, "his school")["speaker"] == "Tom"


def test_who_after_a_spokesman_for_a_body_stays_the_body():
    found = table("Pay row\n" + HEAD + "Reporters spoke to a spokesman for Unison who said members were furious.")
    assert quoting(found, "members were furious")["speaker"] == "Unison"


def test_headline_clause_broken_at_a_quoted_word():
    found = table(
        "Staff warn university's cuts will 'gut' humanities\n" + HEAD + "Staff at Kelham University say three "
        "departments will close."
    )
    assert quoting(found, "will 'gut' humanities")["speaker"] == "Staff"
    found = table("Doctors fear council's plan could 'wreck' services\n" + HEAD + "Doctors in Rotherham met.")
    assert quoting(found, "could 'wreck' services")["speaker"] == "Doctors"


def test_headline_closed_by_a_memo_gives_its_writer():
    found = table(
        "Job losses loom at Hartwell Motors, memo reveals\n" + HEAD + "Hundreds of jobs at Hartwell Motors are at "
        "risk, according to an internal memo seen by the BBC.\n\nThe memo was written by the company's chief "
        "operating officer, Sandra Keele."
    )
    assert quoting(found, "Job losses loom")["speaker"] == "Sandra Keele"


def test_headline_closed_by_a_letter_gives_its_sender():
    found = table(
        "Hospital wards face closure, letter reveals\n" + HEAD + "Two wards at St Cuthbert's Hospital could close "
        "within a year.\n\nThe letter, sent by the trust's medical director, Dr Owen Price, to senior staff, warns "
        'that the wards cannot be "safely staffed".'
    )
    assert quoting(found, "Hospital wards face closure")["speaker"] == "Owen Price"
