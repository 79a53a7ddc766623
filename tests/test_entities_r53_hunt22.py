"""Entity rules read on commodity market reports, shipping and travel news."""

from test_entities import _entities_of, _kinds


def test_a_market_town_and_an_exchange_in_a_price_report():
    # "futures in Chicago rose 4.2 per cent": the futures moved, Chicago is where they trade; "gained … on Euronext":
    # a market, not a person.
    rows = _kinds(
        _entities_of(
            "date 2024-06-03 Wheat prices rise\n\n"
            "Benchmark wheat futures in Chicago rose 4.2 per cent to $7.18 a bushel, while Paris milling wheat for "
            "September delivery gained €11 to €262 a tonne on Euronext."
        )
    )
    assert rows["Chicago"][0] == "GPE"
    assert rows["Euronext"][0] == "ORG"


def test_prices_in_a_town_and_shares_traded_on_an_exchange():
    rows = _kinds(
        _entities_of(
            "date 2024-06-04 Cocoa slips\n\n"
            "Cocoa prices in Abidjan fell 3 per cent on Tuesday, and shares in the chocolate maker Barrowell, "
            "which are traded on Xetra, slipped 2 per cent."
        )
    )
    assert rows["Abidjan"][0] == "GPE"
    assert rows["Xetra"][0] == "ORG"
    assert rows["Barrowell"][0] == "ORG"


def test_a_cape_named_with_of_is_one_place():
    # The recogniser read "the Cape of" and left "Good Hope" out: the cape's name runs on through the name after "of".
    table = _entities_of(
        "date 2025-10-21 Ship grounding\n\n"
        "Freight rates on routes between Asia and northern Europe have risen by 12 per cent since September, as "
        "carriers continue to divert vessels around the Cape of Good Hope to avoid the Red Sea."
    )
    assert "Cape" not in table.index
    assert table.loc["Cape of Good Hope", "entity_type"] == "LOC"


def test_an_isthmus_named_with_of_is_a_place():
    rows = _kinds(
        _entities_of(
            "date 2025-10-21 Shipping\n\n"
            "Flows of grain from the Horn of Africa fell, while convoys crossed the Isthmus of Suez by road."
        )
    )
    assert rows["Isthmus of Suez"][0] == "LOC"


def test_an_airport_named_after_a_person_behind_its_towns_possessive_is_a_facility():
    # "Lisbon's Humberto Delgado airport": the town owns the airport, so the name before "airport" is the
    # facility's, not a place where people live.
    rows = _kinds(
        _entities_of(
            "date 2025-08-09 Engine fire\n\n"
            "More than 170 passengers were evacuated down emergency slides at Lisbon's Humberto Delgado airport on "
            "Saturday evening after an engine caught fire."
        )
    )
    assert rows["Humberto Delgado"][0] == "FAC"


def test_a_named_airport_with_a_particle_after_a_towns_possessive_is_a_facility():
    rows = _kinds(
        _entities_of(
            "date 2025-08-09 Delays\n\nFlights from Rome's Leonardo da Vinci airport were delayed by up to six hours."
        )
    )
    assert rows["Leonardo da Vinci"][0] == "FAC"
