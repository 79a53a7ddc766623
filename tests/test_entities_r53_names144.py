"""Entities of rail-disruption and election-count news: lines named after their ends or their country, stations
after a disruption's "to" or "from", and candidates a reader took for a body."""

from test_entities import _entities_of, _kinds


def test_a_line_named_after_its_ends_or_its_country_is_one_line():
    rows = _kinds(
        _entities_of(
            "Storm brings rail chaos\n\n"
            "Northern said there would be no trains on the Settle to Carlisle line until Thursday, while buses "
            "replaced trains on the Heart of Wales line between Shrewsbury and Llanelli."
        )
    )
    assert rows["Settle to Carlisle line"][0] == "FAC" and "Settle" not in rows
    assert rows["Heart of Wales line"][0] == "FAC" and "Heart" not in rows and "Wales" not in rows
    assert rows["Shrewsbury"][0] == "GPE"
    # differently worded: a line's name after "along the", its passengers' services the rail words
    rows = _kinds(
        _entities_of(
            "Landslip closes scenic route\n\n"
            "Engineers were working along the Bristol to Exeter line on Monday after a landslip, and passengers "
            "were told the Vale of Glamorgan line would stay shut."
        )
    )
    assert rows["Bristol to Exeter line"][0] == "FAC" and "Exeter" not in rows
    assert rows["Vale of Glamorgan line"][0] == "FAC" and "Glamorgan" not in rows


def test_the_place_a_disruption_of_train_journeys_reaches_is_a_station():
    rows = _kinds(
        _entities_of(
            "Rail chaos\n\n"
            "Great Western Railway said lines had reopened at Reading by 10:30, but warned of knock-on delays "
            "to Paddington."
        )
    )
    assert rows["Paddington"][0] == "FAC" and rows["Reading"][0] == "GPE"
    rows = _kinds(
        _entities_of(
            "Evening of cancellations\n\n"
            "Chiltern Railways passengers faced cancellations from Marylebone throughout the evening, the "
            "operator said."
        )
    )
    assert rows["Marylebone"][0] == "FAC"
    # a town the gazetteer knows keeps its reading: the delays reach the town's trains
    rows = _kinds(_entities_of("Delays\n\nRail passengers faced delays to Leeds after a signal failure."))
    assert rows["Leeds"][0] == "GPE"


def test_a_candidate_trailing_or_leading_in_a_count_of_votes_is_a_person():
    rows = _kinds(
        _entities_of(
            "Republicans cling on in California\n\n"
            "California's 45th district was still too close to call on Wednesday, with Michelle Steel trailing "
            "by a few hundred votes in Orange County."
        )
    )
    assert rows["Michelle Steel"][0] == "PERSON"
    rows = _kinds(
        _entities_of(
            "Iowa count goes on\n\nIn the 3rd district, with most ballots counted, Zach Nunn trailed by 400 votes."
        )
    )
    assert rows["Zach Nunn"][0] == "PERSON"


def test_a_station_a_reader_took_for_a_person_between_two_ends_of_a_train_service():
    rows = _kinds(
        _entities_of(
            "Rail chaos\n\n"
            "South Western Railway said a points failure meant no trains could run between Waterloo and Woking "
            "during the morning peak."
        )
    )
    assert rows["Waterloo"][0] == "FAC" and rows["Woking"][0] == "GPE"
    rows = _kinds(
        _entities_of(
            "Timetable cut\n\n"
            "Services between Basingstoke and Waterloo will run only hourly until Sunday, the operator said."
        )
    )
    assert rows["Waterloo"][0] == "FAC" and rows["Basingstoke"][0] == "GPE"
    # two towns of one country are the towns the line joins, whichever a reader took for a person
    rows = _kinds(_entities_of("Delays\n\nTrains between Leeds and York were delayed by a signal failure."))
    assert rows["York"][0] == "GPE" and rows["Leeds"][0] == "GPE"
