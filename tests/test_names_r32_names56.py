"""Names of local news (round 32, names56): a public body's long name cut at its "and" by the readers, a firm named
after its trade's noun opening a sentence, and festivals named by what bands do there."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_public_body_cut_at_its_and_is_one_organisation_whole():
    rows = _kinds(
        _entities_of(
            "date 2025-11-20 Hospital trust asks for money towards new homes\n\n"
            "Plans for 900 homes near Basildon were approved on Tuesday.\n\n"
            "The Mid and South Essex NHS Foundation Trust asked for £2.1m towards health services.\n\n"
            "The North and West Yorkshire Fire Authority said its crews would need a new station.\n"
        )
    )
    assert rows["Mid and South Essex NHS Foundation Trust"][0] == "ORG", rows
    assert rows["North and West Yorkshire Fire Authority"][0] == "ORG", rows
    assert "Mid" not in rows and "North" not in rows, rows


def test_a_body_before_the_and_stays_one_of_two():
    rows = _kinds(
        _entities_of(
            "date 2025-11-20 Officials questioned\n\n"
            "Officials from the Bank of England and Treasury Committee members met on Monday.\n"
        )
    )
    assert rows["Bank of England"][0] == "ORG" and rows["Treasury Committee"][0] == "ORG", rows


def test_a_trade_noun_opening_a_sentence_is_no_word_of_the_firm_named_again():
    rows = _kinds(
        _entities_of(
            "date 2025-11-20 Homes plan approved\n\n"
            "Plans for 300 homes were approved on Tuesday.\n\n"
            "Developer Bellway said the homes would help meet local need.\n\n"
            "The council said Bellway had agreed to pay £2m towards a new school.\n"
        )
    )
    assert rows["Bellway"] == ("ORG", 2), rows


def test_a_festival_named_before_its_noun_or_as_what_a_band_headlines_is_an_event():
    rows = _kinds(
        _entities_of(
            "date 2025-11-20 Wet Leg to headline festival\n\n"
            "Wet Leg will headline Glastonbury next year, the organisers said.\n\n"
            "The band Wet Leg played at Latitude festival last summer.\n"
        )
    )
    assert rows["Glastonbury"][0] == "EVENT" and rows["Latitude"][0] == "EVENT", rows
