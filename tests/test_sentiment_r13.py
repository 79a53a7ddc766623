"""Tone rules for contentment denied, sceptics, harsh criticism, central-bank rate moves, praise through "hard to
think of a better", markets sent tumbling and the dead counted "among" a disaster's victims."""

from __future__ import annotations

from newsframe import sentiment


def test_contentment_denied_reads_negative():
    for text in (
        "I am still not satisfied with the answers we have been given.",
        "The councillor said she was still not satisfied with the trust's reply.",
        '"I wasn\'t happy at all," the coach said after the draw.',
        "Residents remain unconvinced and are not reassured by the promises.",
    ):
        assert sentiment.misread_by_lexicons(text) and sentiment.text_tone(text) == "negative", text
    assert not sentiment.misread_by_lexicons("We could not be happier with the result.")
    assert sentiment.text_tone("We could not be happier with the result.") == "positive"


def test_a_sceptics_reply_reads_negative_and_is_no_most_positive_sentence():
    texts = [
        "Good luck to them, but I'll believe the promises about the new bypass when I see it.",
        '"It all sounds wonderful," said one stallholder. "I\'m not holding my breath."',
        "We have heard these fine promises before.",
    ]
    for text in texts:
        assert sentiment.misread_by_lexicons(text) and sentiment.text_tone(text) == "negative", text
    table = sentiment.score_texts(texts).assign(paragraph=1, sentence=[1, 2, 3], text=texts, quoted=True)
    assert (sentiment.extreme_sentences(table)["side"] != "most positive").all()


def test_harsh_criticism_reads_negative():
    for text in (
        "Today's ruling is a damning verdict on how the port authority was run.",
        "Auditors delivered a scathing verdict on the ferry contract.",
        "The inspectors' report was a withering assessment of the prison's leadership.",
    ):
        assert sentiment.text_tone(text) == "negative", text


def test_a_central_bank_rate_move_has_no_side_by_itself():
    for text in (
        "The central bank of Norway cut its main rate by a quarter point to 3.25%, its lowest level since 2022.",
        "The Reserve Bank cut interest rates to their lowest level in three years on Tuesday.",
        "The Bank of Ghana raised its policy rate to 29%, the highest level in two decades.",
    ):
        assert sentiment.without_rate_move(text) != text
        assert sentiment.text_tone(text) == "neutral", text
    assert sentiment.without_rate_move("The union raised rates of pay for cleaners.").startswith("The union raised")
    # what else the sentence says still counts
    assert sentiment.text_tone("The bank raised interest rates again, sending shares tumbling.") == "negative"


def test_praise_through_hard_to_think_of_a_better_reads_positive():
    for text in (
        "It is hard to think of a better evening at the theatre this year.",
        "I can't imagine a better way to spend a wet Sunday.",
    ):
        assert sentiment.praised_by_negation(text) and sentiment.text_tone(text) == "positive", text


def test_the_dead_counted_among_the_victims_read_negative():
    assert sentiment.casualty_tone("Among the dead are two children, police said.") == "negative"
    assert sentiment.text_tone("Among the dead are two children, police said.") == "negative"
    assert sentiment.casualty_tone("Among the guests were two former mayors.") is None


def test_the_dead_and_injured_told_without_a_count_read_negative():
    for text in (
        "The coach driver is among the dead, officers said.",
        "The injured have been taken to hospitals in Mbale and Kampala.",
    ):
        assert sentiment.casualty_tone(text) == "negative" and sentiment.text_tone(text) == "negative", text
    assert sentiment.casualty_tone("The injured striker has been taken off the list.") is None


def test_a_search_still_going_on_is_no_good_news():
    for text in (
        "A search and rescue operation is underway, with the help of the navy and volunteer divers.",
        "Rescue teams are still searching for survivors in the rubble.",
    ):
        assert sentiment.search_going_on(text) and sentiment.text_tone(text) == "neutral", text
    assert not sentiment.search_going_on("Firefighters rescued 40 people from the burning hotel.")


def test_power_seized_by_force_reads_negative():
    for text in (
        "Soldiers in Karesia have seized power and detained the president, the country's second coup in five years.",
        "Officers staged a coup on Tuesday night.",
    ):
        assert sentiment.outcome_tone(text) == "negative" and sentiment.text_tone(text) == "negative", text
    assert sentiment.outcome_tone("The firm has seized the chance to grow in Asia.") is None
