"""Names in a rugby report, a health study, a takeover, a profile, a political story and news in brief: a province's
club, a charity named with its country, a trade's noun before a firm's name, a person's title word before a name."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_province_named_as_the_subject_of_a_match_and_before_its_coach_is_the_club():
    rows = _kinds(
        _entities_of(
            "date 2027-04-12 Munster edge Glasgow in the quarter-final\n\n"
            "Munster will play Bordeaux in the semi-final after a 21-19 win over Glasgow at Thomond Park on "
            "Saturday, two late tries and a penalty settling the rugby.\n\n"
            '"We never stopped believing," Munster head coach Graham Rowntree said.\n\n'
            "Glasgow coach Franco Smith said his side had been beaten by a better team.\n"
        )
    )
    assert rows["Munster"][0] == "ORG"


def test_a_province_named_as_where_something_is_stays_a_place():
    rows = _kinds(
        _entities_of(
            "date 2027-04-12 Flood warnings\n\n"
            "Heavy rain is expected across Munster on Saturday, and farmers in Munster have been told to move "
            "livestock.\n"
        )
    )
    assert rows["Munster"][0] in ("GPE", "LOC")


def test_a_charity_named_by_a_common_noun_and_its_country_is_the_charity_not_the_country():
    rows = _kinds(
        _entities_of(
            "date 2026-11-26 Night shifts linked to diabetes\n\n"
            "Night-shift workers face a higher risk of diabetes, researchers said.\n\n"
            "Diabetes UK estimates that about four million people in the UK have the condition. The charity Asthma "
            "UK said the findings were worrying.\n"
        )
    )
    assert rows["Diabetes UK"][0] == "ORG" and rows["Asthma UK"][0] == "ORG"
    assert rows["UK"] == ("GPE", 1)  # the country where the people live, once


def test_a_trade_noun_opening_the_headline_before_a_firm_is_no_word_of_its_name():
    rows = _kinds(
        _entities_of(
            "date 2026-11-24 Distiller Ashcombe agrees £900m sale to French rival\n\n"
            "Ashcombe Distilling, the maker of Old Heron whisky, has agreed to be bought by the French group "
            "Maison Verlaine.\n\n"
            "The distiller was founded in 1851 and is still run by the Ashcombe family. Shares in Ashcombe rose 12% "
            "on the news.\n"
        )
    )
    assert "Distiller Ashcombe" not in rows
    # the headline's and the market's short forms are the firm's, not the family's that owns it
    assert rows["Ashcombe Distilling"] == ("ORG", 3)


def test_a_surname_that_is_also_a_trade_stays_where_the_trade_is_never_written_small():
    rows = _kinds(
        _entities_of(
            "date 2026-11-24 Carpenter Lowe named coach of the year\n\n"
            "Martha Carpenter Lowe, 54, was named coach of the year on Friday. Carpenter Lowe said she was "
            "delighted.\n"
        )
    )
    assert not any(e == "Lowe" for e in rows)


def test_a_letter_after_an_honorific_is_the_nickname_of_the_person_whose_surname_it_opens():
    rows = _kinds(
        _entities_of(
            "date 2026-11-29 Crossing patrol retires\n\n"
            "Mrs Brenda Hollis has helped children across Mill Road for 30 years.\n\n"
            "\"One boy said, 'Thank you, Mrs H,' and I cried all the way home,\" Mrs Hollis said.\n"
        )
    )
    assert "H" not in rows
    assert rows["Brenda Hollis"] == ("PERSON", 3)


def test_a_field_before_a_title_and_its_holder_is_no_organisation():
    rows = _kinds(
        _entities_of(
            "date 2026-11-30 Tariff vote delayed\n\n"
            "Press secretary Dana Morrow said the vote would wait.\n\n"
            '"Leave now," said Fire Chief Martin Osei.\n'
        )
    )
    assert "Press" not in rows and "Fire" not in rows
    assert rows["Dana Morrow"][0] == "PERSON" and rows["Martin Osei"][0] == "PERSON"


def test_a_topic_label_opening_a_brief_is_no_place_though_a_longer_name_holds_the_word():
    rows = _kinds(
        _entities_of(
            "date 2026-11-24 In brief\n\n"
            "RAIL: Trains between Oban and Glasgow are cancelled until Friday while engineers repair a bridge, "
            "Network Rail said.\n\n"
            "HEALTH: Waiting lists in Wales rose again in October.\n"
        )
    )
    assert "Rail" not in rows and "Health" not in rows
    assert rows["Network Rail"][0] == "ORG"


def test_a_party_named_by_its_adjective_and_its_plural_is_one_body_and_a_candidate_named_like_a_country_a_person():
    rows = _kinds(
        _entities_of(
            "date 2027-05-22 Labor returned to power\n\n"
            "The Liberal leader, Mark Fenton, conceded defeat shortly after 10pm. In the seat of Dunmore, Labor's "
            "candidate Ali France led on first preferences.\n\n"
            "The Nationals said their partnership with the Liberals would continue.\n"
        )
    )
    assert "Liberal" not in rows and rows["Liberals"] == ("ORG", 2)
    assert rows["Ali France"][0] == "PERSON"


def test_a_player_whose_score_is_told_is_a_person_and_an_event_without_its_sponsor_is_the_same_event():
    rows = _kinds(
        _entities_of(
            "date 2027-05-03 Munster reach the Champions Cup final\n\n"
            "Munster will play Toulouse in the Investec Champions Cup final after a 27-24 win over Saracens in the "
            "rugby semi-final on Saturday.\n\n"
            "Jordan Keane's try five minutes from time proved decisive, and Saracens missed a late penalty.\n"
        )
    )
    assert rows["Jordan Keane"][0] == "PERSON"
    assert "Champions Cup" not in rows and rows["Investec Champions Cup"] == ("EVENT", 2)


def test_a_body_named_with_the_or_after_the_service_it_is_stays_a_body():
    rows = _kinds(
        _entities_of(
            "date 2026-08-15 Shelters open as fire spreads\n\n"
            "The Red Cross said it had opened a second shelter at the community centre.\n\n"
            "The mayor urged both sides to return to talks through the conciliation service Arbitra.\n"
        )
    )
    assert rows["Red Cross"][0] == "ORG"
    assert rows["Arbitra"][0] == "ORG"
