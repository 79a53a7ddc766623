"""Names in a school report, a market report, a race report, a rescue and a court story: a double-barrelled surname
set beside a job, a firm told of by where its price closed, a team named with its trade, a body named after a lake,
an employer after a profession, and a firm named after the person who founded it."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_double_barrelled_surname_beside_a_job_or_a_leaders_title_is_a_persons():
    rows = _kinds(
        _entities_of(
            "date 2026-10-02 School told to improve\n\n"
            "The headteacher, Nadia Hussain-Clarke, who took over in April, said she accepted the report.\n\n"
            "The Labour leader, Kemi Badenoch-Hart, said the council had been too slow.\n"
        )
    )
    assert rows["Nadia Hussain-Clarke"][0] == "PERSON"
    assert rows["Kemi Badenoch-Hart"][0] == "PERSON"


def test_a_firm_whose_price_closed_a_percentage_lower_is_an_organisation():
    rows = _kinds(
        _entities_of(
            "date 2026-11-06 Builders slide after rates hold\n\n"
            "Housebuilders were the biggest fallers in London. Bellway slipped 2.1%, while Crispin Marsh closed "
            "3.2% lower and Ansell Kemp ended the day 1.4% higher.\n"
        )
    )
    assert rows["Crispin Marsh"][0] == "ORG"
    assert rows["Ansell Kemp"][0] == "ORG"


def test_a_person_who_finished_a_distance_behind_stays_a_person():
    rows = _kinds(
        _entities_of(
            "date 2026-11-07 Marathon result\n\nThe race was run in heavy rain. Crispin Marsh finished 2% slower "
            "than last year and said he was pleased.\n"
        )
    )
    assert rows["Crispin Marsh"][0] == "PERSON"


def test_a_team_named_with_its_trade_that_no_reader_read_is_an_organisation():
    rows = _kinds(
        _entities_of(
            "date 2026-09-06 Rain decides the race\n\n"
            "Hugo Laine won the race on Sunday to give Kestrel Racing its first win in four years.\n\n"
            "The memoir will be published in May by Bramble Shipping, the firm said.\n"
        )
    )
    assert rows["Kestrel Racing"][0] == "ORG"
    assert rows["Bramble Shipping"][0] == "ORG"


def test_a_body_named_after_a_lake_is_the_body_by_its_last_word():
    rows = _kinds(
        _entities_of(
            "date 2026-02-16 Walkers warned\n\n"
            "Ian Forbes, chair of the Loch Lomond Search and Mountain Rescue Association, said walkers were taking "
            "risks.\n"
        )
    )
    assert rows["Loch Lomond Search and Mountain Rescue Association"][0] == "ORG"


def test_the_charity_a_lawyer_or_lecturer_works_at_is_an_organisation():
    rows = _kinds(
        _entities_of(
            "date 2026-06-19 Court narrows rules\n\n"
            "Marta Quiroga-Lenz, a lawyer at Greenbriar, said the ruling was a blow to wetlands.\n\n"
            "Owen Tate, a lecturer at Holloway, agreed.\n"
        )
    )
    assert rows["Greenbriar"][0] == "ORG"
    assert rows["Holloway"][0] == "ORG"


def test_a_firm_named_after_its_founder_is_counted_apart_from_the_founder():
    rows = _kinds(
        _entities_of(
            "date 2026-08-31 Rookie scores\n\n"
            "Ola Berg finished seventh for Penrose, the team owned by the shipping magnate Arthur Penrose.\n\n"
            "She moved to Ashdown, the firm founded by the engineer Nigel Ashdown, in 2012.\n"
        )
    )
    assert rows["Penrose"] == ("ORG", 1)
    assert rows["Arthur Penrose"] == ("PERSON", 1)
    assert rows["Ashdown"] == ("ORG", 1)
    assert rows["Nigel Ashdown"] == ("PERSON", 1)


def test_a_body_written_with_its_last_words_abbreviated_is_the_body_spelled_out():
    rows = _kinds(
        _entities_of(
            "date 2026-02-15 Climbers brought down\n\n"
            "Two climbers were brought down from Bowfell by Langdale Mountain Rescue Team on Friday.\n\n"
            "Langdale MRT said the pair were cold but unhurt.\n\n"
            "Cumbria Fire and Rescue Service sent a crew, and Cumbria FRS said the road would stay shut.\n"
        )
    )
    assert rows["Langdale Mountain Rescue Team"] == ("ORG", 2) and "Langdale MRT" not in rows
    assert rows["Cumbria Fire and Rescue Service"] == ("ORG", 2) and "Cumbria FRS" not in rows


def test_a_ministry_that_lists_what_it_is_for_is_one_body_and_a_body_after_its_comma_stays_apart():
    rows = _kinds(
        _entities_of(
            "date 2026-03-04 Museum funding cut\n\n"
            "A spokesman for the Department for Digital, Culture, Media and Sport said the grant had ended.\n\n"
            "The Department for Education, Ofsted and Bradford Council met on Monday.\n"
        )
    )
    assert rows["Department for Digital, Culture, Media and Sport"] == ("ORG", 1)
    assert "Media" not in rows and "Sport" not in rows
    assert rows["Department for Education"][0] == "ORG"
    assert rows["Ofsted"][0] == "ORG"
