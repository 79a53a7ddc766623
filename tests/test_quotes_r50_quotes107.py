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


def test_a_body_owning_a_report_speaks_for_it_as_the_body_a_report_is_by_does():
    found = table(
        "date 2024-09-04 Grenfell report published\n\n"
        "The Grenfell Tower Inquiry was set up in 2017.\n\n"
        "The inquiry's final report finds that the deaths were all avoidable.\n\n"
        "The report by the inquiry says governments ignored warnings."
    )
    assert quoting(found, "deaths were all avoidable")["speaker"] == "Grenfell Tower Inquiry"
    assert quoting(found, "governments ignored warnings")["speaker"] == "Grenfell Tower Inquiry"


def test_a_committees_report_is_the_committees_word():
    found = table(
        "date 2023-05-11 Ferry contract criticised\n\n"
        "MSPs on the public audit committee questioned the deal in March.\n\n"
        "The committee's report concluded that ministers had ignored clear warnings about the yard."
    )
    assert quoting(found, "ministers had ignored")["speaker"].lower() == "the committee"


def test_a_justice_brought_in_with_another_role_is_not_the_unnamed_judge_of_the_case():
    found = table(
        "date 2024-10-18 Libraries plan blocked\n\n"
        "A High Court judge has blocked a council's plan to close 12 libraries.\n\n"
        "The case was brought by campaigner Sarah Pike. Lady Justice Hale, a former president of the Supreme Court who "
        "now chairs the campaign group's advisory board, gave evidence on the value of libraries.\n\n"
        "The judge ruled that the council had not considered the impact on elderly and disabled residents."
    )
    assert "Hale" not in str(quoting(found, "had not considered the impact")["speaker"])


def test_a_judge_by_title_who_is_the_charitys_patron_is_not_the_judge_who_ruled():
    found = table(
        "date 2025-01-22 Hospice appeal dismissed\n\n"
        "A county court judge has dismissed the Larchfield Hospice's appeal over its lease.\n\n"
        "Mr Justice Orme, the hospice's patron, wrote to supporters last week.\n\n"
        "The judge said the lease had been ended lawfully."
    )
    assert "Orme" not in str(quoting(found, "the lease had been ended")["speaker"])


def test_the_judge_named_as_the_judge_of_the_case_is_still_the_judge():
    found = table(
        "date 2024-10-18 Libraries plan blocked\n\n"
        "A High Court judge has blocked a council's plan to close 12 libraries.\n\n"
        "Mrs Justice Steyn said the council had acted unlawfully.\n\n"
        "The judge ruled that the council had not considered the impact on elderly residents."
    )
    assert "Steyn" in str(quoting(found, "had not considered the impact")["speaker"])


def test_a_name_read_as_a_modal_opening_a_sentence_before_said_is_the_speaker():
    found = table(
        "date 2017-06-09 Road to the election\n\n"
        "2017: Prime Minister Theresa May announces a snap election.\n\n"
        "May said on Friday that she would form a government with the DUP."
    )
    assert quoting(found, "form a government")["speaker"] == "Theresa May"


def test_a_chronology_entry_opening_with_a_name_read_as_a_modal_is_that_persons():
    found = table(
        "date 2019-06-07 Brexit: key dates\n\n"
        "Theresa May became prime minister in July 2016.\n\n"
        "March 2019: May says she will resign if MPs back her deal."
    )
    assert quoting(found, "she will resign")["speaker"] == "Theresa May"


def test_a_month_opening_a_sentence_before_another_verb_is_no_speaker():
    found = table(
        "date 2024-06-03 Retail sales\n\n"
        "Shoppers spent more in the spring, the British Retail Consortium said.\n\n"
        "May saw sales rise by 2.1%, with clothing the strongest category."
    )
    assert "May" not in " ".join(str(s) for s in found["speaker"])


def test_a_claim_against_a_rival_names_whom_it_is_against_not_what_was_said():
    found = table(
        "date 2023-08-22 Appeals court revives chipmaker's patent claim against rival\n\n"
        "The court said a lower tribunal had wrongly read a key term in the patent."
    )
    assert "claim" not in set(found["cue"])


def test_complaints_against_an_officer_say_nothing_of_their_own():
    found = table(
        "date 2024-04-10 Police watchdog\n\n"
        "The watchdog upheld the residents' complaints against the officer on Tuesday, its director said."
    )
    assert "complaints" not in set(found["cue"])
