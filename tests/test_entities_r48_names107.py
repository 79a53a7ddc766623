"""Names of bodies and offices a reader misreads: an office "of State for …" read as a body before its holder, a
campaign group named like a rebellion of history, a player's full name read as a club's, and a plural of a named
event counted apart from it."""

from __future__ import annotations

from test_entities import _entities_of, _kinds

HOUSING = (
    "date 2026-03-18 Rayner unveils plan to build 1.5 million homes\n\n"
    "The Secretary of State for Housing, Communities and Local Government Angela Rayner has set out plans to build "
    "1.5 million homes in England by the end of the parliament.\n\n"
    'Speaking in Manchester on Thursday, Rayner said councils would be given new targets. "We will get Britain '
    'building again," she said.\n\n'
    "The Local Government Association said councils needed more funding to meet the targets.\n"
)


def test_an_office_of_state_ending_in_a_bodys_word_is_no_body():
    rows = _kinds(_entities_of(HOUSING))
    assert "State for Housing, Communities and Local Government" not in rows
    assert rows["Angela Rayner"] == ("PERSON", 3)
    assert rows["Local Government Association"] == ("ORG", 1)


def test_the_holder_read_into_or_after_an_office_of_state_is_a_person():
    rows = _kinds(
        _entities_of(
            "date 2026-03-18 Ministers visit Belfast\n\n"
            "The Secretary of State for Education Bridget Phillipson said school funding would be protected.\n\n"
            "She was joined by the Secretary of State for Energy Security and Net Zero Ed Miliband and the Minister "
            "of State for Trade Policy Douglas Alexander.\n\n"
            "The Secretary of State for Culture, Media and Sport Lisa Nandy was in Cardiff.\n"
        )
    )
    assert rows["Bridget Phillipson"] == ("PERSON", 1)
    assert rows["Ed Miliband"] == ("PERSON", 1)
    assert rows["Douglas Alexander"] == ("PERSON", 1)
    assert rows["Lisa Nandy"] == ("PERSON", 1)
    assert rows["Cardiff"] == ("GPE", 1)
    assert not [name for name in rows if name.startswith(("State for", "Sport "))]


def test_a_secretary_of_state_for_a_nation_leaves_the_nation_a_place():
    rows = _kinds(
        _entities_of(
            "date 2026-03-18 Scottish Secretary visits\n\n"
            "The Secretary of State for Scotland Ian Murray said the visit showed the Government's commitment.\n\n"
            "A former Secretary of State for Wales, Alun Cairns, said the visit was overdue.\n"
        )
    )
    assert rows["Ian Murray"] == ("PERSON", 1)
    assert rows["Alun Cairns"] == ("PERSON", 1)
    assert rows["Scotland"] == ("GPE", 1)
    assert rows["Wales"] == ("GPE", 1)
    assert "State for Scotland" not in rows and "State for Wales" not in rows


def test_a_group_named_like_a_rebellion_that_speaks_is_a_body():
    rows = _kinds(
        _entities_of(
            "date 2026-03-18 Police arrest 40 as climate activists block bridges\n\n"
            "Police arrested 40 people on Saturday after Extinction Rebellion activists blocked five bridges across "
            "the Thames in central London.\n\n"
            "Extinction Rebellion, which wants the government to declare a climate emergency, said thousands had "
            "taken part.\n\n"
            '"We have run out of time," an Extinction Rebellion spokesperson said.\n\n'
            "Extinction Rebellion said it would return next weekend.\n"
        )
    )
    assert rows["Extinction Rebellion"] == ("ORG", 4)
    # a rebellion of history, which speaks nowhere, stays an event
    rows = _kinds(
        _entities_of(
            "date 2026-03-18 Museum opens Jacobite gallery\n\n"
            "The new gallery tells the story of the Jacobite Rebellion through letters and weapons.\n\n"
            "The Jacobite Rebellion ended at Culloden in 1746.\n"
        )
    )
    assert rows["Jacobite Rebellion"] == ("EVENT", 2)


def test_a_players_full_name_read_as_a_club_joins_his_surname():
    rows = _kinds(
        _entities_of(
            "date 2026-03-18 Sheffield Wednesday stun Manchester City in FA Cup\n\n"
            "Sheffield Wednesday beat Manchester City 2-1 at Hillsborough on Saturday.\n\n"
            "Josh Windass gave the Championship side the lead after 23 minutes, and although Erling Haaland "
            "equalised before half-time, Michael Smith headed the winner in the 78th minute.\n\n"
            "Elsewhere, Haaland, who has played in two Super Bowls as a guest of sponsors, said he would watch this "
            "year's Super Bowl in Las Vegas.\n"
        )
    )
    assert rows["Erling Haaland"] == ("PERSON", 2)
    assert "Haaland" not in rows
    assert rows["Sheffield Wednesday"][0] == "ORG"
    assert "Sheffield" not in rows  # the club, not the town on a Wednesday


def test_the_plural_of_a_named_event_is_that_event():
    rows = _kinds(
        _entities_of(
            "date 2026-02-07 Chiefs chase third straight title\n\n"
            "Kansas City will face Philadelphia in the Super Bowl in New Orleans on Sunday.\n\n"
            "Patrick Mahomes, who has won three Super Bowls, said the team was ready.\n\n"
            "Tickets for the Super Bowl are selling for more than $5,000.\n"
        )
    )
    assert rows["Super Bowl"] == ("EVENT", 3)
    assert "Super Bowls" not in rows
    assert rows["Patrick Mahomes"] == ("PERSON", 1)
    # a surname ending in "s" is no plural of an English word
    rows = _kinds(
        _entities_of(
            "date 2026-02-07 Williams reaches final\n\n"
            "Serena Williams beat Venus Williams in the semi-final on Thursday.\n\n"
            "Serena Williams will face Coco Gauff on Saturday.\n"
        )
    )
    assert rows["Serena Williams"] == ("PERSON", 2)
