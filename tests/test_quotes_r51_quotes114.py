"""Quotes: one who speaks for a body and declined to speak is the voice the next "he added" or "the spokesperson
said" stands for (the body they speak for), not the last person named before."""

from test_quotes import quoting, table


def test_he_added_after_a_spokesman_who_declined_is_the_body():
    found = table(
        "date 2025-03-14 Trade talks stall\n\n"
        "Treasury Secretary John Morgan met the Chinese delegation on Thursday for a third round of talks.\n\n"
        "A spokesman for the White House declined to comment on the talks. "
        "\u201cWe don't discuss private conversations,\u201d he added.\n\n"
        'Morgan said the meetings had been "frank and useful".'
    )
    assert quoting(found, "private conversations")["speaker"] == "White House"
    assert quoting(found, "frank and useful")["speaker"] == "John Morgan"


def test_the_spokesperson_after_one_who_would_not_comment_is_the_body():
    found = table(
        "date 2025-01-09 Airline chief defends cancellations\n\n"
        '"Safety has to come first," Thomas Reid, the chief executive of SkyBridge Airlines, told the BBC.\n\n'
        "A spokesperson for the Civil Aviation Authority would not comment on individual airlines. "
        '"We expect all carriers to meet their legal obligations," the spokesperson said.'
    )
    assert quoting(found, "legal obligations")["speaker"] == "Civil Aviation Authority"
    assert quoting(found, "Safety has to come first")["speaker"] == "Thomas Reid"


def test_she_said_after_a_spokeswoman_who_declined_is_her_council_not_the_resident():
    found = table(
        "date 2025-02-03 Council faces questions over bins\n\n"
        '"It\'s a disgrace," said Margaret Ellis, who lives on Station Road.\n\n'
        "A spokeswoman for Hartley District Council declined to comment on the contract. "
        '"We are working closely with our partner," she said in a statement.'
    )
    assert quoting(found, "working closely")["speaker"] == "Hartley District Council"


def test_a_refusal_of_the_other_gender_leaves_the_pronoun_to_the_person_named():
    found = table(
        "date 2025-02-03 Council faces questions over bins\n\n"
        "Resident Margaret Ellis said the bins had not been emptied for weeks. "
        "A spokesman for Hartley District Council declined to comment. "
        '"It is a disgrace," she said.'
    )
    assert quoting(found, "It is a disgrace")["speaker"] == "Margaret Ellis"
