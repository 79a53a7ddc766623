"""A state's or province's name written alone, where no reader read it, is a place ("Ontario will limit …"); and a
body's name that opens with a plural noun ("Colleges Ontario") lends no surname to the place's name inside it."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_province_opening_the_lead_is_a_place_not_a_persons_surname():
    rows = _kinds(
        _entities_of(
            "date 2024-01-29 Ontario to cap international student permits at colleges\n\n"
            "Ontario will limit the number of study permits allocated to its public colleges after Ottawa announced "
            "a national cap last week, the province's colleges minister said Monday.\n\n"
            "Colleges Ontario, which represents the province's 24 public colleges, warned that the cap could cost "
            "the sector $3 billion. Its president, Marketa Evans, said some programs would have to close.\n"
        )
    )
    assert rows["Ontario"] == ("GPE", 2)
    assert rows.get("Colleges Ontario", ("ORG", 1))[0] != "PERSON"


def test_an_indian_state_as_a_subject_is_a_place():
    rows = _kinds(
        _entities_of(
            "date 2024-07-03 Floods cut off villages\n\n"
            "Assam has asked for more army teams after floods cut off villages, officials said on Wednesday.\n\n"
            "Farmers Assam, a growers' group, said the villages had been warned.\n"
        )
    )
    assert rows["Assam"][0] == "GPE"
    assert rows.get("Farmers Assam", ("ORG", 1))[0] != "PERSON"


def test_a_union_named_for_a_list_of_trades_is_one_body():
    rows = _kinds(
        _entities_of(
            "date 2024-12-20 Rail strike threat\n\n"
            "The government is in a long-running pay dispute with the Rail, Tram and Bus Union, which has "
            "threatened action before New Year's Eve.\n"
        )
    )
    assert rows["Rail, Tram and Bus Union"][0] == "ORG"
    assert "Rail" not in rows and "Tram" not in rows


def test_a_federation_of_listed_trades_is_one_body_but_listed_firms_stay_apart():
    rows = _kinds(
        _entities_of(
            "date 2025-02-03 Walkout\n\n"
            "Members of the Rail, Maritime and Transport Union walked out on Monday, and shares in Barclays, "
            "Lloyds and NatWest Group fell.\n"
        )
    )
    assert rows["Rail, Maritime and Transport Union"][0] == "ORG"
    assert "Maritime" not in rows
    assert {"Barclays", "NatWest Group"} <= set(rows)
