"""Who said what (newsframe.quotes): the name set beside "one of them" is the speaker."""

from __future__ import annotations

from test_quotes import quoting, table  # the quotes table of an article given as text


def test_the_name_set_beside_one_of_them_is_who_speaks():
    found = table(
        "date 2026-09-15 Council approves tax rise\n\n"
        "About 40 protesters gathered outside City Hall. One of them, retired teacher Carol Wright, 71, said she had "
        "used the library every week.\n\n"
        "One of the protesters said the council had lied.\n"
    )
    row = quoting(found, "used the library")
    assert (row["speaker"], row["speaker_text"]) == ("Carol Wright", "One of them, retired teacher Carol Wright")
    assert quoting(found, "had lied")["speaker"] == "One of the protesters"


def test_a_description_opening_the_sentence_before_is_the_one_the_age_stands_for():
    found = table(
        "date 2026-07-05 Draper through to the quarter-finals\n\n"
        "Jack Draper reached his first Wimbledon quarter-final with a win over Alexander Zverev on Sunday.\n\n"
        "The British number one saved two set points before breaking Zverev late in the fourth.\n\n"
        '"I have dreamed about this since I was a little boy," the 24-year-old said.\n\n'
        'Zverev said he had struggled with a back problem. "It is no excuse," the German said.\n'
    )
    assert quoting(found, "dreamed about this")["speaker"] == "Jack Draper"
    assert quoting(found, "no excuse")["speaker"] == "Alexander Zverev"


def test_she_after_a_spokesperson_for_a_named_body_is_that_body():
    found = table(
        "date 2026-05-06 Airline cancels 40 flights\n\n"
        "Skylark Airlines has cancelled 40 flights from Bristol on Friday because of a strike.\n\n"
        "A spokesperson for the airline said passengers would be offered a refund. "
        '"We are deeply sorry, but this is outside our control," she said.\n'
    )
    row = quoting(found, "deeply sorry")
    assert (row["speaker"], row["speaker_text"]) == ("Skylark Airlines", "she")


def test_two_names_joined_by_and_speak_together_even_one_written_in_camel_case():
    found = table(
        "date 2026-05-06 Airlines cancel flights\n\n"
        "Ryanair and easyJet said they had also cancelled flights. Tesco and Asda said prices would rise.\n"
    )
    assert quoting(found, "cancelled flights")["speaker_text"] == "Ryanair and easyJet"
    assert quoting(found, "prices would rise")["speaker_text"] == "Tesco and Asda"
