"""Rows a reporter would print from news of kinds the other tests do not cover (a wildfire live report, a central
bank decision, a strike in translated Finnish news, a theatre review): places a reader took for a body or a person,
speakers named after a long title or in a headline's second clause, and numbers that are no dates."""

from __future__ import annotations

from datetime import datetime

from test_entities import _entities_of, _kinds
from test_quotes import table as quotes_of
from test_timeline_kinds import row
from test_timeline_kinds import table as timeline_of


def test_a_town_with_a_mayor_an_airport_and_a_route_is_a_place_and_no_speakers_employer():
    text = (
        "date 2025-08-14 Wildfire forces thousands to flee near Marseille\n\n"
        "A wildfire spread through forests north of Marseille on Thursday, officials said.\n\n"
        "The fire broke out near the village of Sainte-Anne, the regional fire service said.\n\n"
        "Marseille's airport suspended flights, and rail traffic between Marseille and Aubagne was halted.\n\n"
        "Marseille mayor Benoit Carrel urged residents to stay indoors.\n"
    )
    # a city whose football club the recogniser knows, read as an organisation in every mention
    rows = _kinds(_entities_of(text))
    assert rows["Marseille"][0] == "GPE" and rows["Aubagne"][0] == "GPE" and rows["Benoit Carrel"][0] == "PERSON"
    found = quotes_of(text)
    said = found.set_index("text")["speaker"]
    assert said["The fire broke out near the village of Sainte-Anne"] == "the regional fire service"


def test_the_name_after_the_office_of_a_region_is_the_office_holders():
    rows = _kinds(
        _entities_of(
            "date 2025-08-14 Fire in the south\n\n"
            '"The night was very difficult," the prefect of the Var region, Georges-Henri Malvy, told reporters.\n\n'
            "Southern France has had one of its driest summers.\n"
        )
    )
    assert rows["Georges-Henri Malvy"][0] == "PERSON"
    assert rows["Southern France"][0] in ("GPE", "LOC")


def test_a_strike_that_spreads_to_a_town_names_a_place():
    rows = _kinds(
        _entities_of(
            "date 2025-02-11 Strike widens\n\n"
            "The strike of the nurses' union began on Monday. It will expand next Monday to Oulu and the Kainuu "
            "region, the union said.\n"
        )
    )
    assert rows["Oulu"][0] == "GPE"


def test_a_minister_named_after_a_long_title_is_the_speaker():
    found = quotes_of(
        "date 2025-02-11 Strike widens\n\n"
        "Minister of Social Affairs and Health Kaisa Vainio (ps) said on Tuesday that the government will not "
        "interfere in the dispute.\n"
    )
    assert found["speaker"].tolist() == ["Kaisa Vainio"]


def test_a_headlines_second_clause_after_a_dash_has_its_own_speaker():
    found = quotes_of(
        "date 2025-02-11 Nurses' strike moves patients in Tampere - the hospital district says operations are "
        "postponed\n\nThe strike continues.\n"
    )
    assert found["speaker"].tolist() == ["the hospital district"]


def test_a_quarter_point_is_no_stretch_of_time():
    frame = timeline_of(
        "The bank cut its key rate by a quarter point on Thursday and by a quarter percentage point in March."
    )
    assert "a quarter" not in frame["expression"].tolist()
    assert "Thursday" in frame["expression"].tolist()


def test_a_college_named_with_its_city_is_one_organisation_and_the_speakers_employer():
    text = (
        "date 2024-09-04 Night owls score better on tests, study finds\n\n"
        "Researchers at Imperial College London analysed data from a long-running health study and found that late "
        "risers scored higher on memory tests.\n"
    )
    rows = _kinds(_entities_of(text))
    assert rows["Imperial College London"][0] == "ORG" and "College London" not in rows
    assert quotes_of(text)["speaker"].tolist() == ["Imperial College London"]


