"""Names in rail, politics and protest news: Welsh name particles, waters crossed, streets marched along, and
bodies a reader took for people."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_welsh_name_with_ap_is_one_person():
    rows = _kinds(
        _entities_of(
            "date 2025-03-12 Plaid Cymru sets out plan for NHS in Wales\n\n"
            "Rhun ap Iorwerth, the leader of Plaid Cymru, promised to cut waiting times within two years.\n\n"
            "Speaking in Llandudno, Mr ap Iorwerth said the party would train more nurses.\n"
        )
    )
    assert rows["Rhun ap Iorwerth"] == ("PERSON", 2)
    assert "Rhun" not in rows and "Iorwerth" not in rows


def test_the_channel_crossed_is_water_not_a_body():
    rows = _kinds(
        _entities_of(
            "date 2025-08-20 Record number of migrants reach UK in small boats\n\n"
            "More than 1,000 people crossed the English Channel in small boats on Tuesday, Home Office figures "
            "show.\n\n"
            "Charities said at least 50 people had died in the Channel since January.\n"
        )
    )
    assert rows["English Channel"] == ("LOC", 2)  # "the Channel" is the same water
    assert "Channel" not in rows


def test_the_street_marched_down_is_named():
    rows = _kinds(
        _entities_of(
            "date 2025-06-14 Climate protesters block central London\n\n"
            "Hundreds of climate protesters marched down Whitehall on Saturday, stopping traffic for two hours.\n\n"
            "The Metropolitan Police said nine people had been arrested.\n"
        )
    )
    assert rows["Whitehall"][1] == 1
    assert rows["Metropolitan Police"] == ("ORG", 1)


def test_a_union_named_after_its_noun_is_a_body():
    rows = _kinds(
        _entities_of(
            "date 2025-02-03 Train drivers to strike over pay\n\n"
            "Northern said services would be cut from Sunday. The company blamed the rest-day working dispute "
            "with the drivers' union Aslef.\n"
        )
    )
    assert rows["Aslef"] == ("ORG", 1)


def test_stations_named_with_their_city_are_facilities():
    rows = _kinds(
        _entities_of(
            "date 2025-01-22 Power failure closes station for two hours\n\n"
            "Birmingham New Street was closed for two hours on Monday after a power failure, Network Rail said.\n\n"
            "Passengers at Manchester Piccadilly said they had lost patience with the delays.\n"
        )
    )
    assert rows["Birmingham New Street"] == ("FAC", 1)
    assert rows["Manchester Piccadilly"] == ("FAC", 1)
    assert rows["Network Rail"] == ("ORG", 1)


def test_a_town_that_owns_its_population_is_a_place():
    rows = _kinds(
        _entities_of(
            "date 2025-05-02 Waiting lists grow in north Wales\n\n"
            "Patients in Wrexham were waiting longest, figures show. Wrexham Council said it was working with the "
            "health board.\n\n"
            "Wrexham, whose football club has drawn visitors from around the world, has seen its population grow.\n"
        )
    )
    assert rows["Wrexham"] == ("GPE", 2)
    assert rows["Wrexham Council"] == ("ORG", 1)
