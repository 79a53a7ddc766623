"""Players in reports of sports of players (tennis, golf): a name a reader took for a body is the player who wins."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_player_who_wins_a_title_is_a_person_however_the_reader_read_the_name():
    rows = _kinds(
        _entities_of(
            "date 2025-07-13 Ozola takes the title\n\n"
            "On Saturday, Latvia's Ilze Ozola won the women's singles title, beating Amanda Reyes of the United "
            "States 6-0 6-0. The defending champion was seeded second.\n"
        )
    )
    assert rows["Ilze Ozola"][0] == "PERSON"
    assert rows["Amanda Reyes"][0] == "PERSON"
    assert rows["Latvia"][0] == "GPE"


def test_a_player_beaten_with_a_score_or_losing_is_a_person_whatever_his_surname_looks_like():
    """In a darts final, "beating Owen Matthews 7-5" is no team's result and "Matthews" is no plural team name;
    a player who "lost to" another is a player too."""
    rows = _kinds(
        _entities_of(
            "date 2026-01-04 Brandt retains world title\n\n"
            "Kai Brandt retained his world darts championship on Saturday, beating Owen Matthews 7-5 in the final "
            "of the tournament.\n\n"
            "Matthews, the world number two, came back from 4-1 down. Earlier, Ralf Jennings lost the exhibition "
            "to Piet de Wilde.\n"
        )
    )
    assert rows["Owen Matthews"][0] == "PERSON"
    assert rows["Ralf Jennings"][0] == "PERSON"
    assert rows["Kai Brandt"][0] == "PERSON"


def test_a_grand_slam_makes_a_sport_of_players_only_where_no_game_of_teams_is_told():
    """Tennis players win grand slams, and so do baseball batters and rugby nations: only the first is a sport of
    players, where a name beaten by a score is a player's."""
    from newsframe.entities import sport_of_players

    assert sport_of_players(["She won her third Grand Slam title, beating the champion 6-3 6-4."])
    assert not sport_of_players(["Ortega hit a grand slam in the fourth inning as the Pioneers won 7-2."])
    assert not sport_of_players(["Ireland won the Grand Slam after their scrum held firm."])
