"""Buildings, operators, genes, journals, bands, products and plays that readers took for bodies, people or places."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_parliament_building_stood_outside_is_a_facility_not_a_body():
    rows = _kinds(
        _entities_of(
            "date 2025-03-04 Dail votes to extend emergency housing powers\n\n"
            "DUBLIN, March 3 - Opposition parties tabled a motion in Leinster House on Tuesday calling for a ban on "
            "evictions.\n\n"
            "Sinn Féin leader Mary Lou McDonald told reporters outside Leinster House that the government had failed "
            "renters.\n\n"
            "Protesters gathered at the gates of Leinster House as the debate went on.\n"
        )
    )
    assert rows["Leinster House"] == ("FAC", 3)
    assert rows["Mary Lou McDonald"] == ("PERSON", 1)


def test_train_operators_listed_before_their_services_are_bodies():
    rows = _kinds(
        _entities_of(
            "date 2025-03-04 Signal failure causes chaos at London Bridge\n\n"
            "LONDON - Commuters faced long delays on Monday after a signal failure at London Bridge. Southern, "
            "Thameslink and Southeastern services were all affected, with some trains held for an hour.\n\n"
            "Southern said it would run a reduced timetable from Tuesday to Friday.\n\n"
            "Thameslink trains will not call at London Bridge before 09:30.\n"
        )
    )
    assert rows["Southern"] == ("ORG", 2)
    assert rows["Thameslink"] == ("ORG", 2)
    assert rows["Southeastern"] == ("ORG", 1)


def test_a_gene_called_by_its_name_is_no_body():
    rows = _kinds(
        _entities_of(
            "date 2025-03-04 Aspirin halves return of bowel cancer in trial\n\n"
            "LONDON - Patients whose tumours carried a mutation in a gene called PIK3CA were given either aspirin or "
            "a dummy pill every day for three years, researchers at the Karolinska Institute said.\n"
        )
    )
    assert rows["PIK3CA"] == ("PRODUCT", 1)
    assert rows["Karolinska Institute"] == ("ORG", 1)


def test_a_journal_a_finding_was_published_in_is_no_person():
    rows = _kinds(
        _entities_of(
            "date 2025-03-04 Telescope spots water on distant planet\n\n"
            "The finding, published in Nature Astronomy on Tuesday, was made by a team led by Dr Laura Kreidberg of "
            "the Max Planck Institute for Astronomy.\n"
        )
    )
    assert rows["Nature Astronomy"] == ("ORG", 1)
    assert rows["Laura Kreidberg"] == ("PERSON", 1)


def test_a_band_of_english_words_listed_with_a_singer_is_no_person():
    rows = _kinds(
        _entities_of(
            "date 2025-03-04 Manchester trio win Mercury Prize\n\n"
            "The band beat favourites including Jessie Ware and Arctic Monkeys to the £25,000 prize, the judges "
            "said on Thursday.\n"
        )
    )
    assert rows["Arctic Monkeys"] == ("ORG", 1)
    assert rows["Jessie Ware"] == ("PERSON", 1)


def test_a_product_in_apposition_to_its_noun_is_no_place_or_person():
    rows = _kinds(
        _entities_of(
            "date 2025-03-04 Apple unveils AI features\n\n"
            "CUPERTINO, California - Apple on Monday unveiled a new version of Siri, its voice assistant, as the "
            "iPhone maker tries to catch up with rivals.\n\n"
            'Chief executive Tim Cook said Siri would understand context across apps. "This is the biggest step '
            'forward for Siri since we introduced it," Cook said.\n'
        )
    )
    assert rows["Siri"] == ("PRODUCT", 3)
    assert rows["Tim Cook"] == ("PERSON", 2)


def test_a_play_named_by_its_opening_participle_is_a_work():
    rows = _kinds(
        _entities_of(
            "date 2025-03-04 McKellen returns to the stage\n\n"
            "Sean Mathias, who has directed McKellen many times since Waiting for Godot in 2009, said the idea came "
            "from a conversation in lockdown.\n"
        )
    )
    assert rows["Waiting for Godot"] == ("WORK_OF_ART", 1)
    assert rows["Sean Mathias"] == ("PERSON", 1)
