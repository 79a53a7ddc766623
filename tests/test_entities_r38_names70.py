"""Names of news nobody here wrote: a monarch or pope named by the title alone after naming him in full, two titles
after one "the"."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_the_title_alone_in_capitals_is_the_one_person_named_with_it():
    rows = _kinds(
        _entities_of(
            "date 2025-03-12 King Frederik opens new bridge\n\n"
            "The King cut the ribbon on Tuesday, the palace said.\n\n"
            "The King, 57, spoke briefly about the King's childhood visits to the island.\n\n"
            "The Emperor and Empress of Japan will visit in May.\n"
        )
    )
    assert rows["King Frederik"] == ("PERSON", 4)
    assert "Emperor" not in rows and "Empress" not in rows


def test_the_president_in_small_letters_or_with_two_holders_is_no_mention():
    rows = _kinds(
        _entities_of(
            "date 2025-03-12 President Okoro meets union leaders\n\n"
            "President Okoro met union leaders on Monday. The president said talks would go on.\n\n"
            "Pope Leo and Pope Francis were mentioned. The Pope was not there.\n"
        )
    )
    assert rows["Okoro"][1] == 2
    assert all(n == 1 for name, (_, n) in rows.items() if name.startswith("Pope"))


def test_a_name_at_a_place_in_a_county_named_like_a_person_is_a_place():
    rows = _kinds(
        _entities_of(
            "date 2024-12-07 Storm live: red warning in force\n\n"
            "Gusts of 88mph have been recorded at Dunnose Head in Devon, the Met Office said.\n\n"
            "Gusts of 80mph have been recorded at Porthallow Cove in Cornwall.\n\n"
            "A 70mph gust was measured at Berry Head in Kent.\n"
        )
    )
    assert rows["Berry Head"][0] == "GPE" and rows["Devon"][0] == "GPE" and rows["Kent"][0] == "GPE"


def test_the_plural_of_an_abbreviated_title_is_no_person():
    rows = _kinds(
        _entities_of(
            "date 2024-06-29 How a week of protests unfolded in Lusaka\n\n"
            "On Thursday last week, thousands marched through the capital after MPs approved the tax bill in a first "
            "vote.\n"
        )
    )
    assert "MPs" not in rows and rows["Lusaka"][0] == "GPE"


def test_the_president_is_the_one_named_with_the_title_in_full_and_by_surname():
    rows = _kinds(
        _entities_of(
            "date 2024-06-27 President Okello withdraws finance bill after protests\n\n"
            "President Samuel Okello has withdrawn a finance bill that sparked protests.\n\n"
            'The President said in a televised address that he had listened. "I concede," he said.\n'
        )
    )
    assert rows["Samuel Okello"] == ("PERSON", 3)
