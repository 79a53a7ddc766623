"""Names from other languages a story writes in full and then short: Irish names with Ó, Ní or Mac, groups of
islands and an island one of them."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_an_irish_name_with_o_or_ni_is_one_person_and_the_surname_alone_joins_it():
    rows = _kinds(
        _entities_of(
            "date 2025-05-20 Bikes and boats on the island\n\n"
            "Pádraic Ó Flaithearta, who has run bike hire on the island for 20 years, told me most visitors come "
            'for a day. "They see the fort and go home," Ó Flaithearta said.\n\n'
            "Síle Ní Mhurchú, who runs a guesthouse in Kilronan, said bookings were up this year.\n\n"
            '"Everyone wants quiet now," Síle said.\n'
        )
    )
    assert rows["Pádraic Ó Flaithearta"] == ("PERSON", 2)
    assert rows["Síle Ní Mhurchú"] == ("PERSON", 2)
    assert not {"Síle", "Ní Mhurchú", "Ó Flaithearta"} & set(rows)


def test_a_given_name_opening_a_sentence_joins_its_person():
    rows = _kinds(
        _entities_of(
            "date 2025-05-20 Island walks\n\n"
            "Seán Ó Conghaile, who has run bike hire on the island for 20 years, met me at the pier. "
            '"They miss the best of it," Seán said.\n\n'
            "He suggested cycling to the western end of the island. Seán was right: the light was extraordinary.\n"
        )
    )
    assert rows["Seán Ó Conghaile"] == ("PERSON", 3)


def test_mac_after_no_given_name_opens_no_person():
    rows = _kinds(
        _entities_of(
            "date 2025-05-20 Burger prices rise\n\n"
            "The price of a Big Mac rose by 4% in Dublin, McDonald's Ireland said on Tuesday.\n"
        )
    )
    assert not any(t == "PERSON" for t, _ in rows.values())


def test_a_group_of_islands_and_one_of_them_are_places_but_an_airline_named_after_them_is_a_body():
    rows = _kinds(
        _entities_of(
            "date 2025-05-20 A summer of stone\n\n"
            "There are few places as quiet as Inis Meáin.\n\n"
            "I took the ferry to Inis Meáin, the smallest of the Aran Islands, off the coast of Galway.\n\n"
            "Getting there: Aer Arann Islands flies from Connemara airport. The Aran Islands are busy in August.\n"
        )
    )
    assert rows["Aran Islands"][0] == "LOC"
    assert rows["Inis Meáin"][0] == "LOC"
    assert rows["Aer Arann Islands"][0] == "ORG"


def test_a_person_whose_surname_closes_english_village_names_stays_a_person():
    rows = _kinds(
        _entities_of(
            "date 2024-11-05 Gulf talks\n\n"
            "Mahmoud Abbas, the Palestinian president, is expected in Riyadh next week. Abbas has asked Gulf states "
            "for more money.\n\n"
            "Tourists filled the thatched cottages in Milton Abbas on Sunday.\n"
        )
    )
    assert rows["Mahmoud Abbas"] == ("PERSON", 2)
    assert rows["Milton Abbas"][0] == "GPE"
