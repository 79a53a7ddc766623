"""An owner's possessive before the name of what it owns splits in two, also when the owner's name alone reads like
a person's ("SpaceX's Starship lander")."""

from test_entities import _entities_of, _kinds


def test_owner_read_as_a_person_is_split_from_its_product():
    kinds = _kinds(
        _entities_of(
            "date 2026-12-04 Moon landing delayed\n\n"
            "Nasa blamed delays to SpaceX's Starship lander. SpaceX, which is building the lander, "
            "said it would fly again in the spring.\n"
        )
    )
    assert kinds["SpaceX"] == ("ORG", 2)
    assert kinds["Starship"] == ("PRODUCT", 1)
    assert "SpaceX's Starship" not in kinds
