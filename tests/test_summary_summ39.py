"""Sentences about who is heard that hold on news from elsewhere: a party's elected member who speaks makes the party
heard, but a council's or a parliament's member does not speak for it; a body's leaders together speak for it; an
office before a person with the body right after the name ("Opposition leader Lee Jae-myung of the Democratic
Party") makes the body heard."""

from __future__ import annotations

from test_summary_r21 import entities, paragraphs, quotes  # tables built as those tests build them

from newsframe import speakers, summary


def test_a_party_s_mp_named_with_a_constituency_makes_the_party_heard():
    names = entities(("Jo Barrow", "PERSON", 1, 1), ("Labour", "ORG", 1, 1))
    text = paragraphs("Headline", 'The Labour MP for Kelby, Jo Barrow, said the town had lost "a great friend".')
    said = quotes((1, "partial", "Jo Barrow", "The Labour MP for Kelby, Jo Barrow"))
    assert speakers.unheard(names, said, text).empty
    # quoted only through a pronoun later, the member is still named as the party's
    later = paragraphs(
        "Headline", "The Labour MP for Kelby, Jo Barrow, paid tribute.", 'She said: "He was a great friend."'
    )
    said = quotes((2, "direct", "Jo Barrow", "She"))
    assert speakers.unheard(names, said, later).empty
    # a person quoted who is no member of the party leaves it unheard
    plain = paragraphs("Headline", 'Jo Barrow said Labour had lost "a great friend".')
    said = quotes((1, "partial", "Jo Barrow", "Jo Barrow"))
    assert speakers.unheard(names, said, plain)["entity"].tolist() == ["Labour"]
    sentence = summary.unheard_sentence(said, names, plain)
    assert "Labour" in sentence, sentence


def test_a_council_s_councillor_does_not_speak_for_the_council():
    names = entities(("Jo Barrow", "PERSON", 1, 1), ("Kelby Council", "ORG", 1, 1))
    text = paragraphs("Headline", "Kelby Council councillor Jo Barrow said the budget was unfair.")
    said = quotes((1, "reported", "Jo Barrow", "Kelby Council councillor Jo Barrow"))
    assert speakers.unheard(names, said, text)["entity"].tolist() == ["Kelby Council"]
    # the same office before a party makes the party heard
    party = entities(("Jo Barrow", "PERSON", 1, 1), ("Green Party", "ORG", 1, 1))
    text = paragraphs("Headline", "Green councillor Jo Barrow said the budget was unfair.")
    said = quotes((1, "reported", "Jo Barrow", "Green councillor Jo Barrow"))
    assert speakers.unheard(party, said, text).empty


def test_a_body_s_leaders_together_speak_for_it():
    names = entities(("Group of Seven", "ORG", 2, 1), ("Mark Hale", "PERSON", 1, 2))
    text = paragraphs(
        "Headline",
        "Leaders of the Group of Seven rich democracies agreed on Tuesday to lend Ukraine $50 billion.",
        "Mark Hale will host next year's summit.",
    )
    leaders = "Leaders of the Group of Seven rich democracies"
    said = quotes((1, "reported", leaders, leaders))
    assert speakers.unheard(names, said, text)["entity"].tolist() == ["Mark Hale"]
    # a body named only in what someone else says stays unheard
    other = paragraphs("Headline", "Mark Hale said the Group of Seven had agreed to lend Ukraine $50 billion.", "")
    said = quotes((1, "reported", "Mark Hale", "Mark Hale"))
    assert speakers.unheard(names, said, other)["entity"].tolist() == ["Group of Seven"]


def test_an_office_before_a_name_with_the_body_right_after_it_makes_the_body_heard():
    names = entities(("Lee Jae-myung", "PERSON", 2, 1), ("Democratic Party", "ORG", 1, 1))
    text = paragraphs(
        "Headline",
        'Opposition leader Lee Jae-myung of the Democratic Party accused the president of "humiliating diplomacy".',
    )
    said = quotes((1, "partial", "Lee Jae-myung", "Opposition leader Lee Jae-myung"))
    assert speakers.unheard(names, said, text).empty
    # with no office before the name, the body is only where the person works
    plain = paragraphs(
        "Headline", 'Lee Jae-myung of the Democratic Party accused the president of "humiliating diplomacy".'
    )
    said = quotes((1, "partial", "Lee Jae-myung", "Lee Jae-myung"))
    assert speakers.unheard(names, said, plain)["entity"].tolist() == ["Democratic Party"]


def test_an_office_of_a_body_named_with_its_kind_speaks_for_it():
    names = entities(("Priya Sandhu", "PERSON", 1, 1), ("London Economics", "ORG", 1, 1))
    text = paragraphs(
        "Headline", 'Dr Priya Sandhu, an analyst at the think tank London Economics, said it was "typical".'
    )
    said = quotes((1, "partial", "Priya Sandhu", "Dr Priya Sandhu, an analyst at the think tank London Economics"))
    assert speakers.unheard(names, said, text).empty
    # a capitalised word between is part of another name, whose officer the person is
    other = entities(("Priya Sandhu", "PERSON", 1, 1), ("Economics", "ORG", 1, 1))
    said = quotes((1, "partial", "Priya Sandhu", "Dr Priya Sandhu, an analyst at the London Economics"))
    assert speakers.unheard(other, said, paragraphs("Headline", "")).loc[:, "entity"].tolist() == ["Economics"]


def test_a_publication_s_editor_speaks_for_it():
    names = entities(("Rory Boland", "PERSON", 1, 1), ("Holiday Which", "ORG", 1, 1))
    text = paragraphs("Headline", 'Rory Boland, editor of Holiday Which, said the timing was "a nightmare".')
    said = quotes((1, "partial", "Rory Boland", "Rory Boland, editor of Holiday Which"))
    assert speakers.unheard(names, said, text).empty
    # a reader who writes to it does not
    reader = paragraphs("Headline", 'Rory Boland, a reader of Holiday Which, said the timing was "a nightmare".')
    said = quotes((1, "partial", "Rory Boland", "Rory Boland, a reader of Holiday Which"))
    assert speakers.unheard(names, said, reader)["entity"].tolist() == ["Holiday Which"]


def test_an_office_a_pronoun_owns_or_a_hometown_after_the_name_makes_no_body_heard():
    names = entities(("Megan Hartley", "PERSON", 1, 1), ("Thirsk", "ORG", 1, 1))
    said = quotes((1, "reported", "Megan Hartley", "she"))
    for text in (
        "The bitch, handled by her owner Megan Hartley of Thirsk, won. She said it was a dream.",
        "The winning owner Megan Hartley from Thirsk won. She said it was a dream.",
    ):
        assert speakers.unheard(names, said, paragraphs("Headline", text))["entity"].tolist() == ["Thirsk"], text
