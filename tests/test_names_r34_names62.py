"""Names of football, science and market news (round 34, names62): a surname read from after its particles,
clubs in a report that names few sport words, the second side of "the match
between", natural features and ships, and a market index named by what it ranks."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_name_read_from_after_its_particle_gets_its_given_name_back():
    rows = _kinds(
        _entities_of(
            "date 2026-05-21 Sleep study\n\n"
            '"People who sleep less move less the next day," said Dr Borja del Pozo Cruz, one of the authors.\n\n'
            "Professor Mario de la Fuente, who was not involved, said the sample was large.\n"
        )
    )
    assert rows["Borja del Pozo Cruz"] == ("PERSON", 1), rows
    assert "Pozo Cruz" not in rows, rows
    assert rows["Mario de la Fuente"][0] == "PERSON", rows


def test_clubs_in_a_report_with_few_sport_words():
    rows = _kinds(
        _entities_of(
            "date 2026-11-10 Mbeumo double\n\n"
            "Bryan Mbeumo scored twice as Manchester United won on Sunday.\n\n"
            "Mbeumo, signed from Brentford in the summer, is in the form of his life.\n\n"
            "The match between Exeter and Plymouth was postponed because of a waterlogged pitch.\n\n"
            "Everton have rebuffed an approach from Porto for their captain.\n"
        )
    )
    for club in ("Brentford", "Exeter", "Plymouth", "Porto"):
        assert rows[club][0] == "ORG", (club, rows)


def test_talks_between_two_countries_stay_places():
    rows = _kinds(_entities_of("date 2026-03-01 Talks\n\nTalks between Britain and France ended without a deal.\n"))
    assert rows["France"][0] == "GPE", rows


def test_a_trench_and_a_ship_named_after_its_noun():
    rows = _kinds(
        _entities_of(
            "date 2026-05-21 Deep-sea microbes\n\n"
            "Scientists found new microbes in the Mariana Trench, the deepest point in the oceans.\n\n"
            "The samples were collected by the research vessel Kaimei last year.\n\n"
            "Coral on the Great Barrier Reef is bleaching again, and the Thwaites Glacier is melting fast.\n"
        )
    )
    assert rows["Mariana Trench"][0] == "LOC", rows
    assert rows["Great Barrier Reef"][0] == "LOC", rows
    assert rows["Thwaites Glacier"][0] == "LOC", rows
    assert rows["Kaimei"][0] == "PRODUCT", rows


def test_a_market_index_named_by_what_it_ranks():
    rows = _kinds(
        _entities_of(
            "date 2026-02-12 Engine maker rallies\n\n"
            "Shares in Rolls-Royce rose 6%, making the engine maker the biggest riser in the FTSE 100.\n\n"
            "Ocado was the FTSE 250's biggest faller, and Sony was among the top performers on the Nikkei 225.\n"
        )
    )
    for index in ("FTSE 100", "FTSE 250", "Nikkei 225"):
        assert rows[index][0] == "PRODUCT", (index, rows)
