"""Firms, shops and brands in business, retail, consumer and cyber-crime news: a retailer hit by hackers and the
hacking group named in apposition, brands written with the founders' "'s", a firm reporting its own sales, a data
firm publishing figures, a firm's warehouse, supermarkets listed after their kind, a carmaker named after its cars."""

from __future__ import annotations

from test_entities import _entities_of, _kinds

CYBER = (
    "date 2025-05-02 Harrods hit by cyber-attack weeks after M&S and Co-op\n\n"
    "Harrods has become the latest major UK retailer to be hit by a cyber-attack, days after Marks & Spencer and "
    "the Co-op were targeted by hackers.\n\n"
    "The luxury department store in Knightsbridge said it had restricted internet access at its sites after "
    "hackers attempted to gain unauthorised access to some of its systems.\n\n"
    '"We recently experienced attempts to gain unauthorised access to some of our systems," Harrods said in a '
    "statement.\n\n"
    'The Co-op said hackers had extracted data belonging to a "significant number" of its current and past '
    "members. Shoppers have reported empty shelves at some Co-op stores.\n\n"
    "The attacks on M&S and the Co-op have been linked to Scattered Spider, a loose network of young hackers who "
    "use social engineering to break into company systems.\n\n"
    "Scattered Spider is believed to have worked with DragonForce, a ransomware group.\n"
)

UNILEVER = (
    "date 2025-04-24 Unilever sales boosted by ice cream\n\n"
    "Unilever, the maker of Dove soap and Marmite, said underlying sales rose 4.2% in the first quarter, helped by "
    "strong demand for Ben & Jerry's and Magnum ice cream.\n\n"
    "Unilever plans to list the ice cream business, which includes Ben & Jerry's, Magnum and Wall's, in Amsterdam "
    "by the end of the year.\n\n"
    "The company has had a long-running dispute with the independent board of Ben & Jerry's over the brand's "
    "social activism.\n"
)

FIGURES = (
    "date 2025-03-10 Mortgage rates fall as lenders compete\n\n"
    "Simon and Schuster said it would cut the price of thousands of ebooks after figures from Comscore showed "
    "reading on phones had risen sharply.\n\n"
    "According to Comscore, the number of people reading books on mobile devices rose by a third last year.\n\n"
    "The average two-year fixed mortgage rate fell to 5.1%, according to Moneyfacts. Rachel Springall, a finance "
    "expert at Moneyfacts, said lenders were competing hard for business.\n"
)

BRIEF = "date 2025-05-07 Novo Nordisk said sales of Wegovy rose 50% in the first quarter.\n"

AMAZON = (
    "date 2025-03-02 Sanders backs union drive at Amazon warehouse\n\n"
    "Senator Bernie Sanders has thrown his support behind workers seeking to form a union at an Amazon warehouse "
    "in North Carolina.\n\n"
    'Sanders told a rally on Sunday that the company could afford to pay its staff more. "Amazon made billions '
    'last year," Sanders said.\n\n'
    "Amazon said it respected the right of workers to choose.\n"
)

GROCERS = (
    "date 2025-06-24 Aldi and Lidl gain shoppers as Sainsbury's holds steady\n\n"
    "Discount supermarkets Aldi and Lidl continued to win customers from their bigger rivals in the 12 weeks to "
    "15 June, according to Kantar.\n\n"
    "Sales at Aldi rose 6.2%, while Lidl grew 10.5%, the research firm said.\n"
)

CARMAKER = (
    "date 2025-09-10 Jaguar Land Rover production halted after cyber-attack\n\n"
    "Jaguar Land Rover has extended the shutdown of its factories until at least next week after a cyber-attack "
    "crippled its computer systems.\n\n"
    "The carmaker, which is owned by India's Tata Motors, said it was working with the National Cyber Security "
    "Centre to restart production safely.\n\n"
    "Suppliers to JLR have warned they face collapse.\n"
)


def test_a_retailer_hit_by_hackers_and_the_hacking_group():
    rows = _kinds(_entities_of(CYBER))
    assert rows["Harrods"] == ("ORG", 3)  # headline, the subject opening paragraph 1, "Harrods said"
    assert rows["Co-op"] == ("ORG", 5)  # "the Co-op", cut in three by the tokenizer, and "Co-op stores"
    assert rows["Scattered Spider"] == ("ORG", 2)  # "a loose network of young hackers"
    assert rows["Marks & Spencer"] == ("ORG", 3)  # "weeks after M&S" is no event
    assert "M&S" not in rows


def test_brands_written_with_the_founders_s():
    rows = _kinds(_entities_of(UNILEVER))
    assert rows["Ben & Jerry's"] == ("ORG", 3)
    assert "Ben & Jerry" not in rows
    assert rows["Wall's"] == ("ORG", 1)


def test_a_data_firm_that_publishes_figures():
    rows = _kinds(_entities_of(FIGURES))
    assert rows["Comscore"] == ("ORG", 2)
    assert rows["Moneyfacts"] == ("ORG", 2)
    assert rows["Simon and Schuster"][0] == "ORG"
    assert rows["Rachel Springall"] == ("PERSON", 1)


def test_a_firm_reporting_its_own_sales():
    rows = _kinds(_entities_of(BRIEF))
    assert rows["Novo Nordisk"] == ("ORG", 1)
    assert rows["Wegovy"][0] == "PRODUCT"


def test_a_firm_named_before_its_warehouse():
    rows = _kinds(_entities_of(AMAZON))
    assert rows["Amazon"] == ("ORG", 4)
    assert rows["Bernie Sanders"] == ("PERSON", 4)


def test_supermarkets_listed_after_their_kind():
    rows = _kinds(_entities_of(GROCERS))
    assert rows["Lidl"] == ("ORG", 3)
    assert rows["Aldi"] == ("ORG", 3)


def test_a_carmaker_named_after_its_cars():
    rows = _kinds(_entities_of(CARMAKER))
    assert rows["Jaguar Land Rover"] == ("ORG", 3)  # and "JLR"
    assert rows["Tata Motors"][0] == "ORG"
