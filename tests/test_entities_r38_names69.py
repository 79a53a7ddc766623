"""Names of news nobody here wrote: hospitals and schools named after a king, a queen or a saint, an institution
named with its town after "of", a police force named without "the", and waters and their short names."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_hospital_named_after_a_royal_keeps_the_title_and_is_no_person():
    rows = _kinds(
        _entities_of(
            "date 2025-11-02 Police appeal after cyclist seriously hurt\n\n"
            "He was taken to the Queen Elizabeth Hospital in Birmingham, where he remains in a critical condition.\n\n"
            "Patients were moved to King George Hospital in Ilford, and others to the Princess Royal University "
            "Hospital.\n\n"
            "She was a pupil at Cardinal Newman School in Hove.\n"
        )
    )
    assert rows["Queen Elizabeth Hospital"][0] == "ORG" and "Elizabeth Hospital" not in rows
    assert rows["King George Hospital"][0] == "ORG" and "George Hospital" not in rows
    assert rows["Princess Royal University Hospital"][0] == "ORG"
    assert rows["Cardinal Newman School"][0] == "ORG" and "Newman School" not in rows


def test_a_hospital_with_a_title_inside_its_name_and_one_named_with_its_town_are_found_whole():
    rows = _kinds(
        _entities_of(
            "date 2025-05-14 Marjorie Bell, pioneering heart surgeon, dies aged 91\n\n"
            "Bell trained at the Royal Infirmary of Edinburgh, where she performed her first heart operation.\n\n"
            "In 1975 she became head of cardiac surgery at the Western General Hospital, a post she held for 18 "
            "years.\n"
        )
    )
    assert rows["Royal Infirmary of Edinburgh"][0] == "ORG" and "Royal Infirmary" not in rows
    assert rows["Western General Hospital"][0] == "ORG"


def test_a_police_force_named_without_the_is_found():
    rows = _kinds(
        _entities_of(
            "date 2025-11-02 Cyclist hurt in hit-and-run\n\n"
            "The man was hit by a van close to the junction with Stoke Road, West Mercia Police said.\n"
        )
    )
    assert rows["West Mercia Police"][0] == "ORG"


def test_a_river_and_its_short_name_and_a_passage_are_places():
    rows = _kinds(
        _entities_of(
            "date 2025-07-12 The last ferryman of the Helford\n\n"
            "For 41 years, Jim Trewin has rowed passengers across the Helford River in Cornwall.\n\n"
            '"I started when I was 19," he says, sitting on the slipway at Helford Passage.\n'
        )
    )
    assert rows["Helford River"][0] == "LOC" and rows["Helford Passage"][0] == "LOC"


def test_a_person_after_a_title_whose_surname_is_a_buildings_word_stays_a_person():
    rows = _kinds(
        _entities_of(
            "date 2025-03-01 Judges retire\n\n"
            "Sir John Bridge said he was pleased. Coach Bruce Arena said the team was ready.\n"
        )
    )
    assert rows["John Bridge"][0] == "PERSON" and rows["Bruce Arena"][0] == "PERSON"
