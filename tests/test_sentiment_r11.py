"""Tone rules for news the model rarely saw: disasters, services refused, charges cut, hostages freed, collapses,
warnings raised, jobs to go, and criticism worded as a wish."""

from __future__ import annotations

import pandas as pd

from newsframe import findings, sentiment


def test_a_hazards_strength_is_read_away_before_the_lexicon_override():
    text = "Gale-force winds hampered the search. Strong winds hampered the divers all morning."
    sentence = "Strong winds hampered the divers all morning."
    scores = sentiment.text_scores(sentence)
    assert scores["polarity"] >= sentiment.OVERRIDE_POLARITY and scores["vader"] >= sentiment.OVERRIDE_VADER
    assert sentiment.text_tone(sentence) != "positive", text
    table = pd.DataFrame(
        {
            "paragraph": [1],
            "sentence": [1],
            "text": [sentence],
            "quoted": [False],
            "polarity": [scores["polarity"]],
            "subjectivity": [0.5],
            "vader": [scores["vader"]],
            "tone": [sentiment.text_tone(sentence)],
            "tone_score": [0.0],
        }
    )
    paragraphs = pd.DataFrame({"paragraph": [1], "text": [sentence]})
    ps = sentiment.paragraph_sentiment(paragraphs, sentence_sentiment=table)
    answer = findings.tone_of_article(ps, paragraphs, table)
    assert "0 of the 1" not in answer and "strength of a storm" in answer


def test_charges_going_down_read_positive_and_a_tax_cut_is_left_to_the_model():
    for text in ("Water bills will fall by 4% from April.", "Bus fares came down in March for the first time."):
        assert sentiment.outcome_tone(text) == "positive" and sentiment.text_tone(text) == "positive", text
    assert sentiment.outcome_tone("The senator backed the tax cuts for small firms.") is None


def test_a_negation_takes_back_a_dispute_ended_or_jobs_cut():
    for text in (
        "The nurses' union said it would not call off the strike until pay was agreed.",
        "The mill refused to close its two remaining plants.",
    ):
        assert sentiment.outcome_tone(text) is None, text
    assert sentiment.outcome_tone("The union called off the strike on Monday.") == "positive"


def test_jobs_to_go_and_savings_lost_read_negative():
    for text in (
        "About 450 roles could be lost over two years under the plan.",
        "Some 300 posts are set to go at the Arden plant.",
        "Many savers said they had lost their life savings.",
        "Dozens of families lost their homes in the blaze.",
    ):
        assert sentiment.outcome_tone(text) == "negative" and sentiment.text_tone(text) == "negative", text


def test_something_people_rely_on_collapsed_reads_negative():
    for text in (
        "Minutes later the main span of the viaduct gives way.",
        "Talks with the striking dockers collapsed on Friday.",
        "Online lender Quenby collapses, leaving savers out of pocket",
        "The collapse of the old flyover closed the ring road.",
    ):
        assert sentiment.outcome_tone(text) == "negative" and sentiment.text_tone(text) == "negative", text
    assert sentiment.outcome_tone("She collapsed into her chair, laughing.") is None


def test_a_fall_told_by_a_noun_before_its_measure():
    cases = {
        "Cafes on the quay report a 40% fall in trade since the road closed.": "negative",
        "The figures showed a sharp rise in unemployment in the region.": "negative",
        "Retailers enjoyed a rise in sales over the bank holiday.": "positive",
    }
    for text, tone in cases.items():
        assert sentiment.outcome_tone(text) == tone and sentiment.text_tone(text) == tone, text


def test_an_alert_level_raised_reads_negative_and_lowered_positive():
    assert sentiment.outcome_tone("Scientists raised the alert level to 4 as the crater glowed.") == "negative"
    assert sentiment.text_tone("Scientists raised the alert level to 4 as the crater glowed.") == "negative"
    assert sentiment.outcome_tone("The flood warning level was lowered on Sunday.") == "positive"


def test_services_halted_and_people_turned_away_read_negative():
    for text in (
        "Nurses' walkout paralyses clinics across the county",
        "At least 40 ferries to and from Orsa, Vell and Tarn were cancelled because of the gale.",
        "Hundreds of passengers were turned away at the terminal on Monday.",
    ):
        assert sentiment.outcome_tone(text) == "negative" and sentiment.text_tone(text) == "negative", text


