"""Names in kinds of news: a moon landing, a police appeal, an auction, a recall, an election
night, a summit, an air accident, an obituary, a business report, an interview."""

from __future__ import annotations

import pandas as pd
from test_entities import _entities_of, _kinds, _tables_of


def _mentions(tables: dict[str, pd.DataFrame], entity: str) -> list[str]:
    m = tables["mentions"]
    return m.loc[m["entity"] == entity, "text"].tolist()


def test_the_moon_and_a_planet_after_a_preposition_are_places():
    """A space story's "the Moon", which the readers take for a person or a body, is a place; so is "Mars" after
    "to"; "Mars" as a company's name elsewhere is not touched by the rule."""
    rows = _kinds(
        _entities_of(
            "date 2025-04-02 Probe reaches the Moon\n\n"
            "The robotic probe built by Orrin Space settled on the Moon on Sunday after a month in flight. The "
            "engineers cheered as the Moon's dust rose around the legs.\n\n"
            "The company plans a mission to Mars in 2029.\n"
        )
    )
    assert rows["Moon"][0] == "LOC" and rows["Mars"][0] == "LOC"


def test_a_spacecraft_named_after_its_owner_or_before_a_vehicle_noun_is_a_product():
    """A lander named after its maker's possessive ("Orrin's Grey Heron lander") or in apposition to "lander" is a
    thing, not the organisation or the place the readers took it for, in the headline too."""
    rows = _kinds(
        _entities_of(
            "date 2025-04-02 Orrin's Grey Heron lander touches down\n\n"
            "Grey Heron touched down at 4am. A rival company's first craft tipped over last year; its second lander, "
            "Kestrel, is due to arrive on Thursday, and Tamsin Vale's firm will fly its Osprey probe in June.\n"
        )
    )
    assert rows["Grey Heron"] == ("PRODUCT", 2)
    assert rows["Kestrel"][0] == "PRODUCT" and rows["Osprey"][0] == "PRODUCT"


def test_a_street_named_with_a_nordic_or_german_ending_is_a_street():
    """An interview's "on Kaisaniemenkatu" and a translated report's "Friedrichstraße" are streets, not bodies or
    people."""
    rows = _kinds(
        _entities_of(
            "date 2025-01-20 A conversation\n\n"
            "I grew up on Pohjoisrantakatu, near the harbour, and later lived on Hornsgatan in Stockholm.\n"
        )
    )
    assert rows["Pohjoisrantakatu"][0] == "FAC" and rows["Hornsgatan"][0] == "FAC"


def test_a_name_with_a_party_leaders_title_in_apposition_is_a_person():
    """An election night's "Kemi Adeyemi, the Conservative leader, said", which the recogniser read as a place, is a
    person; "Brixo, the market leader," is not made one."""
    rows = _kinds(
        _entities_of(
            "date 2025-05-02 Results night\n\n"
            "The counts went on. Kemi Adeyemi, the Conservative leader, said it had been a difficult night for her "
            "party.\n"
        )
    )
    assert rows["Kemi Adeyemi"][0] == "PERSON"


def test_a_police_force_named_after_two_places_is_one_body():
    """A police appeal's "Avon and Somerset Police" style name, whose first place no reader reads, is one
    organisation, not "Somerset Police"; a list of two bodies stays two."""
    rows = _kinds(
        _entities_of(
            "date 2025-03-08 Appeal for witnesses\n\n"
            "Devon and Cornwall Police have appealed for witnesses after a man was hurt in a park on Friday.\n"
        )
    )
    assert rows["Devon and Cornwall Police"][0] == "ORG" and "Cornwall Police" not in rows


def test_a_name_written_with_s_is_an_organisation_with_its_s():
    """An auction's "at Pellingham's, a record" and a recall's "Tesco, Morrisby's and Asda": the name is written
    with its "'s" (not the possessive of "Pellingham", a person), in every mention that has one."""
    tables = _tables_of(
        "date 2025-11-19 Portrait sells for $50m at Pellingham's, a record\n\n"
        "A portrait sold for $50 million at Pellingham's in New York on Tuesday. Pellingham's chief executive, "
        "Ruth Amory, said the market was back.\n\n"
        "Tesco, Morrisby's and Asda have recalled the sandwiches.\n"
    )
    rows = _kinds(tables["entities"].set_index("entity"))
    assert rows["Pellingham's"] == ("ORG", 3) and "Pellingham" not in rows
    assert rows["Morrisby's"][0] == "ORG"
    assert set(_mentions(tables, "Pellingham's")) == {"Pellingham's"}


