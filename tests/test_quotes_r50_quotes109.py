"""Who speaks: a participle of saying set after a clause with a subject of its own, "the board" of a story, and a
chairman who is not the chief executive named last."""

from test_quotes import quoting, table


def test_participle_after_a_clause_of_time_is_that_clause_subjects():
    found = table(
        "Old posts resurface\nPublished 5 April 2024, 12:00\n\n"
        "Senator Rick Dalton's old posts have resurfaced.\n\n"
        '"Too forced?" he tweeted in 2016 when Hillary Clinton posted a selfie with supporters, remarking, '
        '"Trying way too hard."'
    )
    assert quoting(found, "Too forced")["speaker"] == "Rick Dalton"
    assert "Trying" not in quoting(found, "Too forced")["text"]
    row = quoting(found, "Trying way")
    assert (row["speaker"], row["cue"]) == ("Hillary Clinton", "remarking")


def test_participle_after_a_clause_of_time_second_wording():
    found = table(
        "Row over opening post\nPublished 2 March 2025, 10:00\n\n"
        '"Too soon?" Mayor Tom Reed wrote after councillor Jane Ortiz shared a video of the opening, remarking, '
        '"What a day for the town."\n\n'
        '"We will win this," Tom Hale said on Monday, adding, "There is no doubt about that at all."'
    )
    assert quoting(found, "Too soon")["speaker"] == "Tom Reed"
    assert quoting(found, "What a day")["speaker"] == "Jane Ortiz"
    # a participle hung on the cue itself goes on with the cue's speaker
    assert quoting(found, "no doubt")["speaker"] == "Tom Hale"


def test_the_board_is_the_body_whose_officers_were_named():
    found = table(
        "Kestrel Mining chairman quits\nPublished 9 May 2025, 07:00\n\n"
        "The chairman of Kestrel Mining has resigned after shareholders voted against the company's pay report.\n\n"
        "Rival miner Anglo Ridge said it had no interest in making a bid.\n\n"
        'The board said it would begin a search for a successor "immediately".'
    )
    assert quoting(found, "search for a successor")["speaker"] == "Kestrel Mining"


def test_the_board_second_wording():
    found = table(
        "Hartley rejects approach\nPublished 22 January 2025, 07:45\n\n"
        "Hartley Foods' board met on Tuesday to consider a takeover approach.\n\n"
        "Its biggest rival, Bramwell Stores, said it was watching closely. Analysts at Peel Hunt called the offer "
        "low.\n\n"
        'The board said the offer "significantly undervalues the company".'
    )
    assert quoting(found, "undervalues")["speaker"] == "Hartley Foods"


def test_the_chairman_is_not_the_chief_executive_named_last():
    found = table(
        "Chairman quits\nPublished 9 May 2025, 07:00\n\n"
        "The chairman of Fenwick Retail has stepped down after the board voted to split the company.\n\n"
        'The chief executive, Priya Nair, said staff would see "no immediate change".\n\n'
        'The chairman told shareholders the vote had been "close but clear".'
    )
    assert quoting(found, "close but clear")["speaker"] != "Priya Nair"
    assert quoting(found, "no immediate change")["speaker"] == "Priya Nair"


def test_the_chairwoman_second_wording():
    found = table(
        "Bank chair to leave\nPublished 3 June 2025, 08:00\n\n"
        "The chairwoman of Norland Bank will leave in the autumn, the lender said.\n\n"
        'The bank\'s chief executive, Sarah Ellis, said the bank was in "good shape".\n\n'
        'The chairwoman said it had been "a privilege" to serve.'
    )
    assert quoting(found, "a privilege")["speaker"] != "Sarah Ellis"


def test_pronoun_after_a_quotation_led_sentence_keeps_its_cues_subject():
    found = table(
        "Old posts resurface\nPublished 5 April 2024, 12:00\n\n"
        "Senator Rick Dalton's old posts have resurfaced as he prepares a presidential bid.\n\n"
        '"Too forced?" he tweeted in 2016 when Hillary Clinton posted a selfie with supporters.\n\n'
        'In another post, he mocked the president, writing, "Golf again? Must be nice."'
    )
    assert quoting(found, "Golf again")["speaker"] == "Rick Dalton"


def test_pronoun_after_a_quotation_led_sentence_second_wording():
    found = table(
        "Coach hits back\nPublished 8 May 2025, 18:00\n\n"
        "Coach Sam Okafor was in combative mood on Friday.\n\n"
        '"Ask the referee," she snapped after Jordan Blake questioned the penalty.\n\n'
        'Later she told reporters: "We deserved more from today."'
    )
    assert quoting(found, "deserved more")["speaker"] == "Sam Okafor"
