"""Who speaks: a participle of saying set after a clause with a subject of its own, "the board" of a story, and a
chairman who is not the chief executive named last."""

from test_quotes import quoting, table


def test_participle_after_a_clause_of_time_is_that_clause_subjects():
    found = table(
        "Old posts resurface\nPublished 5 April 2024, 12:00\n\n"
        "Senator Rick Dalton's old posts have resurfaced.\n\n"
        '"Too forced?" Dalton tweeted in 2016 when Hillary Clinton posted a selfie with supporters, remarking, '
        '"We are stronger together."'
    )
    assert quoting(found, "Too forced")["speaker"] == "Rick Dalton"
    row = quoting(found, "stronger together")
    assert (row["speaker"], row["cue"]) == ("Hillary Clinton", "remarking")


def test_participle_after_a_clause_of_time_second_wording():
    found = table(
        "Row over flood post\nPublished 2 March 2025, 10:00\n\n"
        '"Too soon?" Mayor Tom Reed wrote after councillor Jane Ortiz shared a photo of the flood, saying, '
        '"Our hearts go out to everyone affected."\n\n'
        '"We will win this," Tom Hale said on Monday, adding, "There is no doubt about that at all."'
    )
    assert quoting(found, "Too soon")["speaker"] == "Tom Reed"
    assert quoting(found, "hearts go out")["speaker"] == "Jane Ortiz"
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
        'Chief executive Mark Ellis said the bank was in "good shape".\n\n'
        'The chairwoman said it had been "a privilege" to serve.'
    )
    assert quoting(found, "a privilege")["speaker"] != "Mark Ellis"
