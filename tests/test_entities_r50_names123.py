"""A home nation named as a national side in a sport report is the country, as every other country is."""

from test_entities import _entities_of, _kinds


def test_a_home_nation_beaten_by_a_score_is_the_country_as_the_winner_is():
    rows = _kinds(
        _entities_of(
            "date 2025-03-16 France win Six Nations title\n\n"
            "France won the Six Nations with a 35-16 victory over Scotland at the Stade de France on Saturday.\n\n"
            "England beat Wales 68-14 at the Principality Stadium in Cardiff. "
            "Ireland finished third after a win over Italy in Rome."
        )
    )
    assert rows["Wales"][0] == rows["England"][0] == "GPE"
    assert rows["Scotland"][0] == rows["France"][0] == "GPE"


def test_a_home_nation_in_a_football_international_is_the_country():
    rows = _kinds(
        _entities_of(
            "date 2025-06-10 Late goal settles World Cup qualifier\n\n"
            "Scotland beat Northern Ireland 2-1 in Glasgow on Tuesday to stay top of their World Cup qualifying group, "
            "with Scott McTominay scoring the winner in the 88th minute.\n\n"
            "Wales drew 1-1 with Belgium in Brussels, a point that keeps them in contention."
        )
    )
    for side in ("Scotland", "Northern Ireland", "Wales", "Belgium"):
        assert rows[side][0] == "GPE", side
    assert rows["Scott McTominay"][0] == "PERSON"
