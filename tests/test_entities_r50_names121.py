"""Venues, horses, planets and coined events read from the words around them, and a score before a result."""

from test_entities import _entities_of, _kinds

from newsframe import nlp
from newsframe.entities import is_sport_report


def test_a_venue_after_at_with_a_race_or_a_tournament_is_no_person():
    rows = _kinds(
        _entities_of(
            "date 2025-04-10 Mullins eyes another Grand National as Aintree field takes shape\n\n"
            "Willie Mullins will saddle seven runners in the Grand National at Aintree on Saturday.\n\n"
            "Mullins said his horses were well."
        )
    )
    assert rows["Aintree"][0] == "FAC"
    assert rows["Willie Mullins"][0] == "PERSON"


def test_a_course_named_like_a_person_is_where_the_contest_is_played():
    rows = _kinds(
        _entities_of(
            "date 2025-04-11 Scheffler leads as Rahm struggles\n\n"
            "Scottie Scheffler took a two-shot lead at Augusta on Friday as Jon Rahm fell back.\n\n"
            "Tiger Woods did not play at Augusta this year. The PGA Championship begins at Quail Hollow next month."
        )
    )
    assert rows["Augusta"][0] == "FAC"
    assert rows["Quail Hollow"][0] == "FAC"
    assert rows["Scottie Scheffler"][0] == rows["Tiger Woods"][0] == rows["Jon Rahm"][0] == "PERSON"


def test_a_horse_owned_by_someone_in_a_racing_report_is_no_person():
    rows = _kinds(
        _entities_of(
            "date 2025-03-12 Henderson eyes Gold Cup\n\n"
            "Corach Rambler, trained by Lucinda Russell, heads the betting for Friday's race.\n\n"
            "Shishkin, owned by Joe Donnelly, was pulled up at Kempton in December. Nicky Henderson said he was fine."
        )
    )
    assert "Shishkin" not in rows and "Corach Rambler" not in rows
    assert rows["Joe Donnelly"][0] == rows["Lucinda Russell"][0] == rows["Nicky Henderson"][0] == "PERSON"


def test_a_firm_owned_by_someone_outside_racing_stays():
    rows = _kinds(
        _entities_of(
            "date 2025-03-12 Broadcaster cuts jobs\n\n"
            "Sky, owned by Comcast, said it would cut 1,000 jobs. Chief executive Dana Strong said the cuts were "
            "needed."
        )
    )
    assert "Sky" in rows
    assert rows["Dana Strong"][0] == "PERSON"


def test_a_horse_given_its_odds_after_its_name_is_no_body():
    rows = _kinds(
        _entities_of(
            "date 2025-03-12 Gold Cup field named\n\n"
            "Galopin Des Champs, the 8-1 shot, is owned by Audrey Turley. Fact To File, ridden by Mark Walsh, "
            "was second at Leopardstown."
        )
    )
    assert "Galopin Des Champs" not in rows
    assert rows["Audrey Turley"][0] == rows["Mark Walsh"][0] == "PERSON"


def test_a_planet_opening_a_sentence_is_a_world():
    rows = _kinds(
        _entities_of(
            "date 2025-05-02 Probe to study Venus clouds\n\n"
            "Venus will be visited by three new missions in the 2030s. Mars is the only planet entirely inhabited "
            "by robots.\n\n"
            "Professor Jane Greaves, who led the study, said the clouds were puzzling."
        )
    )
    assert rows["Venus"][0] == "LOC"
    assert rows["Mars"][0] == "LOC"
    assert rows["Jane Greaves"][0] == "PERSON"


def test_a_planet_of_other_words_is_a_world_and_a_player_named_so_a_person():
    rows = _kinds(
        _entities_of(
            "date 2025-05-02 Rover finds old lake\n\n"
            "Scientists said Mars is the planet most like Earth. Mars will be explored by two landers.\n\n"
            "Venus Williams said she would play at Wimbledon."
        )
    )
    assert rows["Mars"][0] == "LOC"
    assert rows["Venus Williams"][0] == "PERSON"


def test_a_word_coined_with_exit_is_an_event():
    rows = _kinds(
        _entities_of(
            "date 2025-02-05 Rail firms struggle to hire\n\n"
            "A spokesman for Network Rail said Brexit had made it harder to hire staff.\n\n"
            "Economist Anna Kirk said Grexit was once feared too."
        )
    )
    assert rows["Brexit"][0] == "EVENT"
    assert rows["Grexit"][0] == "EVENT"
    assert rows["Anna Kirk"][0] == "PERSON"


def _docs(text):
    model = nlp.load()
    return [model(p) for p in text.split("\n\n")]


def test_a_score_before_a_noun_of_a_result_tells_a_sport_report():
    assert is_sport_report(
        _docs(
            "France beat Scotland to win Six Nations\n\n"
            "France won the title with a 35-16 victory over Scotland at the Stade de France.\n\n"
            "England beat Wales 68-14 at the Principality Stadium."
        )
    )
    assert is_sport_report(
        _docs(
            "Leinster hold on in Dublin\n\n"
            "Leinster sealed a 24-20 win over Munster at the Aviva.\n\n"
            "Ulster lost 30-10 to Glasgow at the stadium."
        )
    )
    assert not is_sport_report(
        _docs(
            "Government wins vote\n\n"
            "MPs backed the bill by 310 votes to 250, a victory for the government.\n\n"
            "The opposition said it would try again."
        )
    )
