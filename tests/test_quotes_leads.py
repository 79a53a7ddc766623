"""Who said what (newsframe.quotes): the person a story's first paragraph describes by role and names later, the
body a description of its kind stands for when bodies of several kinds are named, and a headline's quoted words,
on short invented articles."""

from __future__ import annotations

import pandas as pd
from test_quotes import table  # the quotes table of an article given as text

from newsframe import speakers


def test_the_role_a_lead_gives_is_the_person_the_next_paragraph_names_with_it():
    found = table(
        "date 2024-03-14 Inquest hears of delays\n\n"
        "A coroner has warned that delays by a county council contributed to the death of a cyclist.\n\n"
        "Senior coroner Helen Marsh told the inquest on Thursday that residents had raised concerns four times."
    )
    assert found["speaker"].tolist() == ["Helen Marsh", "Helen Marsh"]


def test_a_role_taken_after_the_name_names_the_lead_description_too():
    found = table(
        "date 2024-07-24 Packaging group returns to profit\n\n"
        "Brightwell Group reported its first rise in profit for three years, and its chief executive declared "
        "that the business had turned a corner.\n\n"
        "Profit rose to 48 million pounds.\n\n"
        '"We have done the hard yards," said Sarah Okafor, who became chief executive last year.'
    )
    assert found.loc[found["paragraph"] == 1, "speaker"].tolist() == ["Sarah Okafor"]


def test_a_lead_description_stays_as_written_when_two_people_hold_the_role():
    found = table(
        "date 2024-08-06 Police chiefs meet\n\n"
        "A chief constable has defended the force's handling of the riot.\n\n"
        "Chief Constable Rebecca Hinds and Chief Constable Tom Bray met on Tuesday."
    )
    assert found["speaker"].tolist() == ["A chief constable"]


def test_a_lead_description_is_not_a_person_named_only_much_later():
    found = table(
        "date 2024-03-14 Inquest opens\n\n"
        "A coroner has warned that delays contributed to the death of a cyclist.\n\n"
        "The cyclist was 16.\n\nThe lorry was turning left.\n\nThe junction has no lights.\n\n"
        "Senior coroner Helen Marsh is due to report in May."
    )
    assert found.loc[found["paragraph"] == 1, "speaker"].tolist() == ["A coroner"]


def test_a_council_spokesman_is_the_council_not_the_department_named_after_it():
    found = table(
        "date 2024-03-14 Junction to be made safe\n\n"
        "The coroner will send a report to Nottinghamshire County Council and to the Department for Transport.\n\n"
        "A council spokesman said the authority accepted the findings. The council said work had begun."
    )
    assert found.loc[found["paragraph"] == 2, "speaker"].tolist() == ["Nottinghamshire County Council"] * 2


def test_the_department_is_still_the_one_department_named():
    found = table(
        "date 2024-03-14 Junction to be made safe\n\n"
        "The coroner wrote to Nottinghamshire County Council and the Department for Transport.\n\n"
        "The department said it would reply."
    )
    assert found["speaker"].tolist()[-1] == "Department for Transport"


def test_a_headline_quotation_after_warns_of_is_taken_whole():
    found = table(
        "date 2024-03-14 Coroner warns of 'missed chances' after death of cyclist\n\n"
        "A coroner said the council had been slow."
    )
    head = found[found["paragraph"] == 0]
    assert head["text"].tolist() == ["'missed chances'"] and head["kind"].tolist() == ["partial"]


def test_to_before_a_noun_after_warns_of_is_no_warning_to_act():
    found = table("date 2024-03-14 Minister warns of 'grave risks' to economy\n\nThe minister spoke in Leeds.")
    assert found["text"].tolist() == ["'grave risks'"]


def test_his_spokesman_after_a_question_about_a_person_is_that_persons():
    found = table(
        "date 2025-11-26 Benefit cap scrapped\n\n"
        "Shadow chancellor Mel Stride said Labour was wrong.\n\n"
        "Asked whether Sir Keir Starmer had overruled officials, his spokesman said: "
        '"No. This was a collective decision." Asked whether Helen Marsh had been told, Tom Bray said she had.'
    )
    assert found["speaker"].tolist()[1:] == ["Keir Starmer", "Tom Bray"]


def test_an_analyst_after_a_firm_is_heard_is_no_voice_of_that_firm():
    found = table(
        "date 2024-07-24 Results\n\n"
        'Peel Hunt said the results were clean. One analyst, who asked not to be named, said: "It is the first '
        'clean set in years."\n\nWestgrid said prices would rise. "It is needed," a spokesman said.'
    )
    assert found["speaker"].tolist() == ["Peel Hunt", "One analyst", "Westgrid", "Westgrid"]


