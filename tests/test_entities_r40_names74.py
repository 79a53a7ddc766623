"""Names of news nobody here wrote: a subject after an opening phrase, works and prizes in obituaries and reviews,
historic events and regions."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_subject_after_an_opening_phrase_is_a_person_by_its_role_and_a_body_by_its_which():
    rows = _kinds(
        _entities_of(
            "date 2025-01-17 EU leaders split over Ukraine funding\n\n"
            "Speaking in Brussels, Scholz, the German chancellor, said on Thursday that Europe could not afford to "
            "let its support for Ukraine slip.\n\n"
            "Speaking in Davos, Microsoft, which has invested billions in OpenAI, said it expected artificial "
            "intelligence to raise output.\n\n"
            "Born in Ilford, Essex, in 1934, she trained at the Oxford Playhouse.\n"
        )
    )
    assert rows["Scholz"] == ("PERSON", 1)
    assert rows["Microsoft"] == ("ORG", 1)
    assert rows["Brussels"] == ("GPE", 1) and rows["Davos"] == ("GPE", 1)
    assert rows["Essex"] == ("GPE", 1)
