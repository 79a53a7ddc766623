"""A town before its port's noun in lower case; a club's town opening the body below a Title Case headline."""

from test_entities import _entities_of, _kinds


def test_a_town_before_port_or_harbour_in_lower_case_is_a_place():
    rows = _kinds(
        _entities_of(
            "date 2024-03-14 Lorry driver arrested after migrants found in trailer\n\n"
            "Police arrested a lorry driver on a loading ramp at Holyhead port on Wednesday after officers found "
            "six men hidden in his trailer, North Wales Police said."
        )
    )
    assert rows["Holyhead"] == ("GPE", 1)  # the model guesses a people (NORP) for the unknown word


def test_a_town_before_harbour_or_airport_differently_worded_is_a_place():
    rows = _kinds(
        _entities_of(
            "date 2024-01-09 Storm halts crossings\n\n"
            "Fishermen at Brixham harbour said boats stayed tied up, while ferries sailing from Fishguard harbour "
            "were cancelled. The Chinese port of Ningbo was unaffected."
        )
    )
    assert rows["Brixham"][0] == "GPE" and rows["Fishguard"][0] == "GPE"
    assert rows["Chinese"][0] == "NORP"  # a people's adjective before "port" stays a people's


def test_a_clubs_town_opening_the_body_keeps_its_capital_in_a_title_case_headline():
    rows = _kinds(
        _entities_of(
            "date 2024-01-06 Saracens Thrashed By Leicester Tigers At Welford Road\n\n"
            "Leicester Tigers beat Saracens 36-12 at Welford Road on Saturday.\n\n"
            "Handre Pollard kicked 16 points for the Tigers, who move up to third."
        )
    )
    assert "Leicester Tigers" in rows and "Tigers" not in rows
    assert rows["Leicester Tigers"][0] == "ORG"


def test_a_town_opening_the_body_differently_worded_keeps_its_capital():
    rows = _kinds(
        _entities_of(
            "date 2024-02-10 Gloucester Rugby Stun Exeter Chiefs In Cup\n\n"
            "Gloucester Rugby knocked Exeter Chiefs out of the cup on Friday night.\n\n"
            "Exeter Chiefs had won their previous five matches against the visitors."
        )
    )
    assert "Gloucester Rugby" in rows and "Rugby" not in rows