def test_a_name_opening_with_an_abbreviation_is_the_name_spelled_out_and_the_abbreviation_alone_stays_apart():
    """A summit story's "UN General Assembly" is the "United Nations General Assembly" named before it, and so is
    "the General Assembly"; "the UN" alone is the UN, not the assembly."""
    rows = _kinds(
        _entities_of(
            "date 2025-09-24 Leaders clash at UN General Assembly\n\n"
            "Leaders spoke at the United Nations General Assembly in New York on Wednesday, as the UN faced a "
            "funding crisis.\n\n"
            "The General Assembly also elected a new president. The UN will cut its budget.\n"
        )
    )
    assert rows["United Nations General Assembly"] == ("ORG", 3)
    assert rows["UN"] == ("ORG", 2)


def test_a_companys_first_word_is_the_company_named_first_not_its_later_brand():
    """An air accident: "Delta's chief executive" is "Delta Air Lines" named first, not left apart because the
    article also names its brand "Delta Connection"."""
    rows = _kinds(
        _entities_of(
            "date 2025-02-18 Jet flips on landing\n\n"
            "A jet of Corvane Air Lines flipped over on landing in Toronto on Monday. The flight was run as Corvane "
            "Connection Flight 81.\n\n"
            "Ed Marlow, Corvane's chief executive, said all aboard had survived.\n"
        )
    )
    assert rows["Corvane Air Lines"] == ("ORG", 2) and "Corvane" not in rows


def test_a_common_noun_opening_a_quotation_is_no_name_where_the_article_writes_it_in_lower_case():
    """A recall: '"Listeria can cause ..." said the agency', beside "after listeria was found", is no person."""
    rows = _kinds(
        _entities_of(
            "date 2025-08-06 Sandwiches recalled\n\n"
            "Shops recalled sandwiches after listeria was found at a factory.\n\n"
            '"Listeria can cause serious illness," said Tina Marsh, the agency\'s head of incidents.\n'
        )
    )
    assert "Listeria" not in rows and rows["Tina Marsh"][0] == "PERSON"


def test_capitals_read_as_a_person_are_an_abbreviation_of_a_body():
    """An earnings report's "analysts polled by LSEG" names a body, not a person."""
    rows = _kinds(
        _entities_of(
            "date 2025-04-24 Profit falls\n\n"
            "Revenue slipped 4% to $41.2 billion, below the $42.6 billion expected by analysts polled by LSEG.\n"
        )
    )
    assert rows["LSEG"][0] == "ORG"


def test_where_someone_was_born_is_a_place_the_gazetteer_need_not_know():
    """An obituary's "Born in 1934 in Almsjo, the son of a farmer," names a place, not a product."""
    rows = _kinds(
        _entities_of(
            "date 2025-06-02 Founder dies at 91\n\n"
            "Born in 1934 in Älmhult, the son of a farmer, Selander sold matches to neighbours as a boy.\n"
        )
    )
    assert rows["Älmhult"][0] == "GPE"


def test_a_party_member_after_the_partys_name_names_the_party():
    """An election's "the former Labour MP Mike Amesbury" names Labour, not a body called "Labour MP"."""
    rows = _kinds(
        _entities_of(
            "date 2025-05-02 By-election\n\nLabour lost the seat, which the former Labour MP Mike Amesbury held.\n"
        )
    )
    assert rows["Labour"] == ("ORG", 2) and "Labour MP" not in rows


def test_a_cricketers_initials_and_a_first_name_read_as_another_name_belong_to_the_person():
    """A cricket report's "with KS Bharat unbeaten on 53", read as an organisation, is the "Bharat" who speaks
    later; "caught off Nitish Kumar Rao", whose first name a reader took for a people, is one person."""
    tables = _tables_of(
        "date 2025-07-14 Root century at Lord's\n\n"
        "India had reached 145 for three at stumps, with KS Bharat unbeaten on 53.\n\n"
        "Root was caught behind off Nitish Kumar Rao for 104.\n\n"
        '"The pitch is still good," Bharat told reporters after play.\n'
    )
    rows = _kinds(tables["entities"].set_index("entity"))
    assert rows["KS Bharat"] == ("PERSON", 2)
    assert rows["Nitish Kumar Rao"] == ("PERSON", 1) and "Nitish" not in rows


