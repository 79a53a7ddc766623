"""Names of an obituary, a retail update and a transfer column (round 33, names57): a person named after a trade
that firms are named after too, bodies whose names end in "Consortium" or a school's "Comprehensive", and the
object of a headline's first clause that the parse takes for a second subject, a programme's name cut at its
"of"."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_broadcaster_named_in_full_is_a_person():
    rows = _kinds(
        _entities_of(
            "date 2026-02-03 Obituary: headteacher dies aged 88\n\n"
            "Margaret Holloway, who led a school in Bristol for 22 years, has died aged 88.\n\n"
            'Former pupil and broadcaster Kirsty Young described her as "the most frightening and most kind person".\n'
        )
    )
    assert rows["Kirsty Young"][0] == "PERSON", rows


def test_the_broadcaster_itv_stays_an_organisation():
    rows = _kinds(
        _entities_of(
            "date 2026-02-03 Drama recommissioned\n\n"
            "The broadcaster ITV said on Tuesday it had ordered a second series of the drama.\n"
        )
    )
    assert rows["ITV"][0] == "ORG", rows


def test_a_consortium_and_a_comprehensive_are_bodies():
    rows = _kinds(
        _entities_of(
            "date 2026-01-08 Retail sales rise\n\n"
            "A survey by the British Retail Consortium and KPMG found that total retail sales rose 1.2%.\n\n"
            "Margaret Holloway joined Kingsdown Comprehensive in 1968 and became its headteacher in 1979.\n"
        )
    )
    assert rows["British Retail Consortium"][0] == "ORG", rows
    assert rows["Kingsdown Comprehensive"][0] == "ORG", rows


def test_the_object_of_a_headlines_first_clause_is_the_player_named_below():
    rows = _kinds(
        _entities_of(
            "date 2026-08-20 Transfer gossip: Villa want Guehi, Chelsea listen to Sterling offers\n\n"
            "Aston Villa are preparing a £45m bid for Crystal Palace captain Marc Guehi, reports the Telegraph.\n\n"
            "Chelsea are ready to listen to offers for their winger before the window shuts.\n"
        )
    )
    assert rows["Marc Guehi"] == ("PERSON", 2) and "Guehi" not in rows, rows
    assert rows["Chelsea"][0] == "ORG", rows


def test_a_programme_cut_at_its_of_is_named_whole_and_what_is_spoken_of_stays_apart():
    rows = _kinds(
        _entities_of(
            "date 2026-08-20 Pundits speak out\n\n"
            'Speaking on BBC Match of the Day, Alan Shearer said Villa needed "two more big signings".\n\n'
            "He spoke on BBC Newsnight of the Government's plans for the game.\n"
        )
    )
    assert rows["BBC Match of the Day"][0] == "WORK_OF_ART" and "BBC Match" not in rows, rows
    # the programme ends at its own name; "the Government" it spoke of is a government unnamed, as "the government"
    assert rows["BBC Newsnight"][0] == "WORK_OF_ART" and "BBC Newsnight of the Government" not in rows, rows
