"""Works, outlets and studios in culture and technology news: how English news writes them."""

import pytest
from test_entities import _entities_of, _kinds


def test_a_title_described_in_apposition_by_a_noun_of_works_is_a_work():
    rows = _kinds(
        _entities_of(
            "date 2025-01-14 A stranger second season\n\n"
            "Severance, the Apple TV+ workplace thriller, returns on Friday after a long wait.\n\n"
            "Barbie, the year's biggest hit, received eight nominations on Tuesday."
        )
    )
    assert rows["Severance"][0] == "WORK_OF_ART"  # a title no reader read, opening the sentence
    assert rows["Barbie"][0] == "WORK_OF_ART"  # read as a person's name, described as a hit


def test_a_game_or_show_in_apposition_names_a_work_in_other_words():
    rows = _kinds(
        _entities_of(
            "date 2024-03-02 Studio news\n\n"
            "Marathon, the studio's long-delayed game, finally has a release date.\n\n"
            "Critics praised Taskwood, the franchise that made the studio famous, when it launched in 2019."
        )
    )
    assert rows["Marathon"][0] == "WORK_OF_ART"
    assert rows["Taskwood"][0] == "WORK_OF_ART"


def test_an_outlet_that_reports_or_grades_a_work_in_stars_is_an_organisation():
    rows = _kinds(
        _entities_of(
            "date 2024-07-16 Album reviews\n\n"
            "Axios reported that the label had delayed the album by a month.\n\n"
            "Rolling Stone gave it four stars, and Pitchfork said it was uneven."
        )
    )
    assert rows["Axios"][0] == "ORG"  # no people
    assert rows["Rolling Stone"][0] == "ORG"  # no person


def test_a_magazine_awarding_stars_in_other_words_is_an_organisation():
    rows = _kinds(
        _entities_of(
            "date 2024-05-10 Reviews round-up\n\n"
            "The Observer called the film a triumph in its review in April. Rolling Stone awarded it five stars."
        )
    )
    assert rows["Rolling Stone"][0] == "ORG"


def test_a_name_of_english_words_whose_reported_subject_opens_with_its_is_a_body():
    rows = _kinds(
        _entities_of(
            "date 2025-01-14 Game delayed\n\n"
            "Meanwhile, Naughty Dog confirmed on Tuesday that its next game is still years away."
        )
    )
    assert rows["Naughty Dog"][0] == "ORG"


def test_its_after_a_saying_body_in_other_words():
    rows = _kinds(
        _entities_of(
            "date 2024-09-03 Film news\n\n"
            "The site was sold in 2022. Meanwhile, Rotten Tomatoes said its audience score would be hidden until the "
            "release."
        )
    )
    assert rows["Rotten Tomatoes"][0] == "ORG"


@pytest.mark.parametrize(
    "body, title, other",
    [
        # read as a place
        ("Naughty Dog is owned by Sony. The studio made The Last of Us and the Uncharted series.", "Uncharted", None),
        # read as a people; a country's series is a tour, no title
        (
            "The studio was sold in 2022. She grew up playing the Zelda games. The England series starts in June.",
            "Zelda",
            ("England", "GPE"),
        ),
    ],
)
def test_a_one_word_title_before_a_noun_of_a_series_is_a_work(body, title, other):
    rows = _kinds(_entities_of("date 2025-01-14 Studio news\n\n" + body))
    assert rows[title][0] == "WORK_OF_ART"
    if other:
        assert rows[other[0]][0] == other[1]