def test_a_headline_quotation_after_its_verb_is_partial_whatever_its_capitals():
    found = table(
        "date 2016-08-03 Hollande says Trump 'Makes You Want To Retch'\n\nHollande spoke in Paris on Tuesday."
    )
    assert found["kind"].tolist() == ["partial"]


def test_residents_of_two_places_are_the_residents_not_the_places():
    found = table(
        "date 2025-02-20 Water off\n\n"
        "Residents in Whitwick and Thringstone said the water had been off for two days. Iran and Saudi Arabia said "
        "they would reopen embassies. The leaders of Estovia and Marrland agreed to reopen the border."
    )
    assert found["speaker"].tolist() == [
        "Residents in Whitwick and Thringstone",
        "Iran and Saudi Arabia",
        "Estovia and Marrland",
    ]


def test_a_source_close_to_someone_is_written_whole_and_is_not_that_someone():
    found = table(
        "date 2025-02-20 Minister under pressure\n\n"
        "Health Minister Helen Marsh faces a vote on Monday.\n\n"
        "A person close to Helen Marsh said she was tired. Officials familiar with the talks said a deal was near."
    )
    assert found["speaker"].tolist() == ["A person close to Helen Marsh", "Officials familiar with the talks"]


def test_a_person_close_to_someone_leaves_that_someone_never_quoted():
    said = pd.DataFrame(
        {
            "paragraph": [1, 1],
            "kind": ["reported", "reported"],
            "speaker": ["A person close to Helen Marsh", "Tom Bray"],
            "speaker_text": ["A person close to Helen Marsh", "Opposition leader Tom Bray"],
            "text": ["she was tired", "she must go"],
        }
    )
    names = pd.DataFrame(
        {
            "entity": ["Helen Marsh", "Tom Bray"],
            "entity_type": ["PERSON", "PERSON"],
            "mentions": [2, 1],
            "first_paragraph": [1, 1],
            "paragraphs": [1, 1],
            "aliases": ["Helen Marsh", "Tom Bray"],
        }
    )
    assert speakers.unheard(names, said)["entity"].tolist() == ["Helen Marsh"]


def test_a_quotation_run_whose_cue_comes_in_its_next_paragraph_is_that_speakers():
    found = table(
        "date 2024-08-01 Transfer talk\n\n"
        "Chairman Ian Lowe wrote that the board would not sell.\n\n"
        '"The first thing is the family.\n\n'
        '"The second thing is the club. It always will be," agent Paul Reed told reporters.'
    )
    assert found["speaker"].tolist() == ["Ian Lowe", "Paul Reed", "Paul Reed"]
    assert found["paragraph"].tolist() == [1, 2, 3]


def test_an_open_quotation_whose_next_paragraph_is_reported_speech_keeps_the_speaker_before():
    found = table(
        "date 2024-08-01 Transfer talk\n\n"
        '"We will fight on," said Ian Lowe. "The first thing is the family.\n\n'
        '"The second thing is the club."\n\n'
        "Agent Paul Reed said he was happy."
    )
    assert found["speaker"].tolist() == ["Ian Lowe", "Paul Reed"]
    assert found["end_paragraph"].tolist() == [2, 3]


def test_the_store_chain_is_the_firm_written_before_store():
    found = table(
        "date 2024-05-21 Store evacuated\n\n"
        "Shoppers were evacuated from a Tesco store in Leeds on Monday. Police and Asda staff helped.\n\n"
        "The store chain said no one was hurt."
    )
    assert found["speaker"].tolist() == ["Tesco"]


def test_he_after_someone_asked_whether_he_would_is_the_one_asked():
    found = table(
        "date 2025-01-14 Water boss questioned\n\n"
        "Graham Pike replied that the company had apologised.\n\n"
        "MP Sam Dixon asked whether he would hand back his own bonus. He said he would reflect on that. "
        "Labour MP Anna Dixon asked about the fine. She said it was too small."
    )
    assert found["speaker"].tolist() == ["Graham Pike", "Sam Dixon", "Graham Pike", "Anna Dixon", "Anna Dixon"]


def test_the_question_put_before_an_answer_is_no_part_of_it():
    found = table(
        "date 2025-01-14 Water boss questioned\n\n"
        "Asked by MP Neil Hudson how many spills the company had recorded, Graham Pike said he did not have the "
        "figure to hand."
    )
    assert found["text"].tolist() == ["he did not have the figure to hand"]


