"""Names in kinds of news: a takeover, a crypto exchange's collapse, an energy price cap, a
parliament in Indian English, a song contest, a race meeting."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_company_named_in_apposition_to_a_maker_or_an_exchange_is_an_organisation():
    """A takeover's target opening its lead, "Pellworth Dairies, the Norfolk-based maker of cheese, …", which no
    reader found, is an organisation counted in the headline and the lead; a one-word exchange the readers took for
    a person, "Coinvora, the Malta-registered cryptocurrency exchange,", is an organisation."""
    rows = _kinds(
        _entities_of(
            "date 2025-03-04 Pellworth Dairies agrees sale to Danish group\n\n"
            "Pellworth Dairies, the Norfolk-based maker of cheese and butter, has agreed to be bought by Skovly of "
            "Aarhus, the two companies said on Tuesday. Pellworth employs 1,200 people.\n"
        )
    )
    # and "Pellworth employs", the firm without its trade's word, is the firm too
    assert rows["Pellworth Dairies"] == ("ORG", 3) and "Pellworth" not in rows
    rows = _kinds(
        _entities_of(
            "date 2025-03-04 Savers locked out\n\n"
            "Coinvora, the Malta-registered cryptocurrency exchange, stopped all withdrawals on Friday. Coinvora "
            "said it had been hit by a run.\n"
        )
    )
    assert rows["Coinvora"][0] == "ORG"


def test_a_name_that_takes_its_own_the_where_it_is_counted_again_is_no_person():
    """A house of a parliament read as a person in the headline ("Ruckus in Lok Sabha") is a body where the body
    writes it with its own "the" ("Members of the Lok Sabha")."""
    rows = _kinds(
        _entities_of(
            "date 2025-03-04 Ruckus in Lok Sabha as Opposition demands probe into port deal\n\n"
            "NEW DELHI: Proceedings in the Lok Sabha were adjourned on Tuesday after members walked out.\n"
        )
    )
    assert rows["Lok Sabha"][0] == "ORG"


def test_a_headline_name_is_not_run_over_a_verb():
    """A headline's "Finland's Kaija wins Eurovision" read as one name is the singer "Kaija", whom the story names
    again; no name holds the verb "wins"."""
    table = _entities_of(
        "date 2025-03-04 Finland's Kaija wins Eurovision as UK scores nil points\n\n"
        "The singer Kaija won the contest in Lund on Saturday. Kaija, 22, said she was stunned.\n"
    )
    assert not any(" wins " in name for name in table.index)
    assert table.loc["Kaija", "entity_type"] == "PERSON"


def test_a_one_word_name_listed_with_companies_is_a_company():
    """A bank or an exchange the recogniser reads as a person, listed with companies ("from HSBC and Santander",
    "on Binance and Coinbase"), is a company; a person listed with a company keeps a person's name where the article
    names the person in full."""
    rows = _kinds(
        _entities_of(
            "date 2025-03-04 Lenders\n\n"
            "The loans came from HSBC and Santander. Its coins trade on Binance and Coinbase. Tesco, Morrisons and "
            "Aldi stock its bread.\n"
        )
    )
    assert rows["Santander"][0] == "ORG" and rows["Coinbase"][0] == "ORG" and rows["Aldi"][0] == "ORG"


def test_a_race_named_by_a_trophy_or_a_hurdle_is_an_event():
    """A race meeting's "Arkle Challenge Trophy" and "Triumph Hurdle" are races, not a person and a body."""
    rows = _kinds(
        _entities_of(
            "date 2025-03-14 Racing\n\n"
            "The mare won the Kestrel Challenge Trophy on Tuesday and the Burnham Hurdle a day later.\n"
        )
    )
    assert rows["Kestrel Challenge Trophy"][0] == "EVENT" and rows["Burnham Hurdle"][0] == "EVENT"


def test_a_person_described_as_a_spokeswoman_for_a_company_stays_a_person():
    """ "Ingrid Solveig, a spokeswoman for the company, said" names a person: the company in the apposition is the
    spokeswoman's, not what the name is."""
    rows = _kinds(
        _entities_of(
            "date 2025-03-04 Spa closed\n\n"
            "The spa will stay shut until Sunday, said Ingrid Solveig, a spokeswoman for the company, on Thursday.\n"
        )
    )
    assert rows["Ingrid Solveig"][0] == "PERSON"


