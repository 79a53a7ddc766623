"""Music and festival reviews: songs named as what a singer performs, dedicates, opens or closes a set with, or a
version of, are works; a festival dated by its year in a headline is an event, not a person."""

from __future__ import annotations

from test_entities import _entities_of, _kinds

GLASTONBURY = (
    "date 2024-06-30 Glastonbury 2024 review: Dua Lipa and Coldplay close out a weekend of spectacle\n\n"
    "Glastonbury returned to Worthy Farm in Somerset this weekend after a turbulent build-up.\n\n"
    "She was joined by Kevin Parker for a version of Happy Together, and the crowd roared.\n\n"
    "Chris Martin brought out Michael J Fox to play guitar on Fix You, and the band dedicated Sparks to the late "
    "Shane MacGowan.\n"
)

HYDE_PARK = (
    "date 2024-07-05 Springsteen thrills Hyde Park crowd\n\n"
    "Bruce Springsteen played the first of two nights at Hyde Park on Thursday, opening with Lonesome Day and "
    "closing with Thunder Road.\n\n"
    "The 74-year-old was joined by Chris Martin for a version of Viva La Vida. Martin said it was a special "
    "night.\n"
)

READING = (
    "date 2024-08-26 Arctic Monkeys close Reading with a blistering set\n\n"
    "Arctic Monkeys headlined the main stage at Reading Festival on Sunday night.\n\n"
    "Alex Turner thanked the crowd, and the band dedicated Mardy Bum to their fans in Sheffield. Billie Eilish "
    "performed Happier Than Ever and a rendition of Ocean Eyes with her brother Finneas O'Connell.\n"
)


def test_songs_dedicated_or_played_in_a_version_are_works():
    rows = _kinds(_entities_of(GLASTONBURY))
    assert rows["Sparks"][0] == "WORK_OF_ART"
    assert rows["Happy Together"][0] == "WORK_OF_ART"
    assert rows["Shane MacGowan"][0] == "PERSON"
    assert rows["Kevin Parker"][0] == "PERSON"


def test_a_festival_dated_by_its_year_is_an_event():
    rows = _kinds(_entities_of(GLASTONBURY))
    assert rows["Glastonbury"] == ("EVENT", 2)


def test_songs_a_set_opens_and_closes_with_are_works():
    rows = _kinds(_entities_of(HYDE_PARK))
    assert rows["Thunder Road"][0] == "WORK_OF_ART"
    assert rows["Chris Martin"][0] == "PERSON"
    assert rows["Bruce Springsteen"][0] == "PERSON"


def test_songs_dedicated_and_rendered_are_works():
    rows = _kinds(_entities_of(READING))
    assert rows["Mardy Bum"][0] == "WORK_OF_ART"
    assert rows["Ocean Eyes"][0] == "WORK_OF_ART"
    assert rows["Finneas O'Connell"][0] == "PERSON"
