"""A common noun's plural opening a sentence is no band, though the next sentence calls a firm "the group"."""

from test_entities import _entities_of, _kinds


def test_a_plural_noun_opening_a_sentence_before_the_group_is_no_name():
    kinds = _kinds(
        _entities_of(
            "Carmaker names interim committee\n\n"
            "Stellantis said on Sunday that its chief executive had resigned.\n\n"
            "Shares in Stellantis fell 6.3% in Milan on Monday. The group cut its profit forecast in September."
        )
    )
    assert "Shares" not in kinds
    assert kinds["Stellantis"] == ("ORG", 2)
