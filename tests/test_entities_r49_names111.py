"""Names of firms, campaign bodies and performers in business, retail and politics news: typed by all their
mentions' evidence, and kept whole where the readers cut them."""

from test_entities import _entities_of, _kinds


def test_a_discounter_that_says_it_will_cut_prices_and_has_stores_is_a_firm():
    rows = _kinds(
        _entities_of(
            "date 2023-09-02 Supermarket price war heats up as Lidl matches Aldi on milk\n\n"
            "A price war intensified on Friday after Lidl cut the price of a four-pint bottle of milk to £1.45.\n\n"
            'Lidl said it would keep the price low "for as long as it takes".\n\n'
            "Earlier this year, Lidl's managers were told to review prices every week, according to documents."
        )
    )
    assert rows["Lidl"][0] == "ORG"


def test_a_chain_that_will_keep_its_prices_down_and_whose_stores_sold_out_is_a_firm_too():
    rows = _kinds(
        _entities_of(
            "date 2023-09-02 Lidl beats Tesco on eggs\n\n"
            "Shoppers switched after Lidl cut what it charges for eggs.\n\n"
            "Lidl said it would keep the prices of its eggs down.\n\n"
            "Lidl's stores sold out by noon."
        )
    )
    assert rows["Lidl"][0] == "ORG"


def test_a_person_who_says_it_will_cost_money_stays_a_person():
    rows = _kinds(
        _entities_of(
            "date 2024-01-10 Minister defends plan\n\n"
            "The minister Sarah Okonkwo defended the plan on Monday.\n\n"
            "Okonkwo said it would take years to complete and would cost £2bn."
        )
    )
    assert rows["Sarah Okonkwo"][0] == "PERSON"


def test_a_council_on_a_matter_is_one_body():
    rows = _kinds(
        _entities_of(
            "date 2012-09-18 Campaign hits back\n\n"
            "The campaign on Tuesday rejected criticism from the Council on American-Islamic Relations, which "
            "accused the nominee of stoking fears.\n\n"
            "The Council on American-Islamic Relations said the remarks were troubling."
        )
    )
    assert rows["Council on American-Islamic Relations"] == ("ORG", 2)
    assert "Council" not in rows and "American-Islamic Relations" not in rows


def test_a_council_on_a_matter_named_with_a_hyphen_is_one_body():
    rows = _kinds(
        _entities_of(
            "date 2023-11-20 Think tank warns\n\n"
            "Critics included the Council on Anglo-Irish Relations, which said the deal would fail."
        )
    )
    assert rows.get("Council on Anglo-Irish Relations", ("", 0))[0] == "ORG"
    assert "Council" not in rows


def test_a_committee_on_a_day_is_no_longer_name():
    rows = _kinds(
        _entities_of(
            "date 2023-11-20 Vote delayed\n\n"
            "The Finance Committee on Monday delayed a vote on the budget, officials said."
        )
    )
    assert not any("Monday" in e for e in rows)


def test_a_charity_named_with_its_country_letters_is_one_body():
    rows = _kinds(
        _entities_of(
            "date 2024-02-05 Wealth tax plan\n\n"
            "The chancellor faces calls to tax wealth.\n\n"
            "Tax Justice UK, Patriotic Millionaires UK and the Equality Trust said a 2% tax would raise £20bn.\n\n"
            "The report was backed by Age UK, which said older people bear the brunt."
        )
    )
    assert rows["Tax Justice UK"][0] == "ORG"
    assert rows["Patriotic Millionaires UK"][0] == "ORG"
    assert rows["Age UK"][0] == "ORG"
    assert "UK" not in rows and "Age" not in rows


def test_charities_named_with_country_letters_are_whole_where_the_readers_cut_them():
    rows = _kinds(
        _entities_of(
            "date 2024-02-05 Charities warn\n\n"
            "Campaigners at Mind UK said waiting lists had grown.\n\n"
            "Age Scotland and Carers UK said so too."
        )
    )
    assert rows["Carers UK"][0] == "ORG"
    assert "Carers" not in rows and "UK" not in rows


def test_a_candidates_spokeswoman_is_no_body_named_after_him():
    rows = _kinds(
        _entities_of(
            "date 2012-09-18 Romney campaign hits back\n\n"
            "Mitt Romney's campaign on Tuesday rejected the criticism.\n\n"
            'Romney spokeswoman Andrea Saul said the governor respected all faiths. "He believes in freedom," she said.'
        )
    )
    assert rows["Mitt Romney"] == ("PERSON", 3)  # the headline, the possessive and the spokeswoman's
    assert "Romney" not in rows


def test_another_candidates_spokesman_is_that_candidates_too():
    rows = _kinds(
        _entities_of(
            "date 2012-01-20 Gingrich camp responds\n\n"
            "Newt Gingrich's campaign hit back on Friday.\n\n"
            "Gingrich spokesman Rick Tyler said the former speaker would not be distracted."
        )
    )
    assert rows["Newt Gingrich"][0] == "PERSON"
    assert "Gingrich" not in rows


def test_an_artist_named_with_a_part_in_capitals_is_one_person():
    rows = _kinds(
        _entities_of(
            "date 2024-08-12 Singer launches label\n\n"
            "Charli XCX is launching her own fashion label, a year after the success of her album.\n\n"
            'Charli XCX said: "I wanted to make clothes my friends would actually wear."'
        )
    )
    assert rows["Charli XCX"] == ("PERSON", 2)
    assert "XCX" not in rows


def test_an_artist_named_with_a_part_in_capitals_is_one_person_before_a_possessive_too():
    rows = _kinds(
        _entities_of(
            "date 2024-08-12 Star's new venture\n\n"
            "Charli XCX has sold her stake in the brand, the singer's manager said on Monday."
        )
    )
    assert rows.get("Charli XCX", ("", 0))[0] == "PERSON"
    assert "XCX" not in rows
