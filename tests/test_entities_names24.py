"""A report's airlines, politicians and theatre people typed by what the text says of them: a carrier named before
its flight, a brand glued from two words, a subject of a verb left out beside a firm; a party's member named by the
party, not by the title."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_carriers_named_before_a_flight_glued_or_beside_a_firm_are_organisations():
    rows = _kinds(
        _entities_of(
            "date 2026-07-11 Storms ground flights at Exeter\n\n"
            "Dozens of flights were grounded at Exeter Airport on Saturday as storms crossed the south-west.\n\n"
            "FlyBridge cancelled 14 departures and Loganair 6, while a Lufthansa flight to Munich was sent to "
            "Bristol.\n\n"
            "The airport said it expected to reopen on Sunday.\n"
        )
    )
    assert rows["FlyBridge"] == ("ORG", 1)
    assert rows["Loganair"][0] == "ORG"
    assert rows["Lufthansa"][0] == "ORG"
    assert rows["Munich"][0] == "GPE"


def test_a_brand_glued_from_two_words_that_no_reader_read_is_an_organisation():
    rows = _kinds(
        _entities_of(
            "date 2026-07-13 Queues at Gatwick\n\n"
            "Queues grew all morning at the terminal. easyJet cancelled nine flights and the airport apologised.\n\n"
            "Hundreds of travellers were stuck at the gates. BeachJet cancelled 12 departures.\n"
        )
    )
    assert rows["easyJet"][0] == "ORG"
    assert rows["BeachJet"][0] == "ORG"


def test_a_name_read_as_a_person_before_flight_is_the_airline():
    rows = _kinds(
        _entities_of(
            "date 2026-07-14 Delays at Stansted\n\n"
            "Passengers waited for hours on Sunday, while a Wizz flight to Budapest was sent back to the stand.\n"
        )
    )
    assert rows["Wizz"][0] == "ORG"
    assert rows["Budapest"][0] == "GPE"


def test_a_town_read_as_a_place_before_a_flight_stays_a_place():
    rows = _kinds(
        _entities_of(
            "date 2026-07-12 Late arrivals at Luton\n\n"
            "The Manchester flight landed two hours late on Friday, and passengers said they were told nothing.\n"
        )
    )
    assert rows["Manchester"][0] == "GPE"


def test_a_party_members_title_before_a_name_is_no_body_of_its_own():
    rows = _kinds(
        _entities_of(
            "date 2025-02-03 Rail boss questioned by MPs\n\n"
            "The head of the rail operator appeared before the transport committee on Tuesday.\n\n"
            "Asked by Conservative MP Helen Marsh how many trains had been cancelled, he said he did not know.\n"
        )
    )
    assert "Conservative MP" not in rows
    assert rows["Helen Marsh"] == ("PERSON", 1)


def test_a_director_and_a_lead_shown_by_their_work_are_people_and_a_title_opening_with_a_is_one_work():
    rows = _kinds(
        _entities_of(
            "date 2026-11-02 Review: a bleak and brilliant Seagull in Leeds\n\n"
            "In Nadia Whitcombe's production at the Playhouse in Leeds, the lake is a strip of black water.\n\n"
            "Nadia Ashworth plays Nina with a brightness that slowly goes out.\n\n"
            "Not all of it lands. Whitcombe has set the play in a seaside town, and the last act drags.\n\n"
            "The translation is by Mark Ellery, who also translated A Month in the Country for the Almeida.\n"
        )
    )
    assert rows["Nadia Whitcombe"] == ("PERSON", 2)
    assert rows["Nadia Ashworth"][0] == "PERSON"
    assert rows["A Month in the Country"][0] == "WORK_OF_ART"
    assert "Country" not in rows


def test_a_films_director_after_directed_by_is_a_person():
    rows = _kinds(
        _entities_of(
            "date 2026-05-20 Festival opens with a quiet drama\n\n"
            "The festival opened on Tuesday with a drama directed by Grace Olumide, set on a farm in Devon.\n"
        )
    )
    assert rows["Grace Olumide"][0] == "PERSON"


def test_members_of_parliament_after_by_in_a_headline_are_no_body():
    rows = _kinds(
        _entities_of(
            "date 2025-02-04 Water boss questioned by MPs\n\n"
            "The head of the water company appeared before the environment committee on Tuesday.\n"
        )
    )
    assert "MPs" not in rows