def test_a_name_of_two_words_listed_with_places_is_a_place():
    rows = _kinds(
        _entities_of(
            "date 2024-03-08 Council closes libraries\n\n"
            "The libraries at Elm Park, Northgate and Hollins Cross will close at the end of June.\n"
        )
    )
    assert rows["Hollins Cross"][0] in ("GPE", "LOC")


def test_a_month_in_what_the_news_comes_after_or_follows_is_gone_by():
    frame = timeline_of(
        "The bill comes after a series of crashes in January.",
        "The vote follows a blowout on a jet in February. The final follows on Sunday.",
        published=datetime(2024, 5, 16),
    )
    assert row(frame, "January")["value"] == "2024-01" and row(frame, "February")["value"] == "2024-02"
    assert row(frame, "Sunday")["value"] == "2024-05-19"


def test_a_committee_is_a_body_of_its_own_and_no_work_of_art():
    rows = _kinds(
        _entities_of(
            "date 2024-05-16 Senate passes aviation bill\n\n"
            '"This is the most significant aviation bill in a generation," Senate Commerce Committee chair Maria '
            "Cantwell said on the Senate floor.\n"
        )
    )
    assert rows["Senate Commerce Committee"] == ("ORG", 1) and rows["Senate"] == ("ORG", 2)


def test_a_sum_counted_in_a_stretch_runs_over_it_where_an_opening_in_a_stretch_is_at_its_end():
    frame = timeline_of(
        "The demands would cost the counties a billion euros in three years. The bridge will open in three years.",
        published=datetime(2025, 2, 11),
    )
    cost, opening = row(frame, "three years"), row(frame, "three years", 1)
    assert (cost["date"], cost["date_end"]) == ("2025-02-11", "2028-02-11")
    assert (opening["date"], opening["date_end"]) == ("2028-01-01", "2028-12-31")


def test_a_name_run_over_a_spaced_dash_is_cut_there():
    rows = _kinds(
        _entities_of(
            "date 2024-09-10 Apple unveils a new phone\n\n"
            "CUPERTINO, California - Apple on Monday unveiled its new phones. Apple shares closed down 0.4%.\n"
        )
    )
    assert rows["Apple"] == ("ORG", 3) and rows["California"][0] == "GPE"
    assert not any(" - " in name for name in rows)


def test_a_described_source_is_written_in_lower_case_inside_the_summary_sentence():
    from newsframe import nlp, pipeline, summary
    from newsframe.article import parse_article

    article = parse_article(
        "date 2024-09-10 Phone maker delays its new features\n\n"
        "A mother from Leeds said the delay was a worry. The council said it would review the plan.\n\n"
        "Ukrainian officials said the talks would resume. Chief executive Tim Hale said the phones were ready."
    )
    tables = pipeline.build_tables(article, nlp.article_docs(article))
    sentence = next(s for s in summary.summary_sentences(article, tables) if s.startswith("It attributes"))
    assert "the council" in sentence and "Ukrainian officials" in sentence
    assert "a mother from Leeds" in sentence and "Tim Hale" in sentence


def test_a_name_after_a_quotation_mark_and_a_space_starts_at_its_first_letter():
    from test_entities import parsed

    from newsframe import entities, nlp

    text = 'Ms Ms " Bank'  # a case the property test of offsets found
    article, docs = parsed(nlp.load(), text)
    mentions = entities.mentions_table(article, docs)
    assert len(mentions)
    for r in mentions.itertuples():
        assert text[r.start_char : r.end_char] == r.text == r.text.strip()


def test_a_one_letter_name_ending_a_sentence_leaves_the_full_stop_out():
    rows = _kinds(
        _entities_of(
            "date 2025-08-14 Fire near the city\n\n"
            "The mayor urged residents to stay indoors, he wrote on X. The fire spread.\n\nHe also posted on X.\n"
        )
    )
    assert "X" in rows and "X." not in rows


