"""Names in a trading update, a council row, a TV interview, a study, a dog attack, a motor race, a merger, a
restaurant's closing and a missing person appeal: a plural noun opening a quotation, a body named "for" its cause, a
host told something, two bodies joined by "and", a role noun before a name, a numbered bend, a leader of a house, a
given name completed by a shared surname, an office named after a title and two towns before "areas"."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_plural_noun_opening_a_quotation_is_no_person():
    rows = _kinds(
        _entities_of(
            "date 2026-03-02 Grocer lifts profit forecast\n\n"
            'Finance chief Tamsin Okoro said the chain had a strong winter. "Volumes are rising in every region," '
            "she said.\n"
        )
    )
    assert "Volumes" not in rows
    assert rows["Tamsin Okoro"][0] == "PERSON"


def test_a_surname_that_is_a_plural_noun_stays_the_person():
    rows = _kinds(
        _entities_of(
            "date 2026-03-02 Striker ruled out\n\n"
            "Dylan Banks was hurt in training on Friday.\n\n"
            "Banks is expected to miss three weeks, the club said.\n"
        )
    )
    assert rows["Dylan Banks"] == ("PERSON", 2)


def test_a_body_named_for_its_cause_keeps_its_whole_name():
    rows = _kinds(
        _entities_of(
            "date 2026-06-11 Rail cuts attacked\n\n"
            "Ministers want to cut 40 stopping services a day.\n\n"
            "Later the Alliance for Rural Railways said the plan was short-sighted.\n\n"
            "Outside the court, the Coalition for Safer Streets said the ruling was welcome.\n"
        )
    )
    assert rows["Alliance for Rural Railways"][0] == "ORG"
    assert rows["Coalition for Safer Streets"][0] == "ORG"
    assert "Alliance" not in rows and "Coalition" not in rows


def test_a_county_word_opening_a_bodys_name_is_not_split_off():
    rows = _kinds(
        _entities_of(
            "date 2026-06-11 Councils warn on care costs\n\n"
            "Care costs have risen by a fifth in two years.\n\n"
            "The County Councils Network, which speaks for 37 councils, said it would publish figures.\n"
        )
    )
    assert "County Councils Network" in rows
    assert "Councils Network" not in rows


def test_a_host_told_something_is_a_person_not_an_outlet():
    rows = _kinds(
        _entities_of(
            "date 2026-04-20 Governor defends budget\n\n"
            "Governor Lena Ortiz spoke on Channel 9 on Sunday, telling host Graham Pellew that the cuts were needed.\n"
        )
    )
    assert rows["Graham Pellew"][0] == "PERSON"


def test_two_institutions_joined_by_and_stay_two():
    rows = _kinds(
        _entities_of(
            "date 2026-02-14 Shorter week helps staff\n\n"
            "Researchers at the University of Reading and Boston College followed 40 firms for a year.\n"
        )
    )
    assert rows["University of Reading"][0] == "ORG"
    assert rows["Boston College"][0] == "ORG"
    assert not any(" and " in name for name in rows)


def test_a_role_noun_opening_a_sentence_leaves_the_person():
    rows = _kinds(
        _entities_of(
            "date 2026-07-09 Dog attack in village\n\n"
            "A woman was hurt when two dogs attacked her in her garden.\n\n"
            "Neighbour Carys Pemberton, who heard the screams, told the Evening Leader: 'It was terrifying.'\n\n"
            "Neighbour Karen Lloyd, who called the police, said she had been scared.\n"
        )
    )
    assert rows["Carys Pemberton"][0] == "PERSON"
    assert rows["Karen Lloyd"][0] == "PERSON"
    assert not any(name.startswith("Neighbour") for name in rows)


def test_a_numbered_bend_or_platform_is_no_name():
    rows = _kinds(
        _entities_of(
            "date 2026-09-21 Rain hits the race\n\n"
            "Mateo Rinaldi spun at Turn 9 on the opening lap and dropped to last.\n\n"
            "Fans leaving by train waited an hour at Platform 3.\n"
        )
    )
    assert not any(name.startswith(("Turn", "Platform")) for name in rows)


def test_a_leader_of_a_house_in_apposition_is_a_person_but_a_market_leader_may_be_a_firm():
    from newsframe import entities, nlp

    def apposed(text: str) -> bool:
        doc = nlp.parse([text])[0]
        return entities.named_as_a_relative(doc, entities.Span(0, 0, 2, "ORG"))

    assert apposed("Wekesa Otieno, the majority leader, said the government would find other ways to raise money.")
    assert apposed("Halden Foods, the market leader, said prices would rise.") is False


def test_a_firm_after_a_title_of_keeps_its_common_words():
    rows = _kinds(
        _entities_of(
            "date 2026-01-19 Carmaker to build battery plant\n\n"
            "Arjun Mehra, managing director of Tata Passenger Clean Mobility, said the plant would open in 2028.\n"
        )
    )
    assert rows["Tata Passenger Clean Mobility"][0] == "ORG"
    assert "Clean Mobility" not in rows


def test_a_given_name_alone_joins_the_name_completed_by_a_shared_surname():
    rows = _kinds(
        _entities_of(
            "date 2026-10-02 A last supper at Ferrante's\n\n"
            "The owners, Marco and Giulia Ferrante, will close the restaurant next week.\n\n"
            "On the last night Marco went from table to table, and Giulia cried in the kitchen.\n"
        )
    )
    assert rows["Marco Ferrante"] == ("PERSON", 2)
    assert "Marco" not in rows


def test_an_office_named_after_a_title_keeps_the_title():
    rows = _kinds(
        _entities_of(
            "date 2026-08-08 Study finds diet helps\n\n"
            "The work was funded by Kidney Research UK and the Chief Scientist Office of the Welsh Government.\n"
        )
    )
    assert rows["Chief Scientist Office"][0] == "ORG"
    assert "Scientist Office" not in rows


def test_two_towns_before_areas_are_places_and_footage_is_no_body():
    rows = _kinds(
        _entities_of(
            "date 2026-05-13 Appeal for missing man\n\n"
            "Police said Owen had links to the Wakefield and Halifax areas.\n\n"
            "Officers have been reviewing CCTV from the station.\n"
        )
    )
    assert rows["Wakefield"][0] == "GPE"
    assert rows["Halifax"][0] == "GPE"
    assert "CCTV" not in rows


def test_a_town_is_no_nickname_of_a_merged_body():
    rows = _kinds(
        _entities_of(
            "date 2026-04-21 Ripon and Selby building societies agree merger\n\n"
            "Ripon Building Society and Selby Building Society said their boards had agreed terms.\n\n"
            "The combined society will be called Ripon Selby and will keep head offices in both Ripon and Selby.\n\n"
            "Selby chief executive Ruth Kemp, who will lead the merged group, said the deal made sense.\n"
        )
    )
    assert rows["Ripon Selby"][1] == 1  # named once; "Selby" alone is the town or its society
