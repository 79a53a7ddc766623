"""Names in kinds of news: a stock market debut, a murder verdict, a cabinet reshuffle, a flood,
an archaeology find, film awards, an esports final, a canal drought, a papal visit, a correction notice."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_canal_and_a_lake_are_places_and_a_railway_keeps_its_town():
    """A canal read as a person in the headline and as a place in the body is a place; so is a lake named with
    "Lake" last; a railway named after a place stays one organisation, not a place and a person."""
    rows = _kinds(
        _entities_of(
            "date 2024-06-02 Suez Canal traffic slows as insurers raise rates\n\n"
            "Fewer ships used the Suez Canal in May, the canal's operator said. Water in Timsah Lake, north of "
            "Ismailia, was also low. Cargo moved instead on the Ismailia Desert Railway, which carries containers "
            "to the coast.\n"
        )
    )
    assert rows["Suez Canal"] == ("LOC", 2)
    assert rows["Timsah Lake"][0] == "LOC"
    assert rows["Ismailia Desert Railway"][0] == "ORG"
    assert "Desert Railway" not in rows


def test_a_company_called_by_the_first_word_of_its_name_is_counted_where_a_sentence_opens_with_it():
    """A company named in full and then by its first word, which a reader takes for a person's name, counts where
    a sentence opens with that word as its subject ("Corvella reported", "Corvella competes", which the tagger
    reads as nouns) and before its shares' move ("Halvorn shares fell 3%")."""
    rows = _kinds(
        _entities_of(
            "date 2025-05-14 Corvella Robotics soars in market debut\n\n"
            "Shares in Corvella Robotics rose 30% on Wednesday. Investors said Corvella had priced the offer well.\n\n"
            "Corvella reported revenue of $90 million last year. Corvella competes with Halvorn, which is larger. "
            "Halvorn shares fell 3% on Wednesday.\n"
        )
    )
    assert rows["Corvella Robotics"] == ("ORG", 5)
    assert rows["Halvorn"] == ("ORG", 2)


def test_a_short_name_with_a_digit_is_counted_wherever_it_stands():
    """A team with a two-character name ("V8") is counted in the headline and where a sentence opens with it, as
    longer names are."""
    rows = _kinds(
        _entities_of(
            "date 2024-11-03 V8 beat Harlow Kites to win Arena Masters title for third time\n\n"
            "South Korea's V8 won the Arena Masters title on Saturday, beating Harlow Kites 3-2 in Lisbon.\n\n"
            "Harlow Kites took two of the first three games. V8 won the fourth game in 29 minutes and the decider in "
            "41, with Rook and Vantor credited with key plays.\n\n"
            "V8's coach, Park Min-jun, said the players never doubted.\n"
        )
    )
    assert rows["V8"] == ("ORG", 4)


def test_a_title_after_a_noun_of_works_is_a_work():
    """A film named after "the thriller" and "the musical", or beside "comedy", is a work throughout, however the
    readers read its title in the headline and elsewhere; its director stays a person."""
    rows = _kinds(
        _entities_of(
            "date 2025-02-16 Marigold wins top prize at film awards\n\n"
            "The spy thriller Marigold, directed by Ana Weller, was named best film on Sunday. Marigold also won "
            "best editing.\n\n"
            "Tovah Lind won best actress for Pebblestone, Ravi Sen's comedy about a seaside hotel. The musical "
            "Castellane Nights won two prizes.\n"
        )
    )
    assert rows["Marigold"] == ("WORK_OF_ART", 3)
    assert rows["Pebblestone"][0] == "WORK_OF_ART"
    assert rows["Castellane Nights"][0] == "WORK_OF_ART"
    assert rows["Ana Weller"][0] == "PERSON"


def test_a_hall_named_royal_is_one_building():
    """ "the Royal Festival Hall" and "the Royal Albert Hall" are one name each, not "Royal" and a person."""
    table = _entities_of(
        "date 2025-01-18 Concerts\n\n"
        "The orchestra played at the Royal Festival Hall on Friday. Next month it plays the Royal Albert Hall, "
        "the conductor said.\n"
    )
    assert "Royal" not in table.index
    assert "Festival Hall" not in table.index and "Albert Hall" not in table.index
    assert "Royal Festival Hall" in table.index and "Royal Albert Hall" in table.index


