"""Names a travel, business and music story calls what they are: a town "is a quiet town", a fort in apposition, a
firm that says "it" of itself."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_name_said_to_be_a_town_is_that_town_in_every_mention():
    rows = _kinds(
        _entities_of(
            "date 2025-05-20 Speed and stone\n\n"
            "Few places feel further apart than Brescello and Inis Mor.\n\n"
            "Away from the track, Brescello is a quiet town with a cathedral and a royal villa.\n\n"
            "Brescello rewards a slow walk in the evening.\n"
        )
    )
    assert rows["Brescello"][0] == "GPE"


def test_a_name_called_a_fort_in_apposition_is_a_facility():
    rows = _kinds(
        _entities_of(
            "date 2025-05-20 Island walks\n\n"
            "Caher Dunmore, a stone fort on the edge of a cliff, is the island's best-known sight.\n\n"
            "Caher Dunmore was built more than 3,000 years ago.\n"
        )
    )
    assert rows["Caher Dunmore"][0] == "FAC"


def test_a_person_said_to_hold_a_town_post_stays_a_person():
    rows = _kinds(
        _entities_of(
            "date 2025-05-20 Councillor quits\n\n"
            "Helen Varley is a town councillor in Ripon. Varley said she would stand down in May.\n"
        )
    )
    assert rows["Helen Varley"][0] == "PERSON"


def test_a_speaker_who_says_it_of_its_own_aims_is_a_body():
    rows = _kinds(
        _entities_of(
            "date 2025-06-10 Grace Harbour reports record summer\n\n"
            "Grace Harbour said on Monday that ticket sales for its summer stadium tours had risen by a fifth.\n\n"
            "The promoter said demand was strongest in Britain.\n\n"
            "Grace Harbour said it supported the aim of helping small venues.\n"
        )
    )
    assert rows["Grace Harbour"][0] == "ORG"


def test_a_person_who_says_it_of_a_thing_stays_a_person():
    rows = _kinds(
        _entities_of(
            "date 2025-06-10 Festival sells out\n\n"
            "The festival sold out within 30 minutes.\n\n"
            'Tom Hale, a promoter, said it was the busiest year yet. "Every band wants a stadium," Tom said.\n\n'
            "Tom Hale said it would take years for small venues to recover.\n"
        )
    )
    assert rows["Tom Hale"][0] == "PERSON"
