"""Names of laws and of railway lines that news writes in more than one piece."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_bill_named_by_two_subjects_joined_by_and_is_one_law():
    rows = _kinds(
        _entities_of(
            "date 2024-11-26 Smoking ban passes Commons\n\n"
            "MPs voted by 415 to 47 on Tuesday to back the Tobacco and Vapes Bill, which would ban anyone born "
            "after 2009 from buying cigarettes.\n\n"
            "Health Secretary Wes Streeting said the Tobacco and Vapes Bill would create the first smoke-free "
            "generation.\n"
        )
    )
    assert rows["Tobacco and Vapes Bill"] == ("LAW", 2)
    assert "Tobacco" not in rows and "Vapes Bill" not in rows


def test_a_law_of_two_subjects_opening_a_sentence_or_ending_in_act_is_one_law_and_a_foundation_stays_whole():
    rows = _kinds(
        _entities_of(
            "date 2025-02-26 Police powers\n\n"
            "The Crime and Policing Bill would give officers new powers to seize phones, the Home Office said on "
            "Wednesday.\n\n"
            "Ministers said the Victims and Prisoners Act had already come into force. The Bill and Melinda Gates "
            "Foundation gave $5m.\n"
        )
    )
    assert rows["Crime and Policing Bill"] == ("LAW", 1)
    assert rows["Victims and Prisoners Act"] == ("LAW", 1)
    assert rows["Bill and Melinda Gates Foundation"] == ("ORG", 1)


def test_a_line_named_beside_a_line_after_a_preposition_of_where_is_a_railway_too():
    rows = _kinds(
        _entities_of(
            "date 2025-03-04 New trains for east London\n\n"
            "Journeys on the Elizabeth line rose by a fifth last year, while the Jubilee line was closed for three "
            "weekends.\n\n"
            "Engineering works will close the Bakerloo line this weekend, with buses replacing services along the "
            "District line.\n"
        )
    )
    assert rows["Elizabeth line"] == ("FAC", 1)
    assert rows["Jubilee line"] == ("FAC", 1)
    assert rows["Bakerloo line"] == ("FAC", 1)
    assert rows["District line"] == ("FAC", 1)


def test_a_party_named_by_its_leader_is_a_body_where_the_paragraph_speaks_of_parties_or_polls():
    rows = _kinds(
        _entities_of(
            "date 2024-07-01 Bardella named candidate\n\n"
            "The party of Marine Le Pen, the National Rally, named Jordan Bardella as its candidate on Monday. Le "
            "Pen's National Rally has led the polls since June.\n\n"
            "Eric Ciotti's Union of the Right backed the move.\n"
        )
    )
    assert rows["National Rally"] == ("ORG", 2)
    assert rows["Marine Le Pen"] == ("PERSON", 2)


def test_a_competition_after_a_players_possessive_stays_an_event_beside_a_vote():
    rows = _kinds(
        _entities_of(
            "date 2019-05-08 Barcelona out of Europe\n\n"
            "Lionel Messi's Champions League hopes ended on Tuesday, a week after fans voted him player of the "
            "season, as Barcelona lost 4-0 to Liverpool at Anfield.\n"
        )
    )
    assert rows["Champions League"] == ("EVENT", 1)
