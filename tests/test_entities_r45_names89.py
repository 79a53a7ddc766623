"""Shops listed together, models named with their maker's code, and firms named side by side: each read as what
the words around it say it is."""

from __future__ import annotations

from test_entities import _entities_of, _kinds

C6 = (
    "date 2026-12-03 Popular air fryer recalled over fire risk\n\n"
    "More than 120,000 air fryers sold in the UK are being recalled after reports that they can overheat "
    "and catch fire, the Office for Product Safety and Standards (OPSS) said on Wednesday.\n\n"
    "The Cosori CAF-L501 model, sold between March 2022 and October 2025 through Amazon, Argos and "
    "Currys, has been linked to 14 fires, two of which spread to kitchens. No one has been seriously "
    "hurt.\n\n"
    "Owners should stop using the appliance immediately and register for a free replacement on the "
    "manufacturer's website, the regulator said.\n\n"
    'Vesync, which owns the Cosori brand, said it was "deeply sorry" and had traced the fault to a wire '
    "connection that could loosen over time.\n\n"
    'Which? said the recall was "long overdue". The consumer group\'s head of home products, Matthew '
    "Knight, said it had first raised concerns with the company in the spring.\n\n"
    "It is the second major air fryer recall this year. In July, 45,000 units of a different brand were "
    "withdrawn.\n"
)

CONS1 = (
    "date 2026-12-04 Supermarkets pull baby formula after contamination scare\n\n"
    "Shoppers at Tesco, Argos and Boots have been told to check cupboards after a batch of baby formula "
    "was withdrawn over fears of bacterial contamination.\n\n"
    "The Food Standards Agency said the affected tins, made by Nutrivia and sold at Sainsbury's, Asda and "
    "Iceland, carried a best-before date of June 2027.\n\n"
    '"We are taking this extremely seriously," said Nutrivia\'s chief executive, Helen Marsh. "Parents '
    'should not feed the product to their children."\n\n'
    "The formula is also stocked by Lidl and Aldi, which said they had removed it from shelves in Leeds "
    "and Glasgow on Thursday.\n"
)

CONS5 = (
    "date 2026-12-04 Retailers withdraw toy after choking warning\n\n"
    "A wooden toy sold through Amazon has been withdrawn after a child choked on a loose bead.\n\n"
    "Amazon, Argos and Smyths said they had stopped selling the toy, which was made in Poland. Shares in "
    "Amazon were unchanged.\n\n"
    "The Smyths chain said it would refund customers. Argos, which is owned by Sainsbury's, said it had "
    "contacted buyers.\n"
)

AIR1 = (
    "date 2026-12-03 Passengers evacuated after engine fire at Manchester\n\n"
    "More than 200 passengers were evacuated from a Tui Airbus A321 at Manchester Airport after smoke was "
    "seen coming from one of its engines on Wednesday.\n\n"
    "The flight to Palma had been taxiing to the runway when the crew shut down the left engine. "
    "Passengers left by emergency slides and four people were treated for minor injuries.\n\n"
    'Tui said the aircraft had been taken out of service while engineers investigated. "The safety of '
    'our customers and crew is always our top priority," the airline said.\n\n'
    "In a separate incident, a British Airways A380 returned to Heathrow shortly after take-off on "
    "Tuesday because of a technical fault. British Airways said the Airbus A380 landed safely.\n\n"
    "The Air Accidents Investigation Branch said it had sent a team to Manchester.\n"
)

AIR2 = (
    "date 2026-12-01 Airline orders 50 new jets\n\n"
    "EasyJet has ordered 50 Airbus A320neo jets in a deal worth about $6bn at list prices, as it expands "
    "routes from Gatwick and Bristol.\n\n"
    "The airline will also take 20 A321neo planes. A Ryanair Boeing 737 Max was grounded in Dublin last "
    "week after a bird strike, and Jet2 said its Airbus A321neo fleet would grow to 75 aircraft by "
    "2028.\n\n"
    'EasyJet chief executive Kenton Jarvis said the new aircraft burned 15% less fuel. "This is a vote '
    'of confidence in our network," he said.\n\n'
    "Shares in EasyJet rose 3% in London.\n"
)

BIZ3 = (
    "date 2026-12-01 Salesforce and News Corp strike AI deal\n\n"
    "Salesforce and News Corp said on Tuesday they had agreed a licensing deal worth $250m.\n\n"
    "A deal between Salesforce and News Corp had been expected for months, analysts said. Investors in "
    "Salesforce and News Corp welcomed the news.\n\n"
    "Pfizer and Moderna, which signed similar deals last year, declined to comment. Talks with Pfizer "
    "stalled in the summer, a person familiar with the matter said.\n"
)

