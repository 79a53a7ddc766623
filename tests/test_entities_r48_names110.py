"""A team named by its nickname alone joins its full name when its town is of two words."""

from test_entities import _entities_of, _kinds

SUPER_BOWL = (
    "date 2025-02-10 Eagles crush Chiefs to win Super Bowl\n\n"
    "The Philadelphia Eagles beat the Kansas City Chiefs 40-22 in the Super Bowl in New Orleans on Sunday.\n\n"
    "Jalen Hurts threw two touchdown passes as the Eagles denied the Chiefs a third straight title. "
    "The Chiefs trailed 24-0 at half-time.\n\n"
    "Patrick Mahomes, the Chiefs quarterback, said: "
    '"They were the better team tonight." Eagles coach Nick Sirianni praised his defence.\n'
)

AFC_FINAL = (
    "date 2025-01-27 Chiefs edge Bills to reach Super Bowl\n\n"
    "The Kansas City Chiefs beat the Buffalo Bills 32-29 in the AFC Championship game "
    "at Arrowhead Stadium on Sunday.\n\n"
    "Harrison Butker kicked a late field goal as the Chiefs reached their third Super Bowl in a row. "
    "The Bills had led 22-21 in the fourth quarter.\n\n"
    "Kansas City will meet the Philadelphia Eagles in New Orleans. "
    "The Eagles beat the Washington Commanders 55-23 earlier in the day.\n"
)


def test_the_chiefs_are_the_kansas_city_chiefs_in_a_super_bowl_report():
    rows = _kinds(_entities_of(SUPER_BOWL))
    assert rows["Kansas City Chiefs"] == ("ORG", 5) and "Chiefs" not in rows
    assert rows["Philadelphia Eagles"] == ("ORG", 4) and "Eagles" not in rows
    assert rows["Patrick Mahomes"] == ("PERSON", 1)


def test_the_chiefs_are_the_kansas_city_chiefs_in_a_conference_final_report():
    rows = _kinds(_entities_of(AFC_FINAL))
    # the headline's "Chiefs edge Bills" names both sides: 4 mentions of the Chiefs (headline, 2, 3, "Kansas City")
    assert rows["Kansas City Chiefs"] == ("ORG", 4) and "Chiefs" not in rows
    assert rows["Buffalo Bills"] == ("ORG", 3) and "Bills" not in rows
    assert rows["Philadelphia Eagles"] == ("ORG", 2)
