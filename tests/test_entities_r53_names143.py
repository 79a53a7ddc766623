"""Titles of works in culture news: subtitles, seasons of shows, platforms' films, albums and singles."""

from test_entities import _entities_of, _kinds


def test_a_title_with_a_colon_subtitle_after_a_cue_is_read_whole():
    rows = _kinds(
        _entities_of(
            "date 2024-03-12 A crowded spring\n\n"
            "Zendaya, who stars in Challengers and Dune: Part Two, was the most searched actor of the week.\n\n"
            "The director said the sequel had been shot in Jordan."
        )
    )
    assert rows["Challengers"][0] == "WORK_OF_ART"
    assert rows["Dune: Part Two"][0] == "WORK_OF_ART"
    assert "Challengers and Dune" not in rows


def test_a_subtitle_after_a_dash_belongs_to_the_title_too():
    rows = _kinds(
        _entities_of(
            "date 2023-07-20 Box office\n\n"
            "Hayley Atwell, who starred in Mission: Impossible – Dead Reckoning, will return for the next film.\n\n"
            "The studio said the sequel would open in May."
        )
    )
    assert rows["Mission: Impossible – Dead Reckoning"][0] == "WORK_OF_ART"
    assert "Dead Reckoning" not in rows


def test_a_counted_season_of_a_name_makes_it_a_show():
    rows = _kinds(
        _entities_of(
            "date 2024-03-12 Television\n\n"
            "HBO said filming on the third season of Euphoria would begin in January.\n\n"
            "Noah Hawley is writing a new season of Fargo, the network confirmed."
        )
    )
    assert rows["Euphoria"][0] == "WORK_OF_ART"  # read as a place
    assert rows["Fargo"][0] == "WORK_OF_ART"  # a city's name


def test_a_season_not_counted_keeps_the_name_it_follows():
    rows = _kinds(
        _entities_of(
            "date 2024-03-12 Motor racing\n\n"
            "The team will race in the 2025 season of Formula One, its owner said in London on Tuesday."
        )
    )
    assert rows["Formula One"][0] != "WORK_OF_ART"


def test_a_platforms_possessive_before_a_name_the_article_calls_a_film_is_a_work():
    rows = _kinds(
        _entities_of(
            "date 2024-01-24 Oscar nominations\n\n"
            "Netflix's Maestro, which Bradley Cooper directed, earned seven nominations.\n\n"
            "Colman Domingo stars in Netflix's Rustin as the civil rights organiser."
        )
    )
    assert rows["Maestro"][0] == "WORK_OF_ART"
    assert rows["Rustin"][0] == "WORK_OF_ART"
    assert rows["Bradley Cooper"][0] == "PERSON" and rows["Netflix"][0] == "ORG"


def test_a_title_after_a_singular_noun_of_a_work_is_one_work():
    rows = _kinds(
        _entities_of(
            "date 2024-09-01 Charts\n\n"
            "Billie Eilish released the single Lunch from the album Hit Me Hard and Soft in May.\n\n"
            "Sabrina Carpenter's new album Short n' Sweet sold 362,000 copies in its first week."
        )
    )
    assert rows["Hit Me Hard and Soft"][0] == "WORK_OF_ART"
    assert "Soft" not in rows
    assert rows["Short n' Sweet"][0] == "WORK_OF_ART"
    assert "Sweet" not in rows


def test_a_persons_full_name_after_a_noun_of_a_work_is_its_maker():
    rows = _kinds(
        _entities_of(
            "date 2024-09-01 Charts\n\n"
            "Fans queued overnight for the album Taylor Swift released in April, the label said."
        )
    )
    assert rows["Taylor Swift"][0] == "PERSON"


def test_titles_after_a_plural_noun_of_works_are_a_list():
    rows = _kinds(
        _entities_of(
            "date 2024-09-01 Charts\n\n"
            "The record includes the singles Espresso and Please Please Please, both of which topped the chart.\n\n"
            "Critics preferred the films Netflix released in June, the survey found."
        )
    )
    assert rows["Espresso"][0] == "WORK_OF_ART"  # read as a person
    assert rows["Please Please Please"][0] == "WORK_OF_ART"
    assert rows["Netflix"][0] != "WORK_OF_ART"  # who released the films, their titles unsaid


def test_a_long_title_after_a_noun_of_a_work_keeps_its_verb_outside():
    rows = _kinds(
        _entities_of(
            "date 2024-09-01 Charts\n\n"
            "Chappell Roan, whose debut album The Rise and Fall of a Midwest Princess climbed to number two, "
            "will tour in October."
        )
    )
    assert rows["The Rise and Fall of a Midwest Princess"][0] == "WORK_OF_ART"
    assert "Midwest" not in rows
