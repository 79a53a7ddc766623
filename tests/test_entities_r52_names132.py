"""Firms and bodies of business, retail and culture news: a firm's name ending in a trade ("JD Sports"), an
ensemble's word ending a name ("Symphony Chorus"), a firm's trading figures "at" it, a list after "Accountants at",
a body's auditor in apposition, a square's foreign first word read alone, and an ensemble named before its noun."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def _read(date: str, headline: str, *body: str) -> dict[str, tuple[str, int]]:
    """entity -> (type, mentions) of an article of `headline` and the paragraph `body` (its parts joined)."""
    return _kinds(_entities_of(f"date {date} {headline}\n\n" + "".join(body)))


def test_a_name_ending_in_sports_is_a_firm_listed_beside_a_firm():
    rows = _read(
        "2025-01-10",
        "Retail shares slide",
        "Shares in Next rose 4% after the clothing chain raised its forecast. JD Sports and Frasers Group fell.\n",
    )
    assert rows["JD Sports"][0] == "ORG"


def test_a_name_ending_in_sports_opening_a_sentence_is_a_firm():
    rows = _read(
        "2025-01-10",
        "Trainer sales slow",
        "Harland Sports and Kestrel Foods both fell on Tuesday after a gloomy week for the high street.\n",
    )
    assert rows["Harland Sports"][0] == "ORG"


def test_an_ensemble_word_ending_a_name_makes_a_body_not_a_person():
    rows = _read(
        "2024-05-02",
        "Mahler thrills a packed hall",
        "Critics praised the choir. The London Symphony Chorus and the Hallé Choir sang together for the first "
        "time since 2019.\n",
    )
    assert rows["London Symphony Chorus"][0] == "ORG"


def test_a_quartet_and_a_sinfonia_are_bodies():
    rows = _read(
        "2024-05-02",
        "Festival line-up announced",
        "The Maddox Quartet will open the festival, and Harriet Venn will conduct the Aldgate Sinfonia on the "
        "final night.\n",
    )
    assert rows["Maddox Quartet"][0] == "ORG"
    assert rows["Aldgate Sinfonia"][0] == "ORG"
    assert rows["Harriet Venn"][0] == "PERSON"


def test_sales_at_a_name_make_it_the_firm_even_where_a_town_is_so_called():
    rows = _read(
        "2025-01-09",
        "Supermarkets enjoy strong Christmas",
        "Tesco and Lidl also had a strong festive season. Sainsbury's said sales at Argos fell slightly.\n",
    )
    assert rows["Argos"][0] == "ORG"


def test_profits_at_a_name_make_it_the_firm():
    rows = _read(
        "2025-01-09",
        "Chain's profits fall",
        "Profits at Brackley Home fell by a third in the year to March, the company's accounts show.\n",
    )
    assert rows["Brackley Home"][0] == "ORG"


def test_sales_in_a_county_stay_the_county():
    rows = _read(
        "2025-01-09",
        "Northern housing market cools",
        "Holiday home sales in Cornwall fell by 8% last year, while sales at the Truro branch held up.\n",
    )
    assert rows["Cornwall"][0] == "GPE"


def test_every_firm_of_a_list_after_accountants_at_is_a_firm():
    rows = _read(
        "2024-06-03",
        "Public audit market shrinks",
        "Accountants at Price Bailey and Saffery Champness said smaller firms were being squeezed out of public "
        "audit work.\n",
    )
    assert rows["Price Bailey"][0] == "ORG"
    assert rows["Saffery Champness"][0] == "ORG"


def test_the_second_firm_of_a_list_after_analysts_at_is_a_firm():
    rows = _read(
        "2024-06-03",
        "Shares slip",
        "Analysts at Peel Hunt and Liberum Capital cut their targets for the housebuilder on Monday.\n",
    )
    assert rows["Liberum Capital"][0] == "ORG"
    assert rows["Peel Hunt"][0] == "ORG"


def test_a_bodys_auditor_in_apposition_is_a_firm_though_it_opens_with_a_given_name():
    rows = _read(
        "2024-06-03",
        "Council in crisis",
        "The council's previous auditor, Grant Thornton, raised concerns about equal pay claims in 2023.\n",
    )
    assert rows["Grant Thornton"][0] == "ORG"


def test_its_auditor_in_apposition_is_a_firm():
    rows = _read(
        "2024-06-03",
        "Retailer delays results",
        "The retailer said its auditor, Moore Kingston Smith, needed more time to review the accounts.\n",
    )
    assert rows["Moore Kingston Smith"][0] == "ORG"


def test_a_square_opened_by_a_foreign_word_is_read_whole():
    rows = _read(
        "2024-02-20",
        "Farmers protest across Europe",
        "In Madrid, farmers filled Plaza Mayor and the Plaza de Cibeles on the same day.\n",
    )
    assert rows["Plaza Mayor"][0] == "FAC"
    assert "Plaza" not in rows


def test_a_piazza_before_a_title_word_is_read_whole():
    rows = _read(
        "2024-02-20",
        "Crowds gather in Rome",
        "Thousands of people gathered in Piazza Navona on Sunday, and others crowded Piazza Venezia.\n",
    )
    assert rows["Piazza Navona"][0] == "FAC"
    assert "Piazza" not in rows


def test_an_ensemble_named_before_its_noun_is_a_body_named_alone_again():
    rows = _read(
        "2024-05-02",
        "Hallé thrills a packed Royal Albert Hall",
        "The Hallé orchestra brought Mahler's Resurrection symphony to the Royal Albert Hall on Tuesday night.\n\n"
        "The Hallé will tour Japan next year.\n",
    )
    assert rows["Hallé"][0] == "ORG"
    assert rows["Hallé"][1] >= 2


def test_a_quartet_named_before_its_noun_is_a_body():
    rows = _read(
        "2024-05-02", "Chamber music returns", "The Elderwick quartet opened the season at Wigmore Hall with Haydn.\n"
    )
    assert rows["Elderwick"][0] == "ORG"
