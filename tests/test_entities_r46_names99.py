"""Films told of by their takings and sequel numbers, craft sent to space and the agencies that send them,
parliaments named by one word, and languages named by the last word of their full name."""

from __future__ import annotations

from test_entities import _entities_of, _kinds

FILM = (
    "date 2025-06-23 Pixar's Elio suffers studio's worst opening\n\n"
    "Pixar's Elio took $21m at the box office in its first weekend in North America, the lowest opening in the "
    "studio's history, according to estimates from Comscore on Sunday.\n\n"
    "The animated film cost about $150m to make. Elio opened to mixed reviews and finished third.\n\n"
    "Disney released Inside Out 2 last summer, and it grossed more than $1.6bn worldwide, making it the "
    "highest-grossing animated film of all time until it was overtaken by Ne Zha 2.\n\n"
    "Analysts at Boxoffice Pro had expected Elio to open to about $25m. Toy Story 5 is due in cinemas next June.\n"
)

SPACE = (
    "date 2025-03-03 Europa Clipper swings past Mars on way to Jupiter\n\n"
    "Nasa's Europa Clipper flew past Mars on Saturday, using the planet's gravity to speed up on its journey to "
    "Jupiter, the agency said.\n\n"
    "The spacecraft will make 49 close flybys of Europa, a moon thought to hide an ocean beneath its ice.\n\n"
    "Nasa said the probe was in good health. Europa Clipper is the largest spacecraft Nasa has built for a "
    "planetary mission.\n\n"
    "Esa and Nasa have shared data, and Jaxa and Isro have also sent scientists.\n\n"
    "Nasa is also preparing Artemis II, which will send four astronauts around the Moon.\n"
)

WALES = (
    "date 2025-06-23 Senedd votes to expand Welsh-medium education\n\n"
    "The Senedd has voted to expand Welsh-medium education, with ministers aiming for a million people to speak "
    "Welsh by 2050.\n\n"
    "Jeremy Miles told the Senedd the bill was a historic step.\n\n"
    "In Scotland, Holyrood is debating a similar bill. Fewer than 60,000 people in Scotland speak Gaelic.\n"
)


def test_a_film_told_of_by_its_takings_is_a_work():
    rows = _kinds(_entities_of(FILM))
    assert rows["Elio"][0] == "WORK_OF_ART"
    studios = _kinds(
        _entities_of(
            "date 2025-01-06 Disney tops annual box office\n\n"
            "Disney took $4.2bn at the box office in North America last year, ahead of Universal, the studio "
            "said on Monday.\n\nUniversal grossed $3.1bn, helped by Wicked.\n"
        )
    )
    assert studios["Disney"][0] == "ORG" and studios["Universal"][0] == "ORG"


def test_a_title_with_a_sequel_number_among_words_of_the_cinema_is_a_work_whole():
    rows = _kinds(_entities_of(FILM))
    assert rows["Inside Out 2"] == ("WORK_OF_ART", 1)
    assert rows["Toy Story 5"] == ("WORK_OF_ART", 1)
    assert rows["Ne Zha 2"] == ("WORK_OF_ART", 1)
    assert "Inside Out" not in rows


def test_a_craft_an_agency_owns_or_called_a_spacecraft_is_a_product():
    rows = _kinds(_entities_of(SPACE))
    assert rows["Europa Clipper"] == ("PRODUCT", 3)
    assert rows["Europa"] == ("LOC", 1)  # "Europa, a moon": the moon, not the craft
    assert rows["Artemis II"] == ("PRODUCT", 1)


def test_space_agencies_are_organisations():
    rows = _kinds(
        _entities_of(
            "date 2025-06-20 Nasa picks new landing site\n\n"
            "Nasa has picked a new landing site near the Moon's south pole, Sean Duffy said on Friday.\n\n"
            '"This is the best place to land," said Duffy, who leads Nasa. Nasa and Esa will share the data, '
            "according to Nasa.\n"
        )
    )
    assert rows["Nasa"][0] == "ORG"
    assert rows["Esa"] == ("ORG", 1)
    assert rows["Sean Duffy"] == ("PERSON", 2)


def test_a_parliament_named_by_one_word_is_a_body_and_gaelic_a_language():
    rows = _kinds(_entities_of(WALES))
    assert rows["Senedd"] == ("ORG", 3)
    assert rows["Holyrood"] == ("ORG", 1)
    assert rows["Welsh"][0] == "LANGUAGE"
    assert rows["Gaelic"] == ("LANGUAGE", 1)
