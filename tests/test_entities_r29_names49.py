"""Main subjects of news nobody here wrote: a common given name and a surname that "she" follows, which the
recogniser read as a body, is a person."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_common_given_name_and_a_surname_that_she_follows_is_a_person():
    rows = _kinds(
        _entities_of(
            "date 2025-03-02 The Ferryman's Daughter review: Marion Fell is superb in a cold little play\n\n"
            "Late in the second act of The Ferryman's Daughter, now at the Donmar Warehouse, Marion Fell sits down "
            "on the jetty. The wind howls on the soundtrack, the rope slips from her hands, and she laughs.\n\n"
            "I have watched Fell on stage for twenty years, and I cannot recall her being better.\n\n"
            "The play is too long. But when Fell is on stage it hardly matters, and in Fell's hands even the "
            "weakest scene comes alive.\n"
        )
    )
    assert rows["Marion Fell"][0] == "PERSON"
