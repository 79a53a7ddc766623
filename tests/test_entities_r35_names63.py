"""Names of news nobody here wrote: a ground named with its possessive, a mountain whose first word is a given name,
a title holding "Cabinet", a pollster's name of small words, a party before its member's title, a station after its
town's name, and a body's name going on with "for"."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_ground_named_with_its_possessive_is_a_facility():
    rows = _kinds(
        _entities_of(
            "date 2026-06-15 England beat India by seven wickets at Lord's on Sunday\n\n"
            "England beat India by seven wickets at Lord's on Sunday to take a 2-0 lead in the five-match Test "
            "series.\n\n"
            "England's bowlers had dismissed India for 212 before Joe Root made an unbeaten 88 in the second "
            "innings.\n\n"
            '"It was a special day," Root said. "Playing at Lord\'s never gets old."\n'
        )
    )
    assert rows["Lord's"] == ("FAC", 3)


def test_a_home_or_a_possessive_before_a_noun_is_no_venue():
    rows = _kinds(
        _entities_of(
            "date 2026-06-15 Party\n\n"
            "After the match the players went back to Mum's for tea, and the fans went to Lord's shop.\n"
        )
    )
    assert "Mum's" not in rows and "Lord's" not in rows


def test_a_mountain_opening_with_a_given_name_is_a_place():
    rows = _kinds(
        _entities_of(
            "date 2026-02-12 Two climbers rescued after being stranded on Ben Nevis\n\n"
            "Two climbers stranded on Ben Nevis overnight have been rescued by a mountain rescue team.\n\n"
            "Lochaber Mountain Rescue Team said the men were cold but uninjured. A spokesman said conditions on Ben "
            'Nevis had been "treacherous".\n'
        )
    )
    assert rows["Ben Nevis"] == ("LOC", 3)


def test_cabinet_in_a_title_a_pollster_a_party_and_a_station_after_its_town():
    rows = _kinds(
        _entities_of(
            "date 2026-03-04 Rail strike: talks go on\n\n"
            "Cabinet Secretary Simon Case met union leaders on Monday, and the Cabinet Secretary said talks would "
            "continue. A poll by More in Common found most voters blamed the government.\n\n"
            "Labour MP Sarah Champion said the dispute had gone on too long. Passengers at London King's Cross "
            "faced long queues.\n"
        )
    )
    assert "Cabinet" not in rows
    assert rows["More in Common"] == ("ORG", 1)
    assert rows["Labour"] == ("ORG", 1) and rows["Sarah Champion"][0] == "PERSON"
    assert rows["London King's Cross"] == ("GPE", 1) and "London King" not in rows


def test_a_bodys_name_going_on_with_for_is_one_name():
    rows = _kinds(
        _entities_of(
            "date 2026-03-10 Survey\n\n"
            "Scientists at the Japan Agency for Marine-Earth Science and Technology said the deep-sea survey would "
            "resume next year.\n"
        )
    )
    assert rows["Japan Agency for Marine-Earth Science and Technology"] == ("ORG", 1)


def test_an_index_another_mover_moved_keeps_its_number():
    rows = _kinds(
        _entities_of(
            "date 2026-03-10 Markets\n\nShares in Apple rose 2% on Tuesday, lifting the S&P 500 to a record.\n"
        )
    )
    assert rows["S&P 500"] == ("PRODUCT", 1) and "S&P" not in rows
