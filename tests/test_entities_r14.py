"""Names in kinds of news: a police appeal, a technology launch, a flood report from an Indian
paper, an Australian election poll, a rail strike, a music award show and a hospital's research news."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_detective_named_by_a_short_rank_is_the_one_person():
    """British police ranks written short before a name ("DI Marsh", "Ch Supt Okoro") are titles: the officer is
    one person with the full name, and the surname alone counts for them too; "Ch" is no organisation."""
    rows = _kinds(
        _entities_of(
            "date 2025-03-09 Appeal after woman hurt in Hartley Street attack\n\n"
            "Detective Inspector Lena Marsh, who is leading the inquiry, said the attack in Hartley Street was "
            "unprovoked.\n\n"
            '"Somebody saw what happened," DI Marsh said. Chief Superintendent Daniel Okoro said more officers '
            'would patrol the area. "We will find those responsible," Ch Supt Okoro said.\n\n'
            "The councillor for the ward, Priya Nandi, said she had spoken to Marsh on Sunday.\n"
        )
    )
    assert rows["Lena Marsh"] == ("PERSON", 3)
    assert rows["Daniel Okoro"] == ("PERSON", 2)
    assert not {"DI Marsh", "Marsh", "Supt Okoro", "Ch", "Okoro"} & set(rows)


def test_a_firm_heads_name_after_chief_executive_is_a_person_with_his_surname():
    """A name after a firm's "chief executive" is its holder's, a person, however the recogniser read it, and the
    surname alone after it counts for the same person."""
    rows = _kinds(
        _entities_of(
            "date 2025-06-02 Tallis launches its first tablet\n\n"
            "Tallis Devices unveiled its first tablet on Monday, running Google's assistant, and Alphabet's chief "
            "executive Sundar Pichai appeared by video.\n\n"
            "Pichai said the assistant would read the screen.\n"
        )
    )
    assert rows["Sundar Pichai"] == ("PERSON", 2)
    assert "Pichai" not in rows


def test_a_three_word_name_cut_before_its_surname_is_one_person():
    """A person named by a two-word given name and a surname that a reader cut in two ("Himanta Biswa" + "Sarma")
    is one person, with the surname alone and "Mr Sarkar" counting for it."""
    rows = _kinds(
        _entities_of(
            "date 2024-07-04 Flood relief announced\n\n"
            "Chief Minister Himanta Biswa Sarma visited relief camps in the district on Thursday and promised aid.\n\n"
            '"Our first priority is to save lives," Sarma said. The home minister spoke to Mr Sarma by phone.\n'
        )
    )
    assert rows["Himanta Biswa Sarma"] == ("PERSON", 3)
    assert "Himanta Biswa" not in rows and "Sarma" not in rows


def test_a_place_and_a_colon_opening_the_first_paragraph_is_a_dateline_place():
    """A town in Title Case and a colon opening an Indian paper's first paragraph ("Nagaon: The toll ...") is where
    the story was filed: a place, however a reader read it."""
    rows = _kinds(
        _entities_of(
            "date 2024-07-04 Flood toll rises\n\n"
            "Nagaon: The toll in the floods rose to 12 on Thursday as rivers stayed above the danger mark, officials "
            "said.\n\n"
            "Relief camps were opened in three districts.\n"
        )
    )
    assert rows["Nagaon"][0] == "GPE"


def test_a_persons_full_name_with_s_and_no_noun_after_is_still_the_person():
    """A politician's full name written with "'s" and no noun after it, the noun left out ("Ben Harlow's fell to
    35%", his rating), is the person, counted with his surname: not a shop named with "'s"."""
    rows = _kinds(
        _entities_of(
            "date 2025-04-14 Poll puts government ahead\n\n"
            "The Prime Minister's approval rating rose three points to 41%, while Opposition Leader Ben Harlow's "
            "fell to 35%.\n\n"
            "Mr Harlow, speaking in Perth, said his plan would cut prices. Harlow accused the government of waste.\n"
        )
    )
    assert rows["Ben Harlow"] == ("PERSON", 3)
    assert "Ben Harlow's" not in rows


def test_a_treasurer_before_a_name_is_a_title():
    """ "Treasurer" before a name is a title, no part of the person's name."""
    rows = _kinds(
        _entities_of(
            "date 2025-04-14 Budget row\n\n"
            'Labor said the budget would return to surplus. Treasurer Jim Chalmers said Labor was "fighting for every '
            'vote".\n'
        )
    )
    assert rows["Jim Chalmers"] == ("PERSON", 1)


def test_a_singer_known_by_one_name_who_speaks_of_herself_is_a_person():
    """A singer named by one word alone that the recogniser reads twice as an organisation is a person where a
    quotation she is the subject of says "I": a body speaks as "we"."""
    rows = _kinds(
        _entities_of(
            "date 2025-02-03 Beyoncé takes album of the year\n\n"
            "Beyoncé won album of the year at the awards in Nashville on Sunday.\n\n"
            '"I feel very full and very honoured," Beyoncé said.\n'
        )
    )
    assert rows["Beyoncé"] == ("PERSON", 3)


def test_the_government_of_a_people_is_a_body():
    """ "the Scottish Government", a people's adjective and a capitalised "Government", names a body: an
    organisation, not the people "Scottish"; in lower case ("the Scottish government") it is left alone."""
    rows = _kinds(
        _entities_of(
            "date 2025-02-18 Ferry contract delayed\n\n"
            "The ferry operator, which has been owned by the Scottish Government since 2021, said the new vessel "
            "would be late.\n\n"
            "The Scottish Government's transport minister said talks would continue. Many Scottish farmers were "
            "unhappy.\n"
        )
    )
    assert rows["Scottish Government"] == ("ORG", 2)
    assert rows["Scottish"] == ("NORP", 1)


