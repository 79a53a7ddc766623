"""Artists, royals, venues and events in culture, royal and sport-event news: typed by what the sentence says of
them (a set performed, a royal title, "at the" before a venue, a plural group, an event's word)."""

from __future__ import annotations

from test_entities import _entities_of, _kinds, _tables_of

FESTIVAL = (
    "date 2025-06-28 Festival Saturday: big crowds for the legends\n\n"
    "Dua Lipa headlined the Pyramid Stage on Saturday night, opening her set with Levitating before a crowd of "
    "more than 100,000.\n\n"
    "Earlier in the day, Shania Twain performed in the legends slot on the Pyramid Stage.\n\n"
    "Paramore, who played a set of their hits, drew a big crowd on the Other Stage.\n\n"
    '"It was the best night of my life," said Emily Watson, 24, from Bristol.\n'
)


def test_artists_who_perform_are_people_bands_are_bodies_and_the_song_a_work():
    rows = _kinds(_entities_of(FESTIVAL))
    assert rows["Dua Lipa"] == ("PERSON", 1)
    assert rows["Shania Twain"] == ("PERSON", 1)  # read as a body
    assert rows["Paramore"] == ("ORG", 1)  # read as a place
    assert rows["Levitating"] == ("WORK_OF_ART", 1)  # read as a person


REVIEW = (
    "date 2025-06-21 Taylor Swift review: a triumphant return to Wembley\n\n"
    "Taylor Swift played the first of eight nights at Wembley Stadium on Friday, performing for more than three "
    "hours.\n\n"
    "She closed her set with Karma, as 90,000 fans sang along.\n\n"
    "Billie Eilish headlined the O2 Arena in London on the same night.\n"
)


def test_a_performer_in_a_review_headline_is_no_work():
    rows = _kinds(_entities_of(REVIEW))
    assert rows["Taylor Swift"] == ("PERSON", 2)  # the review's headline made it a work
    assert rows["Billie Eilish"] == ("PERSON", 1)  # read as a body
    assert rows["Karma"] == ("WORK_OF_ART", 1)  # read as a person


ROYAL = (
    "date 2025-06-14 Royal family gathers for Trooping the Colour\n\n"
    "The Prince and Princess of Wales were joined on the balcony of Buckingham Palace by their children, Prince "
    "George, Princess Charlotte and Prince Louis, on Saturday.\n\n"
    "Prince Louis, six, appeared to enjoy the flypast by the Red Arrows, waving at the crowds below.\n\n"
    "The family will next appear together at Royal Ascot on Tuesday, a palace spokesman said.\n"
)


def test_a_royal_title_before_a_given_name_a_royal_meeting_and_a_display_team():
    rows = _kinds(_entities_of(ROYAL))
    assert rows["Prince Louis"] == ("PERSON", 2)  # read as a place where listed
    assert rows["Red Arrows"] == ("ORG", 1)  # read as a place
    assert rows["Royal Ascot"] == ("EVENT", 1)  # read as a person


VENUE = (
    "date 2025-03-10 Doechii sells out New York\n\n"
    "The rapper Doechii played two sold-out nights at the Brooklyn Paramount, the renovated theatre in downtown "
    "Brooklyn.\n\n"
    '"It felt like coming home," she told the crowd at the Brooklyn Paramount.\n'
)


def test_a_venue_with_its_own_the_is_no_person_and_no_speaker():
    tables = _tables_of(VENUE)
    rows = _kinds(tables["entities"].set_index("entity"))
    assert rows["Brooklyn Paramount"] == ("FAC", 2)  # a person's first name and surname to a reader
    assert rows["Brooklyn"] == ("GPE", 1)  # no longer that person's first name
    quotes = tables["quotes"]
    assert quotes["speaker"].tolist() == ["Doechii"]


FINALS = (
    "date 2025-06-01 Celtics and Mavericks set for the Finals\n\n"
    "The Boston Celtics will face the Dallas Mavericks in the NBA Finals, which start on Thursday.\n\n"
    'Jayson Tatum said the Finals would be "the hardest test we have had".\n'
)


def test_the_finals_alone_is_an_event():
    rows = _kinds(_entities_of(FINALS))
    assert rows["Finals"][0] == "EVENT"
