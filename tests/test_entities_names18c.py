"""Names in news written elsewhere: a given name the tagger reads as an adjective, chains that open stores, a union
named only before its officer's office, a programme someone spoke on, a body's branch in a country, a hospital's
department, a works' town, a model of aircraft or of goods, a device given its name by "called", a shop named like a
town, and a nation's member before a person's name."""

from __future__ import annotations

from test_entities import _entities_of, _kinds, _tables_of


def test_a_given_name_opening_the_sentence_stays_in_the_persons_name():
    rows = _kinds(
        _entities_of(
            "date 2026-10-02 Grocer's profits rise\n\n"
            "Not everyone was convinced. Clive Ashworth, of Larkfield Capital, warned that prices would rise.\n\n"
            "Frank Osei, of Pellbrook, said the figures were good.\n"
        )
    )
    assert rows["Clive Ashworth"][0] == "PERSON" and "Ashworth" not in rows
    assert rows["Frank Osei"][0] == "PERSON"


def test_a_word_only_qualifying_the_name_still_leaves_it():
    rows = _kinds(_entities_of("date 2026-10-02 Deal agreed\n\nVeteran Ann Kessler said the deal was done.\n"))
    assert "Ann Kessler" in rows and "Veteran Ann Kessler" not in rows


def test_rivals_that_open_stores_are_firms_each_of_the_list():
    rows = _kinds(
        _entities_of(
            "date 2026-10-02 Grocer warns\n\n"
            "Clive Ashworth, of Larkfield Capital, warned that rivals Brindo and Kelvo were still opening stores.\n"
        )
    )
    assert rows["Brindo"][0] == "ORG"
    assert rows["Kelvo"][0] == "ORG"


def test_the_second_of_a_list_after_rivals_is_a_rival_too():
    rows = _kinds(
        _entities_of(
            "date 2026-10-02 Grocer gains\n\n"
            "Sales at Hollowmart rose 4%, Hollowmart said on Wednesday, ahead of rivals Brindo and Kelvo.\n\n"
            "Hollowmart also raised its dividend.\n"
        )
    )
    assert rows["Kelvo"][0] == rows["Brindo"][0] == "ORG"


def test_people_who_open_no_stores_stay_people():
    rows = _kinds(
        _entities_of(
            "date 2026-10-02 Race tightens\n\n"
            "Ann Sorley beat rivals Tom Brack and Jan Pell in the vote, and Brack opened talks on Monday.\n"
        )
    )
    assert rows["Tom Brack"][0] == "PERSON"


def test_a_body_named_only_before_its_officers_office_is_found():
    rows = _kinds(
        _entities_of(
            "date 2026-11-30 Strike called\n\n"
            "Drivers will walk out on Thursday.\n\n"
            "Trakmen general secretary Mick Dolan said members had no choice.\n\n"
            "Former chief executive Ann Lee said the offer was fair.\n\n"
            "The company founder Tom Reed spoke on Monday.\n"
        )
    )
    assert rows["Trakmen"][0] == "ORG"
    assert rows["Mick Dolan"][0] == "PERSON"
    assert "Former" not in rows and "The" not in rows  # an adjective or a word of grammar opening the sentence


def test_a_programme_spoken_on_is_a_work_and_no_source():
    tables = _tables_of(
        "date 2026-11-30 Minister urges talks\n\n"
        'Speaking on BBC Breakfast, Ann Hale said: "Nobody wins from a strike."\n\n'
        "Appearing on ITV's Morning Desk, Tom Rees said the plan would work.\n\n"
        'Speaking on Sky News, Ruth Lowe said: "We are ready."\n'
    )
    rows = _kinds(tables["entities"].set_index("entity"))
    assert rows["BBC Breakfast"][0] == "WORK_OF_ART"
    assert rows["Morning Desk"][0] == "WORK_OF_ART"
    assert rows["Sky News"][0] == "ORG"  # the channel, a broadcaster's
    assert rows["ITV"][0] == "ORG"


