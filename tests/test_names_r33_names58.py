"""Types of the names an article is about (round 33, names58): a firm the next sentence takes up as "the engine
maker" or "the airline", where the people of a couple are from, a street after "on", a player a penalty comes
from, a tournament before its round, and a party before its group leader."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_firm_the_next_sentence_calls_the_maker_is_a_body():
    rows = _kinds(
        _entities_of(
            "date 2026-03-04 Royce-Hadley profits soar\n\n"
            "Royce-Hadley has reported a record annual profit and promised to hand £300m back to shareholders, "
            "sending its shares up 8% on Thursday.\n\n"
            "The engine maker made an underlying profit of £1.2bn in 2025, up from £1bn a year earlier.\n\n"
            "Royce-Hadley employs about 9,000 people.\n"
        )
    )
    assert rows["Royce-Hadley"] == ("ORG", 3), rows


def test_an_airline_whose_spokesperson_speaks_in_the_next_sentence_is_a_body():
    rows = _kinds(
        _entities_of(
            "date 2026-06-11 Flights cancelled\n\n"
            "Kestrel Air has cancelled 20 flights from Leeds and Glasgow on Friday because of a strike by French air "
            "traffic controllers.\n\n"
            "A spokesperson for the airline said passengers would be offered a refund.\n"
        )
    )
    assert rows["Kestrel Air"][0] == "ORG", rows


def test_a_person_whose_employer_is_named_in_the_next_sentence_stays_a_person():
    rows = _kinds(
        _entities_of(
            "date 2026-06-11 Chief executive quits\n\n"
            "Daniel Ashcroft said that Pellow Stores would close six shops this year.\n\n"
            "The company announced in March that it was cutting 200 jobs. Ashcroft said the plan was working.\n"
        )
    )
    assert rows["Daniel Ashcroft"][0] == "PERSON", rows


def test_the_town_a_couple_is_from_is_a_place():
    rows = _kinds(
        _entities_of(
            "date 2026-08-09 The florist who knew every bride in town\n\n"
            "Joan Pritchard opened her shop on Castle Street in 1971 and sold flowers there until last month.\n\n"
            "The shop has been taken over by a young couple from Exeter, who say they will keep her name.\n"
        )
    )
    assert rows["Exeter"][0] == "GPE", rows


def test_a_street_after_on_is_a_facility_not_a_body():
    rows = _kinds(
        _entities_of(
            "date 2026-11-04 Teenager charged over Oxford Street robbery\n\n"
            "A 19-year-old has been charged with robbery after a jeweller was threatened on Oxford Street on "
            "Tuesday.\n"
        )
    )
    assert rows["Oxford Street"][0] == "FAC", rows


def test_a_player_a_penalty_comes_from_is_a_person():
    rows = _kinds(
        _entities_of(
            "date 2026-02-08 England edge Ireland in Six Nations thriller\n\n"
            "England beat Ireland 22-19 on Saturday, with a late penalty from Marcus Smith settling a tense Six "
            "Nations opener.\n\n"
            "Ireland led 19-15 with ten minutes left after tries from James Lowe and Dan Sheehan, but England hit "
            "back through Ollie Chessum before Smith kicked the winning points.\n"
        )
    )
    assert rows["Marcus Smith"][0] == "PERSON", rows
    assert rows["Ollie Chessum"][0] == "PERSON", rows


def test_a_tournament_before_its_round_is_an_event():
    rows = _kinds(
        _entities_of(
            "date 2026-07-07 Boulter battles past Rybakina to reach Wimbledon quarter-finals\n\n"
            "Katie Boulter reached the Wimbledon quarter-finals for the first time on Monday, beating Elena Rybakina "
            "6-4 3-6 6-3.\n"
        )
    )
    assert rows["Wimbledon"][0] == "EVENT", rows


def test_a_party_before_its_group_leader_is_no_person():
    rows = _kinds(
        _entities_of(
            "date 2026-09-15 Council approves budget\n\n"
            "Opposition councillors disagreed. The Green group leader, Emma Sowerby, said the rise would hurt the "
            "poorest households.\n"
        )
    )
    assert rows["Green"][0] != "PERSON", rows
    assert rows["Emma Sowerby"][0] == "PERSON", rows


def test_a_chief_executive_speaking_before_the_company_is_taken_up_stays_a_person():
    rows = _kinds(
        _entities_of(
            "date 2026-10-02 Retailer warns on margins\n\n"
            "Halden Stores said sales rose 2% in the six months to August.\n\n"
            'Chief executive Anjali Mehta, who joined in 2021 from a rival chain, said: "We will open eight '
            'stores."\n\n'
            "The company said margins would recover next year.\n"
        )
    )
    assert rows["Anjali Mehta"][0] == "PERSON", rows
