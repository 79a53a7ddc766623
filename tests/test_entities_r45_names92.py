"""Names in headlines of sport reports, players named by surname, firms named with "'s", and streets in "-gate"."""

from __future__ import annotations

from test_entities import _entities_of, _kinds

ARSENAL = (
    "date 2024-08-18 Arsenal beat Wolves 2-0 on opening day\n\n"
    "Arsenal began their Premier League season with a 2-0 win over Wolves at the Emirates Stadium on Saturday.\n\n"
    "Kai Havertz headed the opener in the 25th minute and Bukayo Saka doubled the lead after the break.\n\n"
    '"It was a good start, we were patient," said Mikel Arteta.'
)


def test_a_club_the_headline_tagger_reads_as_an_adjective_is_kept_when_the_body_opens_with_it():
    rows = _kinds(_entities_of(ARSENAL))
    assert rows["Arsenal"] == ("ORG", 2)  # the headline and the lead
    assert rows["Wolves"] == ("ORG", 2)
    # a common word opening the headline and the body is still no name
    rows = _kinds(
        _entities_of(
            "date 2024-05-05 Turnout falls in local elections\n\n"
            "Turnout was 31% in the local elections on Thursday, the lowest figure since 2012.\n\n"
            "The Electoral Commission said fewer voters had registered. Councillor Jane Moss said it was worrying."
        )
    )
    assert "Turnout" not in rows
    assert rows["Electoral Commission"] == ("ORG", 1)


DOUBLES = (
    "date 2024-07-29 Murray and Evans win opening doubles match\n\n"
    "Andy Murray and Dan Evans saved five match points to win their opening doubles match at the Olympics on "
    "Sunday.\n\n"
    "The British pair beat Japan's Taro Daniel and Kei Nishikori 2-6 7-6 (7-5) 11-9 at Roland Garros.\n\n"
    '"It was one of the best atmospheres I have played in," Murray said.\n\n'
    'Evans said: "We never gave up." Evans added that the crowd had carried them.'
)


def test_a_player_winning_by_surname_in_a_headline_is_the_person_named_in_full():
    rows = _kinds(_entities_of(DOUBLES))
    assert rows["Dan Evans"] == ("PERSON", 4)
    assert rows["Andy Murray"] == ("PERSON", 3)
    # clubs beating each other stay clubs
    rows = _kinds(
        _entities_of(
            "date 2024-05-05 Swindon sink Crawley to climb off bottom\n\n"
            "Swindon beat Crawley 3-1 at the County Ground on Saturday to climb off the bottom of League Two.\n\n"
            "Crawley had led through Danilo Orsi before Swindon hit back."
        )
    )
    assert rows["Swindon"] == ("ORG", 3) and rows["Crawley"] == ("ORG", 3)


def test_a_firm_named_with_s_before_its_shares_keeps_the_s():
    rows = _kinds(
        _entities_of(
            "date 2024-10-02 Tesco profits jump as shoppers return\n\n"
            "Tesco reported a 12% rise in first-half profits on Wednesday.\n\n"
            "Shares in Tesco rose 3% in morning trading. Sainsbury's shares rose 1%."
        )
    )
    assert rows["Sainsbury's"] == ("ORG", 1) and "Sainsbury" not in rows
    # a person's surname before "'s shares" stays the person's
    rows = _kinds(
        _entities_of(
            "date 2024-05-05 Musk sells more Tesla stock\n\n"
            "Elon Musk sold more Tesla stock on Monday. Musk's shares in the carmaker are worth about $200bn."
        )
    )
    assert rows["Elon Musk"] == ("PERSON", 3) and "Musk's" not in rows


def test_a_street_in_gate_after_a_preposition_of_where_is_a_facility():
    rows = _kinds(
        _entities_of(
            "date 2024-08-18 Man charged after stabbing in Leeds city centre\n\n"
            "A 24-year-old man suffered serious injuries in the attack on Briggate at about 11.30pm.\n\n"
            "Officers also searched a flat in Harrogate. A woman was assaulted on Kirkgate on Friday."
        )
    )
    assert rows["Briggate"] == ("FAC", 1) and rows["Kirkgate"] == ("FAC", 1)
    assert rows["Harrogate"] == ("GPE", 1)
    # a surname in "-gate" of a person named in full stays the person's
    rows = _kinds(
        _entities_of(
            "date 2024-05-05 Southgate names squad for Euro 2024\n\n"
            "Gareth Southgate has named a 33-man provisional squad for Euro 2024.\n\n"
            "There was criticism of Southgate after the friendly."
        )
    )
    assert rows["Gareth Southgate"] == ("PERSON", 3)


def test_the_areas_a_warning_is_issued_for_are_places():
    rows = _kinds(
        _entities_of(
            "date 2024-08-08 Strong earthquake strikes off Japan's coast\n\n"
            "A magnitude 7.1 earthquake struck off the coast of southern Japan on Thursday.\n\n"
            "A tsunami advisory was issued for Kyushu and Shikoku. Waves of up to 50cm were recorded."
        )
    )
    assert rows["Kyushu"] == ("GPE", 1) and rows["Shikoku"] == ("GPE", 1)
    # guidance issued for banks is no warning: the banks stay bodies
    rows = _kinds(
        _entities_of(
            "date 2024-05-05 Regulator sets out rules\n\n"
            "The Bank of England said it had issued guidance for Barclays and Lloyds on the new capital rules."
        )
    )
    assert rows["Barclays"] == ("ORG", 1) and rows["Lloyds"] == ("ORG", 1)