def test_an_editors_publisher_is_a_body():
    """An interview's "My editor at Otava" names the publisher, not a place."""
    rows = _kinds(
        _entities_of(
            "date 2025-01-20 A conversation\n\n"
            "I threw away the first draft in 2019. My editor at Otava, Riikka Lahti, told me it was wrong.\n"
        )
    )
    assert rows["Otava"][0] == "ORG"


def test_a_surname_alone_before_the_persons_full_name_is_the_company_named_after_him():
    """An earnings report: "Harlow would pause construction" after "Harlow Motors Corp" is the company, not the
    founder "Leonard Harlow" whom the last paragraph names."""
    rows = _kinds(
        _entities_of(
            "date 2025-04-24 Profit falls\n\n"
            "Dorrance Motors Corp reported a 31% fall in profit on Thursday.\n\n"
            "Chief Financial Officer Paul Jacoby said Dorrance would pause work on its battery plant.\n\n"
            "Dana Whitcombe, who took over from founder Leonard Dorrance in 2019, said the dividend would stay.\n"
        )
    )
    assert rows["Dorrance Motors Corp"] == ("ORG", 2) and rows["Leonard Dorrance"] == ("PERSON", 1)


def test_a_charity_named_after_a_disease_with_a_possessive_is_one_body():
    """An auction's "the Alzheimer's Drug Discovery Foundation" and "Alzheimer's Research UK" are one organisation
    each, whose name keeps its country; "Britain's National Trust" stays a place and a body."""
    rows = _kinds(
        _entities_of(
            "date 2025-11-19 Gift\n\n"
            "The family said part of the proceeds would go to the Alzheimer's Drug Discovery Foundation and the Neue "
            "Galerie. Alzheimer's Research UK welcomed the gift. Britain's National Trust said nothing.\n"
        )
    )
    assert rows["Alzheimer's Drug Discovery Foundation"][0] == "ORG" and rows["Alzheimer's Research UK"][0] == "ORG"
    assert "Alzheimer" not in rows and "Research UK" not in rows
    assert rows["Britain"][0] == "GPE" and rows["National Trust"][0] == "ORG"


def test_a_hospital_named_after_two_places_is_one_body():
    """ "Norfolk and Norwich University Hospital" is one hospital: its first place is not a mention of the county
    council named elsewhere in the story, nor the hospital cut to "Norwich University Hospital"."""
    rows = _kinds(
        _entities_of(
            "date 2025-11-14 Cyclist hurt on the A47\n\n"
            "Norfolk County Council said the road had reopened.\n\n"
            "A cyclist was taken to the Norfolk and Norwich University Hospital after a crash near Dereham.\n"
        )
    )
    assert rows["Norfolk and Norwich University Hospital"][0] == "ORG"
    assert rows["Norfolk County Council"][1] == 1 and "Norwich University Hospital" not in rows


def test_a_town_after_a_nouns_from_is_a_place():
    """ "a former signaller from Great Yarmouth": a town the gazetteer knows, after "from", which the reader took
    for an organisation, is where the man is from."""
    rows = _kinds(
        _entities_of(
            "date 2025-11-14 Veteran honoured\n\n"
            "A 101-year-old former navy signaller from Great Yarmouth has been given a medal by France. He received "
            "it on Monday.\n"
        )
    )
    assert rows["Great Yarmouth"][0] == "GPE"


def test_a_name_with_s_before_a_verb_in_the_present_or_past_is_written_with_its_s():
    """A chronology's "Moody's cuts the bank's credit rating": a verb right after the "'s" shows it part of the
    name (no possessive stands before a verb), so the agency is "Moody's", not a person "Moody"; a person's
    possessive before a noun stays a possessive."""
    rows = _kinds(
        _entities_of(
            "date 2025-06-03 Bank crisis\n\n"
            "May 20 - Kestrel's cuts the bank's credit rating by two notches. Anna Berg's aides said nothing.\n"
        )
    )
    assert rows["Kestrel's"][0] == "ORG" and "Kestrel" not in rows
    assert rows["Anna Berg"][0] == "PERSON"


