"""Names in a tax office's notice, a search for a walker, a food firm's results, a singer's obituary and a shop
feature: a body's name joined by "and" before its initials in brackets, a rescue team's name, places on a walk, a
car, a brand with a possessive, a venue "where" things happen, and days and match reviews
that are no names."""

from __future__ import annotations

from test_entities import _entities_of, _kinds, _tables_of

TAX_NOTICE = (
    "date 2027-02-03 Penalty warning for late filers\n\n"
    "Thousands of people who missed the filing deadline will be fined, HM Revenue and Customs (HMRC) has said.\n\n"
    "HMRC said 640,000 returns were still outstanding. "
    'Dafydd Rees, HMRC\'s deputy director, said: "Please file now."\n\n'
    "Last month HMRC extended its helpline hours.\n"
)


def test_a_name_joined_by_and_before_its_initials_in_brackets_is_one_body_and_the_initials_are_it():
    rows = _kinds(_entities_of(TAX_NOTICE))
    kind, mentions = rows["HM Revenue and Customs"]
    assert kind == "ORG" and mentions >= 4  # the full name and "HMRC" three times
    assert "HM Revenue" not in rows and "Customs" not in rows and "HMRC" not in rows


def test_the_initials_of_a_body_speak_for_it():
    quotes = _tables_of(TAX_NOTICE)["quotes"]
    assert set(quotes["speaker"]) >= {"HM Revenue and Customs"}
    assert "HM Revenue" not in set(quotes["speaker"])


WALKER = (
    "date 2026-11-02 Walker missing on mountain\n\n"
    "A search has resumed for a walker who set out to climb Pen y Garn on Saturday.\n\n"
    "Huw Bevan, from Llanidloes, left his blue Vauxhall Astra at the Dylife car park at about 8am.\n\n"
    "Dyfi Valley Search and Rescue Team said its members were now searching steeper ground above Llyn Gwyn.\n"
)


def test_a_rescue_team_joined_by_and_is_one_body():
    rows = _kinds(_entities_of(WALKER))
    assert rows["Dyfi Valley Search and Rescue Team"][0] == "ORG"
    assert "Rescue Team" not in rows and "Dyfi Valley Search" not in rows


def test_places_on_a_walk_and_a_car_are_no_people():
    rows = _kinds(_entities_of(WALKER))
    # a reader's reading as a body is left alone (a person is "from" a firm too); a person's reading is not
    for place in ("Llanidloes", "Dylife", "Llyn Gwyn"):
        assert rows.get(place, ("GPE", 0))[0] != "PERSON", place
    assert rows.get("Pen y Garn", ("LOC", 0))[0] != "PERSON"
    assert rows.get("Vauxhall Astra", ("PRODUCT", 0))[0] != "PERSON"
    assert rows["Huw Bevan"][0] == "PERSON"


def test_a_person_from_a_body_stays_at_the_body():
    rows = _kinds(
        _entities_of(
            "date 2026-11-02 Council cuts\n\nNia Lloyd, from Powys County Council, said the cuts would hurt.\n"
        )
    )
    assert rows["Powys County Council"][0] == "ORG"
    assert rows["Nia Lloyd"][0] == "PERSON"


def test_a_brand_with_a_possessive():
    rows = _kinds(
        _entities_of(
            "date 2026-09-10 Snack maker cuts jobs\n\n"
            "Pennant Foods, the maker of Tilly's cookies and Brenton crackers, said profits fell.\n"
        )
    )
    assert rows["Tilly"][0] == "PRODUCT" if "Tilly" in rows else "Tilly's" not in rows
    assert rows["Pennant Foods"][0] == "ORG"


def test_a_venue_where_things_happen_is_no_person():
    rows = _kinds(
        _entities_of(
            "date 2026-06-01 Tributes to fiddler\n\n"
            "Tributes have been paid to the fiddler Rosa Kell, who has died aged 81.\n\n"
            "Grace Hexham, where she gave her last concert in 2019, said its flags would fly at half-mast.\n"
        )
    )
    assert rows.get("Grace Hexham", ("FAC", 0))[0] != "PERSON"
    assert rows["Rosa Kell"][0] == "PERSON"


def test_days_of_the_week_and_match_reviews_are_no_names():
    rows = _kinds(
        _entities_of(
            "date 2026-04-12 Cobbler keeps trade alive\n\n"
            "His son, Omar, who helps on Saturdays, runs the shop's accounts.\n\n"
            "In the second half a goal for Harlow Rovers was ruled out after a VAR review.\n"
        )
    )
    assert "Saturdays" not in rows and "VAR" not in rows


def test_two_bodies_joined_by_and_stay_two_and_a_station_where_things_happen_stays_a_station():
    rows = _kinds(
        _entities_of(
            "date 2026-05-02 Study of commuters\n\n"
            "Researchers at the University of Leeds and Boston College followed 900 commuters.\n\n"
            "Crowds built up at Waterloo Station, where the Jubilee line was closed.\n"
        )
    )
    assert "University of Leeds" in rows and "Boston College" in rows
    assert rows["Waterloo Station"][0] != "GPE"
