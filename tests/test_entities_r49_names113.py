"""Entities: people and teams split or mistyped in sport and election reports."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_an_adjective_opening_a_headline_is_no_part_of_the_surname_after_it():
    rows = _kinds(
        _entities_of(
            "Ireland 27-24 France: Late Crowley penalty seals dramatic win\n"
            "Published 7 February 2026, 19:10\n\n"
            "Jack Crowley kicked a penalty with the last act of the game as Ireland edged past France.\n\n"
            "Ireland hit back through replacement hooker Rob Herring before Crowley's decisive kick."
        )
    )
    assert "Late Crowley" not in rows and "Crowley" not in rows
    assert rows["Jack Crowley"] == ("PERSON", 3)


def test_an_adjective_opening_a_sentence_before_a_surname_is_cut_off_too():
    rows = _kinds(
        _entities_of(
            "Sharks stun Bulls in Durban\n"
            "Published 14 March 2026, 18:00\n\n"
            "Siya Nkosi scored two tries as the Sharks beat the Bulls 31-20 on Saturday.\n\n"
            "Brave Nkosi then ran half the length of the field to seal the bonus point."
        )
    )
    assert "Brave Nkosi" not in rows
    assert rows["Siya Nkosi"] == ("PERSON", 2)


def test_a_rugby_position_before_a_full_name_makes_a_player():
    rows = _kinds(
        _entities_of(
            "France lose to Ireland\n"
            "Published 7 February 2026, 19:10\n\n"
            "Ireland beat France 27-24 in Dublin on Saturday.\n\n"
            "France boss Fabien Galthie was left to rue a yellow card shown to lock Thibaud Flament in the 65th minute."
        )
    )
    assert rows["Thibaud Flament"][0] == "PERSON"


def test_a_hooker_before_a_full_name_is_a_player_too():
    rows = _kinds(
        _entities_of(
            "Munster edge Leinster\n"
            "Published 27 December 2025, 21:00\n\n"
            "Munster beat Leinster 19-17 at Thomond Park on Saturday.\n\n"
            "The winning try came from a driving maul finished off by hooker Niall Scannell."
        )
    )
    assert rows["Niall Scannell"][0] == "PERSON"


def test_a_town_after_in_a_fixture_of_two_sides_is_where_it_is_played():
    rows = _kinds(
        _entities_of(
            "Ireland 27-24 France: Crowley penalty seals win\n"
            "Published 7 February 2026, 19:10\n\n"
            "Jack Crowley kicked a late penalty as Ireland beat France 27-24 in Dublin.\n\n"
            "Ireland travel to Edinburgh to face Scotland next Saturday, while France host Italy in Marseille on "
            "15 February."
        )
    )
    assert rows["Marseille"][0] == "GPE"


def test_a_town_after_in_when_two_clubs_meet_is_a_place():
    rows = _kinds(
        _entities_of(
            "Toulouse beat Clermont 28-20\n"
            "Published 1 March 2026, 19:00\n\n"
            "Antoine Dupont scored twice as Toulouse beat Clermont 28-20 on Saturday.\n\n"
            "Toulouse next face Bordeaux in Perpignan on 8 March, at a neutral ground."
        )
    )
    assert rows["Perpignan"][0] == "GPE"


def test_a_team_possessive_before_a_drivers_full_name_is_two_names():
    rows = _kinds(
        _entities_of(
            "Verstappen wins in Brazil\n"
            "Published 3 November 2024, 20:45\n\n"
            "Max Verstappen won the Sao Paulo Grand Prix, finishing 19.4 seconds clear of Alpine's Esteban Ocon.\n\n"
            "Pierre Gasly completed a remarkable double podium for Alpine in third."
        )
    )
    assert "Alpine's Esteban Ocon" not in rows
    assert rows["Esteban Ocon"] == ("PERSON", 1)
    assert rows["Alpine"] == ("ORG", 2)


def test_a_clubs_possessive_before_a_players_full_name_is_two_names():
    rows = _kinds(
        _entities_of(
            "Leinster cruise past Ulster\n"
            "Published 4 January 2026, 20:00\n\n"
            "Leinster beat Ulster 40-12 at the Aviva Stadium, with a hat-trick from Leinster's Jordie Barrett.\n\n"
            "Ulster's Jacob Stockdale scored their only try."
        )
    )
    assert rows["Jordie Barrett"][0] == "PERSON" and rows["Jacob Stockdale"][0] == "PERSON"
    assert "Leinster's Jordie Barrett" not in rows


def test_a_nationality_cut_from_a_grand_prix_is_put_back_and_a_grand_prix_is_an_event():
    rows = _kinds(
        _entities_of(
            "Verstappen ends drought in Brazil\n"
            "Published 3 November 2024, 20:45\n\n"
            "Max Verstappen had not won since June's Spanish Grand Prix, a run of 10 races.\n\n"
            "The next race is the Las Vegas Grand Prix on 23 November."
        )
    )
    assert rows["Spanish Grand Prix"] == ("EVENT", 1) and "Grand Prix" not in rows
    assert rows["Las Vegas Grand Prix"] == ("EVENT", 1)


def test_a_town_opening_a_marathons_name_is_no_place_of_the_name():
    rows = _kinds(
        _entities_of(
            "Kiplagat eyes record\n"
            "Published 20 April 2026, 08:00\n\n"
            "Ruth Kiplagat, who won last year's Italian Open of running, says she is ready.\n\n"
            "She will start the Boston Marathon on Monday as favourite, ahead of the Chicago Marathon in October."
        )
    )
    assert rows["Boston Marathon"][0] == "EVENT" and rows["Chicago Marathon"][0] == "EVENT"


def test_a_name_after_a_ward_and_a_comma_is_the_ward():
    rows = _kinds(
        _entities_of(
            "Labour hold council after late count\n"
            "Published 8 May 2026, 06:10\n\n"
            "Labour kept control of the council on Friday morning.\n\n"
            "The count had been delayed by almost an hour after a recount was requested in one ward, Bramley East."
        )
    )
    assert rows["Bramley East"][0] == "GPE"


def test_a_name_after_a_village_and_a_comma_is_the_village():
    rows = _kinds(
        _entities_of(
            "Councillor wins by four votes\n"
            "Published 8 May 2026, 06:10\n\n"
            "Maya Okafor, who grew up in a small village, Kirkby Thore, said the result was a relief."
        )
    )
    assert rows["Kirkby Thore"][0] == "GPE"
