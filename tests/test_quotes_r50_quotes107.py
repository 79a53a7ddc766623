"""Who said what (newsframe.quotes, newsframe.speakers): a message's participle of saying hung on the verb of
getting it, and an illness or a force of nature opening a sentence, on short invented articles."""

from __future__ import annotations

from test_quotes import quoting, table


def test_a_message_received_from_a_body_speaks_for_the_body_not_the_one_who_got_it():
    found = table(
        "date 2025-03-14 Mould in Rochdale flats\n\n"
        "Amina Begum has complained to Rochdale Borough Council six times.\n\n"
        "She received a text from the council saying her flat would be inspected within ten days."
    )
    row = quoting(found, "her flat would be inspected")
    assert row["speaker"] == "Rochdale Borough Council"


def test_an_email_got_from_a_trust_telling_parents_is_the_trusts():
    found = table(
        "date 2024-11-02 Heating fault at Hollins Academy\n\n"
        "Parents at Hollins Academy in Leeds got an email from the trust telling them that classes would "
        "move online.\n\n"
        "Mark Ellis, whose son is in year nine, said the notice came too late."
    )
    row = quoting(found, "classes would move")
    assert row["speaker"] not in ("Parents", "Mark Ellis")
    assert "trust" in str(row["speaker"]).lower()


def test_an_illness_opening_a_sentence_claims_no_statement():
    found = table(
        "date 2024-02-02 Marjorie Lane dies aged 81\n\n"
        "Cancer claimed her father when she was 12, and she later said the experience shaped everything she did."
    )
    assert "Cancer" not in set(found["speaker"])
    assert quoting(found, "the experience shaped")["cue"] == "said"


def test_a_storm_opening_a_sentence_threatens_nothing_said():
    found = table(
        "date 2023-10-20 Storm batters coast\n\n"
        "Floodwater threatened homes along the Severn on Friday, the Environment Agency said.\n\n"
        "Drought claimed most of the harvest last summer, farmer Ian Pryce said."
    )
    assert not {"Floodwater", "Drought"} & set(found["speaker"])
