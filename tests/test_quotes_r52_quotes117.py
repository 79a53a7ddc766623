"""Who said what: refusals to be interviewed, figures credited to a body by "by", pronouns after a woman named by a
given name the records give mostly to women, and documents whose writer the article names."""

from __future__ import annotations

from test_quotes import quoting, table

HEAD = "Published 3 March 2025, 11:00\n\n"


def test_declining_to_be_interviewed_says_nothing():
    found = table(
        "Strike talks stall\n" + HEAD + "Union leader Mark Heeley declined to be interviewed.\n\n"
        "The minister declined to be interviewed for this article but said in a statement that the plan was sound."
    )
    assert not found["text"].str.contains("interviewed").any()
    assert quoting(found, "the plan was sound")["speaker"] == "The minister"


def test_refusing_to_be_drawn_or_quoted_says_nothing():
    found = table(
        "Council row\n" + HEAD + "The council's leader, Anne Pryce, refused to be drawn on the dispute.\n\n"
        "Her deputy would not be quoted on the matter, and the finance chief declined to be questioned."
    )
    assert not found["text"].str.contains("drawn|quoted|questioned").any()


def test_projections_by_a_body_are_its_words():
    found = table(
        "Democrats hold Senate seat\n" + HEAD + "Democrat Laura Kemper has held onto her Senate seat in "
        "Pennsylvania, according to projections by the Associated Press.\n\nKemper thanked her volunteers."
    )
    assert quoting(found, "held onto her Senate seat")["speaker"] == "Associated Press"


def test_a_forecast_from_a_body_is_its_words():
    found = table(
        "Labour heads for majority\n" + HEAD + "Labour is on course for a majority of 170 seats, according to a "
        "forecast from Electoral Calculus.\n\nThe forecast said the Conservatives would lose 200 seats."
    )
    assert quoting(found, "majority of 170 seats")["speaker"] == "Electoral Calculus"
    assert quoting(found, "would lose 200 seats")["speaker"] == "Electoral Calculus"


def test_he_is_not_a_woman_named_by_a_given_name_most_of_its_bearers_are_women():
    # "Jane" is borne by women nine times in ten and more, short of certainty: still a woman against one "he"
    found = table(
        "Hospice appeal\n" + HEAD + "The appeal is led by hospice director Jane Thornbury and its treasurer, "
        'Tom Hale.\n\nJane said the target was ambitious. "We need every penny," he said.'
    )
    assert quoting(found, "the target was ambitious")["speaker"] == "Jane Thornbury"
    assert quoting(found, "every penny")["speaker"] == "Tom Hale"


def test_he_is_not_a_woman_named_by_her_given_name_alone():
    found = table(
        "Nurses speak out\n" + HEAD + "Jane, a nurse on the ward for 20 years, said wards were short of staff.\n\n"
        "A colleague, Tom Hale, said morale was low.\n\n"
        'Jane said the shifts were too long. "I love this job," he said.'
    )
    assert quoting(found, "shifts were too long")["speaker"] == "Jane"
    assert quoting(found, "I love this job")["speaker"] == "Tom Hale"


def test_a_titled_one_word_name_is_a_surname_whatever_given_name_it_matches():
    # "Mr Rose": a surname, whatever share of women bear Rose as a given name
    found = table(
        "Farm row\n" + HEAD + "Mr Rose, who farms near Hexham, said the new rules were unfair.\n\n"
        'Mr Rose said he would appeal. "We have farmed here for a century," he said.'
    )
    assert quoting(found, "farmed here for a century")["speaker"] == "Rose"


def test_it_after_a_memo_written_by_someone_is_the_writer():
    found = table(
        "Carmaker to cut jobs\n" + HEAD + "Hartwell Motors plans to cut 2,000 jobs at its Sunderland plant, "
        "according to an internal memo seen by the BBC.\n\n"
        "The memo was written by the company's head of European operations, Sandra Keele, and sent on Friday.\n\n"
        "It said production of its electric hatchback would move to Slovakia."
    )
    assert quoting(found, "move to Slovakia")["speaker"] == "Sandra Keele"
    assert quoting(found, "plans to cut 2,000 jobs")["speaker"] == "Sandra Keele"


def test_an_email_whose_sender_the_next_paragraph_names_is_the_senders():
    found = table(
        "Bank to shut branches\n" + HEAD + "Northway Bank will close 40 branches by March, according to an email "
        "sent to staff on Tuesday.\n\nThe email was sent by its retail director, Priya Nair, and seen by the "
        "Guardian.\n\nIt said customers were moving online."
    )
    assert quoting(found, "close 40 branches")["speaker"] == "Priya Nair"
    assert quoting(found, "moving online")["speaker"] == "Priya Nair"


def test_a_headline_colon_after_a_topic_whose_words_have_their_own_speaker():
    found = table(
        "Kelham University cuts: staff warn of 'cultural vandalism'\n" + HEAD + "The University of Kelham is to "
        "close three departments.\n\nThe university said the closures were needed."
    )
    headline = found[found["paragraph"] == 0]
    assert len(headline) == 1
    assert headline.iloc[0]["speaker"] == "staff"


def test_a_headline_colon_after_a_council_budget_with_residents_speaking():
    found = table(
        "Northfield Council budget: residents say cuts go too far\n" + HEAD + "Northfield Council has approved "
        "£12m of cuts.\n\nThe council said it had no choice."
    )
    headline = found[found["paragraph"] == 0]
    assert headline["speaker"].tolist() == ["residents"]
