"""Named entities (newsframe.entities): people typed as bodies and bodies or events typed as people, told apart by
what the text says of them (a race's verbs, a shot past a goalkeeper, a match's score, a time after an event)."""

from __future__ import annotations

from test_entities import _entities_of, _kinds  # entities table of an article given as text; {entity: (type, n)}

ATHLETICS = (
    "date 2025-06-22 Kipyegon wins 1500m in Paris as Bell takes fifth\n\n"
    "Faith Kipyegon won the women's 1500m at the Diamond League meeting in Paris on Sunday, holding off Tsige "
    "Duguma of Ethiopia in the final straight.\n\n"
    "Georgia Bell finished fifth in a personal best of 3min 56.2sec, the second-fastest time by a British woman "
    "this year.\n\n"
    'Duguma, the world indoor 800m champion, said she had been surprised by the pace. "I tried to go with her at '
    'the bell," she said.\n\n'
    "Laura Muir finished eighth. Jemma Reekie did not start.\n"
)


def test_runners_who_finish_in_a_place_or_are_held_off_are_people():
    kinds = _kinds(_entities_of(ATHLETICS))
    assert kinds["Georgia Bell"] == ("PERSON", 2)  # the headline's "Bell" too
    assert kinds["Tsige Duguma"] == ("PERSON", 2)  # and "Duguma, the world indoor 800m champion"
    assert "Duguma" not in kinds and "Bell" not in kinds


MATCH = (
    "date 2025-02-16 Chelsea stun City as Jackson strikes late\n\n"
    "Chelsea beat Manchester City 2-1 at Stamford Bridge on Sunday to move up to fourth in the Premier League.\n\n"
    "Erling Haaland put City ahead after 12 minutes before Cole Palmer levelled with a shot past Ederson from 20 "
    "yards.\n\n"
    "Nicolas Jackson then lifted the ball over Ederson in stoppage time to win it.\n\n"
    'Pep Guardiola said his side had been careless. "We gave away two goals," he said.\n'
)


def test_the_goalkeeper_a_shot_goes_past_and_the_scorer_who_puts_a_side_ahead_are_people():
    kinds = _kinds(_entities_of(MATCH))
    assert kinds["Ederson"] == ("PERSON", 2)
    assert kinds["Erling Haaland"] == ("PERSON", 1)
    assert kinds["Manchester City"][0] == "ORG"


def test_the_side_a_team_drew_with_after_the_score_is_a_club():
    kinds = _kinds(
        _entities_of(
            "date 2025-03-09 Nottingham Forest stay third after draw\n\n"
            "Nottingham Forest drew 1-1 with Chelsea on Sunday and remain third in the table.\n\n"
            "Chris Wood scored his 12th goal of the season before Noni Madueke equalised.\n\n"
            "Forest host Brighton next weekend.\n"
        )
    )
    assert kinds["Chelsea"] == ("ORG", 1)
    assert kinds["Chris Wood"] == ("PERSON", 1)


def test_a_score_told_before_the_other_side_makes_a_short_report_a_match_report():
    kinds = _kinds(
        _entities_of(
            "date 2025-03-09 Forest frustrated at home\n\n"
            "Forest drew 1-1 with Chelsea on Sunday.\n\n"
            "Chris Wood scored early and said afterwards that his team-mates were tired.\n"
        )
    )
    assert kinds["Chelsea"] == ("ORG", 1)


def test_an_event_that_dates_a_change_is_no_person():
    kinds = _kinds(
        _entities_of(
            "date 2025-04-08 Fishing fleet shrinks by a third since Brexit\n\n"
            "The number of fishing boats registered in Scotland has fallen by a third since Brexit, figures "
            "published on Tuesday show.\n\n"
            "After Brexit, exporters of shellfish faced new health checks at the border, the Scottish Seafood "
            "Association said.\n\n"
            "Elspeth Macdonald, chief executive of Scottish Fishermen's Federation, said Brexit had been "
            '"a bitter disappointment".\n'
        )
    )
    assert kinds["Brexit"] == ("EVENT", 4)
    assert kinds["Elspeth Macdonald"] == ("PERSON", 1)


def test_a_role_before_a_title_and_a_name_is_no_name_and_a_party_that_wins_seats_is_a_body():
    kinds = _kinds(
        _entities_of(
            "date 2024-10-28 Japan's ruling coalition loses majority\n\n"
            "Japan's Liberal Democratic Party and its coalition partner Komeito lost their majority in the lower "
            "house in Sunday's election.\n\n"
            "Komeito, which is backed by the Buddhist group Soka Gakkai, won 24 seats, down from 32.\n\n"
            "Historian Dr Sarah Kemp, who studies Japanese politics, said the result was a shock. Komeito leader "
            "Keiichi Ishii lost his own seat.\n"
        )
    )
    assert kinds["Komeito"] == ("ORG", 3)
    assert kinds["Keiichi Ishii"] == ("PERSON", 1)
    assert "Historian" not in kinds and kinds["Sarah Kemp"] == ("PERSON", 1)


BASEBALL = (
    "date 1996-08-24 BASEBALL - VAUGHN HOMER DECIDES IT IN BOSTON.\n\n"
    "Mo Vaughn's three-run homer in the seventh inning lifted the Boston Red Sox past the Seattle Mariners, 6-4, "
    "on Saturday.\n\n"
    "Roger Clemens (9-11) allowed three runs and seven hits over seven innings and struck out nine.\n\n"
    "Ken Griffey Jr hit his 41st homer for Seattle, which has lost four of its last five games.\n\n"
    "The Mariners fell five games behind the Texas Rangers in the American League West.\n\n"
    "In Detroit, Travis Fryman had three hits and drove in two runs as the Detroit Tigers beat the Kansas City "
    "Royals 5-2.\n"
)


def test_a_side_a_hit_lifts_another_side_past_is_no_goalkeeper():
    kinds = _kinds(_entities_of(BASEBALL))
    assert kinds["Seattle Mariners"] == ("ORG", 3)  # with "Seattle" and "The Mariners"
    assert kinds["Boston Red Sox"] == ("ORG", 1)
    assert kinds["Mo Vaughn"] == ("PERSON", 2)  # with the headline's "VAUGHN"
    assert kinds["Ken Griffey Jr"] == ("PERSON", 1)
