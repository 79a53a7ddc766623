"""Names of a defence, benefits, wire and football story counted and typed as a reader would: a firm whose shares
were little changed, a committee named after two fields, a dateline's town, the
clubs of a match result."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_name_whose_shares_were_little_changed_is_a_company():
    rows = _kinds(
        _entities_of(
            "date 2025-03-04 Army picks Halvern Dorsey for new radar\n\n"
            "The Ministry of Defence has chosen Halvern Dorsey to supply a radar.\n\n"
            "Halvern Dorsey said 400 jobs would be supported.\n\n"
            "Halvern Dorsey's shares were little changed after the announcement.\n"
        )
    )
    assert rows["Halvern Dorsey"] == ("ORG", 4)


def test_a_person_unchanged_by_a_defeat_stays_a_person():
    rows = _kinds(
        _entities_of(
            "date 2025-03-04 Minister keeps her job\n\n"
            "Helen Varley said she would stay on. Varley was unchanged in her view, aides said.\n"
        )
    )
    assert rows["Helen Varley"][0] == "PERSON"


def test_a_committee_named_after_two_fields_is_one_body():
    rows = _kinds(
        _entities_of(
            "date 2025-03-04 MPs to question benefits plan\n\n"
            "Labour MPs have raised concerns, and the Work and Pensions Committee is expected to question ministers.\n"
        )
    )
    assert rows["Work and Pensions Committee"] == ("ORG", 1) and "Work" not in rows


def test_a_dateline_town_in_capitals_is_named_as_the_town():
    rows = _kinds(
        _entities_of(
            "date 2025-01-15 Drones downed overnight\n\n"
            "KYIV, Jan 15 (Reuters) - Ukraine's air force said on Wednesday it had shot down 40 drones.\n"
        )
    )
    assert rows["Kyiv"] == ("GPE", 1) and "KYIV" not in rows


def test_the_sides_of_a_match_result_are_clubs():
    rows = _kinds(
        _entities_of("date 2025-01-15 Football round-up\n\nHartwell United beat Bramford Rovers 3-1 on Tuesday.\n")
    )
    assert rows["Hartwell United"][0] == "ORG"
    rows = _kinds(
        _entities_of("date 2025-01-15 Football round-up\n\nCoventry City beat Bramford Rovers 3-1 on Tuesday.\n")
    )
    assert rows["Coventry City"][0] == "ORG"


def test_a_vote_by_numbers_is_no_match():
    rows = _kinds(
        _entities_of(
            "date 2025-01-15 Vote passes\n\nThe Senate voted 52-48 to pass the bill, and Kansas City welcomed it.\n"
        )
    )
    assert rows["Kansas City"][0] == "GPE"
