"""Names in kinds of news: a party leadership contest, an American football game, an oil
cartel's meeting, a bakery chain's collapse, a darts final, a restaurant review, a landfill disaster, a shareholder
revolt, a mine collapse and a flat fire."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_surname_a_reader_takes_for_a_place_is_a_person_where_two_mentions_show_one():
    """A politician whose surname is also a region's name, read as a place throughout, full name too, is a person
    when two of its mentions show one (an age between commas; "the MP for ..." in apposition and "was born in"); the
    full name and the surname alone are one person."""
    rows = _kinds(
        _entities_of(
            "date 2024-11-02 Badenoch wins Conservative leadership race, beating Jenrick\n\nKemi Badenoch was "
            "elected leader of the Conservative Party on Saturday, beating Robert Jenrick by 53,806 votes to "
            "41,388 in a ballot of party members, and becoming the first black woman to lead a major British "
            "party.\n\nBadenoch, 44, succeeds Rishi Sunak, who led the Tories to their worst general election "
            "result in July, when they won only 121 seats and Labour under Keir Starmer took power with a "
            'majority of 174.\n\n"The time has come to tell the truth, to stand up for our principles, to plan '
            "for our future,\" Badenoch said in her victory speech. \"It's time to get down to business. It's time "
            'to renew."\n\nSir Keir congratulated Badenoch in a post on X, saying the first black leader of a '
            'Westminster party was "a proud moment for our country". The Liberal Democrat leader, Sir Ed Davey, '
            'said she faced "a mammoth task".\n\nBadenoch, the MP for North West Essex, was born in Wimbledon and '
            "spent much of her childhood in Lagos, Nigeria. She was business and trade secretary under Sunak and "
            "ran for the leadership in 2022, coming fourth.\n"
        )
    )
    assert rows["Kemi Badenoch"] == ("PERSON", 6)
    assert "Badenoch" not in rows


def test_a_player_credited_with_touchdowns_is_a_person_and_counted_by_his_surname():
    """In a football report, a quarterback whose full name a reader read as a team's, who "ran for two touchdowns",
    is a person, and his surname alone counts for him."""
    rows = _kinds(
        _entities_of(
            "date 2025-01-27 Chiefs beat Bills to reach third straight Super Bowl\n\nPatrick Mahomes ran for two "
            "touchdowns and threw for another as the Kansas City Chiefs beat the Buffalo Bills 32-29 in the AFC "
            "Championship Game on Sunday night, earning a chance at an unprecedented third straight Super Bowl "
            "title.\n\nMahomes found Travis Kelce for a 12-yard score early in the second quarter and scrambled "
            "in from 11 yards out before half-time. Kareem Hunt added a one-yard run as Kansas City led 21-10 at "
            'the break at Arrowhead Stadium.\n\n"We just kept fighting. That\'s what this team does," Mahomes '
            'said. "To go back to the Super Bowl with this group of guys, I don\'t take it for granted."\n'
        )
    )
    assert rows["Patrick Mahomes"] == ("PERSON", 3)


def test_a_name_with_a_plus_is_a_body():
    """A body named with a plus in one token ("Opec+"), which no reader reads, is an organisation wherever it stands."""
    rows = _kinds(
        _entities_of(
            "date 2024-12-05 Opec+ delays output rise\n\n"
            "Opec+ agreed on Thursday to delay its output increase until April, ministers said.\n\n"
            "Analysts said Opec+ was defending its market share.\n"
        )
    )
    assert rows["Opec+"] == ("ORG", 3)


def test_a_chain_named_after_its_founder_keeps_its_mentions():
    """A bakery chain named after its founding family, written with its "'s" ("Brackley's, the bakery chain",
    "worked for Brackley's for 20 years", "Brackley's made a loss"), is one organisation with all its mentions,
    beside its founder and his granddaughter, who bear the surname."""
    rows = _kinds(
        _entities_of(
            "date 2025-02-18 Bakery chain Brackley's collapses into administration with 900 jobs at risk\n\n"
            "Brackley's, the family-owned bakery chain with 180 shops across the Midlands and the north of England, "
            "has collapsed into administration, putting 900 jobs at risk.\n\n"
            "Founded in 1948 by Walter Brackley in Derby, the chain is still run by his granddaughter, Helen "
            'Brackley, who said she was "devastated".\n\n'
            '"We found out this morning," said Ann Cobb, who has worked for Brackley\'s for 20 years.\n\n'
            "Brackley's made a loss of £5.1m in the year to March 2024, according to its accounts.\n"
        )
    )
    assert rows["Brackley's"] == ("ORG", 4)
    assert rows["Walter Brackley"] == ("PERSON", 1)


def test_a_player_beaten_by_a_score_in_a_darts_final_is_a_person():
    """In a report of a sport of players, a score after a player's full name ("beating Mark van Drunen 7-3") says
    nothing of a team: the full name is the player's, with the surname alone counted for him."""
    rows = _kinds(
        _entities_of(
            "date 2025-01-03 Hale beats Van Drunen to win world darts title\n\n"
            "Sam Hale won the world darts title on Friday night, beating Mark van Drunen 7-3 in the final in "
            "London.\n\n"
            "Van Drunen, 35, won the fifth and sixth sets and had a dart at double 16 to level the match. He had "
            "knocked out Lee Moss in the semi-final, the best match of the tournament.\n\n"
            '"Sam was too good tonight," Van Drunen said. Hale averaged 103 and hit 13 maximums.\n'
        )
    )
    assert rows["Mark van Drunen"] == ("PERSON", 4)


