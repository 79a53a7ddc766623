"""Names in a wedding notice, a health watchdog's report, a hospice appeal, a wildfire, a drugs trial, a local
election and a newspaper's scoop: a son called "Mr" beside his mother, a watchdog named by its town, a hospice named
with a possessive, a fire service named after its noun, a quoted nickname, a ward a party held, a party named two
ways, a newspaper called by its last word and an English county."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_son_called_mr_is_never_counted_as_his_mother():
    rows = _kinds(
        _entities_of(
            "date 2026-06-02 Sculptor to marry\n\n"
            "The Danish sculptor Henrik Solvang is to marry next spring, his gallery said on Monday.\n\n"
            "Mr Solvang, 41, works from a studio in Aarhus. His mother, Margaret Solvang, said they were thrilled.\n"
        )
    )
    assert rows["Margaret Solvang"] == ("PERSON", 1)
    assert rows["Henrik Solvang"] == ("PERSON", 2)


def test_a_surname_after_mr_leaves_the_name_of_a_woman_whatever_rule_put_it_there():
    from newsframe import entities

    keys = ["solvang", "henrik solvang", "margaret solvang", "solvang"]
    targets = {"henrik solvang", "margaret solvang"}
    group = ["margaret solvang", "henrik solvang", "margaret solvang", "margaret solvang"]
    agreed = entities.honorific_agrees(["m", "", "", "f"], keys, group, targets)
    assert agreed == ["henrik solvang", "henrik solvang", "margaret solvang", "margaret solvang"]
    # with no man of that surname, "Mr Solvang" is a person of his own
    assert entities.honorific_agrees(["m"], ["solvang"], ["margaret solvang"], {"margaret solvang"}) == ["solvang"]


def test_a_watchdog_named_by_its_kind_and_its_town_is_a_body_and_keeps_the_town_apart():
    rows = _kinds(
        _entities_of(
            "date 2026-02-11 Complaints about GP surgeries rise in Brackenby\n\n"
            "Patients in Brackenby waited longer for appointments last month, figures show.\n\n"
            'Brackenby Community Health Trust said demand had been "relentless".\n\n'
            "Patientwatch Brackenby said it had received 212 complaints in January.\n"
        )
    )
    assert rows["Patientwatch Brackenby"][0] == "ORG"
    assert rows["Patientwatch Brackenby"][1] == 1


def test_a_hospice_named_with_a_possessive_is_one_body():
    rows = _kinds(
        _entities_of(
            "date 2026-05-20 Hospice appeal reaches target\n\n"
            "Millbrook Children's Hospice said on Tuesday its appeal had raised £900,000.\n\n"
            "Families walked 10 miles along the coast to raise the last of the money.\n"
        )
    )
    assert rows["Millbrook Children's Hospice"][0] == "ORG"
    assert "Hospice" not in rows and "Millbrook Children" not in rows


def test_a_fire_service_named_after_its_noun_is_a_body_not_a_fire():
    rows = _kinds(
        _entities_of(
            "date 2026-08-03 Wildfire forces evacuations\n\n"
            "The fire was 10% contained by Monday evening, according to the regional fire agency, Ridge Fire.\n\n"
            "About 3,000 people were told to leave their homes.\n"
        )
    )
    assert rows["Ridge Fire"][0] == "ORG"


def test_a_name_quoted_with_its_noun_is_part_of_a_nickname_not_a_person():
    rows = _kinds(
        _entities_of(
            "date 2026-03-09 Five jailed over drugs network\n\n"
            "Five men were jailed at Maidstone Crown Court on Friday for supplying cocaine.\n\n"
            'The gang ran a phone number known as the "Rocco line" to take orders across Kent.\n'
        )
    )
    assert "Rocco" not in rows
    assert rows["Maidstone Crown Court"][0] == "ORG"


def test_a_ward_a_party_held_is_a_place():
    from newsframe import entities, nlp

    docs = nlp.parse(
        [
            "Labour held Northgate comfortably, with its candidate re-elected.",
            "The Greens gained Riverside from the Conservatives.",
            "Labour won Vodafone's backing for the plan.",
            "Sir Keir Starmer held Downing Street talks.",
            "The Republicans held the Senate in November.",
        ]
    )

    def seat(d, word):
        i = next(t.i for t in docs[d] if t.text == word)
        return entities.seat_won_by_a_party(docs[d], entities.Span(d, i, i + 1, "ORG", names="ORG"))

    assert seat(0, "Northgate") and seat(1, "Riverside")
    assert not seat(2, "Vodafone")  # the object is the backing, not the firm
    assert not seat(3, "Downing")  # no party holds it
    assert not seat(4, "Senate")  # a chamber, named with "the"


def test_a_party_named_two_ways_is_one_body():
    rows = _kinds(
        _entities_of(
            "date 2026-05-09 Greens gain seats in Oakbridge\n\n"
            "Labour kept control of Oakbridge City Council, but the Green Party gained three seats.\n\n"
            "Labour now holds 30 seats, while the Greens have nine.\n\n"
            "In Riverside, the Greens' Tom Okoro won by 14 votes.\n"
        )
    )
    assert rows["Green Party"] == ("ORG", 4) and "Greens" not in rows  # the headline's too


def test_a_newspaper_called_by_the_last_word_of_its_name_is_that_newspaper():
    rows = _kinds(
        _entities_of(
            "date 2026-04-01 Council contract questioned\n\n"
            "A local newspaper, the Dunmere Echo, reported that a contract had been awarded without a tender.\n\n"
            "Emails published by the Echo later showed that the council leader knew of it.\n"
        )
    )
    assert rows["Dunmere Echo"] == ("ORG", 2)
    assert "Echo" not in rows


def test_an_english_county_is_a_place():
    rows = _kinds(
        _entities_of(
            "date 2026-01-18 Walker dies after fall\n\n"
            "A walker died after a fall on Saturday, and mountain rescue teams in Cumbria said conditions were icy.\n"
        )
    )
    assert rows["Cumbria"][0] in ("GPE", "LOC")
