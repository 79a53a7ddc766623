"""Names read across the rules of one article: a thing made is no song performed."""

from test_entities import _entities_of, _kinds


def test_a_version_of_a_craft_being_built_stays_a_product():
    text = (
        "Nasa delays Moon landing again\n\n"
        "Nasa has pushed back its first crewed Moon landing by another year, blaming delays to SpaceX's Starship "
        "lander.\n\n"
        "SpaceX, which is building a version of Starship to carry astronauts from lunar orbit to the surface, has "
        "flown the rocket eleven times since April 2023.\n"
    )
    assert _kinds(_entities_of(text))["Starship"][0] == "PRODUCT"


def test_a_version_of_a_song_at_a_festival_is_still_a_work():
    text = (
        "Glastonbury review: a night of surprises\n\n"
        "Cyndi Lauper played the Pyramid Stage on Friday. She was joined by Kevin Parker for a version of Happy "
        "Together, and the crowd roared.\n"
    )
    assert _kinds(_entities_of(text))["Happy Together"][0] == "WORK_OF_ART"
