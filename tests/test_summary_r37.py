"""The count of those an article names and never quotes says what they are: 'the 8 people it names' when all are
people, 'the 2 organisations' when all are organisations, 'people and organisations' only when it names both."""

from test_summary_r30_summ52 import entities, paragraphs
from test_summary_r31_summ53 import said

from newsframe import summary

NONE = said((1, "x", "x", "x"))[:0]
TEXT = paragraphs(
    "Ann Lee and Bo Kim met Cy Dee on Monday.",
    "Acme and Brightway signed the deal.",
)


def test_only_people_are_counted_as_people():
    names = entities(("Ann Lee", "PERSON", 2, ""), ("Bo Kim", "PERSON", 1, ""), ("Cy Dee", "PERSON", 1, ""))
    rows = said((1, "Ann Lee", "Ann Lee", "the meeting went well"))
    assert summary.unheard_sentence(rows, names, TEXT) == (
        "Of the 3 people it names, 2 are never quoted, each named once: Bo Kim and Cy Dee."
    )
    assert summary.unheard_sentence(NONE, names.iloc[[1]], TEXT) == (
        "The one person it names is never quoted: Bo Kim, named once."
    )


def test_only_organisations_are_counted_as_organisations_and_both_kinds_as_both():
    firms = entities(("Acme", "ORG", 1, ""), ("Brightway", "ORG", 1, ""))
    heard = summary.unheard_sentence(NONE, firms, TEXT)
    assert heard == "Neither of the 2 organisations it names is quoted, each named once: Acme and Brightway."
    assert summary.no_one_quoted(heard) == (
        "It quotes no one, neither the 2 organisations it names (each named once: Acme and Brightway) nor anyone else."
    )
    both = entities(("Ann Lee", "PERSON", 1, ""), ("Acme", "ORG", 1, ""))
    assert summary.unheard_sentence(NONE, both, TEXT) == (
        "Neither of the 2 people and organisations it names is quoted, each named once: Ann Lee and Acme."
    )
    # a place is no source: it does not make the people 'people and organisations'
    placed = entities(("Ann Lee", "PERSON", 1, ""), ("Leeds", "GPE", 1, ""))
    alone = summary.unheard_sentence(NONE, placed, TEXT)
    assert alone == "The one person it names is never quoted: Ann Lee, named once."


def test_a_party_heard_through_its_campaign_coordinator_is_heard():
    text = paragraphs(
        "Reform UK won the by-election by six votes, overturning a Labour majority.",
        "Labour's campaign co-ordinator said the party would listen and learn.",
    )
    names = entities(("Labour", "ORG", 2, ""), ("Reform UK", "ORG", 1, ""))
    rows = said((2, "Labour's campaign co-ordinator", "Labour's campaign co-ordinator", "the party would listen"))
    sentence = summary.unheard_sentence(rows, names, text)
    assert sentence == "Of the 2 organisations it names, 1 is never quoted: Reform UK, named once."
