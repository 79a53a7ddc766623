"""Who said what (newsframe.quotes, newsframe.speakers): an envoy's name after "to the UN", a "he" after a speaker
heard by surname alone, an interview printed as unlabelled questions and answers, a quotation with its own cue after
a partial one, and a headline's quotation the story prints again, on short invented articles."""

from __future__ import annotations

import pandas as pd
from test_quotes import rows, table

from newsframe import entities, nlp, quotes, speakers, summary
from newsframe.article import parse_article


def test_the_name_set_beside_a_title_after_its_to_phrase_is_the_speaker():
    found = table(
        "date 2025-09-20 Talks on Velmara\n\n"
        "Velmara's envoy to the UN, Kassim Odhiambo, accused the rebels of blocking aid and said his government "
        'would "never bargain with gunmen".'
    )
    assert set(found["speaker"]) == {"Kassim Odhiambo"}


def test_a_he_after_a_speaker_heard_by_surname_is_that_speaker_whatever_the_names_type():
    article = parse_article(
        "date 2025-05-02 Count in Dunmere\n\n"
        "Labour's Ruth Kell won 9,800 votes, ahead of the Greens' Radoslaw Kwiatkowski on 8,400.\n\n"
        "Kell thanked voters at Dunmere Sports Centre, where Mayor Tom Grady read the result.\n\n"
        'Kwiatkowski said his party had "changed the map". "Four years ago we lost our deposit. Tonight we came '
        'close," he said.'
    )
    docs = nlp.article_docs(article)
    mentions = entities.mentions_table(article, docs)
    # a recogniser that read the candidate's name as an organisation's
    typed = mentions["entity"] == "Radoslaw Kwiatkowski"
    assert typed.any()
    mentions.loc[typed, "entity_type"] = "ORG"
    found = quotes.quotes_table(article, docs, mentions)
    assert found.loc[found["paragraph"] == 3, "speaker"].tolist() == ["Radoslaw Kwiatkowski"] * 2


def test_an_interview_printed_as_questions_and_answers_without_labels():
    found = table(
        "date 2025-04-02 A potter retires\n\n"
        "After 30 years, Hilde Varga is closing her pottery in Whitby. We met her in the workshop.\n\n"
        "Why stop now?\n\n"
        "I'm 70. My wrists are tired, and I always said I would stop before the pots got worse.\n\n"
        "What will you miss?\n\n"
        "The kiln on a winter morning. I loved opening it.\n\n"
        "And next?\n\n"
        "My daughter wants me to teach. I told her I would think about it."
    )
    assert set(found["speaker"]) == {"Hilde Varga"}
    assert found["kind"].tolist() == ["direct", "direct", "direct"]
    assert found["text"].iloc[0].startswith("I'm 70.")


def test_an_explainer_asking_questions_is_no_interview():
    found = table(
        "date 2025-04-02 Plant fire\n\n"
        "A fire at a plant in Orwell killed one worker on Monday.\n\n"
        "What happened?\n\n"
        "The fire started in a store room at about 10pm.\n\n"
        "Is the air safe?\n\n"
        'The county said the readings were normal. "There is no danger," said fire chief Ana Ruiz.'
    )
    assert "Ana Ruiz" in set(found["speaker"])
    assert not (found["cue"] == "").any()


def test_a_quotation_with_a_cue_of_its_own_after_a_partial_one_is_its_own_statement():
    found = table(
        "date 2025-03-11 Crash appeal\n\n"
        'The rider\'s brother said the family was "in pieces". "He rode that lane every day. Why would anyone '
        'drive on?" he said in a statement.'
    )
    assert rows(found)[0][1:3] == ("partial", "said")
    assert found["text"].iloc[0] == 'the family was "in pieces"'
    assert found["kind"].iloc[1] == "direct"
    assert found["text"].iloc[1].startswith('"He rode')


