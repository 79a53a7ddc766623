"""Sport reports: a side named by a plural that plays in a league's tier, a town joined by "and" to a side that shares
a result, and a manager named before "'s side"."""

from test_entities import _entities_of, _kinds


def test_a_plural_name_that_plays_in_a_leagues_tier_is_a_team():
    rows = _kinds(
        _entities_of(
            "date 2025-08-03 Wasps return to league rugby\n\n"
            "Wasps will play in the fourth tier next season after the club's new owners were approved by the Rugby "
            "Football Union on Friday."
        )
    )
    assert rows["Wasps"][0] == "ORG"
    other = _kinds(
        _entities_of(
            "date 2025-06-02 Back in business\n\n"
            "Jets will compete in the third division next season after the league confirmed their licence on Monday."
        )
    )
    assert other["Jets"][0] == "ORG"


def test_a_town_joined_to_a_side_sharing_a_result_is_a_club():
    rows = _kinds(
        _entities_of(
            "date 2025-10-05 Spurs held at Brighton\n\n"
            "Brighton and Spurs shared the points in a 1-1 draw at the Amex on Sunday.\n\n"
            "Spurs took the lead through Son Heung-min before Danny Welbeck equalised."
        )
    )
    assert rows["Brighton"][0] == "ORG"
    other = _kinds(
        _entities_of(
            "date 2025-11-22 Stalemate on the south coast\n\n"
            "Wolves and Brighton drew 0-0 on Saturday, goalkeeper Jose Sa making three fine saves.\n\n"
            "Wolves stay 18th in the Premier League."
        )
    )
    assert other["Brighton"][0] == "ORG"


def test_a_full_name_before_s_side_is_the_manager():
    rows = _kinds(
        _entities_of(
            "date 2025-04-19 Villa and Newcastle share spoils\n\n"
            "Villa and Newcastle drew 2-2 at Villa Park on Saturday after Ollie Watkins scored a late equaliser.\n\n"
            "Unai Emery's side stay sixth, a point behind Newcastle."
        )
    )
    assert rows["Unai Emery"][0] == "PERSON"
    other = _kinds(
        _entities_of(
            "date 2025-03-02 Rangers win at Tynecastle\n\n"
            "Rangers beat Hearts 2-0 at Tynecastle on Sunday, with Cyriel Dessers scoring twice.\n\n"
            "Philippe Clement's men are now seven points behind Celtic."
        )
    )
    assert other["Philippe Clement"][0] == "PERSON"


def test_a_result_between_two_countries_makes_a_sport_report_and_its_at_the_ground():
    from newsframe.entities import is_sport_report
    from newsframe.nlp import parse

    assert is_sport_report(parse(["France edge England", "France beat England 33-31 at Twickenham on Saturday."]))
    assert not is_sport_report(parse(["Council vote", "Labour beat the Conservatives 31-29 in the council vote."]))
    rows = _kinds(
        _entities_of(
            "date 2025-03-15 France too good for England\n\n"
            "France beat England 33-31 at Twickenham on Saturday to keep their title hopes alive.\n\n"
            "England have now lost three times at Twickenham this season."
        )
    )
    assert rows["Twickenham"][0] == "FAC"
    other = _kinds(
        _entities_of(
            "date 2025-02-08 Scotland too strong for Italy\n\n"
            "Scotland thrashed Italy 31-19 at Murrayfield, Huw Jones crossing twice in the second half."
        )
    )
    assert other["Murrayfield"][0] == "FAC"


def test_at_after_a_players_match_is_the_venue_though_read_as_a_body():
    rows = _kinds(
        _entities_of(
            "date 2025-06-20 Draper reaches Queen's semi-finals\n\n"
            "Jack Draper beat Brandon Nakashima 6-4 7-6 at Queen's on Friday to reach the semi-finals.\n\n"
            '"The grass is playing quick this year," Draper said.'
        )
    )
    assert rows["Queen's"][0] == "FAC"
    other = _kinds(
        _entities_of(
            "date 2025-05-30 Raducanu through in Paris\n\n"
            "Emma Raducanu beat Wang Xinyu 7-5 6-2 at Roland Garros on Thursday, a clay-court clinic.\n\n"
            "The British number one will face Iga Swiatek in the third round."
        )
    )
    assert other["Roland Garros"][0] == "FAC"
