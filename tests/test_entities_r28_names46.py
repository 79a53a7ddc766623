"""Names a music, wire and travel story presents by what they are: a business in apposition ("the streaming
service"), a body no reader read before a noun of its trade ("the national grid operator"), a place listed with
another before "regions"."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_name_called_the_streaming_service_is_a_business_in_every_mention():
    rows = _kinds(
        _entities_of(
            "date 2025-06-10 Live Nation and Audora bet on bigger summer as Glastonbury sells out\n\n"
            "Promoters expect a record summer of concerts in Britain.\n\n"
            "Audora, the streaming service, said it would show concert listings to more listeners. "
            "Audora said listeners who saw a tour date were twice as likely to buy a ticket.\n"
        )
    )
    assert rows["Audora"][0] == "ORG"


def test_a_person_called_the_company_founder_stays_a_person():
    rows = _kinds(
        _entities_of(
            "date 2025-06-10 Founder steps down\n\n"
            "Helen Varley, the company's founder, said she would step down in May. Varley is 61.\n"
        )
    )
    assert rows["Helen Varley"][0] == "PERSON"


def test_an_unread_name_called_the_grid_operator_is_a_body():
    rows = _kinds(
        _entities_of(
            "date 2025-01-15 Power cuts across the west\n\n"
            "Energoatom, the national grid operator, said emergency power cuts would be applied during the day.\n"
        )
    )
    assert rows["Energoatom"][0] == "ORG"


def test_a_hyphenated_name_listed_with_a_place_before_regions_is_a_place():
    rows = _kinds(
        _entities_of(
            "date 2025-01-15 Drones hit gas sites\n\n"
            "The minister said gas sites in the Lviv and Novo-Dariivsk regions had been hit overnight.\n"
        )
    )
    assert rows["Novo-Dariivsk"][0] == "GPE"