def test_an_address_a_reader_read_as_one_name_is_a_street_and_a_town():
    """A street and its town read as one name, over "in" ("Corve Street in Ludlow") or over a comma ("Corve Street,
    Ludlow"), are a street (a facility) and a town; a vineyard's name is a firm's, not a person's."""
    rows = _kinds(
        _entities_of(
            "date 2025-04-12 Restaurant review: Harrow's, Ludlow\n\n"
            "Harrow's opened in March in a 16th-century building on Corve Street in Ludlow, the Shropshire market "
            "town. The wine list has bottles from Ludlow Vineyard and from Chapel Down.\n\n"
            "Harrow's, 3 Corve Street, Ludlow, Shropshire. Open Tuesday to Sunday. Lunch from £30.\n"
        )
    )
    assert rows["Corve Street"] == ("FAC", 2)
    assert rows["Ludlow"] == ("GPE", 3)
    assert rows["Ludlow Vineyard"][0] == "ORG"


def test_a_body_with_a_possessive_inside_its_name_is_one_body():
    """A body named with a possessive inside ("the Lowland People's Defence Force") is one organisation, not its
    first words; a body's abbreviation before a title ("the KRA Executive Director") counts for the body."""
    rows = _kinds(
        _entities_of(
            "date 2024-08-14 Landslide toll rises\n\n"
            "The Kanyoro Roads Authority (KRA) said the search would go on. The president suspended the KRA "
            "Executive Director, Mary Otim.\n\n"
            "Police said the Lowland People's Defence Force had sent soldiers to help.\n"
        )
    )
    assert rows["Kanyoro Roads Authority"] == ("ORG", 3)
    assert rows["Lowland People's Defence Force"][0] == "ORG"
    assert "Lowland People" not in rows


def test_a_region_named_before_region_is_a_place_and_a_chamber_of_what_it_is_of_is_one_body():
    """A name before "region" in lower case ("Ghana's Bono region") is a place, however a reader read it; "the Ghana
    Chamber of Mines" is one body, not a person and "Mines"."""
    rows = _kinds(
        _entities_of(
            "date 2025-01-16 Miners killed in Ghana's Bono region\n\n"
            "At least 12 miners were killed when a pit collapsed in Ghana's Bono region, officials said.\n\n"
            "The Ghana Chamber of Mines said small miners must be licensed properly.\n"
        )
    )
    assert rows["Bono"][0] == "GPE"
    assert rows["Ghana Chamber of Mines"][0] == "ORG"


