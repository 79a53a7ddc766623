"""Names in news written in the English of Malaysia, Jamaica, Israel, Bangladesh, Ghana, Hong Kong, New Zealand and
US local sites: firms' legal forms, nicknames, a compound with a prefix before a party, districts listed before their
noun, a district's commissioner, residents named by their town, local currencies, honorifics, Cantonese names and a
headline's "as"."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_malaysian_firm_with_its_legal_form_is_one_organisation():
    rows = _kinds(
        _entities_of(
            "date 2026-03-03 Pepper grower Lada Jaya soars on debut\n\n"
            "KUCHING: Pepper grower Lada Jaya Bhd rose 30% on its first day of trading on Bursa Malaysia on "
            "Tuesday.\n\n"
            "The company raised RM40mil from its listing, its managing director said.\n"
        )
    )
    assert rows["Lada Jaya Bhd"] == ("ORG", 2)
    assert "Lada Jaya" not in rows


def test_a_nickname_in_quotation_marks_stays_inside_the_persons_name():
    rows = _kinds(
        _entities_of(
            "date 2026-03-03 Man jailed for killing fisherman\n\n"
            "Carlton Reid, 40, was jailed on Tuesday for the murder of fisherman Delroy 'Bigga' Brown in Port "
            "Antonio.\n\n"
            "Reid shot Brown after an argument, the court heard. Brown's sister, Paulette Brown, said the family "
            "was relieved.\n"
        )
    )
    assert rows["Delroy 'Bigga' Brown"] == ("PERSON", 3)
    assert rows["Paulette Brown"] == ("PERSON", 1)
    assert "Delroy" not in rows


def test_a_prefixed_compound_before_a_party_is_no_part_of_its_name():
    rows = _kinds(
        _entities_of(
            "date 2026-03-03 Coalition wobbles as Degel quits\n\n"
            "The ultra-Orthodox Degel party said on Tuesday it would leave the coalition over the budget.\n"
        )
    )
    assert "Orthodox Degel" not in rows and rows["Degel"][0] == "ORG"


def test_names_listed_before_a_plural_noun_of_places_are_places():
    """ "Sunamganj and Sylhet districts": both are places, however the other mentions read them."""
    rows = _kinds(
        _entities_of(
            "date 2026-11-28 Flash floods strand 3 lakh people in Sunamganj, Sylhet\n\n"
            "At least 3 lakh people have been marooned after flash floods swept through low-lying areas of "
            "Sunamganj and Sylhet districts since Thursday night.\n\n"
            "The Surma river was flowing 42 centimetres above the danger level at the Sunamganj point.\n\n"
            "Road communication between Sunamganj and Sylhet remained suspended.\n"
        )
    )
    assert rows["Sunamganj"] == ("GPE", 4) and rows["Sylhet"] == ("GPE", 3)


def test_a_district_commissioner_and_residents_name_a_place():
    rows = _kinds(
        _entities_of(
            "date 2026-03-03 Shelters opened\n\n"
            "Dhalpur Deputy Commissioner Rafiqul Karim said 40 shelters had been opened.\n\n"
            "More than 60 Westmoor homeowners have sued the water company.\n"
        )
    )
    assert rows["Dhalpur"][0] == "GPE" and rows["Westmoor"][0] == "GPE"


def test_sums_in_taka_and_ringgit_are_no_names():
    rows = _kinds(
        _entities_of(
            "date 2026-03-03 Relief funds allocated\n\n"
            "The ministry said Tk 25 lakh had been allocated, and the firm said RM 40 million had been raised.\n"
        )
    )
    assert "Tk" not in rows and "RM" not in rows


def test_madam_before_a_name_read_in_two():
    rows = _kinds(
        _entities_of(
            "date 2026-03-03 Workers strike\n\n"
            "The Managing Director, Madam Efua Adwoa Mensah, said in a statement that talks were continuing.\n"
        )
    )
    assert rows["Efua Adwoa Mensah"] == ("PERSON", 1)
    assert not any(name.startswith("Madam") for name in rows)


def test_a_hong_kong_surname_alone_is_the_person_named_in_full():
    rows = _kinds(
        _entities_of(
            "date 2026-03-03 Harbour museum opens\n\n"
            "Chief Executive Ronald Cheung Wai-man opened the museum on Saturday.\n\n"
            "Cheung said it would be free for a month.\n"
        )
    )
    assert rows["Ronald Cheung Wai-man"] == ("PERSON", 2) and "Cheung" not in rows


def test_a_headlines_as_is_inside_no_name():
    rows = _kinds(
        _entities_of(
            "date 2026-03-03 Luxon reshuffles Cabinet: Bishop takes Health as Reti demoted\n\n"
            "Chris Bishop takes over Health from Shane Reti, who keeps Science.\n\n"
            "Reti said he accepted the decision. Health had been under pressure for months.\n"
        )
    )
    assert not any(" as " in name for name in rows)
    assert rows["Shane Reti"] == ("PERSON", 3)


def test_two_names_joined_after_in_are_places_not_people():
    """The left-over of earlier rounds: "in Githurai and Kitengela" read as two people."""
    rows = _kinds(
        _entities_of(
            "date 2026-03-03 Fuel queues\n\n"
            "Agents were thrown out of at least 40 stations in Kot Addu and Model Town, the candidate said.\n"
        )
    )
    assert rows["Kot Addu"][0] == "GPE" and rows["Model Town"][0] == "GPE"


def test_stakes_in_two_firms_are_no_places():
    rows = _kinds(
        _entities_of(
            "date 2026-03-03 Fund buys\n\n"
            "The fund increased its stakes in Tesla and Apple on Tuesday, filings showed.\n"
        )
    )
    assert rows["Tesla"][0] == "ORG"


def test_a_plural_common_noun_opening_sentences_is_no_name_beside_a_body_named_with_it():
    """ "Schools" opening four sentences of an explainer is no person, though "Dubai Schools Inspection Bureau"
    is named with it."""
    rows = _kinds(
        _entities_of(
            "date 2026-03-03 What the new fee rules mean\n\n"
            "Schools rated 'Outstanding' can raise fees by 5.2 per cent, the Harbour Schools Inspection Bureau "
            "said.\n\n"
            "Schools rated 'Good' can raise them by 2.6 per cent. Schools that want more must apply.\n"
        )
    )
    assert "Schools" not in rows


def test_the_word_after_a_colon_dateline_opens_the_sentence():
    rows = _kinds(
        _entities_of(
            "date 2026-03-03 Fish exporter soars\n\n"
            "KUALA LUMPUR: Frozen fish exporter Sri Laut Bhd made a strong debut on the Main Market yesterday, "
            "closing 30% higher.\n"
        )
    )
    assert "Frozen" not in rows and rows["Sri Laut Bhd"] == ("ORG", 1)
