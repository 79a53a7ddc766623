"""Names of news nobody here wrote: a party the recogniser reads as an other name, a French name with its particle,
two sisters named with one surname, a footballer named by one name, a ground after a match's "at", a hospital named
after a countess, a body named for what it provides and where, a generation named with a letter."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_party_that_wins_the_vote_and_its_leader_named_with_a_particle():
    rows = _kinds(
        _entities_of(
            "date 2024-07-01 Far right tops first round of French election\n\n"
            "Marine Le Pen's National Rally won the first round of France's snap parliamentary election on Sunday, "
            "taking about 33% of the vote.\n\n"
            'Le Pen told supporters in Hénin-Beaumont that "democracy has spoken". The National Rally\'s president, '
            "Jordan Bardella, said he was ready to govern.\n\n"
            "Macron called for a broad alliance against the National Rally in the second round. Marine Le Pen is "
            "expected to run again for the presidency in 2027.\n"
        )
    )
    assert rows["National Rally"] == ("ORG", 3)
    assert rows["Marine Le Pen"] == ("PERSON", 3) and "Le Pen" not in rows


def test_two_sisters_named_with_one_surname_are_two_people():
    rows = _kinds(
        _entities_of(
            "date 2024-06-20 Wimbledon to honour former champions\n\n"
            "Venus and Serena Williams will be honoured on Centre Court on the opening day of Wimbledon, the All "
            "England Club said on Thursday.\n\n"
            'Venus Williams, 44, said she was "thrilled" by the invitation.\n'
        )
    )
    assert rows["Venus Williams"] == ("PERSON", 2) and rows["Serena Williams"] == ("PERSON", 1)
    assert "Venus" not in rows


def test_a_player_named_by_one_name_after_his_role_and_a_ground_after_a_matchs_at():
    rows = _kinds(
        _entities_of(
            "date 2024-10-29 Rodri wins Ballon d'Or\n\n"
            "Manchester City midfielder Rodri won the Ballon d'Or on Monday. Rodri missed most of the season with a "
            "knee injury.\n\n"
            "West Ham beat Liverpool 2-1 at Anfield on Saturday. Jarrod Bowen scored twice in the second half, and "
            "the win lifted the side to fifth in the Premier League.\n\n"
            "In rugby, England played New Zealand at Twickenham.\n"
        )
    )
    assert rows["Rodri"][0] == "PERSON"
    assert rows["Anfield"][0] == "FAC" and rows["Twickenham"][0] == "FAC"


def test_a_hospital_named_after_a_countess_and_a_body_named_for_a_place():
    rows = _kinds(
        _entities_of(
            "date 2024-03-11 Hospice appeals for volunteers\n\n"
            "A nurse from the Countess of Chester Hospital was among the speakers.\n\n"
            "Transport for Wales said extra trains would run to the event in Cardiff. Services were cancelled, a "
            "Transport for Wales spokesman said.\n\n"
            "The Minister for Wales said passengers deserved better.\n"
        )
    )
    assert rows["Countess of Chester Hospital"][0] != "PERSON"
    assert rows["Transport for Wales"] == ("ORG", 2)
    assert "Minister for Wales" not in rows


def test_a_generation_named_with_a_letter_is_no_person():
    rows = _kinds(
        _entities_of(
            "date 2024-02-18 Film finds young fans\n\n"
            "Many viewers from Gen Z said they discovered Oppenheimer on social media, Christopher Nolan said.\n"
        )
    )
    assert "Z" not in rows and "Gen Z" not in rows


def test_a_name_set_beside_the_hospice_in_a_village_is_the_hospice():
    rows = _kinds(
        _entities_of(
            "date 2024-03-11 Hospice receives donation\n\n"
            "Tŷ Hafan, the hospice in Sully, received a donation from the club on Tuesday.\n"
        )
    )
    assert rows["Tŷ Hafan"][0] == "ORG" and rows["Sully"][0] == "GPE"


def test_the_club_that_released_a_player_and_a_dateline_town_in_capitals():
    rows = _kinds(
        _entities_of(
            "date 2024-07-05 Young striker finds new club in America\n\n"
            "DALLAS - The 19-year-old striker, who was released by Chelsea in May, has signed for FC Dallas on a "
            "two-year deal.\n\n"
            "He scored 14 goals in 20 games for the under-21 side last season and made his league debut in March.\n"
        )
    )
    assert rows["Chelsea"][0] == "ORG"
    assert rows["Dallas"][0] == "GPE" and "DALLAS" not in rows


def test_a_film_named_after_a_person_is_the_film_where_nothing_shows_the_person():
    rows = _kinds(
        _entities_of(
            "date 2024-03-11 Oppenheimer wins best picture at the Oscars\n\n"
            "Oppenheimer won seven Oscars on Sunday, including best picture and best director for Christopher "
            "Nolan.\n\n"
            "The film, about the physicist J Robert Oppenheimer, was the biggest winner of the night.\n\n"
            "Oppenheimer, the film, earned nearly $1bn worldwide.\n"
        )
    )
    assert rows["Oppenheimer"] == ("WORK_OF_ART", 3)
    assert rows["Robert Oppenheimer"] == ("PERSON", 1)


def test_a_faith_is_no_organisation():
    rows = _kinds(
        _entities_of(
            "date 2024-05-09 Museum opens new gallery\n\n"
            "The museum in Dallas will tell the history of Islam in Spain, its director said on Thursday.\n"
        )
    )
    assert rows["Islam"][0] == "NORP"
