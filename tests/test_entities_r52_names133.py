"""Short rugby, cricket and football reports: read as sport reports, their clubs, trophies and grounds typed."""

from test_entities import _entities_of, _kinds

from newsframe.entities import is_sport_report
from newsframe.nlp import parse


def _sport(*paragraphs):
    return is_sport_report(parse(list(paragraphs)))


def test_a_short_match_report_with_few_sport_words_is_read_as_sport():
    # a cricket match's margin, rugby's tries counted, a score after "beat" and a name, a kick at goal
    assert _sport("Surrey win at The Oval", "Surrey won by 87 runs against Middlesex, Will Jacks hitting 94.")
    assert _sport("Harlequins hold on", "Harlequins beat Bristol Bears 28-26 after three tries apiece.")
    assert _sport("Late drama in Dublin", "Jack Crowley kicked the winning penalty as Ireland edged home.")
    assert _sport("Spurs sign Brazilian winger", "The club said the fee was undisclosed.")
    assert _sport("Honours even", "Brighton and Spurs shared the points in a 1-1 draw, Danny Welbeck equalised.")


def test_other_reports_with_scores_or_signings_stay_out_of_sport():
    assert not _sport("Court splits on ruling", "The justices ruled 5-4 to uphold the law on Tuesday.")
    assert not _sport("Treaty signed", "Ministers signed the treaty on Monday after the signing of the accord.")
    assert not _sport("Budget passes", "The council voted 31-10 to approve the plan, which tries to cut costs.")


def test_a_club_named_with_its_abbreviation_is_an_organisation():
    rows = _kinds(
        _entities_of(
            "date 2025-05-14 Yorkshire CCC beat Sussex by six wickets\n\n"
            "Yorkshire CCC won by six wickets against Sussex at Headingley on Wednesday.\n\n"
            "Joe Root made an unbeaten 86 in the second innings."
        )
    )
    assert rows["Yorkshire CCC"][0] == "ORG"


def test_a_club_abbreviation_after_a_town_opening_the_sentence():
    rows = _kinds(
        _entities_of(
            "date 2025-10-12 Bath RFC edge Leicester in thriller\n\n"
            "Bath RFC came from behind to beat Leicester Tigers 24-17 on Saturday.\n\n"
            "Will Muir scored two tries as the hosts stayed top."
        )
    )
    assert rows["Bath RFC"][0] == "ORG"


def test_a_plural_name_whose_purpose_is_to_beat_a_side_is_a_team():
    rows = _kinds(
        _entities_of(
            "date 2025-11-09 Saracens too strong for Gloucester\n\n"
            "Saracens ran in four tries to beat Gloucester 31-10 at StoneX Stadium, with Maro Itoje outstanding."
        )
    )
    assert rows["Saracens"][0] == "ORG"
    other = _kinds(
        _entities_of(
            "date 2025-12-01 Harlequins hold on\n\n"
            "Harlequins came from behind to beat Exeter Chiefs 28-26, Marcus Smith landing a late penalty."
        )
    )
    assert other["Harlequins"][0] == "ORG"


def test_a_trophy_is_an_event_and_where_it_is_won_a_ground():
    rows = _kinds(
        _entities_of(
            "date 2025-03-16 Ireland clinch Triple Crown at Twickenham\n\n"
            "Ireland won the Triple Crown at Twickenham on Saturday, beating England 27-22 in a tense finish.\n\n"
            "Jack Crowley kicked the winning penalty with three minutes left."
        )
    )
    assert rows["Triple Crown"][0] == "EVENT"
    assert rows["Twickenham"][0] == "FAC"
    other = _kinds(
        _entities_of(
            "date 2024-03-09 Wales take Grand Slam in Cardiff\n\n"
            "Wales sealed the Grand Slam at Murrayfield on Saturday, beating Scotland 20-13 with two late tries."
        )
    )
    assert other["Grand Slam"][0] == "EVENT"
    assert other["Murrayfield"][0] == "FAC"


def test_a_plural_team_no_reader_read_opening_the_body():
    rows = _kinds(
        _entities_of(
            "date 2025-09-02 Spurs sign Brazilian winger\n\n"
            "Spurs have completed the signing of winger Lucas Moura from Sao Paulo for a fee of £25m.\n\n"
            "Tottenham manager Ange Postecoglou said he was delighted."
        )
    )
    assert rows["Spurs"][0] == "ORG"
    other = _kinds(
        _entities_of(
            "date 2025-10-05 Wasps win on return\n\n"
            "Wasps beat Cornish Pirates 22-15 on Saturday, scoring three tries in the second half.\n\n"
            "Head coach Lee Blackett said the club had turned a corner."
        )
    )
    assert other["Wasps"][0] == "ORG"


def test_a_common_plural_opening_a_sentence_stays_no_team():
    rows = _kinds(
        _entities_of(
            "date 2025-10-05 Harlequins hold on\n\n"
            "Harlequins beat Bristol Bears 28-26 after three tries apiece.\n\n"
            "Tickets for the return fixture go on sale on Monday, and tickets sold out last season."
        )
    )
    assert "Tickets" not in rows and rows["Harlequins"][0] == "ORG"


def test_a_bowler_credited_with_figures_is_a_player():
    rows = _kinds(
        _entities_of(
            "date 2025-05-14 Yorkshire beat Sussex by six wickets\n\n"
            "Yorkshire won by six wickets against Sussex at Headingley.\n\n"
            "Dom Bess took four for 62 earlier in the day, and Jack Leach claimed three for 40."
        )
    )
    assert rows["Dom Bess"][0] == "PERSON"
    assert rows["Jack Leach"][0] == "PERSON"


def test_a_county_read_apart_from_its_club_abbreviation_is_the_club():
    rows = _kinds(
        _entities_of(
            "date 2025-09-12 County Championship round-up\n\n"
            "Gloucestershire CCC slipped to 88 for six at Bristol before Graeme van Buuren steadied the innings.\n\n"
            "Sussex beat Glamorgan by nine wickets in Hove, Jack Carson taking six for 70."
        )
    )
    assert rows["Gloucestershire CCC"][0] == "ORG" and "CCC" not in rows


def test_a_plural_in_v_es_is_a_team_too():
    rows = _kinds(
        _entities_of(
            "date 2025-11-30 Wolves stun Villa with late winner\n\n"
            "Wolves came from two goals down to beat Aston Villa 3-2 at Molineux on Saturday.\n\n"
            "Wolves boss Vitor Pereira praised the crowd, while Wolves travel to Fulham next."
        )
    )
    assert rows["Wolves"][0] == "ORG"
