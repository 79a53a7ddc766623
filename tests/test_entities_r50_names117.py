"""Events, storms and other things named like people or places, read from the words around them."""

from test_entities import _entities_of, _kinds


def test_a_race_won_by_lengths_is_the_race_and_an_event():
    rows = _kinds(
        _entities_of(
            "date 2025-04-10 Mullins chases another win at Aintree\n\n"
            "Willie Mullins will saddle seven runners in the Grand National at Aintree on Saturday.\n\n"
            "I Am Maximus, trained by Mullins, won last year's Grand National by seven lengths. A second Grand "
            "National for Willie Mullins in a row would be a first since the 1970s."
        )
    )
    assert rows["Grand National"] == ("EVENT", 3)  # no horse, and no body "for Willie Mullins"
    assert rows["Willie Mullins"][0] == "PERSON"
    assert not [e for e in rows if "for Willie" in e]


def test_a_tournament_of_a_past_year_is_an_event():
    rows = _kinds(
        _entities_of(
            "date 2024-07-01 Organisers prepare for the festival\n\n"
            "Organisers said tickets for this year's Eurovision sold out in minutes.\n\n"
            "Karen Holt, who claimed 2023's Derby by a neck, said the crowds were the largest she had seen."
        )
    )
    assert rows["Eurovision"][0] == "EVENT"
    assert rows["Derby"][0] == "EVENT"
    assert rows["Karen Holt"][0] == "PERSON"


def test_a_storm_named_like_a_person_is_known_by_what_it_does():
    rows = _kinds(
        _entities_of(
            "date 2024-10-11 Milton leaves trail of destruction\n\n"
            "Milton made landfall on Wednesday evening near Sarasota, spawning tornadoes across the state.\n\n"
            "Ida was the last storm to cause such damage. Governor Ron DeSantis said Milton had weakened to a "
            "category one storm by Thursday morning."
        )
    )
    assert rows["Milton"] == ("EVENT", 3)
    assert rows["Ida"][0] == "EVENT"
    assert rows["Ron DeSantis"][0] == "PERSON"


def test_a_storm_that_brings_weather_is_no_person():
    rows = _kinds(
        _entities_of(
            "date 2024-11-25 Flood warnings remain in place\n\n"
            "Bert dumped a month's rain on parts of Wales over the weekend, the Met Office said.\n\n"
            "Forecaster Claire Mead said Bert would move away by Tuesday."
        )
    )
    assert rows["Bert"][0] == "EVENT"
    assert rows["Claire Mead"][0] == "PERSON"


def test_a_ground_named_in_another_language_is_a_facility():
    rows = _kinds(
        _entities_of(
            "date 2025-03-16 Hosts seal the title in Paris\n\n"
            "A crowd of 80,000 watched the final at the Stade de France on Saturday night.\n\n"
            "Organisers said the Estadio Azteca would host the opening game next year."
        )
    )
    assert rows["Stade de France"][0] == "FAC"
    assert rows["Estadio Azteca"][0] == "FAC"


def test_moons_and_planets_are_locations_not_states_or_things():
    rows = _kinds(
        _entities_of(
            "date 2024-10-15 Probe sets off for the outer planets\n\n"
            "The probe will make flybys of Europa, while a European mission will study Ganymede and Callisto.\n\n"
            "Scientists believe Titan, the largest moon of Saturn, may hold the ingredients for life. Callisto is "
            "heavily cratered."
        )
    )
    assert rows["Callisto"] == ("LOC", 2)
    assert rows["Saturn"][0] == "LOC"
    assert rows["Titan"][0] == "LOC"


def test_foods_named_in_a_recall_are_products():
    rows = _kinds(
        _entities_of(
            "date 2024-06-16 Sandwiches recalled over E. coli fears\n\n"
            "Greencore, which makes the products, recalled its Chicken Caesar Wrap on Friday.\n\n"
            "Shoppers should not eat the Chicken Caesar Wrap or the Ham Salad Sandwich, the Food Standards Agency said."
        )
    )
    assert rows["Chicken Caesar Wrap"] == ("PRODUCT", 2)
    assert rows["Ham Salad Sandwich"][0] == "PRODUCT"
    assert rows["Greencore"][0] == "ORG" and rows["Food Standards Agency"][0] == "ORG"


def test_a_food_named_with_and_is_one_product():
    rows = _kinds(
        _entities_of(
            "date 2024-06-18 More lines withdrawn\n\n"
            "Samworth Brothers said it was withdrawing the Chicken and Bacon Sandwich sold by Aldi.\n\n"
            "Boots has also taken its Spicy Bean Burger off the shelves."
        )
    )
    assert rows["Chicken and Bacon Sandwich"][0] == "PRODUCT"
    assert rows["Spicy Bean Burger"][0] == "PRODUCT"
    assert "Chicken" not in rows and "Bacon Sandwich" not in rows


def test_an_event_named_with_its_country_is_the_same_event_as_its_word_alone():
    rows = _kinds(
        _entities_of(
            "date 2025-04-14 McIlroy completes the grand slam\n\n"
            "Rory McIlroy won the US Masters on Sunday, beating Justin Rose in a play-off.\n\n"
            "Rose, runner-up at the Masters for a second time, called it brutal."
        )
    )
    assert rows["US Masters"] == ("EVENT", 2)
    assert "Masters" not in rows


def test_a_peoples_edition_of_an_event_is_named_whole():
    rows = _kinds(
        _entities_of(
            "date 2024-06-02 Kerr takes the title\n\n"
            "Fiona Kerr won the British Masters by two shots at the Belfry on Sunday.\n\n"
            "Kerr had finished second at the Masters a year earlier."
        )
    )
    assert rows["British Masters"] == ("EVENT", 2)


def test_a_name_before_goods_in_the_plural_is_their_maker():
    rows = _kinds(
        _entities_of(
            "date 2025-02-05 Engineers inspect the line\n\n"
            "Network Rail said Leica cameras had been used to inspect the track overnight.\n\n"
            "Shops said Nikon cameras sold out within a day, Jo Marsh said, while German cars sold well."
        )
    )
    assert rows["Leica"][0] == "ORG"
    assert rows["Nikon"][0] == "ORG"
    assert rows["Jo Marsh"][0] == "PERSON"
    assert rows.get("German", ("NORP",))[0] == "NORP"
