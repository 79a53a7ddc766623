"""Names of chronologies, reports and sport (round 33, names59): a structure the recogniser reads as an other name,
a firm named after its trade in the plural, a club whose last word the tagger reads as a common noun, and a shadow
minister's post."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_structure_read_as_an_other_name_is_a_facility():
    rows = _kinds(
        _entities_of(
            "date 2026-10-01 Timeline: how the Railway Viaduct closure unfolded\n\n"
            "May 2020 - Cracks are found in the arches of the Railway Viaduct during an inspection.\n\n"
            "June 2021 - Trains are stopped after more stones fall from the Railway Viaduct.\n\n"
            "The viaduct is due to reopen next year.\n"
        )
    )
    assert rows["Railway Viaduct"][0] == "FAC", rows


def test_a_bridge_named_in_a_feature_counts_as_a_facility():
    rows = _kinds(
        _entities_of(
            "date 2026-06-12 Walkers return to the coast path\n\n"
            "Walkers crossed the Harbour Bridge on Saturday for the first time in two years.\n\n"
            "Volunteers repainted the railings of the Harbour Bridge over the winter, a warden said.\n"
        )
    )
    assert rows["Harbour Bridge"][0] == "FAC", rows


def test_a_firm_after_its_trade_in_the_plural_is_an_organisation():
    rows = _kinds(
        _entities_of(
            "date 2026-03-04 Flats report finds fire risk\n\n"
            "An independent report by engineers Halcrow Vale found that the cladding was unsafe.\n\n"
            "The landlord said it had asked lawyers Pemberton Leigh to respond.\n\n"
            "Accountants Grant Thornton were appointed administrators of the building firm in May.\n"
        )
    )
    assert rows["Grant Thornton"][0] == "ORG", rows
    assert rows["Halcrow Vale"][0] == "ORG", rows
    assert rows["Pemberton Leigh"][0] == "ORG", rows


def test_people_listed_after_their_trade_in_the_plural_stay_people():
    rows = _kinds(
        _entities_of(
            "date 2026-03-04 Bridge study published\n\n"
            "The study was written by engineers Tom Hale and Priya Desai of Leeds University.\n"
        )
    )
    assert rows["Tom Hale"][0] == "PERSON", rows
    assert rows["Priya Desai"][0] == "PERSON", rows


def test_a_club_whose_last_word_reads_as_a_common_noun_is_named_whole():
    rows = _kinds(
        _entities_of(
            "date 2026-11-22 Harlow Town snatch late winner\n\n"
            "Harlow Town stayed top of the league after a stoppage-time header earned a 2-1 win over "
            "Dorking Wanderers at the Harlow Arena on Saturday.\n\n"
            "Dorking had led through Josh Tallis in the 34th minute, and Harlow manager Sam Whitlock admitted his "
            "team had been second best for an hour.\n\n"
            "Substitute Danny Carver equalised from the penalty spot with 12 minutes left, and the referee waved "
            "away a late appeal for a second penalty.\n\n"
            "Harlow travel to Chelmsford City on Tuesday, while Dorking host Farnborough next Saturday.\n"
        )
    )
    assert rows["Dorking Wanderers"][0] == "ORG", rows
    assert "Dorking" not in rows, rows


def test_a_shadow_ministers_post_is_no_organisation():
    rows = _kinds(
        _entities_of(
            "date 2026-10-14 Minister faces questions over donor\n\n"
            "The Conservatives said the arrangement raised questions. Shadow Cabinet Office minister Alex Burghart "
            "wrote to the minister asking for details.\n\n"
            "Shadow Home Office minister Chris Philp said the matter should be looked at.\n"
        )
    )
    assert rows["Alex Burghart"][0] == "PERSON", rows
    assert not [name for name in rows if name.startswith("Shadow")], rows