def test_a_body_with_a_chief_executive_is_an_organisation():
    """A body the readers took for a place is an organisation where the article names its chief executive ("the
    chief executive of Ofwex")."""
    rows = _kinds(
        _entities_of(
            "date 2025-02-16 Regulator fines water firms\n\n"
            "Ofwex fined three companies on Monday. The board of Ofwex met in Birmingham. Priya Nair, the chief "
            "executive of Ofwex, said the fines were fair.\n"
        )
    )
    assert rows["Ofwex"][0] == "ORG"


def test_a_public_body_named_for_a_country_is_no_person():
    """ "Historic Wales" and "Sport Scotland", English words before a country's name, are bodies, not people."""
    rows = _kinds(
        _entities_of(
            "date 2025-06-10 Hillfort protected\n\n"
            "The site was given protection by Historic Wales on Monday after a survey paid for by Sport Scotland. "
            "Historic Wales said the fort was built 2,500 years ago.\n"
        )
    )
    assert rows["Historic Wales"][0] == "ORG"
    assert rows["Sport Scotland"][0] == "ORG"


def test_mass_is_no_name():
    """ "celebrated Mass", "after the Mass" and "say Mass" name a rite, no person or organisation."""
    table = _entities_of(
        "date 2024-09-06 Archbishop draws crowd on island tour\n\n"
        "Archbishop Tomas Reyes celebrated Mass for about 20,000 people in Kilrane on Sunday, on the second leg of "
        "a tour of the islands.\n\n"
        "After the Mass he flew to Port Alder. On Tuesday he will say Mass at the cathedral before returning home.\n"
    )
    assert "Mass" not in table.index
    assert "Tomas Reyes" in table.index


def test_a_ministry_named_for_two_things_is_one_name():
    """ "the Department for Work and Pensions", which no reader found, is one name, not "Department" folded into
    another department the article names."""
    rows = _kinds(
        _entities_of(
            "date 2025-09-06 Minister quits as reshuffle follows\n\n"
            "Pat Doyle moved from the Cabinet Office to the Department for Work and Pensions, replacing Liz Kerr, who "
            "became science secretary.\n\n"
            "Sam Reid was appointed housing secretary, and Ann Cole replaced Reid at the Department for Environment, "
            "Food and Rural Affairs.\n"
        )
    )
    assert rows["Department for Work and Pensions"] == ("ORG", 1)
    assert rows["Department for Environment, Food and Rural Affairs"] == ("ORG", 1)
    assert "Department" not in rows


def test_kc_after_a_barristers_name_is_no_name():
    """ "KC" after barristers' names is no name of its own, of no organisation and of no other barrister."""
    rows = _kinds(
        _entities_of(
            "date 2025-02-21 Man guilty of murdering neighbour in row over bins\n\n"
            "A jury at Leeds Crown Court convicted Gary Holt on Thursday. Judge Simon Arden KC adjourned sentencing "
            "until 14 March.\n\n"
            "Prosecutor Helen Marsh KC told the jury that footage from a shop showed Holt going back into the "
            "building.\n"
        )
    )
    assert "KC" not in rows
    assert rows["Helen Marsh"][0] == "PERSON"


def test_a_river_named_again_by_its_name_alone_is_one_river():
    """ "the River Calder" and "the Calder" are one river, a place."""
    rows = _kinds(
        _entities_of(
            "date 2025-02-21 Knife found\n\n"
            "He threw the knife into the River Calder near Elland. Police divers searched the Calder for a week.\n"
        )
    )
    assert rows["River Calder"] == ("LOC", 2)
    assert "Calder" not in rows


def test_a_company_after_a_noun_of_its_kind_is_no_person():
    """ "the bakery chain Crumbworth" and "the grocer Dunmore" are companies, not people."""
    rows = _kinds(
        _entities_of(
            "date 2025-01-18 Sales\n\n"
            "Sales rose at the bakery chain Crumbworth in December. The grocer Dunmore said its sales fell.\n"
        )
    )
    assert rows["Crumbworth"][0] == "ORG"
    assert rows["Dunmore"][0] == "ORG"


def test_firms_of_two_words_in_a_list_of_firms_are_firms():
    """Banks of two words that a reader read as people, in a list of three banks ("Goldman Sachs, Morgan Stanley
    and Piper Sandler"), are organisations; a pair of people stays people."""
    rows = _kinds(
        _entities_of(
            "date 2025-05-14 Listing\n\n"
            "Goldman Sachs, Morgan Stanley and Piper Sandler led the offering. It was founded by Eli Marsh and Dana "
            "Whitcombe.\n"
        )
    )
    assert rows["Piper Sandler"][0] == "ORG"
    assert rows["Eli Marsh"][0] == "PERSON" and rows["Dana Whitcombe"][0] == "PERSON"
    rows = _kinds(
        _entities_of(
            "date 2025-05-14 Listing\n\n"
            "The largest holder is the Vision Fund, followed by Marlin Global and the venture firm Lux Capital.\n"
        )
    )
    assert rows["Marlin Global"][0] == "ORG"


