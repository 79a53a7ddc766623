"""Entity rules read on charity, planning and disaster news."""

from test_entities import _entities_of, _kinds


def test_a_nickname_quoted_inside_a_name_names_the_person_alone():
    rows = _kinds(
        _entities_of(
            "date 2025-05-18 Grandmother completes 100-mile walk for hospice\n\n"
            'Margaret "Peggy" Allinson, from Kendal, finished her challenge on Saturday.\n\n'
            '"Peggy has been an inspiration to everyone here," said the fundraising manager, Laura Bell.'
        )
    )
    assert rows['Margaret "Peggy" Allinson'] == ("PERSON", 2) and "Peggy" not in rows


def test_a_nickname_with_the_surname_names_the_same_person():
    rows = _kinds(
        _entities_of(
            "date 2024-03-02 Veteran boxer returns to the ring\n\n"
            "Former champion Thomas 'Tank' Okafor will fight again in June, his promoter said.\n\n"
            "Tank Okafor, 41, last fought in 2019. His trainer, Mike Reeves, said Tank was in the best shape "
            "of his life."
        )
    )
    assert rows["Thomas 'Tank' Okafor"] == ("PERSON", 3)
    assert "Tank Okafor" not in rows and "Tank" not in rows


def test_a_council_named_after_a_hyphenated_town_is_one_body():
    rows = _kinds(
        _entities_of(
            "date 2025-02-27 Villagers fight plans for 250 homes\n\n"
            "Bellway Homes submitted a planning application to Stratford-on-Avon District Council last month for "
            "the site off Banbury Road in Kineton."
        )
    )
    assert rows["Stratford-on-Avon District Council"] == ("ORG", 1)
    assert "Stratford" not in rows and "Avon District Council" not in rows


def test_a_town_council_after_a_linked_town_keeps_the_town_in_its_name():
    rows = _kinds(
        _entities_of(
            "date 2024-09-10 Riverside flats rejected\n\n"
            "The plans were rejected by Henley-on-Thames Town Council on Monday night after 300 objections. "
            "The application will now go before Stoke-on-Trent City Council's planning committee."
        )
    )
    assert rows["Henley-on-Thames Town Council"] == ("ORG", 1)
    assert rows["Stoke-on-Trent City Council"] == ("ORG", 1)
    assert not any(k in rows for k in ("Henley", "Thames Town Council", "City Council", "Stoke-on-Trent"))


def test_a_source_after_according_to_with_a_post_beside_it_is_a_person():
    rows = _kinds(
        _entities_of(
            "date 2024-08-12 Wildfire spreads near Athens\n\n"
            "More than 400 firefighters were deployed overnight, according to Vassilis Vathrakogiannis, a fire "
            "service spokesman."
        )
    )
    assert rows["Vassilis Vathrakogiannis"] == ("PERSON", 1)


def test_an_economist_after_according_to_is_a_person_not_a_firm():
    rows = _kinds(
        _entities_of(
            "date 2024-06-03 Wheat prices climb\n\n"
            "Prices rose 4 per cent, according to Bellamy Marston, an economist at Rabobank."
        )
    )
    assert rows["Bellamy Marston"][0] == "PERSON" and rows["Rabobank"][0] == "ORG"


def test_every_place_listed_after_residents_of_a_two_word_name_is_a_place():
    rows = _kinds(
        _entities_of(
            "date 2024-08-12 Wildfire spreads near Athens\n\n"
            "Residents of Nea Makri, Marathonas and Dionysos were told to head towards the coast."
        )
    )
    assert rows["Marathonas"][0] == "GPE" and rows["Dionysos"][0] == "GPE"


def test_every_village_listed_after_the_villages_of_a_two_word_name_is_a_place():
    rows = _kinds(
        _entities_of(
            "date 2025-01-20 Flood warning\n\n"
            "The villages of Upper Slaughter, Naunton and Guiting Power were cut off by floodwater on Sunday."
        )
    )
    assert rows["Naunton"][0] in ("GPE", "LOC") and rows["Guiting Power"][0] in ("GPE", "LOC")
