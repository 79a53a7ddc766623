"""Entities in culture, technology and transport news: games and albums that sell copies, concert tours, stations
named with their city or before "station", mines set beside their noun, firms the tagger reads as verbs."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_game_that_becomes_the_best_selling_game_or_sells_copies_is_a_work():
    rows = _kinds(
        _entities_of(
            "date 2025-03-14 Warner Bros closes studios\n\n"
            "The company closed three studios, months after Hogwarts Legacy became the best-selling game of 2023.\n\n"
            "Bandai Namco said Elden Ring had sold more than 25 million copies since it was released in 2022.\n"
        )
    )
    assert rows["Hogwarts Legacy"][0] == "WORK_OF_ART"
    assert rows["Elden Ring"][0] == "WORK_OF_ART"
    assert rows["Bandai Namco"][0] == "ORG"


def test_a_title_that_sells_copies_in_another_shape_is_a_work_and_a_seller_of_copies_is_not():
    rows = _kinds(
        _entities_of(
            "date 2025-07-01 Nintendo hails launch\n\n"
            "Mario Kart World sold more than five million copies in its first week, Nintendo said on Tuesday.\n\n"
            "Stellar Blade is the best-selling game in South Korea this year.\n"
        )
    )
    assert rows["Mario Kart World"][0] == "WORK_OF_ART"
    assert rows["Stellar Blade"][0] == "WORK_OF_ART"
    assert rows["Nintendo"][0] == "ORG"


def test_a_tour_between_its_act_and_tour_or_ending_in_tour_is_an_event():
    rows = _kinds(
        _entities_of(
            "date 2024-04-08 Coldplay add dates\n\n"
            "Coldplay announced ten more dates for their Music of the Spheres tour on Monday.\n\n"
            "The Music of the Spheres World Tour has grossed more than $800m, according to Billboard.\n"
        )
    )
    assert rows["Music of the Spheres"][0] == "EVENT"
    assert rows["Music of the Spheres World Tour"][0] == "EVENT"


def test_a_golf_circuit_in_initials_stays_no_concert_tour():
    rows = _kinds(
        _entities_of(
            "date 2024-06-08 Golf merger talks continue\n\n"
            "The PGA Tour said talks with the Saudi fund were continuing. Sabrina Carpenter's Short Sweet Tour "
            "opens in Manchester on Friday.\n"
        )
    )
    assert rows["PGA Tour"][0] == "ORG"


def test_stations_named_with_a_city_and_a_town_word_or_before_station_are_facilities():
    rows = _kinds(
        _entities_of(
            "date 2024-09-02 Signalling fault causes delays\n\n"
            "Passengers faced delays after a signalling fault near London Waterloo on Monday.\n\n"
            "Trains between London Waterloo and Woking were cancelled, Network Rail said.\n\n"
            "Southern warned of disruption at Victoria station, where a broken-down train blocked two platforms.\n"
        )
    )
    assert rows["London Waterloo"] == ("FAC", 2)
    assert rows["Victoria"][0] == "FAC"
    assert rows["Woking"][0] == "GPE"


def test_a_station_in_another_sentence_shape_is_a_facility_and_its_town_elsewhere_a_town():
    rows = _kinds(
        _entities_of(
            "date 2024-10-12 Engineering works close line\n\n"
            "Trains from London Victoria to Brighton will not run on Saturday because of engineering works.\n\n"
            "Commuters were told to avoid Surbiton station, where the platforms were closed.\n"
        )
    )
    assert rows["London Victoria"][0] == "FAC"
    assert rows["Surbiton"][0] == "FAC"
    assert rows["Brighton"][0] == "GPE"


def test_a_mine_set_beside_its_noun_is_a_facility_in_all_its_mentions():
    rows = _kinds(
        _entities_of(
            "date 2025-08-01 Codelco halts work after rockfall\n\n"
            "Codelco suspended operations at El Teniente, the world's largest underground copper mine, on Thursday.\n\n"
            "El Teniente produced 356,000 tonnes of copper last year, Codelco said in a statement.\n"
        )
    )
    assert rows["El Teniente"] == ("FAC", 2)
    assert rows["Codelco"][0] == "ORG"


def test_a_mine_named_before_its_noun_or_beside_another_is_a_facility_and_its_owner_a_firm():
    rows = _kinds(
        _entities_of(
            "date 2025-08-02 Miners unaffected\n\n"
            "BHP said the Escondida mine was running normally. Glencore holds a stake in Collahuasi, another "
            "large Chilean copper mine.\n\n"
            "Anglo American said its Quellaveco mine in Peru had produced a record amount of copper.\n"
        )
    )
    assert rows["Escondida"][0] == "FAC"
    assert rows["Collahuasi"][0] == "FAC"
    assert rows["Quellaveco"][0] == "FAC"
    assert rows["Anglo American"][0] == "ORG" and rows["BHP"][0] == "ORG"


def test_a_firm_the_tagger_reads_as_a_verb_is_kept_and_typed_by_its_results():
    rows = _kinds(
        _entities_of(
            "date 2024-07-23 Streaming results\n\n"
            "Spotify reported its highest ever quarterly profit on Tuesday, sending its shares up 12%.\n\n"
            "Spotify said in a statement that monthly users rose 14%. Spotify's chief executive Daniel Ek "
            "told analysts the company had entered a new phase.\n"
        )
    )
    assert rows["Spotify"][0] == "ORG" and rows["Spotify"][1] >= 3
    assert rows["Daniel Ek"][0] == "PERSON"


def test_a_firm_opening_a_paragraph_as_a_verb_would_is_kept():
    rows = _kinds(
        _entities_of(
            "date 2024-02-06 Music streaming\n\n"
            "Universal Music said streaming revenue grew 5%.\n\n"
            "Spotify said in a statement that it had paid out $10bn to artists last year. Spotify's chief "
            "executive said the figure was a record.\n"
        )
    )
    assert rows["Spotify"] == ("ORG", 2)


def test_a_police_force_after_a_passive_led_at_is_a_body_not_a_venue():
    rows = _kinds(
        _entities_of(
            "date 2025-02-03 Police appeal\n\n"
            "The investigation is being led by Detective Inspector Claire Moss and her team at Merseyside Police.\n\n"
            "The inquiry was led at Lancashire Police by a senior detective.\n"
        )
    )
    assert rows["Merseyside Police"][0] == "ORG"
    assert rows["Lancashire Police"][0] == "ORG"
    assert rows["Claire Moss"][0] == "PERSON"


def test_a_bloc_no_gazetteer_knows_that_speaks_as_a_body_is_one_where_read_as_a_place():
    rows = _kinds(
        _entities_of(
            "date 2024-12-06 EU and Mercosur seal trade deal\n\n"
            "Mercosur, the South American trade bloc, said the deal would remove tariffs on most goods.\n\n"
            "French farmers fear competition from beef imports from Mercosur countries. Mercosur members account "
            "for a combined economy of $2.7 trillion.\n"
        )
    )
    assert rows["Mercosur"][0] == "ORG"


def test_a_trade_group_read_as_a_place_in_another_article_shape_is_a_body():
    rows = _kinds(
        _entities_of(
            "date 2025-03-10 Andean talks\n\n"
            "Talks with Caricom resumed on Monday. Caricom, the Caribbean trade bloc, said it hoped for a deal.\n\n"
            "Exports to Caricom countries rose 4% last year.\n"
        )
    )
    assert rows["Caricom"][0] == "ORG"


def test_a_police_rank_without_its_holder_is_a_title_not_a_body():
    rows = _kinds(
        _entities_of(
            "date 2025-06-14 Detective Inspector sacked after misconduct hearing\n\n"
            "A Detective Inspector has been dismissed after a misconduct panel, Essex Police said.\n\n"
            "The panel heard the Detective Inspector had failed to disclose evidence. Detective Inspector Rachel "
            "Green said the case was closed.\n"
        )
    )
    assert "Detective Inspector" not in rows
    assert rows["Essex Police"][0] == "ORG"
    assert rows["Rachel Green"][0] == "PERSON"


def test_another_police_rank_alone_in_other_shapes_is_no_name():
    rows = _kinds(
        _entities_of(
            "date 2025-06-15 Officer cleared\n\n"
            "The Detective Sergeant's conduct was found to be proper, Kent Police said. Her Detective Chief "
            "Inspector had raised no concerns, said Superintendent Helen Knight.\n"
        )
    )
    assert not [e for e in rows if e.startswith("Detective")]
    assert rows["Helen Knight"][0] == "PERSON"
