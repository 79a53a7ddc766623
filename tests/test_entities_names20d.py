"""Names as news from outside writes them: a body or a party named again clipped word by word ("Lib Dems")."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_party_clipped_word_by_word_is_the_party_in_the_plural_and_as_an_adjective():
    rows = _kinds(
        _entities_of(
            "date 2025-05-02 Lib Dems gain seat on Harlow council\n\n"
            "The Liberal Democrats won the Mark Hall ward on Thursday, taking 1,204 votes.\n\n"
            "Lib Dem group leader Anna Price said residents wanted change. The Lib Dems now hold nine seats.\n\n"
            "Councillor Tom Reed said his party would reflect on the result.\n"
        )
    )
    assert rows["Liberal Democrats"] == ("ORG", 4)
    assert "Lib Dems" not in rows and "Lib Dem" not in rows
    assert rows["Anna Price"][0] == "PERSON"


def test_a_club_clipped_joins_the_club_and_a_person_whose_name_begins_a_firms_stays_apart():
    rows = _kinds(
        _entities_of(
            "date 2025-05-02 Man United sign Dutch defender\n\n"
            "Manchester United have signed defender Jan Vos from Ajax for £30m.\n\n"
            "Man United manager Ruben Amorim said Vos would start on Saturday.\n\n"
            "Ben Carr, a mechanic at Bentley Carriages in Croydon, said fans were pleased.\n"
        )
    )
    assert rows["Manchester United"] == ("ORG", 3)
    assert "Man United" not in rows
    assert rows["Ben Carr"] == ("PERSON", 1)  # "Ben" and "Carr" begin "Bentley Carriages": a given name, no clipping
    assert rows["Bentley Carriages"] == ("ORG", 1)


def test_a_clipped_form_without_its_long_name_in_the_article_stays_as_written():
    rows = _kinds(
        _entities_of(
            "date 2025-05-02 Lib Dems gain seat on Harlow council\n\n"
            "The Lib Dems won the Mark Hall ward on Thursday, taking 1,204 votes.\n\n"
            "The Liberal Party of Australia was not involved.\n"
        )
    )
    assert "Liberal Democrats" not in rows
    assert rows["Lib Dems"][1] == 2  # no long name to join: the clipped form is its own entry
    assert rows["Liberal Party of Australia"] == ("ORG", 1)


def test_clipping_is_word_by_word_in_order_and_drops_letters():
    from newsframe.entities import clips_word_by_word

    assert clips_word_by_word("lib dems", "liberal democrats")
    assert clips_word_by_word("lib dem", "liberal democrats")
    assert clips_word_by_word("man united", "manchester united")
    assert not clips_word_by_word("dem lib", "liberal democrats")  # out of order
    assert not clips_word_by_word("liberal democrat", "liberal democrats")  # the plural alone is no clipping
    assert not clips_word_by_word("libs", "liberal democrats")  # one word of two
    assert not clips_word_by_word("li de", "liberal democrats")  # too short to say
    assert not clips_word_by_word("united man", "manchester united")


def test_a_headland_named_by_its_coastal_word_is_a_place_and_a_person_or_a_phrase_so_named_is_not():
    rows = _kinds(
        _entities_of(
            "date 2025-05-02 Keeper remembers Dunmore Point\n\n"
            "Ruth Innes kept the light at Dunmore Point for 20 years before it was automated.\n\n"
            "She sailed past Cape Farrow and into Carsell Bay most summers, she says. The film director Michael "
            "Bay visited in 1999.\n\n"
            "The charity Focal Point, which Innes founded, now runs tours.\n"
        )
    )
    assert rows["Dunmore Point"] == ("LOC", 2)
    assert rows["Cape Farrow"][0] == "LOC"
    assert rows["Carsell Bay"][0] == "LOC"
    assert rows["Michael Bay"][0] == "PERSON"
    assert rows["Focal Point"][0] == "ORG"


def test_an_official_residence_named_by_common_words_is_a_building_and_its_press_office_a_body():
    rows = _kinds(
        _entities_of(
            "date 2025-05-02 President addresses nation\n\n"
            "President Amani Rono spoke in a televised address from State House on Sunday.\n\n"
            "Guests later attended a reception at Government House in Perth.\n"
        )
    )
    assert rows["State House"][0] == "FAC"
    assert rows["Government House"][0] == "FAC"
    assert rows["Perth"][0] == "GPE"
    said = _kinds(
        _entities_of(
            "date 2025-05-02 Cabinet to meet\n\n"
            "State House said in a statement that the cabinet would meet on Monday.\n"
        )
    )
    assert said["State House"][0] == "ORG"


def test_a_team_that_stays_top_of_a_table_is_a_club_and_a_player_who_stays_on_is_not():
    rows = _kinds(
        _entities_of(
            "date 2026-11-29 Premiership rugby round-up: Saracens stay top\n\n"
            "Saracens stayed top of the Premiership with a 31-17 win over Gloucester on Saturday, Maro Itoje "
            "scoring their third try.\n\n"
            "Exeter Chiefs lost 22-20 at the Rec, fly-half Finn Russell kicking a penalty with two minutes left.\n\n"
            "Leicester Tigers beat Newcastle Red Bulls 40-12 to move second. Itoje stayed on the pitch after a knock.\n"
        )
    )
    assert rows["Saracens"][0] == "ORG"  # was a person
    assert rows["Maro Itoje"][0] == "PERSON"