def test_a_surname_folds_into_the_person_not_into_the_firm_named_after_her():
    """An obituary's "Lund" is Margit Lund, whose surname it is, even where her practice "Lund Arkitekter" begins with
    it; the practice, named after a cue noun and a comma, is a body, not a person."""
    rows = _kinds(
        _entities_of(
            "date 2025-09-22 Architect dies\n\n"
            "Margit Hovde, the architect, has died aged 91.\n\n"
            "Hovde was born in 1934. In 1971 she founded her own practice, Hovde Arkitekter, with her husband.\n\n"
            "Hovde retired in 2010.\n"
        )
    )
    assert rows["Margit Hovde"] == ("PERSON", 3) and "Hovde" not in rows
    assert rows["Hovde Arkitekter"][0] == "ORG"


def test_a_town_the_gazetteer_knows_named_as_a_place_is_no_organisation():
    """ "The mayor of Tromsø" and "the harbour of Tromsø", where the reader took the town for an organisation as
    often as not, with no word naming a body: the town the gazetteer knows."""
    rows = _kinds(
        _entities_of(
            "date 2025-09-22 Architect dies\n\n"
            "Margit Hovde, the architect whose designs reshaped the harbour of Tromsø, has died aged 91.\n\n"
            "In 1966 she won the competition to design a new ferry terminal for Tromsø.\n\n"
            "The mayor of Tromsø, Gunnar Wilhelmsen, said the city would name a square after her.\n"
        )
    )
    assert rows["Tromsø"][0] == "GPE"


def test_a_kind_of_firm_opening_a_headline_is_no_part_of_the_firms_name():
    """ "Retailer Tamsworth's says hackers stole data": the reader took the kind of firm and the name for a person's
    title and surname, which then kept the firm's "'s" off every mention; the firm is "Tamsworth's", a body."""
    rows = _kinds(
        _entities_of(
            "date 2025-05-14 Retailer Tamsworth's says hackers stole customer data\n\n"
            "Tamsworth's, the department store chain, said on Tuesday that hackers had stolen customers' names.\n\n"
            "Shares in Tamsworth's fell 4%. Tamsworth's said orders would resume in July.\n"
        )
    )
    assert rows["Tamsworth's"][0] == "ORG" and "Retailer Tamsworth" not in rows and "Tamsworth" not in rows


def test_a_department_in_brackets_after_a_town_and_after_prefecture_of_is_a_place():
    """Translated French news: "near Valence (Drôme)" and "the prefecture of the Drôme" name a department, a
    place, which the reader took for an organisation; a dateline's agency in brackets is the story's credit, no
    entity."""
    rows = _kinds(
        _entities_of(
            "date 2025-02-03 Farmers block motorway\n\n"
            "Paris (Reuters) - Farmers blocked the motorway near Valence (Drôme) on Monday morning.\n\n"
            "The prefecture of the Drôme indicated that a diversion was put in place.\n"
        )
    )
    assert rows["Drôme"][0] in ("GPE", "LOC")
    assert "Reuters" not in rows


def test_crews_named_after_their_universities_are_teams_in_a_rowing_report():
    """A boat race report: "Cambridge win … as Oxford are left trailing" names two crews, one kind of entity, not a
    place and an organisation; "Oxford cox Tobias Bryce", read as one name, is the cox Tobias Bryce."""
    rows = _kinds(
        _entities_of(
            "date 2025-04-13 Cambridge win both Boat Races as Oxford are left trailing\n\n"
            "Cambridge completed a clean sweep on the Thames on Sunday, winning both races in front of 250,000 "
            "spectators.\n\n"
            "The Cambridge women won by four lengths. The men's crew finished three lengths ahead of Oxford.\n\n"
            "It was Cambridge's 88th victory in the men's race, against Oxford's 81. The umpire warned both crews "
            "twice.\n\n"
            "Organisers said rowers had been advised to avoid swallowing water. Oxford cox Tobias Bryce said three of "
            "his crew had been unwell.\n"
        )
    )
    assert rows["Cambridge"][0] == rows["Oxford"][0] == "ORG"
    assert rows["Tobias Bryce"][0] == "PERSON"
