"""Entities (newsframe.entities): a first name two people share is the one named right before; a name of several
words read once with a capitalised number in it counts whole; two towns after "in" joined by "and" are two places."""

from __future__ import annotations

from test_entities import _entities_of, _kinds

# A squad announcement: a list of names, then short paragraphs about the players.
SQUAD = (
    "date 2024-10-16 England name squad for autumn Tests\n\n"
    "Steve Borthwick has named a 36-man England squad for the autumn internationals, with three uncapped "
    "players included.\n\n"
    "The squad will meet at Pennyhill Park in Surrey on Sunday before the opening match against Australia"
    " at Twickenham on 2 November.\n\n"
    "Forwards: Fin Baxter, Ollie Chessum, Dan Cole, Alex Coles, Luke Cowan-Dickie, Ben Curry, Tom Curry, "
    "Ben Earl, Ellis Genge, Jamie George, Joe Heyes, Maro Itoje, Chandler Cunningham-South, George "
    "Martin, Theo Dan, Will Stuart, Sam Underhill and Nick Isiekwe.\n\n"
    "Backs: Henry Arundell, Fraser Dingwall, Ollie Lawrence, George Ford, Ollie Sleightholme, Tommy "
    "Freeman, Jack van Poortvliet, Ben Spencer, Alex Mitchell, Marcus Smith, Fin Smith, Harry Randall, "
    "Ollie Hassell-Collins, Luke Northmore, Freddie Steward, Immanuel Feyi-Waboso, Cadan Murley and Max "
    "Ojomoh.\n\n"
    'Borthwick said: "This is an exciting group with a good blend of experience and youth."\n\n'
    "England have lost five of their last seven Tests against Australia.\n\n"
    "The head coach said the squad had trained well during a camp in Girona in the summer.\n\n"
    "Jamie George will captain the side again, having led England through the Six Nations.\n\n"
    '"Jamie has been outstanding," Borthwick said.\n\n'
    "Maro Itoje is expected to win his 90th cap against the Wallabies.\n\n"
    "Ben Earl, who was named player of the Six Nations last year, returns after a knee injury.\n\n"
    "The uncapped Cadan Murley has scored 11 tries for Harlequins this season.\n\n"
    "Max Ojomoh, the Bath centre, was part of the under-20 side that won the world title in 2021.\n\n"
    "Marcus Smith and George Ford will compete for the fly-half shirt.\n\n"
    "Fin Smith, who plays for Northampton Saints, is also in contention.\n\n"
    "England play New Zealand on 9 November and South Africa on 16 November.\n\n"
    "The series ends against Japan on 24 November.\n\n"
    "Tickets for all four matches have sold out, the Rugby Football Union said.\n\n"
    "Australia are coached by Joe Schmidt, who took charge in February.\n\n"
    "Schmidt previously guided Ireland to a Grand Slam in 2018.\n\n"
    "New Zealand beat England twice in the summer tour, in Dunedin and Auckland.\n\n"
    "South Africa are the world champions.\n\n"
    "Borthwick added that Henry Slade had been left out because of a shoulder injury.\n\n"
    '"Henry is a big loss for us, but he will be back," Borthwick said.\n\n'
    "Manu Tuilagi, who moved to Bayonne in the summer, is no longer eligible.\n\n"
    "Kyle Sinckler was also left out of the squad.\n\n"
    "The former captain Owen Farrell is playing in France for Racing 92.\n\n"
    "Farrell stepped away from international rugby last year.\n\n"
    "Ellis Genge said the players were looking forward to the series.\n\n"
    '"We owe the fans some big performances," Genge said.\n\n'
    "Tom Curry and Ben Curry could play together in the back row for the first time since 2021.\n\n"
    "The twins both play for Sale Sharks.\n\n"
    "Immanuel Feyi-Waboso, the Exeter Chiefs wing, scored twice against Wales in March.\n\n"
    "Tommy Freeman has impressed at outside centre for Northampton.\n\n"
    "Freddie Steward is expected to start at full-back.\n\n"
    "England have not beaten New Zealand at Twickenham since 2012.\n\n"
    "Borthwick said he would name his team for the Australia match on Thursday 31 October.\n\n"
    "The coaching team includes Richard Wigglesworth and Joe El-Abd.\n\n"
    "Felix Jones resigned as defence coach in the summer.\n\n"
    "England are fifth in the world rankings.\n\n"
)


def test_a_shared_first_name_is_the_bearer_named_right_before():
    rows = _kinds(
        _entities_of(
            "date 2024-10-16 England name squad for autumn Tests\n\n"
            "Backs: Henry Arundell, Fraser Dingwall, Ollie Lawrence and George Ford.\n\n"
            "England have lost five of their last seven Tests against Australia.\n\n"
            "Borthwick added that Henry Slade had been left out because of a shoulder injury.\n\n"
            '"Henry is a big loss for us, but he will be back," Borthwick said.\n'
        )
    )
    assert rows["Henry Slade"] == ("PERSON", 2)
    assert rows["Henry Arundell"] == ("PERSON", 1)
    assert "Henry" not in rows


def test_a_name_with_a_number_word_counts_each_time_it_is_written():
    rows = _kinds(_entities_of(SQUAD))
    assert rows["Six Nations"] == ("EVENT", 2)


def test_two_towns_after_in_joined_by_and_are_two_places():
    rows = _kinds(
        _entities_of(
            "date 2024-01-09 Flood warnings across Somerset\n\n"
            "The Environment Agency has issued flood warnings for the River Parrett and the River Tone.\n\n"
            "Somerset Council said sandbags were available at depots in Bridgwater and Langport.\n"
        )
    )
    assert rows["Bridgwater"] == ("GPE", 1)
    assert rows["Langport"] == ("GPE", 1)
    assert "Bridgwater and Langport" not in rows
