"""Seats and stations in election-night, by-election and rail-disruption news: a seat a candidate holds, wins or
loses, or "the seat of" a name, is a place however a reader read it; a seat named by two names joined by "and"
where one seat stands ("the MP for …", "the … by-election") is one place wherever the article writes it."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_seat_a_candidate_holds_or_loses_is_a_place():
    rows = _kinds(
        _entities_of(
            "date 2024-07-05 Results from Scotland and Wales\n\n"
            "In Scotland, the SNP's Stephen Flynn held Aberdeen South by a narrow margin. In Wales, the "
            "Conservatives' Virginia Crosbie lost Ynys Môn to Plaid Cymru's Llinos Medi.\n\n"
            "The Green Party's Carla Denyer won Bristol Central, defeating the Labour candidate.\n"
        )
    )
    assert rows["Aberdeen South"][0] == "GPE", rows
    assert rows["Ynys Môn"][0] == "GPE", rows
    assert rows["Bristol Central"][0] == "GPE", rows
    assert rows["Stephen Flynn"][0] == "PERSON", rows


def test_the_seat_of_a_name_and_a_partys_second_seat_are_places():
    rows = _kinds(
        _entities_of(
            "date 2025-05-04 Teals hold their seats\n\n"
            "Independent Monique Ryan has held the seat of Kooyong, fending off a Liberal challenge.\n\n"
            "Labor won Bennelong and held Gilmore, while the Liberals lost Menzies and Deakin.\n"
        )
    )
    for seat in ("Kooyong", "Bennelong", "Gilmore", "Deakin"):
        assert rows[seat][0] == "GPE", (seat, rows)
    assert rows["Monique Ryan"][0] == "PERSON", rows


def test_a_seat_of_two_names_is_one_place_wherever_it_is_written():
    rows = _kinds(
        _entities_of(
            "date 2024-07-05 Labour holds Houghton and Sunderland South\n\n"
            "Bridget Phillipson held Houghton and Sunderland South on Friday, the first seat to declare.\n\n"
            "Ms Phillipson has been the MP for Houghton and Sunderland South since 2010.\n"
        )
    )
    assert rows["Houghton and Sunderland South"] == ("GPE", 3), rows
    assert "Houghton" not in rows and "Sunderland South" not in rows, rows


def test_a_by_election_of_two_names_names_one_seat():
    rows = _kinds(
        _entities_of(
            "date 2022-06-24 Lib Dems win by-election\n\n"
            "The Liberal Democrats have won the Tiverton and Honiton by-election, overturning a large majority.\n\n"
            "The swing in Tiverton and Honiton was among the largest in by-election history.\n"
        )
    )
    assert rows["Tiverton and Honiton"] == ("GPE", 2), rows
    assert "Tiverton" not in rows and "Honiton" not in rows, rows


def test_two_places_a_party_takes_stay_two():
    rows = _kinds(
        _entities_of(
            "date 2024-07-05 Labour sweeps the north-west\n\n"
            "Labour took Bury North and Bury South from the Conservatives, with large majorities in both seats.\n"
        )
    )
    assert "Bury North and Bury South" not in rows, rows


def test_a_name_a_journey_starts_from_is_a_station_not_a_speakers_body():
    rows = _kinds(
        _entities_of(
            "date 2025-03-14 Signal failure halts trains\n\n"
            "Passengers travelling from Euston faced long delays on Friday.\n\n"
            "Commuters arriving from Marylebone were stuck for hours after the train broke down.\n\n"
            "A spokesman from Avanti said trains would not run on Saturday.\n"
        )
    )
    assert rows["Euston"][0] == "FAC", rows
    assert rows["Marylebone"][0] == "FAC", rows
    assert rows["Avanti"][0] == "ORG", rows


def test_a_junctions_services_and_a_possessive_station_are_stations():
    rows = _kinds(
        _entities_of(
            "date 2025-01-21 Storm closes lines\n\n"
            "Services from Clapham Junction were disrupted on Tuesday.\n\n"
            "A spokesperson for LNER said trains from King's Cross were terminating at Newcastle.\n\n"
            "Grand Central said its trains to King's Cross were cancelled.\n"
        )
    )
    assert rows["Clapham Junction"][0] == "FAC", rows
    assert rows["King's Cross"] == ("FAC", 2), rows
    assert "King" not in rows, rows


def test_a_seat_a_candidate_stands_in_or_is_expected_to_hold_is_a_place():
    rows = _kinds(
        _entities_of(
            "date 2024-07-04 Seats to watch\n\n"
            "Nigel Farage is standing in Clacton for Reform UK, and is widely expected to win the seat.\n\n"
            "Rishi Sunak is expected to hold Richmond and Northallerton, though polls suggested he could lose his "
            "seat.\n"
        )
    )
    assert rows["Clacton"][0] == "GPE", rows
    assert rows["Richmond and Northallerton"] == ("GPE", 1), rows
    assert "Richmond" not in rows and "Northallerton" not in rows, rows


def test_a_chambers_seat_names_the_chamber_not_a_place():
    rows = _kinds(
        _entities_of(
            "date 2024-11-06 Democrats flip a seat\n\n"
            "Democrats picked up a House seat in Pennsylvania late on Tuesday.\n\n"
            "Republicans were favoured to win the Senate seat in Ohio.\n"
        )
    )
    assert rows["House"][0] == "ORG", rows
    assert rows["Senate"][0] == "ORG", rows
    assert rows["Pennsylvania"][0] == "GPE", rows
