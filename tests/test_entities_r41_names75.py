"""Names in sport reports: players a reader took for clubs, a ground named after its district, competitions read as
other names, a team named by its town and a plural, a given name the tagger read as an adverb, a surname after a
particle read as a number."""

from __future__ import annotations

from test_entities import _entities_of, _kinds

SEMI_FINAL = (
    "date 2024-05-09 Real Madrid beat Manchester City to reach Champions League final\n\n"
    "Vinicius Junior scored twice as Real Madrid beat Manchester City 3-1 at the Bernabeu on Wednesday to reach the "
    "Champions League final.\n\n"
    "The Brazilian forward opened the scoring after 12 minutes. Rodri equalised for City shortly before half-time "
    "with a low drive from 25 yards.\n\n"
    "Jude Bellingham restored Real's lead after the break, heading in a cross from Vinicius Junior, and the winger "
    "added the third in stoppage time.\n\n"
    "Rodri was substituted with 20 minutes left after picking up a knock, and Pep Guardiola said the midfielder "
    "would be assessed on Thursday.\n\n"
    "City, who won the Premier League last season, now face a trip to Old Trafford to play Manchester United on "
    "Sunday.\n"
)


def test_players_a_reader_took_for_clubs_a_ground_and_competitions_in_a_football_report():
    rows = _kinds(_entities_of(SEMI_FINAL))
    assert rows["Vinicius Junior"] == ("PERSON", 2)  # scored as the side won; a cross from him
    assert rows["Rodri"] == ("PERSON", 2)  # equalised for City; was substituted
    assert rows["Champions League"] == ("EVENT", 2) and rows["Premier League"] == ("EVENT", 1)
    assert rows["Old Trafford"] == ("FAC", 1)  # a trip to the ground, not the district around it


def test_a_ground_named_after_its_district_and_a_league_named_again_where_no_reader_read_it():
    rows = _kinds(
        _entities_of(
            "date 2024-03-10 Arsenal go top of the Premier League after win at Old Trafford\n\n"
            "Arsenal moved to the top of the Premier League with a 2-0 win over Manchester United at Old Trafford on "
            "Sunday.\n\n"
            "Bukayo Saka gave the visitors the lead in the 34th minute, and Martin Odegaard doubled it with a "
            "free-kick early in the second half.\n\n"
            "United manager Erik ten Hag admitted his side had been second best. Old Trafford was half empty by the "
            "final whistle.\n\n"
            "The Gunners have now won seven successive league games, their best run since they last won the Premier "
            "League in 2004.\n"
        )
    )
    assert rows["Old Trafford"] == ("FAC", 3)
    assert rows["Premier League"] == ("EVENT", 3)
    assert rows["Erik ten Hag"] == ("PERSON", 1) and "Erik" not in rows


def test_a_cricket_ground_named_after_its_district_and_a_rugby_championship():
    cricket = _kinds(
        _entities_of(
            "date 2024-08-30 Root century puts England in control at Lord's\n\n"
            "Joe Root scored his 35th Test century as England took control of the second Test against Sri Lanka at "
            "Lord's on Friday. Root made 143 before he was caught at slip.\n\n"
            "Gus Atkinson took two wickets with the new ball before the close of the first innings.\n\n"
            "England won the first Test at Old Trafford by five wickets.\n"
        )
    )
    assert cricket["Old Trafford"] == ("FAC", 1) and cricket["Joe Root"] == ("PERSON", 2)
    rugby = _kinds(
        _entities_of(
            "date 2024-03-16 Ireland beat England to win title\n\n"
            "Ireland won the Six Nations title with a 27-22 victory over England at the Aviva Stadium on Saturday.\n\n"
            "Hugo Keenan and James Lowe scored tries as Ireland held on after a late England fightback.\n"
        )
    )
    assert rugby["Six Nations"] == ("EVENT", 1) and rugby["Aviva Stadium"] == ("FAC", 1)


def test_rugby_league_teams_named_by_a_town_and_a_plural_are_clubs():
    rows = _kinds(
        _entities_of(
            "date 2024-04-12 Wigan Warriors beat St Helens in Super League derby\n\n"
            "Wigan Warriors beat St Helens 24-12 in a bad-tempered Super League derby at the DW Stadium on Friday "
            "night.\n\n"
            "Leeds Rhinos stayed in touch with a 30-10 win over Hull FC at Headingley, while Warrington Wolves lost at "
            "home to Catalans Dragons.\n\n"
            "St Helens host Leeds Rhinos next Thursday, while Wigan Warriors travel to Castleford Tigers.\n"
        )
    )
    assert rows["Leeds Rhinos"] == ("ORG", 2) and rows["Wigan Warriors"] == ("ORG", 3)
    assert rows["St Helens"] == ("ORG", 3) and rows["Super League"] == ("EVENT", 2)


def test_an_athletes_given_name_the_tagger_read_as_an_adverb_and_a_stadium_named_in_french():
    rows = _kinds(
        _entities_of(
            "date 2024-08-05 Keely Hodgkinson wins 800m gold in Paris\n\n"
            "Keely Hodgkinson won Olympic gold in the women's 800m at the Stade de France on Monday.\n\n"
            "The 22-year-old from Wigan led from the bell and held off Tsige Duguma of Ethiopia. Mary Moraa of Kenya "
            "took bronze.\n\n"
            "Hodgkinson had won silver in Tokyo three years ago and at the last two world championships.\n\n"
            '"I have dreamt of this moment for so long," Hodgkinson said.\n'
        )
    )
    assert rows["Keely Hodgkinson"] == ("PERSON", 4) and "Hodgkinson" not in rows
    assert rows["Stade de France"] == ("FAC", 1)
