"""Names in news written elsewhere: a fixture list's dates before clubs, the forms a story or meeting takes, an
era's marks, a relative named by kin, an age of history, a road's works, built works' names, a body named as a
centre, and the place where premises or a site stand."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_fixture_lists_dates_are_no_part_of_the_clubs():
    rows = _kinds(
        _entities_of(
            "date 2025-10-09 Busy month for Marlow Athletic\n\n"
            "Marlow Athletic host Penwick on Saturday.\n\n"
            "Fixtures: Sat 11 Oct Penwick (H) 3pm; Tue 14 Oct Dunholm (A) 7.45pm; Sat 18 Oct Brackley (H) 3pm; "
            "Sat 1 Nov Tarrow Town (A) 12.30pm.\n"
        )
    )
    assert not [name for name in rows if name.split()[0] in ("Sat", "Tue", "Oct", "Nov")]
    assert "Brackley" in rows and "Dunholm" in rows


def test_a_month_that_is_a_surname_stays_without_a_days_number():
    rows = _kinds(_entities_of("date 2025-10-09 Vote\n\nTheresa May said on 11 May that Jan Pell would go.\n"))
    assert rows["Theresa May"][0] == "PERSON" and rows["Jan Pell"][0] == "PERSON"
    assert "May" not in rows


def test_the_forms_of_a_story_or_a_meeting_are_no_bodies():
    rows = _kinds(
        _entities_of(
            "date 2026-04-02 Q&A with the chair of Holbeck Water before a stormy AGM\n\n"
            "Holbeck Water shareholders meet at the AGM in Leeds next week.\n"
        )
    )
    assert "Q&A" not in rows and "AGM" not in rows
    assert rows["Holbeck Water"][0] == "ORG"


def test_an_eras_marks_and_an_age_of_history_are_no_names():
    rows = _kinds(
        _entities_of(
            "date 2026-03-15 Old walls\n\n"
            "Bronze Age farmers lived here long before 300 BC. The Romans built the fort at Carrow in AD 90.\n"
        )
    )
    assert "BC" not in rows and "AD" not in rows and "Bronze Age" not in rows


def test_a_relative_named_by_kin_is_no_person():
    rows = _kinds(
        _entities_of(
            'date 2026-11-28 The shop\n\nTomas Brack, 34, remembers the day. "There was a queue. Mum cried," he says.\n'
        )
    )
    assert "Mum" not in rows and rows["Tomas Brack"][0] == "PERSON"


def test_a_roads_number_before_its_bridge_and_the_town_where_it_stands():
    rows = _kinds(
        _entities_of(
            "date 2026-11-30 In brief\n\n"
            "The A39 bridge at Westerby will stay closed until Friday, Devon County Council said.\n"
        )
    )
    assert rows["A39"][0] == "FAC"
    assert rows["Westerby"][0] == "GPE"


def test_built_works_are_facilities():
    rows = _kinds(
        _entities_of(
            "date 2026-11-16 Engineer dies\n\n"
            "Sir Alan Pyke, architect of the Tamar Barrier, has died at his home. He also built the Kelby "
            "Viaduct.\n"
        )
    )
    assert rows["Tamar Barrier"][0] == "FAC"
    assert rows["Kelby Viaduct"][0] == "FAC"


def test_a_centre_read_as_an_other_name_is_a_body():
    rows = _kinds(
        _entities_of(
            "date 2026-11-12 Quake\n\n"
            "The quake struck at a depth of 10 km, according to the Balkan-Adriatic Seismological Centre.\n"
        )
    )
    assert rows["Balkan-Adriatic Seismological Centre"][0] == "ORG"


def test_where_premises_or_a_site_stand_is_a_place_not_a_body():
    rows = _kinds(
        _entities_of(
            "date 2026-11-28 The baker\n\n"
            "When the last shop in Ashwood closed in 2019, Maria Lopes did not plan to become a shopkeeper.\n\n"
            "In the 1970s excavations at Vercovia uncovered writing tablets. A new visitor centre at Borcombe opens "
            "in May.\n\n"
            "Analysts at Pellbrook Capital said shares in Kelvo rose.\n"
        )
    )
    for place in ("Ashwood", "Vercovia", "Borcombe"):
        assert rows[place][0] == "GPE", place
    assert rows["Pellbrook Capital"][0] == "ORG"
