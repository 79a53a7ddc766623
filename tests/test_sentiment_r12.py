"""Tone rules for strikes, floods and fires, sport setbacks, outbreaks, markets, complaints and practical notices."""

from __future__ import annotations

from newsframe import sentiment


def _towards(text: str, name: str) -> str:
    start = text.index(name)
    return sentiment.target_tone(text, start, start + len(name))[0]


def test_work_brought_to_a_halt_and_talks_breaking_down_read_negative():
    for text in (
        "Dock strike halts exports as pay talks break down",
        "Output at the Brenmoor paper mill came to a standstill on Friday after 600 staff walked out.",
        "Talks at the mediation office in Cardale broke down late on Thursday.",
        "Assembly was suspended at both sites.",
    ):
        assert sentiment.outcome_tone(text) == "negative" and sentiment.text_tone(text) == "negative", text
    assert sentiment.outcome_tone("The bakery stopped making rye bread in 2019.") is None


def test_homes_flooded_burned_or_cut_off_counted_read_negative():
    for text in (
        "Dozens of homes flooded as the Lune rises",
        "About 300 houses and shops were flooded in Kelbeck overnight.",
        "The grass fire destroyed three farmhouses and a barn near Oxley.",
        "Some 12,000 households were left without power after the gale.",
    ):
        assert sentiment.outcome_tone(text) == "negative" and sentiment.text_tone(text) == "negative", text
    assert sentiment.outcome_tone("The developer will build 300 homes on the old depot site.") is None


def test_people_taken_to_hospital_counted_read_negative_and_denied_do_not():
    for text in (
        "Nine pupils were taken to hospital after the coach overturned.",
        "Two cyclists were airlifted to hospital in a critical condition.",
    ):
        assert sentiment.casualty_tone(text) == "negative" and sentiment.text_tone(text) == "negative", text
    assert sentiment.text_tone("No one was taken to hospital.") == "neutral"


def test_nobody_winning_being_tired_of_something_and_no_points_read_negative():
    for text in (
        '"No one wins from a drawn-out dispute," the mayor said.',
        "Residents say they are sick of broken promises about the bypass.",
        "We are tired of empty promises.",
        "The Maltese entry received nul points from the televote.",
    ):
        assert sentiment.misread_by_lexicons(text) and sentiment.text_tone(text) == "negative", text
    assert not sentiment.misread_by_lexicons("Nobody expected the side to win.")


def test_a_sporting_setback_reads_negative_and_negative_towards_the_side():
    text = "Defending champion Lars Okonjo missed the cut."
    assert sentiment.text_tone(text) == "negative"
    assert _towards(text, "Lars Okonjo") == "negative"
    for text, name in (
        ("Overnight leader Carys Bell fell apart on the back nine.", "Carys Bell"),
        ("Harrowgate Rovers were relegated on Saturday.", "Harrowgate Rovers"),
        ("Pellow collapses as Marsh takes the title", "Pellow"),
    ):
        assert _towards(text, name) == "negative", text


def test_a_side_beaten_after_its_title_is_beaten():
    text = "Northway won the cup on Sunday, beating defending champions Kestrel Blue 3-2 in the final."
    assert _towards(text, "Kestrel Blue") == "negative"
    text = "Silva knocked out top seed Ana Ruiz 6-4 6-3."
    assert _towards(text, "Ana Ruiz") == "negative"


def test_a_market_or_an_outbreak_moving_reads_its_way():
    assert sentiment.outcome_tone("Bitcoin fell 6% to $61,400 on Monday.") == "negative"
    assert sentiment.outcome_tone("The FTSE 100 rose 1.2% to a record.") == "positive"
    assert sentiment.outcome_tone("Confirmed measles cases in Hollin have risen to 31.") == "negative"
    assert sentiment.outcome_tone("Recorded crime fell 8% last year.") == "positive"
    assert sentiment.outcome_tone("In most cases the fees were waived.") is None


