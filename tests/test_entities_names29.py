"""Names in a football report, an aid agency's hunger report, a march, a space find and a consumer story: a manager's
surname run into the rival's name over a comma, an agency whose name opens with "World", a charity as the subject of
a verb of saying, a street set off from, a planet's catalogue name and a consumer group whose name ends in "?"."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_surname_after_a_comma_is_the_person_named_in_full_not_part_of_the_rival_team():
    text = (
        "date 2026-10-14 Manager keeps faith with striker\n\n"
        "Millbrook Rovers manager Owen Tate said on Monday the striker would keep his place.\n\n"
        "The striker was sent off in the league match at the weekend, and the football club fined him.\n\n"
        'Asked whether Price would start the match against Eastfield, Tate said: "He will play."\n'
    )
    rows = _kinds(_entities_of(text))
    assert not any("," in name for name in rows)
    assert "Eastfield" in rows
    assert rows["Owen Tate"][0] == "PERSON"


def test_a_name_run_over_a_comma_into_a_surname_named_in_full_elsewhere_is_cut_in_two():
    from newsframe import entities, nlp

    docs = nlp.parse(
        [
            "Millbrook Rovers manager Owen Tate said on Monday the striker would keep his place.",
            "Asked about the game against Eastfield, Tate said he would wait.",
        ]
    )
    tate = next(t.i for t in docs[0] if t.text == "Tate")
    east = next(t.i for t in docs[1] if t.text == "Eastfield")
    spans = [
        entities.Span(0, tate - 1, tate + 1, "PERSON", names="PERSON"),
        entities.Span(1, east, east + 3, "ORG", names="ORG"),  # "Eastfield, Tate" as a reader ran it
    ]
    repairs: list[dict] = []
    mended = entities.people_read_in_part(docs, spans, repairs, [1, 2])
    words = [(docs[s.doc][s.start : s.end].text, s.label) for s in mended]
    assert ("Eastfield", "ORG") in words and ("Tate", "PERSON") in words
    assert not any("," in text for text, _ in words)
    # a surname nobody is named in full with stays where the reader put it
    alone = entities.people_read_in_part(docs, spans[1:], [], [1, 2])
    assert [(s.start, s.end) for s in alone] == [(east, east + 3)]


def test_a_body_whose_name_opens_with_a_word_that_is_no_given_name_stays_whole_after_a_title_of():
    rows = _kinds(
        _entities_of(
            "date 2026-07-24 Hunger rises again\n\n"
            "Hunger rose for a third year, a report published on Thursday found.\n\n"
            '"We are losing ground," said Maria Okonjo, executive director of the World Food Programme.\n'
        )
    )
    assert rows["World Food Programme"][0] == "ORG"
    assert "Food Programme" not in rows


def test_a_consumer_group_written_with_its_mark_is_one_row_and_a_public_body_no_reader_read_is_found():
    rows = _kinds(
        _entities_of(
            "date 2026-03-02 Heater recall widened\n\n"
            "A maker of electric heaters has widened a recall after reports of fires.\n\n"
            "The Office for Product Safety and Standards said it was watching closely, and consumer group Which? "
            "called for quicker action.\n\n"
            'Rhona Ellis, a campaigner at Which?, said: "Buyers deserve better."\n\n'
            "The Competition and Markets Authority is not involved in the recall.\n"
        )
    )
    assert rows["Which?"][0] == "ORG" and rows["Which?"][1] == 2
    assert "Which" not in rows
    assert rows["Competition and Markets Authority"][0] == "ORG"


def test_a_partner_in_apposition_is_a_person_liquidators_name_a_firm_and_a_district_keeps_its_state():
    rows = _kinds(
        _entities_of(
            "date 2026-05-12 Trader loses fight against extradition\n\n"
            "Marcus Hale-Benton, 51, is wanted in the Eastern District of Virginia on charges of fraud.\n\n"
            "US prosecutors allege that Hale-Benton and a business partner, Diego Salazar, diverted investors' "
            "deposits to buy property.\n\n"
            "Investors have recovered less than 10 per cent of their funds, according to the platform's "
            "liquidators, Kroll.\n"
        )
    )
    assert rows["Diego Salazar"][0] == "PERSON"
    assert rows["Kroll"][0] == "ORG"
    assert rows["Eastern District of Virginia"][0] in ("GPE", "LOC")
    assert "Eastern District" not in rows


def test_a_march_sets_off_from_a_street_a_woman_called_by_her_name_is_a_person_and_a_plus_joins_a_band():
    rows = _kinds(
        _entities_of(
            "date 2026-10-03 Thousands march against cuts\n\n"
            "The march, organised by the campaign group Fair Deal Now, set off from Portland Place shortly after "
            "noon and ended with a rally in Parliament Square.\n\n"
            "One of the carers, a young woman called Grace, sang to the marchers as they passed.\n\n"
            "Later, Florence + the Machine played a free concert in the square.\n"
        )
    )
    assert rows["Portland Place"][0] == "FAC"
    assert rows["Grace"][0] == "PERSON"
    assert rows["Florence + the Machine"][0] == "ORG"
    assert "Machine" not in rows


def test_a_vaccine_named_in_capitals_is_a_product_by_its_doses_and_uptake_too():
    rows = _kinds(
        _entities_of(
            "date 2026-02-10 Measles cases rise in city\n\n"
            "Measles cases have risen in Northfield, where uptake of the MMR vaccine is low.\n\n"
            '"Two doses of MMR give lifelong protection," said Dr Ama Mensah.\n\n'
            "Health officials said national MMR uptake had fallen.\n"
        )
    )
    assert rows["MMR"][0] == "PRODUCT"


def test_a_planets_catalogue_name_is_one_location_not_a_body_named_by_its_letters():
    rows = _kinds(
        _entities_of(
            "date 2026-06-18 Telescope finds water world\n\n"
            "Astronomers have found signs of an ocean on a distant planet.\n\n"
            "The planet, known as LHS 1140 b, lies about 40 light years from Earth.\n"
        )
    )
    assert rows["LHS 1140 b"][0] == "LOC"
    assert "LHS" not in rows