def test_a_live_entrys_heading_is_no_part_of_what_follows_its_colon():
    found = table(
        "date 2024-12-07 Storm live\n\n10:45 Red warning ends: The Met Office says its red warning for wind has ended."
    )
    assert found["text"].tolist() == ["its red warning for wind has ended"]


def test_a_weather_warning_is_no_statement_but_a_stark_warning_is():
    found = table(
        "date 2024-12-07 Storm\n\n"
        "The Met Office issued an amber warning for rain. Forecasters issued a flood alert for the coast. The "
        "minister issued a stark warning that prices would rise."
    )
    assert found["text"].tolist() == ["a stark warning that prices would rise"]


def test_a_person_and_an_organisation_joined_by_and_speak_together():
    found = table(
        "date 2024-05-21 Appeal\n\nMayor Tom Bray and Kent County Council said they would appeal against the ruling."
    )
    assert found["speaker"].tolist() == ["Tom Bray and Kent County Council"]


def test_a_paragraphs_heading_before_a_colon_is_nothing_said():
    found = table(
        "date 2026-02-11 Floods\n\n"
        "Live updates: Residents in parts of Shropshire have been told to prepare for flooding as the river rises."
    )
    assert "Live updates" not in " ".join(found["text"])


def test_the_lead_description_is_the_person_the_next_paragraph_names_bare_as_speaking():
    found = table(
        "date 2025-01-14 Water boss tells MPs bonuses were 'earned'\n\n"
        'The chief executive of Southmere Water has told MPs that bonuses paid last year were "earned".\n\n'
        "Appearing before the committee on Tuesday, Graham Pike said the board had followed the rules.\n\n"
        "Mr Pike said the company had apologised."
    )
    assert found["speaker"].tolist() == ["Graham Pike"] * 4


def test_the_lead_description_is_the_subject_the_next_paragraph_names_bare_who_speaks_later():
    found = table(
        "date 2025-01-14 Water boss grilled by MPs\n\n"
        'The chief executive of Southmere Water has defended bonuses, telling MPs they were "earned".\n\n'
        "Appearing before the committee on Tuesday, Graham Pike faced questions about sewage spills.\n\n"
        '"I understand the anger," he said.'
    )
    assert found["speaker"].tolist() == ["Graham Pike"] * 3


def test_a_lead_description_is_not_the_next_paragraphs_subject_who_never_speaks():
    found = table(
        "date 2025-01-14 Water boss grilled by MPs\n\n"
        'The chief executive of Southmere Water has defended bonuses, telling MPs they were "earned".\n\n'
        "On Tuesday, Graham Pike chaired the committee.\n\n"
        'A campaigner, Ruth Hale, said: "Rivers are dying."'
    )
    assert "Graham Pike" not in found["speaker"].tolist()


def test_a_lead_description_is_not_someone_the_next_paragraph_describes():
    found = table(
        "date 2025-01-14 Inquest\n\n"
        "A coroner has warned that delays contributed to the death of a cyclist.\n\n"
        "Oliver's mother, Karen Dent, said the family felt vindicated.\n\n"
        "A council leader has criticised the plan. Helen Marsh, who lives nearby, said it was too late."
    )
    assert found["speaker"].tolist()[0] == "A coroner"


def test_what_it_owns_is_not_it():
    found = table(
        "date 2025-03-10 Drones\n\n"
        "The Kremlin reported heavy fighting near Vell.\n\n"
        "In a statement on its Telegram channel, it said two drones had been shot down."
    )
    assert found["speaker"].tolist()[-1] == "Kremlin"


def test_what_someone_unnamed_keeps_saying_is_no_statement():
    found = table(
        "date 2025-06-09 Parking\n\n"
        "Every few years someone on the council discovers that the high street is in trouble and announces that "
        "free parking will fix it. Whenever a minister says the NHS is safe, prices rise. A minister says every "
        "school will get funds."
    )
    assert found["text"].tolist() == ["every school will get funds"]


def test_the_airport_is_the_one_airport_named():
    found = table(
        "date 2026-08-22 Flights cancelled\n\n"
        "More than 40 flights were cancelled at Bristol Airport on Friday.\n\n"
        "The airport said engineers had found a leak.\n\n"
        "Flights were also late at Cardiff Airport. The airport said the runway was shut."
    )
    assert found["speaker"].tolist() == ["Bristol Airport", "The airport"]
