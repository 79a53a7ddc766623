"""Main subjects of sport reports nobody here wrote (round 32, names54): a football report with few of the sport's
words read as a story of towns, and the grounds games are played at counted as the clubs or as open ground."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_drawn_match_reports_sport_and_its_clubs_are_bodies():
    rows = _kinds(
        _entities_of(
            "date 2026-03-08 Hartlepool hold Darlington in derby\n\n"
            "Hartlepool United and Darlington drew 2-2 at the Victoria Ground on Saturday in front of a sell-out "
            "crowd.\n\n"
            "Darlington boss Alan White said his players had shown character after half-time.\n\n"
            "Darlington return to Blackwell Meadows to face York next weekend, while Hartlepool travel to "
            "Kenilworth Road. Hartlepool fans sang long after the final whistle.\n"
        )
    )
    assert rows["Darlington"][0] == "ORG" and rows["Hartlepool United"][0] == "ORG", rows
    assert "Hartlepool" not in rows and rows["Hartlepool United"][1] == 3, rows


def test_a_ground_after_a_preposition_of_where_in_a_sport_report_is_a_facility():
    rows = _kinds(
        _entities_of(
            "date 2026-11-02 Brentwood beat Ashford\n\n"
            "Brentwood Town beat Ashford United 3-1 in the league on Saturday, and now travel to Carrow Road in the "
            "cup.\n\n"
            "Ashford manager Pete Dunne said his side had to respond when they return to the Stadium of Light "
            "next month. Brentwood striker Tom Kaye scored twice before half-time.\n"
        )
    )
    assert rows["Carrow Road"][0] == "FAC" and rows["Stadium of Light"][0] == "FAC", rows
    assert rows["Ashford United"][0] == "ORG", rows


def test_a_player_passed_to_keeps_a_surname_that_is_a_ground_s_word():
    rows = _kinds(
        _entities_of(
            "date 2026-02-14 Leeds held at Elland Road\n\n"
            "Leeds United were held 1-1 by Burnley at Elland Road on Saturday in the league.\n\n"
            "Burnley scored after 30 minutes, and Leeds levelled when the ball fell to Jamie Park, who headed in. "
            "Park also hit the bar before half-time.\n"
        )
    )
    assert rows["Elland Road"][0] == "FAC" and rows["Jamie Park"] == ("PERSON", 2), rows


def test_a_ground_called_by_one_word_after_at_the_is_a_facility():
    rows = _kinds(
        _entities_of(
            "date 2026-12-06 Fulham beat Brentford to climb the table\n\n"
            "Fulham beat Brentford 2-1 at the Emirates on Saturday, with the winning goal coming in stoppage "
            "time.\n\n"
            "Brentford manager Keith Andrews said his side had been unlucky. Fulham travel to Leeds next week, and "
            "Brentford play at the Euros qualifiers venue in Cardiff.\n\n"
            "Brentford won at the Emirates last season.\n"
        )
    )
    assert rows["Emirates"] == ("FAC", 2), rows
    assert rows["Fulham"][0] == "ORG" and rows["Brentford"][0] == "ORG", rows
