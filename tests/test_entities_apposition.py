"""Names told by the words set beside them: a body whose name holds a country's, a party leader named after the
title."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_body_whose_name_holds_a_country_is_one_organisation_not_the_country():
    """A trade body or charity named with a country's name ("UK Finance", "Age UK") that the readers read as the
    country alone is one organisation, and the country is not counted from it; a part of a place ("Central London")
    and the country's government stay as they were."""
    rows = _kinds(
        _entities_of(
            "date 2025-02-06 Mortgage payments to fall\n\n"
            "Tracker payments will fall by £29 a month, according to the banking trade body UK Finance. The charity "
            "Age UK said older people would still struggle.\n\n"
            "Roads in Central London were shut as the UK Government met.\n"
        )
    )
    assert rows["UK Finance"] == ("ORG", 1)
    assert rows["Age UK"] == ("ORG", 1)
    assert rows["Central London"][0] == "GPE"
    assert rows.get("UK", ("GPE", 0))[1] <= 1  # at most "the UK Government"'s, never the two bodies'


def test_a_name_after_a_party_and_a_leaders_title_and_a_comma_is_a_person():
    """A name the recogniser read as a place, set after "The Liberal leader," is the leader, a person."""
    rows = _kinds(
        _entities_of(
            "date 2025-09-05 Cabinet reshuffled\n\n"
            "The prime minister moved six ministers on Friday. The Liberal leader, Tunde Ibadan, said the changes "
            "showed a government in chaos.\n"
        )
    )
    assert rows["Tunde Ibadan"][0] == "PERSON"
