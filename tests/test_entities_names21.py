"""The main subject of a news report kept whole and of its kind: a person's age told after the person's home ("Anna
Reid of Harrogate, 71,"), the next person of a list of accused with their ages and homes, an island named "Isle of"
and then by its own name, and low land named by its plural ("the Somerset Levels", "the Levels")."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_an_age_after_a_persons_home_is_the_persons_and_the_home_a_town():
    rows = _kinds(
        _entities_of(
            "date 2026-04-14 Walking study finds memory benefit\n\n"
            "Researchers in Leeds followed 5,000 adults for ten years.\n\n"
            "Mary Oldroyd of Skipton, 68, who took part, said she walked every day.\n"
        )
    )
    assert rows["Skipton"][0] == "GPE"
    assert rows["Mary Oldroyd"][0] == "PERSON"


def test_the_next_accused_of_a_list_with_ages_and_homes_is_a_person_not_a_county():
    rows = _kinds(
        _entities_of(
            "date 2026-05-21 Three charged over jewellery raid\n\n"
            "Tomasz Kwiatek, 31, of Peckham, Rory Gallacher, 42, of Bromley, and Dean Hollis, 27, of Slough, are "
            "charged with robbery.\n\n"
            "Kwiatek and Gallacher were remanded in custody on Wednesday.\n"
        )
    )
    assert rows["Rory Gallacher"] == ("PERSON", 2)  # with "Gallacher" alone: no place
    assert "Gallacher" not in rows
    assert rows["Bromley"][0] == "GPE"


def test_an_island_named_isle_of_and_then_by_its_own_name_is_one_location():
    rows = _kinds(
        _entities_of(
            "date 2026-07-22 Ferry runs aground off Isle of Skye\n\n"
            "A ferry carrying 300 passengers ran aground off the Isle of Skye on Tuesday evening.\n\n"
            "Services to Skye have been cancelled repeatedly this summer.\n\n"
            "Hotel owners on Skye said bookings had already fallen.\n"
        )
    )
    assert rows["Isle of Skye"][0] in ("LOC", "GPE")
    assert rows["Isle of Skye"][1] >= 3
    assert "Skye" not in rows


def test_low_land_named_by_its_plural_is_a_location_and_so_is_the_plural_alone():
    rows = _kinds(
        _entities_of(
            "date 2026-01-19 Farmers on Lincolnshire Fens count flood cost\n\n"
            "Farmers on the Lincolnshire Fens say they face heavy losses after floodwater covered their fields.\n\n"
            '"Farmers on the Fens are being asked to store water for the towns," said Joan Pybus, a farmer.\n'
        )
    )
    assert rows["Lincolnshire Fens"][0] == "LOC"
    assert rows["Lincolnshire Fens"][1] >= 3
    assert "Fens" not in rows


def test_a_leader_named_with_the_and_a_title_after_is_a_person_not_a_body():
    rows = _kinds(
        _entities_of(
            "date 2026-07-15 Dalai Lama arrives in Leh for month-long stay\n\n"
            "Thousands of people lined the streets of Leh on Sunday to welcome the Dalai Lama.\n\n"
            "The Dalai Lama will give teachings at a monastery near the town.\n\n"
            'A foreign ministry spokesman said India should "stop allowing the Dalai Lama to use its territory".\n\n'
            "The Dalai Lama fled Tibet in 1959 and has lived in India ever since.\n"
        )
    )
    assert rows["Dalai Lama"][0] == "PERSON"
    assert rows["Dalai Lama"][1] >= 4


def test_a_garden_named_like_a_person_is_a_place():
    rows = _kinds(
        _entities_of(
            "date 2026-05-21 Three charged over raid in Hatton Garden\n\n"
            "Three men have been charged after a robbery at a jeweller in London's Hatton Garden.\n\n"
            "Hatton Garden was the scene of a famous burglary in 2015.\n"
        )
    )
    assert rows["Hatton Garden"][0] != "PERSON"
    assert rows["Hatton Garden"][1] >= 2


def test_a_town_whose_council_acts_is_the_town_where_one_mention_sets_it_after_in():
    rows = _kinds(
        _entities_of(
            "date 2026-02-27 Council tax to rise as Bristol approves budget\n\n"
            "Council tax in Bristol will rise by 4.99% from April after councillors approved the budget.\n\n"
            "Bristol's mayoral system was abolished in 2024.\n"
        )
    )
    assert rows["Bristol"] == ("GPE", 3)


def test_a_firms_possessive_with_its_noun_left_out_is_the_firm():
    rows = _kinds(
        _entities_of(
            "date 2026-08-12 Samsung launches folding phone\n\n"
            "Samsung unveiled a phone that folds twice, in a bid to regain ground from Apple.\n\n"
            "Samsung's share of the market fell to 18% last year, while Apple's rose to 21%.\n"
        )
    )
    assert rows["Apple"] == ("ORG", 2)
    assert "Apple's" not in rows


def test_two_names_joined_by_and_that_say_it_are_one_body():
    rows = _kinds(
        _entities_of(
            "date 2026-08-12 Retailer to sell phones\n\n"
            "The phone will go on sale in October in Britain.\n\n"
            "Marks and Spencer said it would stock the phone in a small number of its larger stores.\n\n"
            "Tom Hale and Ann Ruddock said they would queue overnight.\n"
        )
    )
    assert rows["Marks and Spencer"][0] == "ORG"
    assert "Marks" not in rows and "Spencer" not in rows
    assert rows["Tom Hale"][0] == "PERSON" and rows["Ann Ruddock"][0] == "PERSON"


def test_an_artist_known_by_one_name_no_reader_reads_is_found_as_a_person():
    rows = _kinds(
        _entities_of(
            "date 2026-03-02 Pop star wins three awards\n\n"
            "Raye won three prizes at the music awards in London on Saturday night.\n\n"
            "Sales of Raye's album rose sharply overnight.\n\n"
            "Raye ended her acceptance speech by thanking her grandmother.\n"
        )
    )
    assert rows["Raye"][0] == "PERSON"
    assert rows["Raye"][1] >= 2


def test_a_one_word_name_that_speaks_and_is_given_no_person_is_a_body():
    rows = _kinds(
        _entities_of(
            "date 2026-06-02 House prices fall in the South West\n\n"
            "House prices in the South West fell by 2% in May, figures showed on Monday.\n\n"
            "Zorpla said demand had fallen since the stamp duty changes in April.\n\n"
            'Estate agent Carol Pengelly said: "Buyers are waiting."\n'
        )
    )
    assert rows["Zorpla"][0] == "ORG"
    assert rows["Carol Pengelly"][0] == "PERSON"


def test_a_network_said_on_is_a_body_and_a_rail_firm_named_by_its_trains_is_one():
    rows = _kinds(
        _entities_of(
            "date 2026-03-10 Rail strike called off\n\n"
            "A strike has been called off after talks between Eastway Trains and the RMT union ended in agreement.\n\n"
            "Eastway Trains managing director Owen Price said services would run normally.\n\n"
            "Local MP Ann Carver said on Twitter that she welcomed the deal.\n"
        )
    )
    assert rows["Eastway Trains"][0] == "ORG"
    assert rows["Twitter"][0] == "ORG"
    assert rows["Ann Carver"][0] == "PERSON"


def test_a_towns_name_and_national_is_a_course_not_the_town():
    rows = _kinds(
        _entities_of(
            "date 2026-04-13 Kerr wins Masters\n\n"
            "Ewan Kerr won the Masters at Augusta National on Sunday, beating Tom Keel in a play-off.\n\n"
            "Kerr had failed to win at Augusta National in ten previous attempts.\n"
        )
    )
    assert rows["Augusta National"][0] in ("ORG", "FAC")
    assert rows["Ewan Kerr"][0] == "PERSON"


def test_a_name_set_beside_the_body_that_does_something_is_a_body():
    rows = _kinds(
        _entities_of(
            "date 2026-10-08 University to cut jobs\n\n"
            "The education secretary said she would work with Tarnel, the body that funds universities in Wales, to "
            "protect students.\n"
        )
    )
    assert rows["Tarnel"][0] == "ORG"


def test_a_name_followed_by_the_head_of_a_body_is_a_person():
    rows = _kinds(
        _entities_of(
            "date 2026-08-12 Phone maker unveils folding handset\n\n"
            "KJ Baek, the head of Velton's mobile business, told the audience that the phone had been tested for "
            "years.\n"
        )
    )
    assert rows["KJ Baek"][0] == "PERSON"


def test_a_ship_no_reader_reads_is_found_and_named_again_without_its_prefix():
    rows = _kinds(
        _entities_of(
            "date 2026-07-22 Ferry runs aground\n\n"
            "The MV Loch Carran struck rocks shortly after 7pm, about ten minutes after leaving Oban.\n\n"
            "Timetables would be disrupted for a week while the Loch Carran was out of service, the operator said.\n"
        )
    )
    assert rows["MV Loch Carran"] == ("PRODUCT", 2)
    assert "Loch Carran" not in rows
