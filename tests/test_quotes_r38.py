"""Who said what (newsframe.quotes): a speaker no entity names is the name as written, without the description set
after it between commas."""

from __future__ import annotations

from test_quotes import quoting, table  # the quotes table of an article given as text


def test_a_name_the_recogniser_missed_is_the_speaker_without_its_description():
    found = table(
        "date 2024-05-31 Vodafone and Three complete £15bn merger after regulator approval\n\n"
        "CK Hutchison, which owns Three, will hold a 49% stake in the new company, to be called VodafoneThree. "
        "Canning Fok, the group's deputy "
        'chairman, said the partners had waited "almost two years" for approval.\n'
    )
    row = quoting(found, "almost two years")
    assert (row["speaker"], row["speaker_text"]) == ("Canning Fok", "Canning Fok, the group's deputy chairman")


def test_a_description_that_is_the_whole_mention_stays_as_written():
    found = table(
        "date 2024-05-31 Storm closes roads\n\n"
        "Roads were closed across the county on Friday. A council spokesman, speaking on Friday, said the roads "
        "would reopen soon.\n"
    )
    assert quoting(found, "reopen soon")["speaker"] != "A council"


def test_a_place_a_quoted_person_lives_in_is_no_employer():
    from test_summary_summ40 import entities, paragraphs, quotes

    from newsframe import speakers

    names = entities(("Hassan Belhaj", "PERSON", 1), ("Moulay Brahim", "ORG", 1), ("Acme", "ORG", 1))
    text = paragraphs(
        "Quake kills thousands",
        "Hassan Belhaj, a resident of Moulay Brahim, said the village had lost everything.",
        "Belhaj, a lorry driver at Acme, said help came late.",
    )
    said = quotes((1, "reported", "Hassan Belhaj", "Hassan Belhaj", "the village had lost everything"))
    assert speakers.affiliations(names, said, text) == {"Acme"}


def test_a_peoples_word_is_not_the_person_already_called_by_another():
    found = table(
        "date 2024-07-15 Alcaraz beats Djokovic to retain Wimbledon title\n\n"
        "Carlos Alcaraz retained his Wimbledon title with a straight-sets victory over Novak Djokovic on Sunday.\n\n"
        "The 21-year-old Spaniard won 6-2 6-2 7-6 on Centre Court to claim his fourth Grand Slam title.\n\n"
        '"It\'s a dream come true," Alcaraz said.\n\n'
        'The Serb said his opponent had played "an incredible match" and admitted he had struggled.\n\n'
        "The Spaniard said he would now rest before the Olympics.\n"
    )
    assert quoting(found, "an incredible match")["speaker"] == "Novak Djokovic"
    assert quoting(found, "he had struggled")["speaker"] == "Novak Djokovic"
    assert quoting(found, "would now rest")["speaker"] == "Carlos Alcaraz"


def test_a_place_set_before_the_speaker_is_not_the_speaker():
    found = table(
        "date 2023-08-19 Nurse guilty of murdering babies\n\n"
        "Lucy Letby, 33, was convicted at Manchester Crown Court on Friday.\n\n"
        'Outside court, Detective Superintendent Paul Hughes of Cheshire Police said: "Justice has been served for '
        'these babies and their families."\n\n'
        "Police and prosecutors, the court heard, had worked together for six years.\n"
    )
    assert quoting(found, "Justice has been served")["speaker"] == "Paul Hughes"


SURVIVOR = (
    "date 2023-03-12 'I never thought I would see the sea again': a survivor's story\n\n"
    "When Amira Haddad was pulled from the rubble of her apartment block in Antakya, she had been trapped for 104 "
    "hours.\n\n"
    '"I could hear people calling, but I could not answer," she said.\n\n'
)


def test_a_headline_quotation_of_a_persons_own_story_is_the_one_person_the_body_quotes():
    found = table(SURVIVOR + "Turkey's disaster agency, Afad, says 1.5 million people live in tents.\n")
    assert quoting(found, "see the sea again")["speaker"] == "Amira Haddad"


def test_with_two_people_quoted_the_headline_description_stays_as_written():
    found = table(SURVIVOR + 'Her neighbour, Selim Kaya, was rescued the same day. "We were lucky," Kaya said.\n')
    assert quoting(found, "see the sea again")["speaker"] == "a survivor"