BIZ5 = (
    "date 2026-12-02 Markets round-up\n\n"
    "Shares in Pfizer fell 4% in New York after the drugmaker cut its sales forecast. Rival Merck rose "
    "1%.\n\n"
    "At Pfizer, executives have been told to find $2bn of savings. Workers at Pfizer in Sandwich were "
    "told of the cuts on Tuesday.\n\n"
    "The company's vaccine, developed with BioNTech in Mainz, sold less than expected. Pfizer, Merck and "
    "Eli Lilly all report results next week.\n\n"
    "From Pfizer to Unilever, large companies are cutting costs. Sales at Pfizer fell 6% to $13bn, while "
    "GSK and AstraZeneca grew.\n"
)

BIZ6 = (
    "date 2026-12-02 Drugmaker approves buyback\n\n"
    "At Pfizer, the board approved a $10bn share buyback on Tuesday, the company said in a filing.\n\n"
    "The move follows a similar plan at Merck in October.\n"
)


def test_a_shop_the_gazetteer_knows_as_a_town_is_a_shop_in_a_list_of_shops_goods_are_sold_through():
    rows = _kinds(_entities_of(C6))
    assert rows["Argos"] == ("ORG", 1)  # "sold ... through Amazon, Argos and Currys"
    assert rows["Amazon"] == ("ORG", 1) and rows["Currys"] == ("ORG", 1)


def test_a_model_with_a_hyphened_code_is_a_product_and_its_brand_alone_stays_the_brand():
    rows = _kinds(_entities_of(C6))
    assert rows["Cosori CAF-L501"] == ("PRODUCT", 1)
    assert rows["Cosori"] == ("ORG", 1)  # "Vesync, which owns the Cosori brand"


def test_shoppers_at_and_sold_at_name_shops_whatever_town_or_country_shares_their_name():
    rows = _kinds(_entities_of(CONS1))
    for shop in ("Tesco", "Argos", "Boots", "Sainsbury's", "Asda", "Iceland", "Lidl", "Aldi"):
        assert rows[shop] == ("ORG", 1), shop
    assert rows["Leeds"] == ("GPE", 1) and rows["Glasgow"] == ("GPE", 1)


def test_a_shop_listed_with_firms_the_words_around_them_make_firms_is_a_firm_in_all_its_mentions():
    rows = _kinds(_entities_of(CONS5))
    assert rows["Argos"] == ("ORG", 2)  # "Amazon, Argos and Smyths said", "Argos, which is owned by Sainsbury's"
    assert rows["Smyths"] == ("ORG", 2) and rows["Amazon"] == ("ORG", 3)
    assert rows["Poland"] == ("GPE", 1)


def test_an_airline_before_the_model_it_flies_is_the_airline_and_the_model_a_product():
    rows = _kinds(_entities_of(AIR1))
    assert rows["Tui"] == ("ORG", 2)  # "a Tui Airbus A321", "Tui said"
    assert rows["Airbus A321"] == ("PRODUCT", 1)
    assert rows["British Airways"] == ("ORG", 2)
    assert rows["Airbus A380"] == ("PRODUCT", 2)  # "a British Airways A380", "the Airbus A380"
    assert "A380" not in rows


def test_a_model_with_its_version_and_edition_is_one_product_apart_from_its_operator():
    rows = _kinds(_entities_of(AIR2))
    assert rows["Ryanair"] == ("ORG", 1) and rows["Boeing 737 Max"] == ("PRODUCT", 1)  # "A Ryanair Boeing 737 Max"
    assert "Max" not in rows and "Ryanair Boeing" not in rows
    assert rows["Airbus A321neo"] == ("PRODUCT", 1)


def test_two_firms_joined_by_and_the_second_with_its_legal_form_are_two_firms():
    rows = _kinds(_entities_of(BIZ3))
    assert rows["Salesforce"] == ("ORG", 4) and rows["News Corp"] == ("ORG", 4)
    assert "Salesforce and News Corp" not in rows
    # "Pfizer and Moderna, which signed similar deals": "which" tells of no people
    assert rows["Pfizer"] == ("ORG", 2) and rows["Moderna"] == ("ORG", 1)


def test_a_firm_read_as_a_place_where_its_shares_fall_makes_no_place_of_the_firms_listed_with_it():
    rows = _kinds(_entities_of(BIZ5))
    assert rows["Pfizer"] == ("ORG", 6)
    assert rows["Eli Lilly"] == ("ORG", 1)  # "Pfizer, Merck and Eli Lilly all report results"
    assert rows["Unilever"] == ("ORG", 1)  # "From Pfizer to Unilever"
    assert rows["Mainz"] == ("GPE", 1) and rows["Sandwich"] == ("GPE", 1)


def test_at_a_firm_whose_board_acts_is_the_firm():
    rows = _kinds(_entities_of(BIZ6))
    assert rows["Pfizer"] == ("ORG", 1)  # "At Pfizer, the board approved a $10bn share buyback"
    assert rows["Merck"] == ("ORG", 1)
