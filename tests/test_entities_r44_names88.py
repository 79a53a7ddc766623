"""Names of clubs, operators and their aircraft, markets and family offices that the readers split or mistyped:
a club's full name before its fans outside a sport report, an airline's name run into the model it flies, a
market's city after "shares in", and a body named in apposition as a family office."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_clubs_full_name_before_its_fans_is_the_club_outside_a_sport_report():
    rows = _kinds(
        _entities_of(
            "date 2026-03-14 Fans march against owners\n\n"
            "West Ham United fans marched to the stadium on Saturday in protest at the club's owners.\n\n"
            "About 5,000 supporters took part. The club said it would meet fan groups next week.\n"
        )
    )
    assert rows["West Ham United"] == ("ORG", 1)
    assert "United" not in rows


def test_an_airline_before_the_model_it_flies_is_split_from_the_aircraft():
    rows = _kinds(
        _entities_of(
            "date 2026-03-14 Flight diverted after passenger falls ill\n\n"
            "A Tui Airbus A321 flying from Manchester to Tenerife was diverted to Lisbon on Tuesday after a "
            "passenger fell ill.\n\n"
            'Tui said the aircraft landed safely and the passenger was taken to hospital. "The safety and '
            'wellbeing of our customers is always our priority," a Tui spokesperson said.\n\n'
            "The Airbus A321 later resumed its journey.\n"
        )
    )
    assert "Tui Airbus" not in rows
    assert rows["Tui"] == ("ORG", 3)
    assert rows["Airbus A321"] == ("PRODUCT", 2)


def test_a_markets_city_after_shares_in_stays_a_place():
    rows = _kinds(
        _entities_of(
            "date 2026-03-14 Indian shares rise on bank results\n\n"
            "Shares in Mumbai rose on Wednesday after strong results from the country's biggest lenders.\n\n"
            "Shares in Mumbai-listed Reliance Industries gained 2%, while HDFC Bank rose 1.5%.\n\n"
            '"Investors are betting on a strong recovery," said Priya Sharma, an analyst at Kotak Securities in '
            "Mumbai.\n"
        )
    )
    assert rows["Mumbai"] == ("GPE", 3)
    assert rows["Reliance Industries"] == ("ORG", 1)


def test_a_name_set_off_as_a_family_office_is_a_body():
    rows = _kinds(
        _entities_of(
            "date 2026-03-14 Family office collapse hits banks\n\n"
            "Archegos, the family office of former hedge fund manager Bill Hwang, collapsed in March. Banks lost "
            "more than $10bn.\n\n"
            "Archegos had built huge positions in media stocks.\n"
        )
    )
    assert rows["Archegos"] == ("ORG", 2)
    assert rows["Bill Hwang"] == ("PERSON", 1)
