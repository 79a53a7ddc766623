"""Names in London transport, politics, arts and local-government reports that readers cut or typed wrongly: a
railway line that reopens, a bill opening its sentence, a party after its leader's possessive, a historical event
named "of" a city, a theatre after "at the", a play's title with its "The", a council named with its island."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_line_that_reopens_or_may_close_is_a_railway_line():
    rows = _kinds(
        _entities_of(
            "date 2026-03-11 Commuters face delays after signal fault\n\n"
            "The Northern line reopened on Thursday morning after a signal fault near Camden caused hours of "
            "delays.\n\n"
            "Engineers worked overnight. Commuters were warned that the Northern line could close again.\n"
        )
    )
    assert rows["Northern line"] == ("FAC", 2)
    assert "Northern" not in rows


def test_a_bill_opening_its_sentence_is_a_law():
    rows = _kinds(
        _entities_of(
            "date 2026-03-11 Online safety law delayed again\n\n"
            "The Online Safety Bill would force technology firms to remove illegal content quickly or face heavy "
            "fines, ministers said on Tuesday.\n\n"
            "The bill has been delayed several times since it was first published in 2021.\n"
        )
    )
    assert rows["Online Safety Bill"] == ("LAW", 1)


def test_a_law_with_its_year_is_one_law_and_a_foundation_named_after_bill_is_none():
    rows = _kinds(
        _entities_of(
            "date 2026-03-11 Tenants win new protections\n\n"
            "The Renters Reform Bill will end no-fault evictions, the housing minister said. Landlords said the "
            "Equality Act 2010 already protected tenants.\n\n"
            "The Bill Gates Foundation gave money to a campaign for the Magnitsky Act.\n"
        )
    )
    assert rows["Renters Reform Bill"] == ("LAW", 1)
    assert rows["Equality Act 2010"] == ("LAW", 1)
    assert rows["Bill Gates Foundation"] == ("ORG", 1)


def test_the_council_on_an_island_is_a_common_noun_no_lone_body():
    rows = _kinds(
        _entities_of(
            "date 2026-03-11 Isle of Wight council raises tax by 5%\n\n"
            "The Council on the Isle of Wight has voted to raise council tax by almost 5% to protect services for "
            "older people.\n\n"
            "Councillors voted 22 to 15 in favour on Wednesday night. The Council said it faced a gap of £12m in "
            "its budget.\n"
        )
    )
    assert "Council" not in rows
    assert rows["Isle of Wight"][0] == "LOC"


def test_a_party_of_a_country_after_its_leaders_possessive_is_one_body_and_the_leader_a_person():
    rows = _kinds(
        _entities_of(
            "date 2026-03-11 Italy's ruling party gains in European vote\n\n"
            "Giorgia Meloni's Brothers of Italy won almost 29% of the vote, according to early results published "
            "on Monday.\n\n"
            "The result strengthens the prime minister's hand in Brussels. Her rivals in the Democratic Party came "
            "second with 24%.\n"
        )
    )
    assert rows["Brothers of Italy"] == ("ORG", 1)
    assert rows["Giorgia Meloni"] == ("PERSON", 1)
    assert "Brothers" not in rows


def test_a_fire_named_with_the_city_it_burned_is_an_event_no_work():
    rows = _kinds(
        _entities_of(
            "date 2026-09-02 Thousands gather at St Paul's Cathedral for memorial service\n\n"
            "The Great Fire of London destroyed much of the medieval city in September 1666, including the old "
            "cathedral.\n"
        )
    )
    assert rows["Great Fire of London"] == ("EVENT", 1)


REVIEW = (
    "date 2026-03-11 The Seagull review: a sharp revival at the Barbican\n\n"
    "The Seagull, Chekhov's play about love and art, opens at the Barbican this week in a new production by Jamie "
    "Lloyd.\n\n"
    "Emilia Clarke plays Nina, the young actress who longs for fame. The Seagull has rarely looked so stark: the "
    "cast sit on plastic chairs throughout.\n\n"
    "The Barbican production runs until 10 September. Tickets are on sale now.\n"
)


def test_a_theatre_at_the_and_a_play_with_and_without_its_the_in_a_review():
    rows = _kinds(_entities_of(REVIEW))
    assert rows["Barbican"] == ("FAC", 3)
    assert rows["The Seagull"] == ("WORK_OF_ART", 3)
    assert "Seagull" not in rows
    # a people after "at the" stays a people
    rows = _kinds(
        _entities_of(
            "date 2026-03-11 Protests over trade tariffs\n\n"
            "Farmers directed their anger at the Chinese, who they said had flooded the market.\n"
        )
    )
    assert rows["Chinese"][0] == "NORP"


def test_a_clerics_style_of_two_words_is_no_part_of_the_name():
    rows = _kinds(
        _entities_of(
            "date 2026-09-02 Thousands gather at St Paul's Cathedral for memorial service\n\n"
            "The Rev Sarah Hollis read the lesson. The Very Rev Andrew Tremlett, the Dean, led the service at "
            "St Paul's Cathedral.\n"
        )
    )
    assert rows["Andrew Tremlett"] == ("PERSON", 1)
    assert "Very Rev Andrew Tremlett" not in rows
    assert rows["St Paul's Cathedral"][0] == "FAC"
