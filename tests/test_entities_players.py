"""Players in reports of sports of players (tennis, golf): a name a reader took for a body is the player who wins."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_player_who_wins_a_title_is_a_person_however_the_reader_read_the_name():
    rows = _kinds(
        _entities_of(
            "date 2025-07-13 Ozola takes the title\n\n"
            "On Saturday, Latvia's Ilze Ozola won the women's singles title, beating Amanda Reyes of the United "
            "States 6-0 6-0. The defending champion was seeded second.\n"
        )
    )
    assert rows["Ilze Ozola"][0] == "PERSON"
    assert rows["Amanda Reyes"][0] == "PERSON"
    assert rows["Latvia"][0] == "GPE"
