"""Names in a lighthouse feature, a results day, a market report, a question time, a wine harvest, a royal visit, a
golf report, a recall, a university table, a ratings story, a hospice appeal and a festival review: a name an
apposition calls an island, a disease, a firm listed first, a party's name cut in two, a ministry's office, a valley,
a national park, a name written with its mark, an event's short name, a university's town, a people's adjective
before a trade, a region listed with a county and a vale."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_name_an_apposition_calls_an_island_is_land_in_every_mention():
    rows = _kinds(
        _entities_of(
            "date 2026-10-11 The last keeper of Skerra Holm\n\n"
            "For 22 years, Eric Mabey kept the light burning on Skerra Holm, a windswept island in the Bristol "
            "Channel.\n\n"
            "He served on three stations before Skerra Holm.\n\n"
            "Skerra Holm was automated in 1988.\n"
        )
    )
    assert rows["Skerra Holm"] == ("LOC", 4)  # the headline too


def test_a_disease_alone_is_no_name():
    rows = _kinds(
        _entities_of(
            "date 2026-08-14 Results fall\n\n"
            '"These young people lost the most during Covid," said Pepe Martell, a head teacher.\n'
        )
    )
    assert "Covid" not in rows
    assert rows["Pepe Martell"][0] == "PERSON"


def test_a_firm_listed_first_before_a_body_is_found():
    rows = _kinds(
        _entities_of(
            "date 2026-03-03 Miners drag FTSE lower\n\n"
            "The FTSE 100 fell 0.6%. Glencore and Anglo American lost more than 3% each after copper dropped.\n\n"
            "Microsoft, which has put Copilot into Windows 11, Word and Excel, said demand was strong.\n"
        )
    )
    assert rows["Glencore"][0] == "ORG"
    assert rows.get("Word", ("",))[0] != "ORG"  # a later item of a list of products is left alone


def test_a_party_name_cut_in_two_is_whole():
    rows = _kinds(
        _entities_of(
            "date 2026-03-04 Starmer and Badenoch clash\n\n"
            "Liberal Democrat leader Sir Ed Davey used his questions to press the prime minister on social care.\n\n"
            "Liberal Democrat spokesperson Fiona Grey said the policy should cover midwives too.\n"
        )
    )
    assert "Democrat" not in rows
    assert rows["Liberal Democrat"][0] == "NORP"


def test_a_ministrys_office_named_in_apposition_is_a_body():
    rows = _kinds(
        _entities_of(
            "date 2026-10-06 Harvest smallest since 1957\n\n"
            "The ministry's statistics office, Agrovel, forecast production of 36.9 million hectolitres. The "
            "Garonne Valley and Burgundy were among the worst affected regions.\n"
        )
    )
    assert rows["Agrovel"][0] == "ORG"
    assert rows["Garonne Valley"][0] == "LOC"


def test_a_national_park_is_land():
    rows = _kinds(
        _entities_of(
            "date 2026-11-02 Royal visit\n\n"
            "On Wednesday the couple will visit the Mombasa National Park and meet rangers from the Kenya "
            "Wildlife Service.\n"
        )
    )
    assert rows["Mombasa National Park"][0] == "LOC"


def test_a_body_written_with_its_mark_is_found():
    rows = _kinds(
        _entities_of(
            "date 2026-05-02 Chicken recalled\n\n"
            "Emily Miles, chief executive of the agency, said there had been no reports of injury. Which?, the "
            "consumer group, said it was the third recall this year.\n"
        )
    )
    assert rows["Which?"][0] == "ORG"


def test_an_events_short_name_joins_the_sponsored_one():
    rows = _kinds(
        _entities_of(
            "date 2026-07-13 Fleetwood edges Scheffler to win Scottish Open\n\n"
            "Tommy Fleetwood holed a birdie putt to win the Genesis Scottish Open by one shot from Scottie "
            "Scheffler at the Renaissance Club on Sunday.\n"
        )
    )
    assert "Scottish Open" not in rows
    assert rows["Genesis Scottish Open"] == ("EVENT", 2)


def test_a_universitys_town_never_named_as_a_place_is_the_university():
    rows = _kinds(
        _entities_of(
            "date 2026-09-19 St Kessog overtakes Oxford in league table\n\n"
            "The University of St Kessog has been named the best university in the UK.\n\n"
            'Professor Ann Moyle, the principal of St Kessog, said the result reflected "commitment".\n'
        )
    )
    assert "St Kessog" not in rows
    assert rows["University of St Kessog"] == ("ORG", 3)


def test_a_peoples_adjective_before_a_trade_and_a_name_is_no_person():
    rows = _kinds(
        _entities_of(
            "date 2026-08-24 Festival review\n\n"
            "Earlier, Welsh singer Gruff Rhys played a gentle afternoon set in the big tent.\n"
        )
    )
    assert rows["Welsh"][0] == "NORP"
    assert rows["Gruff Rhys"][0] == "PERSON"


def test_a_region_listed_with_a_county_and_a_vale_are_places():
    rows = _kinds(
        _entities_of(
            "date 2026-02-10 Hospice appeal\n\n"
            "The hospice, which cares for about 2,000 patients a year across Tyneside and Northumberland, said it "
            "would close eight beds.\n\n"
            "The special was filmed in Barry, the seaside town in the Vale of Glamorgan.\n"
        )
    )
    assert rows["Tyneside"][0] in ("GPE", "LOC")
    assert rows["Vale of Glamorgan"][0] == "GPE"
