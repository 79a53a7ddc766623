"""Joint bodies named after two places, train operators listed together, and places read as people or bodies."""

from test_entities import _entities_of, _kinds


def test_a_council_named_after_two_places_after_an_opening_an_is_one_council():
    rows = _kinds(
        _entities_of(
            "date 2024-03-04 Ferry timetable to be reviewed\n\n"
            "An Argyll and Bute Council spokesman said the ferry timetable would be reviewed.\n\n"
            "Islanders have complained about cancellations all winter."
        )
    )
    assert rows["Argyll and Bute Council"][0] == "ORG"
    assert "Argyll" not in rows and "Bute Council" not in rows


def test_a_health_board_named_after_two_places_after_an_opening_a_is_one_board():
    rows = _kinds(
        _entities_of(
            "date 2024-03-04 Waiting times rise\n\n"
            "A Perth and Kinross Licensing Board official confirmed the hearing had been delayed.\n\n"
            "The applicant said he was disappointed."
        )
    )
    assert rows["Perth and Kinross Licensing Board"][0] == "ORG" and "Perth" not in rows


def test_two_places_before_lower_case_police_name_one_force():
    rows = _kinds(
        _entities_of(
            "date 2024-03-04 Chief constable apologises\n\n"
            "The head of Avon and Somerset police, Sarah Crew, apologised on Monday.\n\n"
            "She said lessons would be learned."
        )
    )
    assert rows["Avon and Somerset police"][0] == "ORG"
    assert "Avon" not in rows and "Somerset" not in rows


def test_a_force_in_lower_case_after_from_is_one_force_but_places_after_across_stay_places():
    rows = _kinds(
        _entities_of(
            "date 2024-03-04 Man arrested after crash\n\n"
            "Officers from Devon and Cornwall police were called to the A30 at 10pm.\n\n"
            "Across Leeds and Bradford police made 40 arrests over the weekend."
        )
    )
    assert rows["Devon and Cornwall police"][0] == "ORG" and "Devon" not in rows
    assert "Leeds" in rows and "Bradford" in rows


def test_a_region_adjective_and_an_operator_named_after_another_region_are_two_operators():
    rows = _kinds(
        _entities_of(
            "date 2024-03-04 Signal fault hits commuters\n\n"
            "A signalling fault forced Southern and South Western Railway to cancel dozens of services.\n\n"
            "Passengers were told not to travel."
        )
    )
    assert rows["Southern"][0] == "ORG" and rows["South Western Railway"][0] == "ORG"
    assert "Southern and South Western Railway" not in rows


def test_two_operators_apart_while_two_peoples_adjectives_still_open_one_name():
    rows = _kinds(
        _entities_of(
            "date 2024-03-04 Strike days announced\n\n"
            "Drivers at Northern and East Midlands Railway will walk out on Friday, the union said.\n\n"
            "Scottish and Southern Energy raised its prices, and the British and Irish Lions named a squad."
        )
    )
    assert rows["East Midlands Railway"][0] == "ORG" and "Northern and East Midlands Railway" not in rows
    assert rows["Scottish and Southern Energy"][0] == "ORG" and rows["British and Irish Lions"][0] == "ORG"


def test_hills_named_in_the_plural_after_across_the_are_open_ground():
    rows = _kinds(
        _entities_of(
            "date 2024-01-16 Snow closes roads\n\n"
            "West Yorkshire Police are investigating a spate of thefts from vans across the Pennines.\n\n"
            "Drivers were told to avoid the M62."
        )
    )
    assert rows["Pennines"][0] == "LOC"


def test_hills_after_over_the_are_open_ground_but_a_house_of_parliament_is_not():
    rows = _kinds(
        _entities_of(
            "date 2024-01-16 Flights diverted\n\n"
            "Flights over the Chilterns were diverted on Tuesday.\n\n"
            "The bill passed through the Commons last week."
        )
    )
    assert rows["Chilterns"][0] == "LOC"
    assert rows.get("Commons", ("ORG", 1))[0] != "LOC"
