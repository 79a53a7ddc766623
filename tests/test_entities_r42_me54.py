"""A politician's obituary: the leader a minister served under, read by the recogniser as a body."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_the_leader_a_minister_served_under_is_a_person():
    rows = _kinds(
        _entities_of(
            "date 2026-11-30 Former Scottish minister Fergus Ewing dies aged 71\n\n"
            "Fergus Ewing, the former rural economy secretary, has died at the age of 71, his family said.\n\n"
            "He served as energy minister under Alex Salmond and later as rural economy secretary under Nicola "
            "Sturgeon, leaving the government after the 2021 election.\n"
        )
    )
    assert rows["Nicola Sturgeon"] == ("PERSON", 1)
    assert rows["Alex Salmond"] == ("PERSON", 1)


def test_a_title_opening_a_headline_is_no_body():
    rows = _kinds(
        _entities_of(
            "date 2025-10-08 Taoiseach defends housing record as Dáil returns\n\n"
            "Taoiseach Micheál Martin has defended the Government's housing record.\n\n"
            "Speaking in the Dáil on Tuesday, Mr Martin said 33,000 new homes had been completed.\n"
        )
    )
    assert "Taoiseach" not in rows
    assert rows["Micheál Martin"] == ("PERSON", 2)


def test_a_peer_named_by_title_and_an_english_word_is_a_person():
    rows = _kinds(
        _entities_of(
            "date 2025-11-13 Supreme Court rules against ministers\n\n"
            "Giving the lead judgment on Wednesday, Lord Reed, the court's president, said ministers had failed to "
            "have regard to the risk.\n\n"
            "Lady Simler and Lord Sales agreed with the ruling. The Lord Mayor watched the cricket at Lord's.\n"
        )
    )
    assert rows["Reed"] == ("PERSON", 1)
    assert rows["Sales"] == ("PERSON", 1)
    assert rows["Simler"] == ("PERSON", 1)
    assert "Mayor" not in rows