def test_a_hospital_and_the_town_it_stands_in_are_two_names():
    """ "St George's Hospital in Tooting", read as one organisation, is the hospital and the town it stands in."""
    rows = _kinds(
        _entities_of(
            "date 2025-11-03 Man stabbed outside shop\n\n"
            "The victim was taken to St George's Hospital in Tooting, where he remains in a critical condition, "
            "police said.\n"
        )
    )
    assert rows["St George's Hospital"] == ("ORG", 1)
    assert rows["Tooting"] == ("GPE", 1)


def test_a_named_storm_and_its_name_alone_are_one_event():
    """ "Storm Darragh", named as people are, and "Darragh" alone after it, which the readers take for a person twice,
    are one weather event, no person."""
    rows = _kinds(
        _entities_of(
            "date 2024-12-06 Storm Darragh: red warning issued\n\n"
            "The Met Office issued a red warning as Storm Darragh approached on Saturday.\n\n"
            "Chief meteorologist Matthew Lehnert said Darragh would bring very strong winds. Lehnert said Darragh was "
            "the fourth named storm of the season.\n"
        )
    )
    assert rows["Storm Darragh"] == ("EVENT", 4)
    assert "Darragh" not in rows


def test_names_listed_after_counties_are_places():
    """Names listed after a plural noun of places in lower case ("counties Clare, Galway and Mayo") are places."""
    rows = _kinds(
        _entities_of(
            "date 2024-12-06 Red warning in Ireland\n\n"
            "The weather service issued a red warning for counties Clare, Galway and Mayo on Saturday.\n"
        )
    )
    assert rows["Clare"][0] == rows["Galway"][0] == rows["Mayo"][0] == "GPE"


def test_a_name_that_takes_over_as_president_is_a_person_whatever_the_reader_typed_it():
    """A name that "took over as president" is a person's: the role outweighs the organisation a reader read it as
    in that mention (a surname that is also a club's town)."""
    rows = _kinds(
        _entities_of(
            "date 2025-06-24 Interview: Kirsty Coventry on the Olympics and the IOC's next chapter\n\n"
            "Kirsty Coventry took over as president of the International Olympic Committee (IOC) on Monday, the "
            "first woman and the first African to hold the job. She spoke to us in Lausanne.\n"
        )
    )
    assert rows["Kirsty Coventry"] == ("PERSON", 2)


def test_a_professor_of_a_field_keeps_her_name():
    """ "Professor of Law Anna Berg", read as one person after "of", is the field of the title and the person: the
    name is kept, and the surname alone counts for her."""
    rows = _kinds(
        _entities_of(
            "date 2025-03-02 Ruling criticised\n\n"
            "Professor of Law Anna Berg said the ruling was wrong. Berg, who teaches at Lund University, said the "
            "court had ignored the treaty.\n"
        )
    )
    assert rows["Anna Berg"] == ("PERSON", 2)


def test_an_abbreviation_with_a_legal_form_in_brackets_is_the_company_it_follows():
    """An abbreviation and a legal form in brackets after a company's full name ("(NNPC Ltd)") is another name of
    that company, and so is the abbreviation alone elsewhere: one organisation, not two."""
    rows = _kinds(
        _entities_of(
            "date 2025-04-02 Tinubu sacks NNPC board\n\n"
            "President Bola Tinubu has dissolved the board of the Nigerian National Petroleum Company Limited (NNPC "
            "Ltd), the presidency said on Wednesday.\n\n"
            "The new board of NNPC will be named next week.\n"
        )
    )
    assert rows["Nigerian National Petroleum Company Limited"] == ("ORG", 4)
    assert "NNPC Ltd" not in rows and "NNPC" not in rows


def test_an_adjective_opening_a_quotation_that_the_article_writes_in_lower_case_is_no_group():
    """An adjective opening a quotation ('"Pancreatic cancer is ...') that the article writes in lower case elsewhere
    is no people or group, whatever the small model read: a people's name is never written in lower case."""
    rows = _kinds(
        _entities_of(
            "date 2025-03-12 Blood test spots pancreatic cancer early\n\n"
            "A blood test could detect pancreatic cancer years before symptoms appear, researchers said.\n\n"
            '"This is the first time we have seen a signal this strong so early," Prof Miriam Okafor said. '
            '"Pancreatic cancer is usually found far too late."\n'
        )
    )
    assert "Pancreatic" not in rows
    assert rows["Miriam Okafor"] == ("PERSON", 1)


def test_only_the_speaker_of_a_quotation_in_the_first_person_is_shown_a_person():
    """The subject of "said" whose own quotation says "I" speaks as a person; a paper that reports what someone
    else "told" a court ('"I did not know," Lee told the court, the Harbour Times said') is not shown one."""
    from newsframe import entities, nlp

    own, reported = nlp.parse(
        [
            '"I feel very honoured," Alva said.',
            '"I did not know," Lee told the court on Friday, the Harbour Times said.',
        ]
    )
    alva = next(t.i for t in own if t.text == "Alva")
    assert entities.speaks_in_the_first_person(own, entities.Span(0, alva, alva + 1, "ORG"))
    times = next(t.i for t in reported if t.text == "Harbour")
    assert not entities.speaks_in_the_first_person(reported, entities.Span(0, times, times + 2, "ORG"))
