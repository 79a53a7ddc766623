"""Firms named before their trade's attribution, "Which?" beside a person, names written with "'s" before "were",
and a venue's word read as a person's."""

from test_entities import _entities_of, _kinds


def test_a_firm_before_the_trade_that_reports_its_figures_is_a_firm():
    rows = _kinds(
        _entities_of(
            "date 2024-09-02 Green clothing sells out\n\n"
            "Sales of lime green clothing rose 40% at Asos, the online retailer said."
        )
    )
    assert rows["Asos"][0] == "ORG"
    rows = _kinds(
        _entities_of(
            "date 2024-09-02 Builder's profits slump\n\n"
            "Pretax profits fell by a third at Harbrook, the housebuilder reported on Tuesday."
        )
    )
    assert rows["Harbrook"][0] == "ORG"


def test_which_in_capitals_after_a_person_is_no_relative_clause():
    rows = _kinds(
        _entities_of(
            "date 2024-09-02 Milk price war\n\n"
            "Consumer group Which? said shoppers should compare prices. Reena Sewraz, Which? retail editor, said "
            "Aldi was the cheapest supermarket in August."
        )
    )
    assert rows["Reena Sewraz"][0] == "PERSON"
    rows = _kinds(
        _entities_of(
            "date 2024-09-02 Rules unfair, group says\n\n"
            "The consumer group Which? wants tighter rules. Rocio Concha, Which? director of policy, said the "
            "rules were unfair."
        )
    )
    assert rows["Rocio Concha"][0] == "PERSON"


def test_a_name_with_s_before_were_or_are_keeps_its_s():
    rows = _kinds(
        _entities_of(
            "date 2024-09-02 Grocers cut milk prices\n\n"
            "Industry analysts said that Tesco and Sainsbury's were likely to follow."
        )
    )
    assert "Sainsbury's" in rows and "Sainsbury" not in rows
    rows = _kinds(
        _entities_of(
            "date 2024-09-02 Burger chains raise prices\n\n"
            "Critics said Burger King and McDonald's are slow to respond to rising costs."
        )
    )
    assert "McDonald's" in rows and "McDonald" not in rows


def test_a_venue_s_word_read_as_a_person_joins_the_venue():
    rows = _kinds(
        _entities_of(
            "date 2024-09-02 Coldplay at Wembley Stadium review\n\n"
            'Chris Martin promised "the loudest night Wembley has ever heard", and for once it was true.\n\n'
            "Coldplay's return to Wembley Stadium was a two-hour spectacle."
        )
    )
    assert rows["Wembley Stadium"][0] == "FAC" and "Wembley" not in rows
    rows = _kinds(
        _entities_of(
            "date 2024-09-02 Pop star wows Glasgow crowd\n\n"
            "The singer Anna Clay brought her tour to the Kelvingrove Arena on Saturday night.\n\n"
            '"I have dreamed of playing Kelvingrove since I was a girl," she said. Kelvingrove roared back at her.'
        )
    )
    assert rows["Kelvingrove Arena"][0] == "FAC" and "Kelvingrove" not in rows


def test_the_author_owning_a_staged_work_is_a_person_not_the_work():
    rows = _kinds(
        _entities_of(
            "date 2024-09-02 Theatre season opens\n\n"
            "Elsewhere, the National Theatre is staging a revival of Arthur Miller's The Crucible this autumn."
        )
    )
    assert rows["Arthur Miller"][0] == "PERSON"
    rows = _kinds(
        _entities_of(
            "date 2024-09-02 Old Vic sets its season\n\n"
            "The Old Vic plans a new production of Caryl Churchill's Top Girls next spring."
        )
    )
    assert rows["Caryl Churchill"][0] == "PERSON"
