"""Names in a ruling's reactions, a minister's resignation, a by-election, a court report, a misconduct hearing, a
recall, a relief effort and a bank's results: a body after a job in small letters, a road and the town it runs
around, a party's initials and its members, a role noun before a name, a car, a firm's goods, a body named like a
street, and a firm another owns."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_body_after_a_job_in_small_letters_is_a_name_and_a_ministrys_field_is_not():
    rows = _kinds(
        _entities_of(
            "date 2026-06-27 Court limits fines\n\n"
            '"This is a gift to fraudsters," said Mara Quell, co-president of Honest Ledger.\n\n'
            "The Minister of Transport, Ilkka Rauta, said he would study it.\n"
        )
    )
    assert rows["Honest Ledger"][0] == "ORG"
    assert "Transport" not in rows or rows["Transport"][0] != "ORG"


def test_a_roads_works_and_the_town_it_runs_around():
    rows = _kinds(
        _entities_of(
            "date 2026-06-12 Minister quits over road\n\n"
            "Roads minister Ellen Marsh has resigned over the decision to scrap the A595 bypass around Egremont.\n"
        )
    )
    assert rows["A595"][0] == "FAC"
    assert rows["Egremont"][0] == "GPE"


def test_a_partys_initials_are_its_members_name():
    rows = _kinds(
        _entities_of(
            "date 2026-09-15 Liberals hold seat\n\n"
            "Liberal candidate Nora Pike won 44% of the vote, while the New Democrats finished third.\n\n"
            "The NDP said its candidate, Jo Tran, had run a strong campaign.\n"
        )
    )
    assert rows["New Democrats"] == ("ORG", 2)
    assert "NDP" not in rows


def test_a_party_alone_among_peoples_words_stays_a_people():
    rows = _kinds(
        _entities_of(
            "date 2026-03-02 Vote on budget\n\n"
            "Conservative voters in the district backed the plan, a poll found. Local farmers were split.\n"
        )
    )
    assert "Conservative" not in rows or rows["Conservative"][0] == "NORP"


def test_a_role_noun_after_a_dateline_and_in_a_headline_is_no_part_of_the_name():
    table = _entities_of(
        'date 2026-11-24 Rapper Marcus "M-Tide" Doyle denies assault\n\n'
        "LOS ANGELES (AP) — Rapper Marcus Doyle, who performs as M-Tide, pleaded not guilty on Tuesday.\n\n"
        "Doyle's lawyer said he would be cleared.\n"
    )
    rows = _kinds(table)
    assert "Marcus Doyle" in rows and rows["Marcus Doyle"][0] == "PERSON"
    assert not any(name.startswith("Rapper") for name in rows)


def test_a_stolen_car_and_a_firms_goods_are_things():
    rows = _kinds(
        _entities_of(
            "date 2026-11-12 Officer sacked\n\n"
            "The panel heard that Pc Dean Holt chased a stolen Vauxhall Corsa through Clevedon.\n\n"
            "Meadowlane Foods said the recall covers two sizes of its Little Acorn formula.\n\n"
            "A disgraced Harold Finch left the court without speaking.\n\n"
            "Orders for advertising at its Silver Harbour television network rose, Meadowlane said.\n"
        )
    )
    assert rows.get("Silver Harbour", ("ORG", 1))[0] != "PRODUCT"
    assert rows["Vauxhall Corsa"][0] == "PRODUCT"
    assert rows["Little Acorn"][0] == "PRODUCT"
    assert rows["Harold Finch"][0] == "PERSON"


def test_a_body_named_like_a_street_speaks_and_a_street_does_not():
    rows = _kinds(
        _entities_of(
            "date 2026-09-08 Quake kills dozens\n\n"
            "The Green Crescent said it had set up tents for 5,000 people.\n\n"
            "Police closed Albion Crescent after the fire.\n"
        )
    )
    assert rows["Green Crescent"][0] == "ORG"
    assert rows["Albion Crescent"][0] == "FAC"


def test_what_a_firm_owns_is_a_firm():
    rows = _kinds(
        _entities_of(
            "date 2026-02-19 Bank profits rise\n\n"
            "Lloyds Banking Group said profits rose 9%.\n\n"
            "Lloyds, which owns Halifax and Bank of Scotland, employs about 60,000 people.\n"
        )
    )
    assert rows["Halifax"][0] == "ORG"
