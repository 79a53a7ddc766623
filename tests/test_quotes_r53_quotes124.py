"""A description of an office only a person holds ("the senator", "the governor", "the minister") stands for a
person the article names with that office, never for another person or a body named last; with no such person it
stays as written."""

from __future__ import annotations

from test_quotes import quoting, table


def test_office_with_no_holder_named_stays_as_written():
    found = table(
        "Governor tours flood zone as rivers crest\n"
        "Published 14 March 2024, 18:10\n\n"
        "Turnout models missed the late swing – Gallup Analytics: “Younger voters decided in the final week, and "
        "most of them broke for the challenger.”\n\n"
        "As the senator stepped off the stage — “We are not done with this fight, not by a long way” — the band "
        "struck up a march.\n\n"
        "Then the governor turned to the cameras — “We will rebuild every single home in this valley.”\n"
    )
    assert quoting(found, "not done with this fight")["speaker"] == "the senator"
    assert quoting(found, "rebuild every single home")["speaker"] == "the governor"
    # differently worded: a person named last, with no office, is not the governor
    found = table(
        "Turnout expected to break records\n"
        "Published 2 November 2024, 07:45\n\n"
        "Analyst Dana Whitfield said on Friday that early voting in the suburbs had already passed the last "
        "election's total.\n\n"
        "“Every vote in this state will be counted, however long it takes,” the governor told reporters in the "
        "capital.\n"
    )
    assert quoting(found, "Every vote in this state")["speaker"] == "the governor"


def test_office_stands_for_the_person_named_with_it():
    found = table(
        "Senate race tightens as polls close in\n"
        "Published 3 October 2024, 11:00\n\n"
        "Sen. Maria Delgado, a candidate for a third term, toured a factory in Dayton on Wednesday.\n\n"
        "Pollster Tom Reyes, who ran the survey for Harlow Research Group, said undecided voters were leaning late.\n\n"
        "“We have delivered for this state and we will keep delivering,” the senator said.\n"
    )
    assert quoting(found, "We have delivered")["speaker"] == "Maria Delgado"
    # differently worded: the office set after the name, in another word of its family
    found = table(
        "Minister defends housing plan\n"
        "Published 21 May 2024, 16:40\n\n"
        "Priya Nair, the housing secretary, set out the plan in the Commons on Tuesday.\n\n"
        "The shadow chancellor's adviser, economist Owen Platt, said the sums did not add up.\n\n"
        "“This is the biggest building programme in a generation,” the minister said.\n"
    )
    assert quoting(found, "biggest building programme")["speaker"] == "Priya Nair"
