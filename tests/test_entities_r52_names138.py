"""Outlets and game titles in culture and games news: an outlet credited with "X reported" read as a person, a
game's title that sells copies through a verb joined to another or that a counted crowd plays, a title no reader
read that sells copies, and a game of a series named again by its last word."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_an_outlet_that_reports_a_clause_is_an_organisation():
    rows = _kinds(
        _entities_of(
            "date 2025-02-03 Carpenter album back at No. 1\n\n"
            "Sabrina Carpenter's album climbed back to the top of the chart this week, Billboard reported on "
            "Sunday.\n\n"
            "The record earned 98,000 units in the week, according to Luminate."
        )
    )
    assert rows["Billboard"][0] == "ORG"


def test_an_outlet_reporting_before_citing_is_an_organisation_and_a_reporter_stays_a_person():
    rows = _kinds(
        _entities_of(
            "date 2025-03-11 Studio delays sequel\n\n"
            "The band will tour Europe in the autumn, Consequence reported, citing two people close to the group.\n\n"
            "The reporter Jane Hollis reported that the studio had cut 40 jobs. Hollis reported that the sequel "
            "would slip to 2026."
        )
    )
    assert rows["Consequence"][0] == "ORG"
    assert rows["Jane Hollis"][0] == "PERSON"


def test_a_title_that_was_released_and_sold_copies_is_a_work():
    rows = _kinds(
        _entities_of(
            "date 2025-05-14 Indie hit passes 15 million\n\n"
            "Hollow Knight was released in 2017 and has sold more than 15 million copies, developer Team Cherry "
            "said last month.\n\n"
            "Fans have waited six years for its sequel."
        )
    )
    assert rows["Hollow Knight"][0] == "WORK_OF_ART"


def test_a_title_a_counted_crowd_played_is_a_work():
    rows = _kinds(
        _entities_of(
            "date 2025-03-04 Capcom's monster hit breaks records\n\n"
            "More than a million people played Monster Hunter Wilds on Steam on its launch weekend, according to "
            "SteamDB.\n\n"
            "Millions of gamers have played Hollow Knight since it came out."
        )
    )
    assert rows["Monster Hunter Wilds"][0] == "WORK_OF_ART"
    assert rows["Hollow Knight"][0] == "WORK_OF_ART"


def test_an_actor_who_played_a_part_stays_a_person():
    rows = _kinds(
        _entities_of(
            "date 2025-04-14 Television review\n\n"
            "Pedro Pascal played Joel Miller with a weary tenderness, the critic wrote.\n\n"
            "The series returns on Sunday."
        )
    )
    assert rows.get("Joel Miller", ("PERSON", 1))[0] == "PERSON"


def test_a_title_no_reader_read_that_sold_copies_is_found_as_a_work():
    rows = _kinds(
        _entities_of(
            "date 2025-05-14 PC ports sell well\n\n"
            "The Last of Us sold 1.3 million copies on PC in its first year, the studio said on Tuesday.\n\n"
            "Analysts expect more ports next year."
        )
    )
    assert rows["The Last of Us"][0] == "WORK_OF_ART"


def test_a_second_title_no_reader_read_that_sold_copies_is_found_as_a_work():
    rows = _kinds(
        _entities_of(
            "date 2025-06-02 Soulslike sales\n\n"
            "Lies of P has sold three million copies since its launch, its publisher said on Monday.\n\n"
            "A sequel is in development."
        )
    )
    assert rows["Lies of P"][0] == "WORK_OF_ART"


def test_a_game_of_a_series_named_again_by_its_last_word_is_the_game():
    rows = _kinds(
        _entities_of(
            "date 2025-04-01 March charts\n\n"
            "Assassin's Creed Shadows has sold three million copies, Ubisoft said on Monday.\n\n"
            "Shadows also topped the charts in Japan for a week."
        )
    )
    assert rows["Assassin's Creed Shadows"] == ("WORK_OF_ART", 2)
    assert "Shadows" not in rows


def test_a_second_game_named_again_by_its_last_word_is_the_game():
    rows = _kinds(
        _entities_of(
            "date 2025-03-04 Capcom's monster hit\n\n"
            "More than a million people played Monster Hunter Wilds on its launch weekend.\n\n"
            "Wilds is the fastest-selling game in the history of the studio, its publisher said."
        )
    )
    assert rows["Monster Hunter Wilds"] == ("WORK_OF_ART", 2)
    assert "Wilds" not in rows


def test_a_second_title_that_launched_and_since_sold_copies_is_a_work():
    rows = _kinds(
        _entities_of(
            "date 2025-03-02 Farming game passes 41 million\n\n"
            "Stardew Valley launched in 2016 and has since sold more than 41 million copies, its creator Eric "
            "Barone said on Saturday.\n\n"
            "Barone is still working on his next game."
        )
    )
    assert rows["Stardew Valley"][0] == "WORK_OF_ART"