def test_an_office_named_after_a_title_is_one_organisation():
    """ "The US Attorney's Office said" names the office whole, not a body "Office"."""
    table = _entities_of(
        "date 2025-03-04 Fraud case\n\n"
        "The banker was charged in March. The US Attorney's Office said he had taken $40m from savers in Ohio.\n"
    )
    assert "Office" not in table.index
    assert table.loc["US Attorney's Office", "entity_type"] == "ORG"


def test_a_kind_of_firm_opening_a_sentence_is_no_part_of_the_firms_name():
    """ "Retailer Homestead declined to comment" names the firm "Homestead", an organisation."""
    rows = _kinds(
        _entities_of(
            "date 2025-03-04 Takeover\n\n"
            "The deal was agreed on Monday. Retailer Brackenfield, which buys from both companies, declined to "
            "comment.\n"
        )
    )
    assert rows.get("Brackenfield", ("", 0))[0] == "ORG" and "Retailer Brackenfield" not in rows


def test_names_listed_after_their_kind_of_firm_are_firms():
    """ "Bookmakers Paddy Power and William Hill" are two firms, though each reads as a person's name."""
    rows = _kinds(
        _entities_of(
            "date 2025-03-14 Racing\n\n"
            "The favourite won by six lengths. Bookmakers Paddy Power and William Hill both reported a costly week.\n"
        )
    )
    assert rows["Paddy Power"][0] == "ORG" and rows["William Hill"][0] == "ORG"


def test_a_dateline_place_in_capitals_keeps_its_first_word():
    """An Indian paper's dateline "NEW DELHI:" names the city whole, not "DELHI"."""
    table = _entities_of(
        "date 2024-12-09 Walkout\n\n"
        "NEW DELHI: Members walked out of the hearing on Monday after the chairman refused a debate.\n"
    )
    assert "DELHI" not in table.index and "Delhi" not in table.index and "New Delhi" in table.index


def test_a_body_with_an_executive_director_and_a_pundits_employer_are_organisations():
    """ "Yiaga Africa's Executive Director, Samson Itodo," gives the name a body's officer, and "Sky Sports pundit
    Johnny Nelson" names the pundit's employer: both are organisations."""
    rows = _kinds(
        _entities_of(
            "date 2025-03-04 Reaction\n\n"
            "Civil groups, including Kotani Watch, called for reform. Kotani Watch's Executive Director, Amara "
            "Okafor, said trust must be restored. Sky Sports pundit Johnny Nelson agreed.\n"
        )
    )
    assert rows["Kotani Watch"][0] == "ORG" and rows["Sky Sports"][0] == "ORG"


def test_a_title_in_the_plural_or_of_an_office_is_no_name():
    """ "joined by Justices Elena Kagan and Ketanji Brown Jackson" names no body "Justices"; "Interior Cabinet
    Secretary Kithure Kindiki" and "its National Publicity Secretary, Debo Ologunagba," name no body either."""
    table = _entities_of(
        "date 2024-07-01 Ruling\n\n"
        "Justice Mara Quint dissented. She was joined by Justices Elena Kagan and Ketanji Brown Jackson. Interior "
        "Cabinet Secretary Kithure Kindiki said 50 officers were hurt. The party's National Publicity Secretary, "
        "Debo Ologunagba, urged calm.\n"
    )
    for fragment in ("Justices", "Interior Cabinet", "National Publicity"):
        assert fragment not in table.index
    assert table.loc["Kithure Kindiki", "entity_type"] == "PERSON"


def test_a_station_named_by_its_number_keeps_it():
    """ "told BBC Radio 4's Today programme" names "BBC Radio 4", not "BBC Radio"."""
    table = _entities_of(
        "date 2025-05-02 Result\n\nThe minister told BBC Radio 4's Today programme that voters were angry.\n"
    )
    assert "BBC Radio 4" in table.index and "BBC Radio" not in table.index


def test_the_town_a_person_with_an_age_is_from_is_a_place():
    """ "Nemo, 24, from Biel, finished first" names the singer's home town, a place, as "of Biel" would."""
    rows = _kinds(
        _entities_of(
            "date 2024-05-12 Contest\n\n"
            "The winner, Sina Aebi, 24, from Biel, finished with 591 points. Aebi thanked the jury.\n"
        )
    )
    assert rows["Biel"][0] == "GPE"
