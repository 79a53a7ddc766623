"""Sport reports: a manager named in full and then by a surname the lexicon knows as a word; clubs whose names open
with a Spanish, Italian or Portuguese word ("Real", "Atlético", "Sporting") that a reader left out."""

from test_entities import _entities_of, _kinds


def test_a_surname_that_speaks_joins_the_full_name_whose_given_name_is_a_rare_word():
    rows = _kinds(
        _entities_of(
            "date 2025-12-14 Emery hails Villa spirit after late win\n\n"
            "Unai Emery praised his side's resilience after Aston Villa beat Bournemouth 2-1 at Villa Park on "
            "Saturday.\n\n"
            '"We suffered, but we showed character," Emery told reporters.\n\n'
            "Emery said his squad would rotate for Thursday's trip to Basel."
        )
    )
    assert rows["Unai Emery"] == ("PERSON", 4)
    assert "Emery" not in rows


def test_the_surname_of_a_full_name_that_speaks_is_the_person_wherever_written():
    rows = _kinds(
        _entities_of(
            "date 2025-11-30 Iraola wants more after Bournemouth draw\n\n"
            "Andoni Iraola said Bournemouth must be more ruthless after a 1-1 draw at Brentford on Saturday.\n\n"
            '"We created enough to win," Iraola said.\n\n'
            "Iraola, whose contract runs until 2026, refused to discuss his future."
        )
    )
    assert rows["Andoni Iraola"] == ("PERSON", 4)
    assert "Iraola" not in rows


def test_a_club_named_with_real_is_read_whole():
    rows = _kinds(
        _entities_of(
            "date 2026-02-03 Real Sociedad sign Brazilian forward\n\n"
            "Real Sociedad have completed the signing of forward Gabriel Souza from Sporting for 18 million euros.\n\n"
            "Real Sociedad face Inter Milan in the Champions League later this month."
        )
    )
    assert rows["Real Sociedad"][0] == "ORG"
    assert "Sociedad" not in rows


def test_a_club_named_with_atletico_or_sporting_is_read_whole():
    rows = _kinds(
        _entities_of(
            "date 2025-11-05 Arsenal beat Atlético in Champions League\n\n"
            "Arsenal beat Atlético Madrid 4-0 at the Emirates Stadium on Tuesday, a week after Sporting Lisbon "
            "lost to Juventus.\n\n"
            "Atlético Madrid coach Diego Simeone said his side had been second best."
        )
    )
    assert rows["Atlético Madrid"][0] == "ORG"
    assert "Madrid" not in rows
    assert rows.get("Sporting Lisbon", ("",))[0] == "ORG" and "Lisbon" not in rows


def test_a_club_named_by_its_town_opening_a_sentence_is_no_person():
    rows = _kinds(
        _entities_of(
            "date 2025-07-02 Spurs agree deal for Leeds winger\n\n"
            "Tottenham Hotspur have agreed a fee with Leeds United for winger Wilfried Gnonto on Tuesday.\n\n"
            "The 21-year-old scored 12 goals for Leeds last season. Hull and Burnley were also interested."
        )
    )
    assert rows["Hull"][0] == "ORG" and rows["Burnley"][0] == "ORG"


def test_a_club_named_by_its_town_in_a_list_of_results_is_no_person():
    rows = _kinds(
        _entities_of(
            "date 2026-01-10 Championship round-up\n\n"
            "Coventry City moved top of the Championship with a 2-0 win over Watford on Saturday.\n\n"
            "Hull drew 1-1 with Stoke City, while Sheffield United beat Millwall 3-1."
        )
    )
    assert rows.get("Hull", ("ORG",))[0] == "ORG"
    assert "Hull" in rows or "Hull City" in rows
