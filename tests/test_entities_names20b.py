"""Names as news from outside writes them: a firm named in apposition after its trade and "the" ("The developer,
Taylor Wimpey,"), a county's fire service before its chief's title, and a wildfire named like a place ("the Hughes
Fire")."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_name_set_off_after_the_developer_is_the_firm_and_a_person_after_a_job_stays_one():
    rows = _kinds(
        _entities_of(
            "date 2025-03-12 Homes approved\n\n"
            "Councillors approved 300 homes on the edge of Ripley on Tuesday.\n\n"
            "The developer, Taylor Wimpey, said work would start in May. Barratt Redrow, the housebuilder, had "
            "withdrawn a rival plan.\n\n"
            "Jo Hart, the developer who built the council's planning app, said objections had doubled.\n"
        )
    )
    assert rows["Taylor Wimpey"][0] == "ORG"
    assert rows["Barratt Redrow"][0] == "ORG"
    assert rows["Jo Hart"][0] == "PERSON"


def test_a_named_wildfire_is_an_event_and_the_county_fire_service_no_person():
    rows = _kinds(
        _entities_of(
            "date 2025-01-23 Crews battle new blaze\n\n"
            "Los Angeles County Fire Chief Anthony Marrone said the Hughes Fire had burned 10,000 acres near "
            "Castaic.\n\n"
            "Firefighters had contained 14% of the Hughes Fire by Thursday, Marrone said.\n"
        )
    )
    assert rows["Hughes Fire"] == ("EVENT", 2)
    assert "County Fire" not in rows
    assert rows["Los Angeles County Fire"][0] == "ORG"
    assert rows["Anthony Marrone"] == ("PERSON", 2)


def test_a_name_in_apposition_after_an_owners_label_or_rival_is_a_firm():
    rows = _kinds(
        _entities_of(
            "date 2025-06-09 Singer denies assault\n\n"
            "The singer Jade Morrow denied assault on Monday.\n\n"
            "Morrow's record label, Polydor, declined to comment. Her older brother, Tom Hill, said she was "
            "innocent.\n"
        )
    )
    assert rows["Polydor"][0] == "ORG"
    assert rows["Tom Hill"][0] == "PERSON"


def test_a_town_a_side_travels_to_to_face_another_is_the_place_of_the_game():
    rows = _kinds(
        _entities_of(
            "date 2025-02-01 Ireland edge France in Six Nations opener\n\n"
            "Ireland beat France 27-24 in Dublin on Friday night, scoring three tries to two in the first match of "
            "the Six Nations.\n\n"
            "France coach Lucien Marot said his team had given away too many penalties at the scrum and lost the "
            "game in the second half. Ireland travel to Cardiff to face Wales next Saturday.\n"
        )
    )
    assert rows["Cardiff"][0] == "GPE"
    assert rows["Wales"][0] in ("GPE", "ORG")  # the side faced, named by its country


def test_a_title_with_its_the_after_an_artists_possessive_is_a_work_and_a_proprietors_paper_a_body():
    rows = _kinds(
        _entities_of(
            "date 2025-09-05 Band top the album chart\n\n"
            "Harbour Lights' rivals Velvet Crow went straight in at number one on Friday with Velvet Crow's The "
            "Long Thaw, beating Mara Quinn's The Glass Year, the Official Charts Company said.\n\n"
            "Lord Ashcombe's The Courier reported the sales. The Long Thaw sold 31,000 copies.\n"
        )
    )
    assert rows["The Long Thaw"] == ("WORK_OF_ART", 2)
    assert rows["The Glass Year"][0] == "WORK_OF_ART"
    assert not any(name.endswith("Courier") and kind == "WORK_OF_ART" for name, (kind, _) in rows.items())


def test_a_county_council_after_its_leaders_title_is_kept_as_the_body():
    rows = _kinds(
        _entities_of(
            "date 2025-03-06 Flood funds agreed\n\n"
            "Flood funds were agreed on Thursday by the leader of Somerset Council, Bill Revans, and the chair of "
            "Norfolk Council, Anna Lyle.\n"
        )
    )
    assert rows["Somerset Council"][0] == "ORG"
    assert rows["Norfolk Council"][0] == "ORG"
    assert rows["Bill Revans"][0] == "PERSON"
