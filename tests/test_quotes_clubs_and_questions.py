"""Who said what in sports reports (newsframe.quotes), on short articles written for these tests: "the club" is
the one whose name says it is a club, and the one who asks right after a question is its speaker."""

from __future__ import annotations

from test_quotes_direct import table


def test_the_club_is_the_one_whose_name_says_it_is_a_club():
    found = table(
        "date 2025-11-10 Hartley sacked after Rovers slump\n\n"
        "Harton Rovers have sacked manager Gary Hartley after a 3-0 defeat by Dunmere on Saturday.\n\n"
        'In a statement, the club said: "The board would like to thank Gary for his hard work."'
    )
    assert list(found["speaker"]) == ["Harton Rovers"]


def test_of_two_clubs_named_so_the_club_is_the_last_named():
    found = table(
        "date 2025-11-10 Rovers win again\n\n"
        "Dunmere United lost 3-0 to Harton Rovers on Saturday.\n\n"
        'In a statement, the club said: "We are delighted with the result."'
    )
    assert list(found["speaker"]) == ["Harton Rovers"]


def test_the_one_named_right_after_asked_and_a_question_asks_it():
    found = table(
        "date 2025-11-10 Fans turn on the board\n\n"
        '"Why now?" asked one supporter outside the ground. "We gave him two windows and no money."'
    )
    assert list(found["speaker_text"]) == ["one supporter"]


def test_the_one_asked_after_a_statement_is_not_the_speaker():
    found = table(
        "date 2025-11-10 Fans turn on the board\n\n"
        'Gary Hartley spoke to fans on Sunday. "It is over," he told one supporter.'
    )
    assert list(found["speaker"]) == ["Gary Hartley"]


def test_the_minister_is_not_the_shadow_minister_named_last():
    found = table(
        "date 2025-05-23 Minister defends early release\n\n"
        'Justice Secretary Shabana Mahmood told MPs the system was "days away from collapse".\n\n'
        "Shadow justice secretary Robert Jenrick asked how many of those released were violent. The minister said "
        "she would write to him with the figures."
    )
    row = found[found["speaker_text"] == "The minister"].iloc[0]
    assert row["speaker"] == "Shabana Mahmood"


def test_one_named_in_what_was_said_is_not_the_official_who_said_it():
    found = table(
        "date 2025-05-02 Reform wins by six votes\n\n"
        "Sarah Pochin took 12,645 votes to Labour candidate Karen Shore's 12,639 after a recount, the returning "
        "officer announced."
    )
    assert list(found["speaker"]) == ["the returning officer"]


def test_a_party_spokesman_after_the_party_is_heard_is_the_party():
    found = table(
        "date 2025-05-02 Reform wins by six votes\n\n"
        'Labour said it would not challenge the result. A party spokesman said low turnout had "made it hard".'
    )
    assert list(found["speaker"]) == ["Labour", "Labour"]


def test_defending_a_title_is_nothing_said_and_a_northern_irishman_is_one_of_a_people():
    found = table(
        "date 2025-04-14 McIlroy wins Masters\n\n"
        'The 35-year-old Northern Irishman sank to his knees. "I don\'t know what to say," Rory McIlroy said.\n\n'
        "He will defend the title at Augusta next April."
    )
    assert list(found["cue"]) == ["said"]
    assert list(found["speaker"]) == ["Rory McIlroy"]
