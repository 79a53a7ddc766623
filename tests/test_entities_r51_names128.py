"""Grounds, club nicknames and club names written with and without a particle in sport reports."""

from test_entities import _entities_of, _kinds


def test_a_ground_named_by_its_crowd_and_the_match_played_there_is_a_facility():
    rows = _kinds(
        _entities_of(
            "date 2024-02-24 Scotland stun England at Murrayfield\n\n"
            "Scotland beat England 30-21 at Murrayfield on Saturday to retain the Calcutta Cup.\n\n"
            "Duhan van der Merwe scored a hat-trick of tries in front of a sell-out Murrayfield crowd.\n\n"
            "The Murrayfield crowd sang long after the final whistle."
        )
    )
    assert rows["Murrayfield"] == ("FAC", 4)


def test_a_ground_sold_out_or_filled_by_its_faithful_is_a_facility_but_a_club_there_stays_a_club():
    rows = _kinds(
        _entities_of(
            "date 2024-02-03 Scotland hold on against Wales\n\n"
            "A sold-out Murrayfield saw Scotland beat Wales 27-26 after a hat-trick of tries from Duhan van der "
            "Merwe.\n\n"
            "Gregor Townsend said the Murrayfield faithful had carried his side to the final whistle. Scotland "
            "host France next.\n\n"
            "Durham beat Kent by an innings at Durham on Saturday in front of the Durham faithful."
        )
    )
    assert rows["Murrayfield"] == ("FAC", 2)
    assert rows["Durham"][0] != "FAC"  # the side that beats, though its name is said where it plays


def test_a_club_nickname_clipped_from_its_name_counts_for_the_club():
    rows = _kinds(
        _entities_of(
            "date 2024-03-10 Villa win as Spurs are beaten\n\n"
            "Aston Villa won 2-0 at Tottenham Hotspur on Sunday.\n\n"
            "Spurs had dominated the first half, and the Spurs manager said his side lost their way.\n\n"
            "The defeat leaves Tottenham Hotspur five points behind Villa. A sold out Tottenham Hotspur Stadium "
            "fell silent."
        )
    )
    assert rows["Tottenham Hotspur"] == ("ORG", 5)
    assert "Spurs" not in rows
    assert rows["Tottenham Hotspur Stadium"][0] == "FAC"


def test_another_club_nickname_joins_its_club_and_no_work():
    rows = _kinds(
        _entities_of(
            "date 2024-01-20 Wolverhampton Wanderers beat Brentford\n\n"
            "Wolverhampton Wanderers beat Brentford 3-1 on Saturday to climb to tenth in the league.\n\n"
            "Wolves had lost their previous two matches. Brentford host Wolves again in the cup next month."
        )
    )
    assert rows["Wolverhampton Wanderers"] == ("ORG", 4)
    assert "Wolves" not in rows


def test_a_club_written_with_and_without_its_particle_is_one_club():
    rows = _kinds(
        _entities_of(
            "date 2024-02-04 Atlético Madrid edge Real Madrid in derby\n\n"
            "Atlético de Madrid beat Real Madrid 2-1 on Sunday night.\n\n"
            '"This team never gives up," Diego Simeone said. Atlético Madrid have now won five of their last six '
            "league matches."
        )
    )
    assert rows["Atlético Madrid"] == ("ORG", 3)
    assert "Atlético de Madrid" not in rows


def test_another_club_with_a_particle_is_one_club():
    rows = _kinds(
        _entities_of(
            "date 2023-11-05 Deportivo La Coruña win again\n\n"
            "Deportivo de La Coruña beat Celta Vigo 2-0 in the league on Sunday, and Deportivo La Coruña are now "
            "top of the table with a goal from Lucas Pérez."
        )
    )
    keys = [e for e in rows if e.startswith("Deportivo")]
    assert len(keys) == 1 and rows[keys[0]] == ("ORG", 3)