def test_a_headline_quotation_printed_again_is_counted_once():
    text = (
        "date 2025-04-02 'We will not sell the farm': Ines Moro on the drought\n\n"
        "Ines Moro, who farms near Beja, said on Monday that the drought had cost her half the harvest.\n\n"
        "'We will not sell the farm. My grandfather built it,' she said."
    )
    found = table(text)
    assert (found["paragraph"] == 0).any()
    assert found["speaker"].tolist() == ["Ines Moro"] * 3
    named = pd.DataFrame({"entity": ["Ines Moro"], "entity_type": ["PERSON"], "mentions": [2]})
    assert speakers.speakers_table(found, named)["statements"].tolist() == [2]
    assert summary.speakers_sentence(found, named).startswith("It attributes 2 statements to 1 source")


def test_an_organisations_spokesman_speaks_for_it_and_is_the_he_after():
    found = table(
        "date 2025-06-03 Bridge opens\n\n"
        "Mayor Tom Reed opened the bridge on Monday. A Harwick Council spokesman said the bridge had cost £4m. "
        '"It will last a hundred years," he said.'
    )
    assert found["speaker"].tolist() == ["Harwick Council", "Harwick Council"]
    assert found["speaker_text"].tolist() == ["A Harwick Council spokesman", "he"]


def test_whose_office_speaks_for_the_one_the_clause_is_hung_on():
    found = table(
        "date 2025-05-02 Count in Dunmere\n\n"
        "Dean Marsh came fourth. Marsh, whose party had hoped to finish second, conceded that the night had been "
        '"a let-down".'
    )
    assert found["speaker"].tolist() == ["Dean Marsh", "Dean Marsh"]


def test_it_after_a_body_just_heard_in_the_paragraph_is_that_body():
    found = table(
        "date 2025-06-12 Seats recalled\n\n"
        "The regulator Safecheck said on Thursday that 40,000 car seats were being recalled.\n\n"
        "The company said no injuries had been reported. It said the fault was found during routine tests."
    )
    assert found["speaker_text"].tolist()[-2:] == ["The company", "It"]
    assert found["speaker"].iloc[-1] == found["speaker"].iloc[-2]


def test_welcoming_arrivals_is_no_statement_but_welcoming_a_decision_is():
    """A zoo that "welcomes twin pandas" or a club that "welcomed 3,000 visitors" says nothing; a union that
    "welcomed the decision" takes a stance, and keepers who announced the birth speak."""
    found = table(
        "date 2025-11-14 Zoo welcomes twin pandas\n\n"
        "Carrowmore Zoo has welcomed twin giant panda cubs, keepers announced on Friday. The zoo welcomed 3,000 "
        "visitors on Saturday.\n\n"
        "The keepers' union welcomed the decision."
    )
    assert set(found["cue"]) == {"announced", "welcomed"}
    assert found.loc[found["cue"] == "welcomed", "text"].tolist() == ["the decision"]


def test_reaffirmed_reports_what_the_speaker_said():
    """Translated news's "reaffirmed that ...": the president said it; the clause's subject ("France would
    oppose") is not the speaker."""
    found = table(
        "date 2025-02-03 Farmers block motorway\n\n"
        "The President of the Republic, Paul Vernet, reaffirmed last week that France would oppose the agreement "
        '"in its current state".'
    )
    assert found["speaker"].tolist() == ["Paul Vernet"] and found["cue"].tolist() == ["reaffirmed"]


def test_them_after_the_sentences_own_they_is_not_the_body_named_between():
    """ "They protest against the agreement between the European Union and Mercosur, which according to them
    threatens French beef": "them" are the protesters the sentence opens with, not the European Union."""
    found = table(
        "date 2025-02-03 Farmers block motorway\n\n"
        "Farmers blocked the motorway on Monday. They protest against the agreement between the European Union and "
        "the Mercosur countries, which according to them threatens French beef."
    )
    assert "European Union" not in set(found["speaker"])