def test_two_bodies_joined_by_and_are_two_and_a_conference_centre_is_one_name():
    """Two advisers joined by "and" and read as one name are two organisations; a conference centre named after a
    city is one name, not a city's body and a person called "Conference Centre"; a hospital is no person."""
    rows = _kinds(
        _entities_of(
            "date 2025-05-08 Shareholders revolt over pay\n\n"
            "Glass Lewis and Institutional Shareholder Services, the two largest proxy advisers, had both urged "
            "investors to vote against the pay report of Corrin Holdings.\n\n"
            "A protester from Extinction Rebellion was removed from the hall at the Glasgow International Conference "
            "Centre after interrupting the chairman. A shareholder who fainted was taken to Tan Kim Seng Hospital.\n"
        )
    )
    assert rows["Glass Lewis"][0] == "ORG"
    assert rows["Institutional Shareholder Services"][0] == "ORG"
    assert "Glasgow International Conference Centre" in rows and "Conference Centre" not in rows
    assert rows["Tan Kim Seng Hospital"][0] == "ORG"


def test_a_headline_opening_with_a_noun_of_people_and_a_temperature_hold_no_name():
    """A headline's first word that is a noun of what people are ("Footballer's wife wins ...") names no body, and
    a temperature ("limit warming to 1.5C") is no name."""
    rows = _kinds(
        _entities_of(
            "date 2025-03-21 Footballer's wife wins climate case against Halvard Energy\n\n"
            "A student has won her case against Halvard Energy. Judge Anne Price said the company must do its "
            '"utmost" to meet the goal of limiting warming to 1.5C and that its plans must reflect its '
            '"highest possible ambition".\n'
        )
    )
    assert "Footballer" not in rows
    assert "1.5C" not in rows


def test_rivers_listed_after_their_noun_are_waters_and_a_founded_body_and_a_discounter_are_firms():
    """Names a plural noun of waters introduces with "including" are waters ("rivers, including the Pra and the
    Ankobra"); what someone is "the founder of" is a body; a name after "the discounter" is a firm."""
    rows = _kinds(
        _entities_of(
            "date 2025-01-16 Gold rush poisons Ghana's rivers\n\n"
            "Illegal mining has spread across Ghana as the price of gold has risen. It has polluted rivers, "
            "including the Pra and the Ankobra, and cleared forest.\n\n"
            "Kofi Mensah, the founder of Goldwatch, said the government must act. Shops run by the German "
            "discounter Lidl stopped selling fish from the area.\n"
        )
    )
    assert rows["Pra"][0] == "LOC" and rows["Ankobra"][0] == "LOC"
    assert rows["Goldwatch"][0] == "ORG"
    assert rows["Lidl"][0] == "ORG"


def test_a_party_named_by_its_members_nickname_is_no_place():
    """ "The Tories", a party named by its members' nickname, is no place a reader may take it for."""
    rows = _kinds(
        _entities_of(
            "date 2024-11-02 Voss wins leadership race\n\n"
            "Mara Voss, 51, succeeds Colin Dray, who led the Tories to their worst general election result in July, "
            "when they won only 121 seats.\n"
        )
    )
    assert rows["Tories"][0] == "ORG"  # the party British news names by its nickname


def test_a_towns_castle_is_a_building_not_a_person():
    """A castle named after its town ("Stirling Castle"), which a reader takes for a person with the surname Castle,
    is a building."""
    rows = _kinds(
        _entities_of(
            "date 2024-06-03 Historic sites reopen after storm repairs\n\n"
            "Stirling Castle reopened on Monday after six months of repairs, Historic Environment Scotland said. "
            "Visitors queued from 9am.\n"
        )
    )
    assert rows["Stirling Castle"][0] == "FAC"