def test_a_line_of_practical_information_reads_neutral():
    for text in (
        "No receipt is needed.",
        "No appointment is required.",
        "Her debut novel, Stillwater, is out now from Harrow Press.",
        "Tidewrack is out now.",
    ):
        assert sentiment.practical_notice(text) and sentiment.text_tone(text) == "neutral", text
    assert not sentiment.practical_notice("The review is out now and it is scathing.")


def test_a_knockout_reads_negative_before_the_lexicon_override():
    text = "Reigning champion Ida Moss was knocked out by Lena Varga, ending her brilliant 14-match winning run."
    scores = sentiment.text_scores(text)
    assert scores["polarity"] >= sentiment.OVERRIDE_POLARITY and scores["vader"] >= sentiment.OVERRIDE_VADER
    assert sentiment.text_tone(text) == "negative"


def test_great_of_a_place_name_is_no_praise_over_the_override():
    text = "Water bills in Great Britain will rise by 6% from April, the great majority of firms said."
    assert sentiment.outcome_tone(text) == "negative"
    assert sentiment.text_tone("Water bills in Great Britain will rise by 6% from April.") == "negative"


def test_hopes_fading_and_a_struggle_to_pay_read_negative():
    assert sentiment.text_tone("Ferry sinking: hopes fade for dozens still missing") == "negative"
    assert sentiment.text_tone("Hopes of finding the crew alive faded on Sunday.") == "negative"
    text = "Food banks said thousands of families would struggle to heat their homes."
    assert sentiment.outcome_tone(text) == "negative" and sentiment.text_tone(text) == "negative"


def test_a_danger_warning_issued_or_power_cut_reads_negative_and_a_police_warning_does_not():
    for text in (
        "Forecasters issue red alert for Kerry as Storm Fenna nears",
        "Officials have issued an amber heat-health alert for the Midlands.",
        "Gale cuts power to 18,000 homes",
        "Thousands without power as Storm Fenna hits the west",
    ):
        assert sentiment.outcome_tone(text) == "negative" and sentiment.text_tone(text) == "negative", text
    assert sentiment.outcome_tone("The officer stopped the van and issued a warning.") is None


def test_a_risk_cut_and_a_record_sale_read_positive():
    for text in (
        "Daily swim cuts stroke risk, study of 50,000 adults finds",
        "Cycling to work lowers the risk of heart disease by a third.",
        "A 2021 trial linked daily stretching to lower blood pressure.",
        "Swimmers had a 30% lower risk of stroke.",
        "A Turner seascape sold for £14.2 million at Bonhams in London on Tuesday, a record for the painter.",
    ):
        assert sentiment.outcome_tone(text) == "positive" and sentiment.text_tone(text) == "positive", text
    # a caveat about "the lower risk" states no cut
    assert sentiment.outcome_tone("The trial cannot prove that swimming caused the lower risk.") is None


def test_disease_cases_doubling_and_vaccination_falling_read_negative():
    for text in ("Whooping cough cases double as vaccination rates fall", "Cases of measles in Wales have doubled."):
        assert sentiment.outcome_tone(text) == "negative" and sentiment.text_tone(text) == "negative", text


def test_no_job_cuts_takes_the_cuts_back():
    assert sentiment.outcome_tone("The buyer promised there would be no job cuts at the Hull plant.") is None


def test_the_size_of_a_misfortune_is_no_praise():
    text = 'She called the sale "the greatest mistake of my career".'
    assert sentiment.text_tone(text) != "positive"


def test_a_households_bill_rising_reads_negative_and_a_question_or_a_bare_answer_neutral():
    text = "The average annual bill will rise by £80 to £510, the regulator says."
    assert sentiment.outcome_tone(text) == "negative" and sentiment.text_tone(text) == "negative"
    for text in ("Why are fares rising?", "Yes.", "A: No.", "Absolutely."):
        assert sentiment.text_tone(text) == "neutral", text


def test_trailing_in_the_polls_reads_negative():
    text = "The vote comes as the Liberals trail the Conservatives in opinion polls."
    assert sentiment.misread_by_lexicons(text) and sentiment.text_tone(text) == "negative"


