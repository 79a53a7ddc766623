"""Who said what (newsframe.quotes): naming or announcing a squad, a team or a cabinet is a selection made, no
statement of words; what the same coach or minister says beside it still is."""

from __future__ import annotations

from test_quotes import rows, table


def test_a_squad_named_is_no_statement():
    found = table(
        "date 2024-10-16 England name squad for autumn Tests\n\n"
        "Steve Borthwick has named a 36-man England squad for the autumn internationals, with three uncapped "
        "players included.\n\n"
        'Borthwick said: "This is an exciting group with a good blend of experience and youth."\n'
    )
    assert [(r[1], r[3], r[5]) for r in rows(found)] == [
        ("direct", "Steve Borthwick", '"This is an exciting group with a good blend of experience and youth."')
    ]


def test_a_team_or_cabinet_named_or_announced_is_no_statement():
    found = table(
        "date 2025-02-20 Gatland names side for Twickenham\n\n"
        "Wales coach Warren Gatland has named his side to face England at Twickenham on Saturday.\n\n"
        "Prime Minister Keir Starmer announced his cabinet on Friday evening.\n\n"
        "Gatland named Dewi Lake as captain and said the players were ready.\n"
    )
    assert [(r[1], r[3], r[5]) for r in rows(found)] == [
        ("reported", "Warren Gatland", "the players were ready"),
    ]


def test_bare_spokespeople_with_no_body_named_are_one_source():
    found = table(
        "date 2024-05-10 Hospital delays operations after cyber attack\n\n"
        "Hundreds of operations at a London hospital trust have been postponed after a cyber attack.\n\n"
        '"Our staff are working round the clock to restore services," a spokesperson said.\n\n'
        "A spokesman added that urgent care was continuing as normal.\n\n"
        '"Patients should attend appointments unless they are contacted," a spokeswoman said.\n\n'
        'One surgeon, who asked not to be named, said: "It is chaos."\n'
    )
    assert [(r[3], r[4]) for r in rows(found)] == [
        ("a spokesperson", "a spokesperson"),
        ("a spokesperson", "A spokesman"),
        ("a spokesperson", "a spokeswoman"),
        ("One surgeon", "One surgeon"),
    ]


def test_a_spokeswoman_written_with_her_body_speaks_for_it():
    found = table(
        "date 2024-05-10 Rail strike called off after pay offer\n\n"
        "Aslef said its members would vote on the offer over the next two weeks.\n\n"
        "A Southeastern spokeswoman said the company was pleased that services would run as normal.\n\n"
        "The Aslef spokeswoman added that drivers had lost pay during the dispute.\n"
    )
    assert [(r[3], r[4]) for r in rows(found)] == [
        ("Aslef", "Aslef"),
        ("Southeastern", "A Southeastern spokeswoman"),
        ("Aslef", "The Aslef spokeswoman"),
    ]
