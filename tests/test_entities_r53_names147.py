"""A multi-word people's word standing as a noun for one person after an article and an ordinal or adjective."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_the_third_south_american_to_join_a_club_is_one_of_a_people():
    rows = _kinds(
        _entities_of(
            "date 2024-08-30 Spurs complete signing of teenage forward\n\n"
            "Luis Guilherme would become the third South American to join Tottenham this summer, the club said."
        )
    )
    assert rows["South American"][0] == "NORP"


def test_the_first_latin_american_to_win_an_award_is_one_of_a_people():
    rows = _kinds(
        _entities_of(
            "date 2023-11-02 Novelist wins literary prize\n\n"
            "Maria Lopez became the first Latin American to win the award, which was presented in Paris on Tuesday."
        )
    )
    assert rows["Latin American"][0] == "NORP"


def test_a_company_so_named_without_an_article_stays_a_body():
    rows = _kinds(_entities_of("date 2024-05-14 Miner rejects bid\n\nShareholders backed a bid for Anglo American."))
    assert rows["Anglo American"][0] == "ORG"
