"""Who said what (newsframe.quotes): a group of bodies speaking as "they", a title with the place it is of, a
quotation called out and the phrase after it, the name in a statement's condition."""

from __future__ import annotations

from test_quotes import quoting, table  # the quotes table of an article given as text


def test_they_after_researchers_at_two_bodies_is_both_bodies():
    found = table(
        "date 2024-05-31 Coffee linked to longer life\n\n"
        "Researchers from Harvard University and the University of Cambridge followed 2,000 patients for a decade. "
        "They said that people who drank two cups of coffee a day lived longer.\n"
    )
    row = quoting(found, "two cups of coffee")
    assert (row["speaker"], row["speaker_text"]) == ("Harvard University and the University of Cambridge", "They")


def test_they_after_scientists_at_two_bodies_is_the_group():
    found = table(
        "date 2024-05-31 Blood test spots heart disease years early\n\n"
        "Scientists at Oxford University and Imperial College London studied 2,000 patients over ten years. They "
        "found that a single protein in the blood predicted heart attacks up to five years before they happened.\n"
    )
    assert quoting(found, "single protein")["speaker"] == "Oxford University and Imperial College London"


def test_the_title_of_a_place_set_before_a_name_is_that_person_later():
    found = table(
        "date 2024-05-31 Northfield to close town centre to cars\n\n"
        "The mayor of Northfield, Aisha Rahman, said on Friday that cars would be banned from the high street from "
        "next spring.\n\n"
        "Shopkeepers have warned the plan could cost them trade. Tom Baker, who runs a bakery on the high street, "
        "said he had already lost customers.\n\n"
        '"We were never asked," Mr Baker said.\n\n'
        "The mayor said the council would review the scheme after a year.\n"
    )
    assert quoting(found, "review the scheme")["speaker"] == "Aisha Rahman"
    assert quoting(found, "never asked")["speaker"] == "Tom Baker"


def test_a_line_called_out_ends_at_its_closing_mark():
    found = table(
        "date 2024-07-11 England reach Euro 2024 final\n\n"
        "England beat the Netherlands 2-1 in Dortmund to reach the final of Euro 2024.\n\n"
        'Fans chanted "Come on England" long after the final whistle. Ollie Watkins scored the winner.\n\n'
        'Workers shouted "we want our jobs back" for hours outside the factory in Dagenham.\n'
    )
    assert quoting(found, "Come on England")["text"] == '"Come on England"'
    assert quoting(found, "our jobs back")["text"] == '"we want our jobs back"'


def test_a_title_in_capitals_chanted_stays_no_statement():
    found = table(
        "date 2025-01-12 Author returns\n\n"
        'Supporters chanted "Save Our Club" outside the ground on Saturday.\n\n'
        '"We will win this time," Cole said.'
    )
    assert found["text"].tolist() == ['"We will win this time,"']


def test_the_name_in_a_statements_condition_is_not_the_pronoun_speaker():
    found = table(
        "date 2016-03-10 Carson weighs his options\n\n"
        "Ben Carson said on Thursday that he was open to a role in a Trump administration.\n\n"
        "If Trump doesn't become the nominee, he said he would settle for a seat in the Senate.\n"
    )
    row = quoting(found, "settle for a seat")
    assert (row["speaker"], row["speaker_text"]) == ("Ben Carson", "he")


def test_the_pronoun_after_a_condition_naming_the_speaker_is_still_the_speaker():
    found = table(
        "date 2024-05-31 Smith weighs his future\n\n"
        "Tom Smith, the Leeds captain, said on Friday that the season had been the hardest of his career.\n\n"
        "If Smith loses his place on Saturday, he said he would consider retiring.\n"
    )
    assert quoting(found, "consider retiring")["speaker"] == "Tom Smith"


def test_a_line_after_another_persons_gesture_is_theirs():
    found = table(
        "date 2016-01-31 Couple wait for Clinton\n\n"
        '"It goes in here and goes out here," Tom Ebeling said, pointing to his ears. Betsy Ebeling shook her '
        'head. "Tom\'s much better about it than I am."\n\n'
        '"We have waited a long time," Tom Ebeling said.\n\n'
        'Betsy Ebeling shook her head. "We will wait a little longer."\n'
    )
    assert quoting(found, "goes out here")["text"] == '"It goes in here and goes out here,"'
    assert quoting(found, "much better about it")["speaker"] == "Betsy Ebeling"
    assert quoting(found, "a little longer")["speaker"] == "Betsy Ebeling"