def test_a_bodys_branch_in_a_country_is_whole_and_apart_from_the_body():
    rows = _kinds(
        _entities_of(
            "date 2025-08-14 Waiting list falls\n\n"
            "The number of people waiting for planned treatment in England fell for the third month in a row in "
            "June, to 7.36 million, NHS England figures published on Thursday show.\n\n"
            'The health secretary said "the NHS is on the road to recovery".\n'
        )
    )
    assert rows["NHS England"][0] == "ORG"
    assert rows["NHS"] == ("ORG", 1)  # the service, not its branch
    assert rows["England"][0] == "GPE"


def test_a_hospital_department_is_no_name():
    rows = _kinds(
        _entities_of(
            "date 2025-08-14 Waits grow\n\n"
            "A&E performance also improved last month. More than 1,400 patients a day waited in A&E.\n"
        )
    )
    assert "A&E" not in rows


def test_the_town_of_a_works_is_a_place_and_a_jet_named_by_a_word_is_a_product():
    rows = _kinds(
        _entities_of(
            "date 2025-09-20 The town that built the Kestrel remembers\n\n"
            "Fifty years ago, the last workers walked out of the Castleford aircraft works.\n\n"
            "Its best-known product, the Kestrel jump jet's tail, was built there from 1967.\n"
        )
    )
    assert rows["Castleford"][0] == "GPE"
    assert rows["Kestrel"][0] == "PRODUCT"


def test_a_makers_name_before_its_jet_is_left_to_the_readers():
    rows = _kinds(_entities_of("date 2025-09-20 Jet lands\n\nThe Boeing jet landed safely in Denver on Monday.\n"))
    assert rows["Boeing"][0] == "ORG"


def test_a_model_named_before_its_goods_is_a_product_and_a_shop_named_like_a_town_a_firm():
    rows = _kinds(
        _entities_of(
            "date 2025-12-03 Baby monitor recalled\n\n"
            "About 23,000 of the Moonbeam Glow monitors were sold between April and November, mainly through "
            "Argos and online, the maker, Cotwell, said.\n"
        )
    )
    assert rows["Moonbeam Glow"][0] == "PRODUCT"
    assert rows["Argos"][0] == "ORG"
    assert rows["Cotwell"][0] == "ORG"


def test_a_device_given_its_name_by_called_is_one_product_with_its_short_name():
    rows = _kinds(
        _entities_of(
            "date 2025-03-05 Start-up unveils translator\n\n"
            "Quillo, a Cardiff start-up, has unveiled a pocket translator.\n\n"
            "The device, called the Quillo Tern, translates speech between 24 languages.\n\n"
            "Chief executive Priya Ramen said the Tern was aimed at travellers.\n"
        )
    )
    assert rows["Quillo Tern"] == ("PRODUCT", 2)
    assert "Tern" not in rows
    assert rows["Quillo"][0] == "ORG"


def test_a_nations_member_before_a_persons_name_is_a_people_and_the_name_whole():
    rows = _kinds(
        _entities_of(
            "date 2025-06-20 Seeds fall\n\n"
            "The Czech Lenka Vasko beat the Pole Marek Zielin in the final.\n\n"
            "The Dane Lars Holmby reached the semi-finals.\n"
        )
    )
    assert rows["Lenka Vasko"][0] == "PERSON"
    assert rows["Marek Zielin"][0] == "PERSON"
    assert rows["Lars Holmby"][0] == "PERSON"
    assert rows["Pole"][0] == "NORP" and rows["Czech"][0] == "NORP"
    assert not {"Czech Lenka", "Vasko", "Pole Marek Zielin", "Dane Lars Holmby"} & set(rows)


def test_a_peoples_word_before_a_body_or_a_common_noun_makes_no_person():
    rows = _kinds(
        _entities_of(
            "date 2025-06-20 Grants cut\n\n"
            "The British Council cut its grants. The American Express card was declined.\n"
        )
    )
    assert rows["British Council"][0] == "ORG"
    assert not any(kind == "PERSON" for kind, _ in rows.values())