def test_a_count_evacuated_or_dead_in_the_present_tense_reads_negative():
    for text in (
        "Eruption forces 12,000 villagers told to evacuate",
        "Four hikers die on Mount Ossa in freak storm",
        "The day was marred by the deaths of three riders.",
        "Police ordered the evacuation of some 2,000 residents near the dam.",
    ):
        assert sentiment.casualty_tone(text) == "negative" and sentiment.text_tone(text) == "negative", text


def test_hostages_freed_read_positive_and_a_call_to_free_them_is_left_to_the_model():
    for text in ("Two aid workers held hostage for a year were freed on Sunday.", "Four hostages freed in Sahel raid"):
        assert sentiment.outcome_tone(text) == "positive" and sentiment.text_tone(text) == "positive", text
    assert sentiment.outcome_tone("The minister urged the group to release the hostages.") is None


def test_the_death_toll_rising_reads_negative():
    text = "Rescuers fear the death toll could rise as more bodies are found."
    assert sentiment.outcome_tone(text) == "negative" and sentiment.text_tone(text) == "negative"


def test_criticism_worded_as_a_wish_or_a_better_past_reads_negative():
    for text in (
        "The film would have been stronger with twenty minutes cut.",
        "I only wish the director had been bolder.",
    ):
        assert sentiment.misread_by_lexicons(text) and sentiment.text_tone(text) == "negative", text
    assert not sentiment.misread_by_lexicons("I wish you well.")


def test_falling_behind_and_a_count_not_reached_read_negative():
    for text in (
        "Pupils in the north are still falling behind.",
        "The party finished short of the 326 seats it needed.",
    ):
        assert sentiment.misread_by_lexicons(text) and sentiment.text_tone(text) == "negative", text


def test_a_win_or_a_blow_handed_to_a_name_decides_the_tone_towards_it():
    text = "The ruling curbed the lower courts, handing Governor Ana Ruiz a major victory over her critics."
    start = text.index("Ana Ruiz")
    assert sentiment.target_tone(text, start, start + len("Ana Ruiz"))[0] == "positive"
    text = "The vote dealt Premier Tom Hale a humiliating defeat."
    start = text.index("Tom Hale")
    assert sentiment.target_tone(text, start, start + len("Tom Hale"))[0] == "negative"


def test_the_price_of_a_staple_raised_reads_negative_and_a_share_price_is_left_out():
    for text in (
        "Oilco raises diesel pump price to 900 naira as queues lengthen",
        "The utility hiked its electricity tariffs by 30% in January.",
        "Bread prices rose again in the capital last week.",
    ):
        assert sentiment.outcome_tone(text) == "negative" and sentiment.text_tone(text) == "negative", text
    assert sentiment.outcome_tone("The board raised its share price target.") is None


def test_a_movement_that_barely_happened_reads_the_other_way():
    text = "Output per worker, and productivity with it, has barely grown in a decade."
    assert sentiment.outcome_tone("Productivity has barely grown in a decade.") == "negative"
    assert sentiment.text_tone("Productivity has barely grown in a decade.") == "negative", text
    assert sentiment.outcome_tone("Late-night audiences fell to a record low.") == "negative"


def test_a_tie_between_negative_and_positive_reads_neutral():
    shares = sentiment.tone_shares(["negative", "positive"], [1.0, 1.0])
    assert sentiment.leading_tone(shares) == "neutral"


def test_a_side_that_fell_short_to_another_lost_to_it():
    text = "Okafor fell short to Diaz in the final."
    assert sentiment.target_tone(text, 0, len("Okafor"))[0] == "negative"


def test_places_named_after_a_charge_are_no_gap_to_its_movement():
    text = "Water bills in Devon, Cornwall and Somerset will fall by 3% in April, after a year of rising costs."
    assert sentiment.outcome_tone(text) is None  # both ways: left to the model
    assert sentiment.outcome_tone("Rents in Leeds and York rose by 9% last year.") == "negative"


def test_a_fighter_stopped_or_a_stoppage_of_a_name_is_its_defeat():
    for text, name in (
        ("Reyes stops Mbeki in the fifth to keep his belt", "Mbeki"),
        ("The champion retained her title with a third-round stoppage of Ana Kovac on Saturday.", "Ana Kovac"),
    ):
        start = text.index(name)
        assert sentiment.target_tone(text, start, start + len(name))[0] == "negative", text