def test_a_body_between_commas_after_its_kind_is_found_and_counted_again():
    """A weather agency no reader found, written between commas after "agency" ("the state weather agency, Aemet,
    had issued"), is an organisation, counted again where a sentence opens with it."""
    rows = _kinds(
        _entities_of(
            "date 2024-11-01 Death toll in floods rises as rescuers search homes\n\n"
            "The head of the regional council, Rui Salgado, faced growing anger after it emerged that the council's "
            "emergency alert was sent to mobile phones at 8.12pm on Tuesday, more than 12 hours after the state "
            "weather agency, Aemet, had issued its highest red warning. By then, many towns were already under "
            "water.\n\n"
            "Aemet warned on Friday of more heavy rain in the coming days.\n"
        )
    )
    assert rows["Aemet"] == ("ORG", 2)


def test_a_unit_of_a_group_is_an_organisation():
    """A company of two words a reader took for a person's name, set beside "a unit of" a group, is an
    organisation."""
    rows = _kinds(
        _entities_of(
            "date 2025-03-27 Hospitals hit\n\n"
            "The breach was one of many. Harlan Health, a unit of Dovecote Group, was hit by the same gang in "
            "February.\n"
        )
    )
    assert rows["Harlan Health"][0] == "ORG"


def test_a_constituency_named_in_apposition_is_a_place():
    """ "Only one constituency, Dún Laoghaire, voted Yes": the constituency is a place, no person."""
    rows = _kinds(
        _entities_of(
            "date 2024-03-09 Voters reject both proposals\n\n"
            "Turnout was 44 per cent. Only one constituency, Dún Laoghaire, voted Yes to the family proposal, and it "
            "did so narrowly.\n"
        )
    )
    assert rows["Dún Laoghaire"][0] == "GPE"


def test_a_nickname_in_quotes_inside_a_name_is_part_of_the_person():
    """'Hector "Macho" Camacho' and 'Kim "kkOma" Jeong-gyun' are one person each, not pieces of names."""
    rows = _kinds(
        _entities_of(
            "date 2024-11-03 Title fight\n\n"
            'Former champion Hector "Macho" Camacho lost to Roberto "Hands of Stone" Duran on Saturday. The coach, '
            'Kim "kkOma" Jeong-gyun, watched from the front row.\n'
        )
    )
    assert rows['Hector "Macho" Camacho'] == ("PERSON", 1)
    assert rows['Roberto "Hands of Stone" Duran'] == ("PERSON", 1)
    assert rows['Kim "kkOma" Jeong-gyun'] == ("PERSON", 1)


def test_a_stream_named_before_ravine_is_a_place():
    """ "the Corvo ravine" names a water, not a person or an organisation, and so does "the Corvo" after it."""
    rows = _kinds(
        _entities_of(
            "date 2024-11-01 Floods\n\n"
            "The worst hit towns lie along the Corvo ravine, which burst its banks on Tuesday. The authority said it "
            "had sent warnings about the level of the Corvo all afternoon.\n"
        )
    )
    assert rows["Corvo"][0] == "LOC"


def test_a_credit_rating_is_no_name():
    """ "rated BBB by Fitch" and "rates the notes Baa1" give ratings, no organisation or place."""
    table = _entities_of(
        "date 2025-03-27 Notes\n\nThe bonds of Carrow Group, rated BBB by Fitch, rose on Monday. Moody's rates the "
        "notes Baa1.\n"
    )
    assert "BBB" not in table.index and "Baa1" not in table.index
    assert "Carrow Group" in table.index


def test_a_song_no_reader_found_named_beside_song_is_a_work():
    """A title read only by the rule for "the" and a run of capitals, set beside "a song about ...", is a work."""
    rows = _kinds(
        _entities_of(
            "date 2024-05-12 Contest won\n\n"
            "Norway won the contest in Turin on Saturday night, with the singer Aksel taking the trophy for The Lamp, "
            "a song about leaving home.\n"
        )
    )
    assert rows["The Lamp"][0] == "WORK_OF_ART"  # the title keeps its "The", written inside a sentence
