"""Names in a rugby report, a health study, a takeover, a profile, a political story and news in brief: a province's
club, a charity named with its country, a trade's noun before a firm's name, a person's title word before a name."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_province_named_as_the_subject_of_a_match_and_before_its_coach_is_the_club():
    rows = _kinds(
        _entities_of(
            "date 2027-04-12 Munster edge Glasgow in the quarter-final\n\n"
            "Munster will play Bordeaux in the semi-final after a 21-19 win over Glasgow at Thomond Park on "
            "Saturday, two late tries and a penalty settling the rugby.\n\n"
            '"We never stopped believing," Munster head coach Graham Rowntree said.\n\n'
            "Glasgow coach Franco Smith said his side had been beaten by a better team.\n"
        )
    )
    assert rows["Munster"][0] == "ORG"


def test_a_province_named_as_where_something_is_stays_a_place():
    rows = _kinds(
        _entities_of(
            "date 2027-04-12 Flood warnings\n\n"
            "Heavy rain is expected across Munster on Saturday, and farmers in Munster have been told to move "
            "livestock.\n"
        )
    )
    assert rows["Munster"][0] in ("GPE", "LOC")


def test_a_charity_named_by_a_common_noun_and_its_country_is_the_charity_not_the_country():
    rows = _kinds(
        _entities_of(
            "date 2026-11-26 Night shifts linked to diabetes\n\n"
            "Night-shift workers face a higher risk of diabetes, researchers said.\n\n"
            "Diabetes UK estimates that about four million people in the UK have the condition. The charity Asthma "
            "UK said the findings were worrying.\n"
        )
    )
    assert rows["Diabetes UK"][0] == "ORG" and rows["Asthma UK"][0] == "ORG"
    assert rows["UK"] == ("GPE", 1)  # the country where the people live, once