def test_what_a_sentence_states_happened_to_a_place_is_its_tone():
    import pandas as pd

    texts = [
        "About 400 homes were flooded in Kelbeck overnight.",
        "The minister visited Kelbeck and praised the volunteers.",
        "Some 900 people were evacuated from Kelbeck.",
    ]
    table = sentiment.score_texts(texts).assign(paragraph=[1, 2, 3], sentence=1, text=texts)
    mentions = pd.DataFrame(
        {
            "paragraph": [1, 2, 3],
            "sentence": [1, 1, 1],
            "start_char": [t.index("Kelbeck") for t in texts],
            "end_char": [t.index("Kelbeck") + 7 for t in texts],
            "entity_type": "GPE",
            "entity": "Kelbeck",
        }
    )
    row = sentiment.entity_sentiment(table, mentions).iloc[0]
    assert row["tone"] == "negative" and row["share_negative"] >= 2 / 3 - 1e-9
    person = mentions.assign(entity_type="PERSON", entity="Kelbeck")
    assert sentiment.entity_sentiment(table, person).iloc[0]["share_negative"] < 2 / 3


def test_a_home_under_water_reads_negative_and_a_market_flooded_with_goods_does_not():
    text = "Her cottage in Kelbeck was under a metre of water by midnight."
    assert sentiment.outcome_tone(text) == "negative" and sentiment.text_tone(text) == "negative"
    assert sentiment.outcome_tone("The market was flooded with cheap imports.") is None


def test_a_notice_or_a_short_question_is_for_or_against_no_one():
    for text, name in (("Tidewrack is out now.", "Tidewrack"), ("Will Marsh stay on as captain?", "Marsh")):
        start = text.index(name)
        assert sentiment.target_decision(text, start, start + len(name), [0.8, 0.1, 0.1])[0] == "neutral", text


def test_a_death_praised_in_the_telling_is_no_good_news():
    assert sentiment.text_tone("Ada Lorne, beloved children's author, dies aged 91") != "positive"


def test_an_accident_or_a_route_blocked_reads_negative():
    for text in (
        "Tanker runs aground off Anglesey, blocking the channel for hours",
        "Bus overturns on the A82, no injuries reported",
        "Shares in Corvane crashed 20%.",
        "Test rocket explodes seconds after lift-off from Sutherland",
    ):
        assert sentiment.outcome_tone(text) == "negative" and sentiment.text_tone(text) == "negative", text
    assert sentiment.outcome_tone("The court blocked the merger.") is None


def test_a_firms_results_told_in_a_place_are_not_the_places():
    text = "Shares in Norvik rose 6% in Oslo, topping the blue-chip index."
    start = text.index("Oslo")
    assert sentiment.target_decision(text, start, start + 4, [0.1, 0.8, 0.1], place=True)[0] == "neutral"
    text = "Some 2,000 homes lost power in Oslo."
    start = text.index("Oslo")
    assert sentiment.target_decision(text, start, start + 4, [0.1, 0.8, 0.1], place=True)[0] == "negative"


def test_best_of_a_date_label_is_no_praise():
    assert sentiment.text_tone("500g packs with batch code KX771, best before 12 March 2027") != "positive"


def test_cases_of_a_disease_rising_in_a_place_are_bad_news_for_it():
    text = "Confirmed measles cases in Hollin have risen to 31, officials said."
    start = text.index("Hollin")
    assert sentiment.target_decision(text, start, start + 6, [0.1, 0.2, 0.7], place=True)[0] == "negative"


def test_a_pressure_or_burden_eased_reads_positive():
    for text in (
        "The cut would ease pressure on households, the minister said.",
        "A new hire will relieve the burden on carers at Holmfield.",
    ):
        assert sentiment.outcome_tone(text) == "positive" and sentiment.text_tone(text) == "positive", text
    assert sentiment.outcome_tone("Rising rents put pressure on tenants.") != "positive"
