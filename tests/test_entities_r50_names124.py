"""The numbered UN climate summits are events; a street where something happened is a street."""

from test_entities import _entities_of, _kinds


def test_numbered_climate_summits_are_events_however_written():
    rows = _kinds(
        _entities_of(
            "date 2023-12-13 Cop28 deal reached in Dubai\n\n"
            "Nearly 200 countries at the Cop28 climate summit in Dubai have agreed a deal on fossil fuels.\n\n"
            "Next year's summit, Cop29, will be held in Baku, Azerbaijan, in November 2024."
        )
    )
    assert rows["Cop28"][0] == "EVENT"
    assert rows["Cop29"][0] == "EVENT"


def test_numbered_summits_in_capitals_or_spaced_are_events_too():
    rows = _kinds(
        _entities_of(
            "date 2024-11-24 Talks end with finance pledge\n\n"
            "Mukhtar Babayev, who chaired the talks, said COP29 had delivered a fair outcome.\n\n"
            "Attention now turns to Cop 30, which Brazil will host in Belém next November."
        )
    )
    assert rows["COP29"][0] == "EVENT"
    assert rows["Cop 30"][0] == "EVENT"


def test_a_street_where_a_person_was_attacked_is_a_street():
    rows = _kinds(
        _entities_of(
            "date 2024-03-02 Man jailed for stabbing\n\n"
            "Kyle Matthews, 27, attacked Jordan Phillips in Broad Street after an argument, the court heard."
        )
    )
    assert rows["Broad Street"][0] == "FAC"


def test_a_street_where_a_named_victim_was_found_is_a_street():
    rows = _kinds(
        _entities_of(
            "date 2024-06-11 Police appeal after assault\n\n"
            "Officers found Daniel Okafor in Bridge Street shortly after midnight, police said."
        )
    )
    assert rows["Bridge Street"][0] == "FAC"


def test_a_firm_and_its_coined_service_name_are_one_body():
    rows = _kinds(
        _entities_of(
            "date 2023-11-27 Booker winner's sales soar\n\n"
            "Sales of the novel rose by more than 1,000% in the week after the shortlist was announced, according to "
            "Nielsen BookScan."
        )
    )
    assert rows["Nielsen BookScan"][0] == "ORG"
    assert "Nielsen" not in rows and "BookScan" not in rows


def test_a_chart_compiler_and_its_coined_tracker_name_are_one_body():
    rows = _kinds(
        _entities_of(
            "date 2024-05-01 Album tops the chart\n\n"
            "Streams of the album topped 2 million in its first week, according to Luminate SoundScan, while "
            "Chris VanHollen said fans had bought vinyl too."
        )
    )
    assert rows["Luminate SoundScan"][0] == "ORG" and "SoundScan" not in rows
    assert rows["Chris VanHollen"][0] == "PERSON"