def test_a_riders_gap_in_minutes_and_seconds_is_no_time_of_day():
    frame = timeline_of(
        "Pogacar leads by three minutes, with Evenepoel third at 5:19. The next stage starts at 13:05.",
        published=datetime(2024, 7, 15, 19, 40),
    )
    assert "5:19" not in frame["expression"].tolist() and "13:05" in frame["expression"].tolist()


def test_a_weather_warnings_towns_airline_and_schools_read_as_a_reader_reads_them():
    text = (
        "date 2024-01-18 Snow warnings across the north\n\n"
        "Loganair cancelled its first flights from Inverness and Kirkwall, and trains to Thurso were stopped.\n\n"
        "Schools in Shetland were closed on Wednesday.\n\n"
        "Villages along the Syr Darya river were flooded.\n"
    )
    rows = _kinds(_entities_of(text))
    assert rows["Loganair"][0] == "ORG"  # what owns "its flights" is a body, not a person
    assert all(rows[town][0] in ("GPE", "LOC") for town in ("Inverness", "Kirkwall", "Thurso"))
    assert "Schools" not in rows  # a common noun in the plural opening its sentence
    assert rows["Syr Darya"][0] in ("GPE", "LOC")


def test_it_said_is_the_body_the_sentence_before_is_about_not_the_last_one_named():
    found = quotes_of(
        "date 2024-01-18 Snow warnings\n\n"
        "The Harbour Authority issued a storm warning for ships bound for Acme Shipping and Norland Ferries. Waves "
        "could reach nine metres, it said.\n"
    )
    said = found.set_index("text")["speaker"]
    assert said["Waves could reach nine metres"] == "Harbour Authority"


def test_an_agency_named_after_its_cue_closing_the_sentence_is_the_source_of_all_before_it():
    found = quotes_of(
        "date 2023-03-14 Leaders meet\n\n"
        "The leaders of Norland and Vestria, Anton-Erik Berg and Lars Vik, met in Tashkent on Tuesday to discuss "
        "water, reports the state news agency Nortel.\n"
    )
    assert found["speaker"].tolist() == ["Nortel"]  # not "Lars Vik" discussing water
    assert found["text"].iloc[0].startswith("The leaders of Norland and Vestria")


def test_a_company_of_one_coined_word_described_as_a_maker_is_a_body_and_the_company_that_speaks():
    text = (
        "date 2024-10-24 Voltrane profit slumps\n\n"
        "Voltrane, the Swedish maker of electric delivery vans, reported a 38% fall in profit on Thursday.\n\n"
        "Profit fell to 1.2 billion crowns, the Gothenburg-based company said.\n\n"
        "Jonas Berg, an analyst at Nordea, said rivals such as Stellantis and Ford were discounting heavily.\n\n"
        "The company said it would cut 600 jobs. Voltrane will hold its capital markets day in London.\n"
    )
    rows = _kinds(_entities_of(text))
    assert rows["Voltrane"][0] == "ORG" and rows["Gothenburg"][0] in ("GPE", "LOC")
    said = quotes_of(text).set_index("text")["speaker"]
    assert said["it would cut 600 jobs"] == "Voltrane"  # not Ford, named last inside what the analyst said


def test_cousins_named_together_are_no_one_of_them_and_their_town_is_a_place():
    rows = _kinds(
        _entities_of(
            "date 2024-05-22 Three men jailed\n\n"
            "Kieran Walsh, 29, and his cousin Liam Walsh, 26, both of Wythenshawe, received ten years.\n\n"
            "The Walsh cousins admitted the charge at an earlier hearing.\n"
        )
    )
    assert rows["Kieran Walsh"][1] == 1 and rows["Wythenshawe"][0] in ("GPE", "LOC")


def test_a_time_zone_after_a_clock_time_is_no_body():
    rows = _kinds(
        _entities_of(
            "date 2024-07-14 Rain delays play\n\n"
            "Play on Sunday is expected to start at 11:00 BST, with showers forecast at Trent Bridge.\n"
        )
    )
    assert "BST" not in rows
