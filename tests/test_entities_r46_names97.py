"""Names typed by what the article tells of them: a player in a report of a result told in sets, the prime
minister's residence that speaks, an ocean beside a country's coast and a town's name that speaks; and the
quotation rows those names make."""

from __future__ import annotations

from test_entities import _kinds, _tables_of

TENNIS = (
    "date 2026-11-27 Ruusuvuori sends Finland into Davis Cup last four\n\n"
    "Emil Ruusuvuori beat Jannik Sinner 6-4 7-6 as Finland stunned Italy at the Davis Cup Finals in Malaga on "
    "Thursday.\n\n"
    "Ruusuvuori, the world number 40, saved two set points in the second set before sealing the tie.\n\n"
    '"It is the biggest win of my career," Ruusuvuori told reporters in Malaga.\n\n'
    "Finland will play Canada on Saturday for a place in the final.\n"
)


def test_a_result_told_in_sets_makes_the_winner_a_player():
    rows = _kinds(_tables_of(TENNIS)["entities"].set_index("entity"))
    assert rows["Emil Ruusuvuori"] == ("PERSON", 4) and "Ruusuvuori" not in rows
    assert rows["Malaga"] == ("GPE", 2)
    assert rows["Finland"] == ("GPE", 3)


RUNWAY = (
    "date 2026-12-01 Heathrow third runway: Downing Street backs expansion\n\n"
    "Downing Street said on Monday that the government remained committed to a third runway at Heathrow.\n\n"
    "Downing Street and Hillingdon Council said they would meet next month to discuss noise and air quality.\n\n"
    "Protesters gathered outside Downing Street on Tuesday afternoon, holding banners opposing the plan.\n\n"
    "Suffolk County Council is expected to vote on a similar scheme for a solar farm next week.\n"
)


def test_downing_street_that_speaks_is_the_office_and_speaks_with_the_council():
    tables = _tables_of(RUNWAY)
    rows = _kinds(tables["entities"].set_index("entity"))
    assert rows["Downing Street"] == ("ORG", 4)
    quotes = tables["quotes"]
    said = quotes[quotes["paragraph"] == 2]
    assert said["speaker"].tolist() == ["Downing Street and Hillingdon Council"]


def test_downing_street_only_stood_outside_is_the_place():
    rows = _kinds(
        _tables_of(
            "date 2026-12-01 Protest held outside Downing Street over runway\n\n"
            "Hundreds of protesters gathered outside Downing Street on Tuesday to oppose a third runway.\n\n"
            "The march began in Parliament Square and ended at the gates of Downing Street.\n\n"
            "Police said the protest had been peaceful.\n"
        )["entities"].set_index("entity")
    )
    assert rows["Downing Street"] == ("FAC", 3)


def test_an_ocean_beside_a_countrys_coast_is_water():
    rows = _kinds(
        _tables_of(
            "date 2026-12-01 Strong earthquake strikes off Japan's Pacific coast\n\n"
            "A magnitude 7.1 earthquake struck off Japan's Pacific coast on Wednesday, the Japan Meteorological "
            "Agency said, prompting tsunami warnings for parts of Miyazaki and Kochi prefectures.\n\n"
            "Residents along the Pacific coast were urged to move to higher ground.\n"
        )["entities"].set_index("entity")
    )
    assert rows["Pacific"] == ("LOC", 3)
    assert rows["Japan"] == ("GPE", 2)


def test_a_towns_name_that_tells_is_a_body():
    tables = _tables_of(
        "date 2026-12-01 Stand plan approved\n\nWrexham told the BBC the new stand would be ready next season.\n"
    )
    rows = _kinds(tables["entities"].set_index("entity"))
    assert rows["Wrexham"] == ("ORG", 1)
    assert tables["quotes"]["speaker"].tolist() == ["Wrexham"]
