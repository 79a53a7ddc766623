"""A headline's speaker given by a title ("NSW Premier says …") is the one person the body names with that title,
not whoever else the body first has "say" something."""

from __future__ import annotations

from test_quotes import quoting, table


def test_headline_title_is_the_person_the_body_names_with_it():
    found = table(
        "date 2024-12-20 NSW Premier says rail strikes will not derail New Year's Eve\n\n"
        "New South Wales Premier Chris Minns has promised trains will run on New Year's Eve despite a pay dispute.\n\n"
        "The union's state secretary, Toby Warnes, said the union had offered to suspend its action.\n\n"
        '"I won\'t let the union hold Sydney to ransom," Mr Minns told ABC Radio Sydney on Friday.\n'
    )
    assert quoting(found, "rail strikes will not derail")["speaker"] == "Chris Minns"


def test_headline_chancellor_is_the_chancellor_not_the_first_to_say():
    found = table(
        "date 2025-03-26 UK Chancellor says spending cuts are unavoidable\n\n"
        "The head of the Institute for Fiscal Studies, Paul Johnson, said the figures left little room.\n\n"
        "Chancellor Rachel Reeves told MPs on Wednesday that spending cuts were unavoidable after borrowing rose.\n"
    )
    assert quoting(found, "spending cuts are unavoidable")["speaker"] == "Rachel Reeves"
