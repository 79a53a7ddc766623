"""Names in politics, transport and the press: a legislature's chamber before a party's word, a people's adjective
before land in the plural, the ends of a route hung on a verb of running, a station's name before "station", a
publication titled with "The" and an adjective, a committee named after the department it watches, and a body
named after a couple."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_chamber_before_a_party_word_is_two_names():
    rows = _kinds(
        _entities_of(
            "date 2025-01-14 Border bill stalls in Congress\n\n"
            "House Republican leader Tom Reddick said the bill would not pass before the recess.\n\n"
            "Liberal Democrat MP Anna Shore said her party would table amendments.\n"
        )
    )
    assert "House Republican" not in rows
    assert rows["House"][0] == "ORG" and rows["Republican"][0] == "NORP"
    assert rows["Liberal Democrat"][0] == "NORP"  # a party's name stays whole


def test_a_peoples_adjective_before_land_in_the_plural_is_no_person():
    rows = _kinds(
        _entities_of(
            "date 2025-04-02 Pits remembered forty years on\n\n"
            "Towns across the Welsh valleys lost their pits in the 1980s, said Owen Parry.\n\n"
            "A new museum in the Welsh valleys will open next spring.\n"
        )
    )
    assert rows["Welsh"][0] == "NORP"


def test_a_family_plural_keeps_its_surname_a_person():
    rows = _kinds(
        _entities_of(
            "date 2025-04-02 Brothers cleared\n\n"
            "The Brennan brothers were cleared by the jury on Tuesday, their lawyer Ruth Hale said.\n"
        )
    )
    assert rows.get("Brennan", ("PERSON",))[0] != "NORP"


def test_the_ends_of_a_route_hung_on_its_verb_are_places():
    rows = _kinds(
        _entities_of(
            "date 2025-05-09 Sunday services cut\n\n"
            "Northline Rail said it would cut services from Harwick to Denby Parkway on Sundays in June.\n"
        )
    )
    assert rows["Harwick"][0] in ("GPE", "FAC", "LOC")
    assert rows["Denby Parkway"][0] in ("GPE", "FAC", "LOC")


def test_a_name_before_station_is_a_station():
    rows = _kinds(
        _entities_of(
            "date 2025-06-30 Festival fans stranded\n\n"
            "Fans queued for the shuttle to Castle Cary station for three hours on Sunday night.\n\n"
            "The local Fox station broadcast the closing set.\n"
        )
    )
    assert rows["Castle Cary"][0] == "FAC"
    assert rows.get("Fox", ("ORG",))[0] != "FAC"  # a broadcaster's station after an adjective


def test_a_publication_titled_with_the_and_an_adjective_keeps_the():
    rows = _kinds(
        _entities_of(
            "date 2025-02-03 Manager search narrows\n\n"
            "The coach's agent told The Athletic his client would listen to offers.\n"
        )
    )
    assert rows["The Athletic"][0] == "ORG"
    assert "Athletic" not in rows


def test_a_select_committee_is_not_the_department():
    rows = _kinds(
        _entities_of(
            "date 2025-03-26 Borrowing figures questioned\n\n"
            "Dawn Ellery, who chairs the Treasury select committee, said the forecasts were fragile.\n\n"
            "The Treasury said borrowing would fall next year.\n"
        )
    )
    assert rows["Treasury select committee"][0] == "ORG"
    assert rows["Treasury"][1] == 1  # the department is named once, in the last paragraph


def test_a_body_named_after_a_couple_is_one_name():
    rows = _kinds(
        _entities_of(
            "date 2025-07-01 Vaccine grant announced\n\n"
            "The money comes from the Bill and Melinda Gates Foundation, which funds vaccine work.\n"
        )
    )
    assert rows["Bill and Melinda Gates Foundation"][0] == "ORG"
    assert "Bill" not in rows
