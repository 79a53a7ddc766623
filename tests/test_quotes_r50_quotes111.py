"""Who speaks for a body: a spokesperson named by a body's short name, and a social-media post that is its poster's."""

from test_quotes import quoting, table


def test_spokesperson_of_a_body_named_by_its_short_name():
    found = table(
        "Rail strike goes ahead\nPublished 3 October 2024, 18:45\n\n"
        "Talks between the Aslef union and Northern Rail broke down on Thursday.\n\n"
        'Northern\'s managing director, Tricia Williams, said the company was "deeply disappointed".\n\n'
        'A Northern spokesperson replied that the changes were "modest and sensible".'
    )
    assert quoting(found, "modest and sensible")["speaker"] == "Northern Rail"


def test_spokesperson_of_a_body_named_by_its_short_name_second_wording():
    found = table(
        "Airline cancels flights\nPublished 12 July 2025, 08:00\n\n"
        "Eastern Airways has cancelled all flights from Aberdeen after a pilots' walkout.\n\n"
        'Eastern\'s chief executive, Roger Hage, said the strike was "deeply regrettable".\n\n'
        "The pilots' union Balpa said talks had failed.\n\n"
        'An Eastern spokesman said the airline was "working hard to rebook passengers".'
    )
    assert quoting(found, "working hard")["speaker"] == "Eastern Airways"


def test_post_that_a_named_person_apologised_after_is_theirs():
    found = table(
        "Striker sorry for post\nPublished 21 August 2025, 08:05\n\n"
        "Premier League striker Jordan Mbeki has apologised after a post on social media mocking his former club "
        "drew thousands of complaints."
    )
    row = quoting(found, "former club")
    assert (row["speaker"], row["cue"]) == ("Jordan Mbeki", "mocking")


def test_tweet_that_a_named_person_is_criticised_over_is_theirs_second_wording():
    found = table(
        "MP under fire\nPublished 2 May 2025, 10:00\n\n"
        "Backbench MP Claire Donnelly was suspended by her party on Tuesday "
        "over a tweet calling striking nurses greedy."
    )
    assert quoting(found, "nurses")["speaker"] == "Claire Donnelly"
