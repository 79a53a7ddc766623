"""Named entities (newsframe.entities): people typed as bodies and bodies or events typed as people, told apart by
what the text says of them (a race's verbs, a shot past a goalkeeper, a match's score, a time after an event)."""

from __future__ import annotations

from test_entities import _entities_of, _kinds, _tables_of  # entities table of an article; {entity: (type, n)}

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


def test_a_name_qualifying_a_headlines_noun_is_no_person():
    kinds = _kinds(
        _entities_of(
            "date 2019-11-21 Crossrail delays cost another £450m\n\n"
            "The opening of the Elizabeth line has been delayed again, Transport for London said on Thursday.\n\n"
            "Crossrail was originally due to open in December 2018. The new cost estimate brings the total to "
            "£18.7bn.\n\n"
            'Andy Byford, the TfL commissioner, said the railway would open "in the first half of next year".\n'
        )
    )
    assert kinds["Crossrail"] == ("ORG", 2)
    assert kinds["Andy Byford"] == ("PERSON", 1)


def test_the_place_of_a_headlines_site_is_no_person_and_speaks_for_no_judge():
    tables = _tables_of(
        "date 2025-05-13 Brackley quarry plan rejected by council\n\n"
        "The Brackley quarry will not go ahead after councillors voted against the plan on Tuesday.\n\n"
        "The company behind the scheme had wanted to extract sand and gravel from a 40-hectare site north of the "
        "town for 15 years.\n\n"
        "The judge says the council's decision can be challenged within six weeks, a spokesman for the firm said.\n"
    )
    kinds = _kinds(tables["entities"].set_index("entity"))
    assert kinds == {"Brackley": ("GPE", 1)}
    assert "Brackley" not in tables["quotes"]["speaker"].tolist()


def test_a_person_named_in_the_body_keeps_the_headlines_surname():
    kinds = _kinds(
        _entities_of(
            "date 2025-07-02 Starmer plan to cut migration unveiled\n\n"
            "Keir Starmer has set out a plan to cut net migration by half before the next election.\n\n"
            "Starmer said the changes would be brought in over two years.\n"
        )
    )
    assert kinds["Keir Starmer"] == ("PERSON", 3)
