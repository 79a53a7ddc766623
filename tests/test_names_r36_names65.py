"""Names of sport, transport, health, politics, court and technology news (round 36, names65): a Korean name
written family name first whose family name is also a role noun."""

from __future__ import annotations

from test_entities import _entities_of, _kinds

MATCH = (
    "date 2026-02-14 Son Heung-min scores twice as Tottenham beat Villa\n\n"
    "Son Heung-min scored twice as Tottenham beat Aston Villa 3-1 at home on Saturday.\n\n"
    "The South Korea captain opened the scoring after ten minutes. Son later added a second from the penalty spot.\n\n"
    'Son said: "It was a good day for everyone at the club."\n'
)


def test_a_family_name_before_a_hyphenated_given_name_is_no_role_noun():
    rows = _kinds(_entities_of(MATCH))
    assert rows["Son Heung-min"] == ("PERSON", 4), rows
    assert "Heung-min" not in rows and "Son" not in rows, rows


FERRY = (
    "date 2026-03-03 Ferry cancellations hit island festival\n\n"
    "Ferry operator CalMac cancelled all sailings to Mull on Friday because of high winds.\n\n"
    "Promoter SJM Concerts said the festival on the island would still go ahead on Saturday.\n\n"
    "Water supplier Thames Water said it was sorry. Camera operator John Ward filmed the storm.\n"
)


def test_a_body_no_reader_read_after_the_noun_of_its_kind_is_an_organisation():
    rows = _kinds(_entities_of(FERRY))
    assert rows["CalMac"] == ("ORG", 1), rows
    assert rows["Thames Water"] == ("ORG", 1), rows
    assert rows["John Ward"][0] == "PERSON", rows


def test_an_agent_noun_opening_a_sentence_is_no_part_of_the_body_after_it():
    rows = _kinds(_entities_of(FERRY))
    assert rows["SJM Concerts"] == ("ORG", 1), rows
    assert not any(name.startswith("Promoter") for name in rows), rows


BANKS = (
    "date 2026-03-05 Banks fined over branch closures\n\n"
    "Royal Bank of Scotland has been fined £2m by the regulator for closing branches without warning.\n\n"
    "Bank of Scotland, which is owned by Lloyds, was fined £1m in a separate case.\n\n"
    "A spokesman for Royal Bank of Scotland said it accepted the ruling. Bank of Scotland said it would appeal.\n\n"
    "The cup final will be played at Wembley Stadium on 16 May. Wembley has hosted every final since 2007.\n"
)


def test_a_name_with_of_is_not_folded_into_one_that_adds_a_qualifier_in_front():
    rows = _kinds(_entities_of(BANKS))
    assert rows["Bank of Scotland"] == ("ORG", 2), rows
    assert rows["Royal Bank of Scotland"] == ("ORG", 2), rows


def test_a_stadium_named_by_its_first_word_is_the_stadium():
    rows = _kinds(_entities_of(BANKS))
    assert rows["Wembley Stadium"] == ("FAC", 2), rows
    assert "Wembley" not in rows, rows


BY_ELECTION = (
    "date 2026-03-06 Labour's Helen Price wins by-election\n\n"
    "Labour's Helen Price has won the by-election in Hartlepool by more than 2,000 votes.\n\n"
    "Price said she was proud to represent the town. The Conservatives came second.\n"
)


def test_a_person_after_a_party_s_possessive_is_no_place():
    rows = _kinds(_entities_of(BY_ELECTION))
    assert rows["Helen Price"] == ("PERSON", 3), rows
    assert rows["Labour"][0] == "ORG", rows
