"""Names as news from outside writes them: the shops goods were sold by, listed after a passive's "by"."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_shops_listed_as_what_sold_the_goods_are_firms_and_a_seller_person_stays_one():
    rows = _kinds(
        _entities_of(
            "date 2025-04-02 Heaters recalled over shock risk\n\n"
            "The heaters were sold by Argos, Wickes and Amazon between March and June.\n\n"
            "Argos said it had taken the remaining stock off its shelves. The painting was sold by Ruth Kemp, "
            "a collector from Leeds.\n"
        )
    )
    assert rows["Argos"][0] == "ORG"
    assert rows["Wickes"][0] == "ORG"
    assert rows["Amazon"][0] == "ORG"
    assert rows["Ruth Kemp"][0] == "PERSON"
    assert rows["Leeds"][0] == "GPE"


def test_a_name_written_with_its_question_mark_keeps_it_where_the_sentence_runs_on():
    rows = _kinds(
        _entities_of(
            "date 2025-04-02 Checks too slow, says charity\n\n"
            "The consumer group Which? said safety checks on online marketplaces were too slow.\n\n"
            "Which? has tested 40 heaters since 2020. Was it made in Bristol? Nobody knew.\n"
        )
    )
    assert rows["Which?"] == ("ORG", 2)
    assert "Which" not in rows
    assert "Bristol?" not in rows


def test_a_service_named_by_two_common_words_joined_by_and_is_one_body():
    rows = _kinds(
        _entities_of(
            "date 2025-04-02 Barn fire in Ashford\n\n"
            "Crews from Kent Fire and Rescue Service were called to the barn at 03:00.\n\n"
            "The fire spread to a shed owned by Lloyds and Barclays Bank, said Tom Hale and Ann Rose.\n"
        )
    )
    assert rows["Kent Fire and Rescue Service"][0] == "ORG"
    assert "Kent Fire" not in rows
    assert rows["Lloyds"][0] == "ORG"
    assert rows["Barclays Bank"][0] == "ORG"
    assert rows["Tom Hale"][0] == "PERSON"


def test_a_given_name_that_is_also_a_noun_opening_the_sentence_stays_with_the_surname():
    rows = _kinds(
        _entities_of(
            "date 2025-04-02 Grocer's profits fall\n\n"
            "Clive Barton, an analyst at Peel Hunt, said the results were a little disappointing.\n\n"
            "Striker Kane scored twice for the works team, Barton added.\n"
        )
    )
    assert rows["Clive Barton"] == ("PERSON", 2)
    assert rows["Kane"][0] == "PERSON"
    assert "Striker Kane" not in rows


def test_capitals_after_an_areas_name_name_its_body_and_stay():
    rows = _kinds(
        _entities_of(
            "date 2025-04-02 Appeal after attack\n\n"
            "Det Sgt Ann Wells, of Bradford District CID, said officers wanted to hear from witnesses.\n\n"
            "The Northern Rail Union NRU said its members would help.\n"
        )
    )
    assert rows["Bradford District CID"][0] == "ORG"
    assert "Bradford District" not in rows
    assert rows["Northern Rail Union"][0] == "ORG"


def test_a_town_named_after_a_title_with_a_possessive_is_one_place():
    rows = _kinds(
        _entities_of(
            "date 2025-04-02 Hospital to be rebuilt\n\n"
            "Patients from Bishop's Lynn and Earl's Barton will be treated at the new hospital.\n\n"
            "The plan was set out in the King's Speech, and the Queen's Gambit author Walter Tevis was quoted.\n"
        )
    )
    assert rows["Bishop's Lynn"][0] == "GPE"
    assert rows["Earl's Barton"][0] == "GPE"
    assert "Lynn" not in rows
    assert "Barton" not in rows
    # after "the", the title's possessive is its holder's: no town
    assert all(kind != "GPE" for name, (kind, _) in rows.items() if "Gambit" in name or "Speech" in name)


def test_a_guessed_place_listed_with_firms_or_after_a_person_and_of_is_a_body():
    rows = _kinds(
        _entities_of(
            "date 2025-04-02 Merger talks\n\n"
            "Analysts said the deal would put pressure on BT and Virgin Media O2.\n\n"
            "Lewis Hamilton finished ahead of Charles Leclerc of Ferrari in Monaco.\n"
        )
    )
    assert rows["BT"][0] == "ORG"
    assert rows["Ferrari"][0] == "ORG"
    assert rows["Monaco"][0] == "GPE"
    assert rows["Charles Leclerc"][0] == "PERSON"


def test_an_index_listed_with_another_before_its_verb_keeps_its_number():
    rows = _kinds(
        _entities_of(
            "date 2025-04-02 Shares rally\n\n"
            "In New York, the Nasdaq Composite and the S&P 500 also rose 1%, while Tesco and Unilever rose 2%.\n"
        )
    )
    assert rows["S&P 500"][0] == "PRODUCT"
    assert "S&P" not in rows
    assert rows["Tesco"][0] == "ORG"
    assert rows["Unilever"][0] == "ORG"


def test_a_street_officers_were_called_to_is_a_street_and_a_person_spoken_to_stays_one():
    rows = _kinds(
        _entities_of(
            "date 2025-04-02 Man hurt in attack\n\n"
            "Officers were called to Kirk Lane at about 01:30 after reports of a fight.\n\n"
            "Crews rushed to Hope Lane. The victim later spoke to Nathan Lane, a reporter.\n"
        )
    )
    assert rows["Kirk Lane"][0] == "FAC"
    assert rows["Hope Lane"][0] == "FAC"
    assert rows["Nathan Lane"][0] == "PERSON"
