"""Who said what (newsframe.quotes): a team's driver is a person, not the team; a name set before a comma-closed
description is the one the description says spoke."""

from __future__ import annotations

from test_quotes import quoting, table  # the quotes table of an article given as text


def test_a_teams_driver_is_the_person_written_of_not_the_team():
    found = table(
        "date 2026-09-07 Norris holds off Verstappen\n\n"
        "Lando Norris won the Italian Grand Prix on Sunday after holding off Max Verstappen.\n\n"
        'Verstappen said he had "nothing left" by the end. "We were quick, but not quick enough," the Red Bull '
        "driver told Sky Sports.\n"
    )
    row = quoting(found, "not quick enough")
    assert (row["speaker"], row["speaker_text"]) == ("Max Verstappen", "the Red Bull driver")


def test_a_name_set_before_a_comma_closed_description_is_who_spoke_whatever_the_parse_made_of_it():
    found = table(
        "date 2026-06-18 Lenders raise mortgage rates\n\n"
        "The Bank of England kept interest rates on hold at 4% on Thursday.\n\n"
        "Nationwide, the UK's biggest building society, said it would increase some deals from Friday.\n\n"
        "Nationally, the society said, prices were flat.\n"
    )
    assert quoting(found, "increase some deals")["speaker"] == "Nationwide"
    assert "Nationwide" not in found["speaker"].iloc[1:].tolist()


def test_who_after_a_name_and_the_body_it_is_of_is_the_person_not_the_body():
    found = table(
        "date 2026-11-08 Baker thanks bank\n\n"
        "Natarajan credits her survival to her bank manager, Tom Reeve of Lloyds, who said the bank would always "
        "back her.\n\n"
        "The deal was signed by Anna Cole of Barclays, who told reporters it was a good day.\n\n"
        "Rates were set by the Bank of England, which said inflation was falling.\n"
    )
    assert quoting(found, "always back her")["speaker"] == "Tom Reeve"
    assert quoting(found, "a good day")["speaker"] == "Anna Cole"
    assert quoting(found, "inflation was falling")["speaker"] == "Bank of England"


def test_a_plan_or_promise_not_made_is_no_statement():
    found = table(
        "date 2026-11-08 The baker who won\n\n"
        "Priya Natarajan never planned to run a business. The bank did not agree to extend her overdraft.\n\n"
        "Her landlord promised to cut the rent.\n"
    )
    assert found["cue"].tolist() == ["promised"]


def test_a_makers_name_on_its_model_is_not_the_airline_that_speaks():
    found = table(
        "date 2026-10-27 Plane engine fire\n\n"
        "An engine on a Jet2 flight caught fire on Monday.\n\n"
        "The Boeing 737, bound for Tenerife, was taxiing to the runway when the crew saw smoke, the airline said.\n\n"
        "The Airbus A320 had been serviced in May. The airline said it would examine the engine.\n"
    )
    assert quoting(found, "taxiing to the runway")["speaker"] == "Jet2"
    assert quoting(found, "examine the engine")["speaker"] == "Jet2"
