"""Names in obituaries, arts and history features and health and court reports that the readers mistype or cut: a
prize named by its singular and by the plural of its awards night, a prize counted by an ordinal, a title of
nobility held by a widow, a work's title shown by its own form and written again after its maker's possessive, a
thing a scandal is named after, a person named by an epithet, a turn of history named by its last word and a
people's adjective before a noun."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_prize_and_the_plural_of_its_awards_night_are_one_prize():
    rows = _kinds(
        _entities_of(
            "date 2024-09-27 Dame Judith Marlow, star of stage and screen, dies aged 88\n\n"
            "Dame Judith Marlow, who won two Oscars and a string of Baftas, has died aged 88, her family said.\n\n"
            "She won her first Oscar for Winter Harbour in 1971 and a second Oscar for The Long Crossing in 1984. "
            "She also won a Bafta for Kitchen Sink.\n"
        )
    )
    assert rows["Oscars"] == ("EVENT", 3)
    assert rows["Baftas"] == ("EVENT", 2)
    assert "Oscar" not in rows and "Bafta" not in rows
    assert rows["Judith Marlow"] == ("PERSON", 2)
    assert rows["The Long Crossing"] == ("WORK_OF_ART", 1)


def test_the_oscar_won_by_another_is_no_mention_of_a_person_named_oscar():
    rows = _kinds(
        _entities_of(
            "date 2024-03-11 Oscar Piastri joins the stars at the Oscars\n\n"
            "Formula One driver Oscar Piastri was among the guests at the Oscars in Los Angeles on Sunday.\n\n"
            "Oscar, who drives for McLaren, said he had never seen so many famous people. Piastri watched as "
            "Cillian Murphy won the Oscar for best actor.\n"
        )
    )
    assert rows["Oscar Piastri"] == ("PERSON", 4)
    assert rows["Oscars"] == ("EVENT", 3)


def test_a_dowager_title_alone_is_no_name():
    rows = _kinds(
        _entities_of(
            "date 2024-09-27 Downton star remembered\n\n"
            "To a new generation she was best known as the Dowager Countess in the ITV drama Downton Abbey.\n\n"
            "The Dowager Countess was the role that brought her three Emmys, her agent said.\n"
        )
    )
    assert "Dowager Countess" not in rows
    assert rows["Downton Abbey"] == ("WORK_OF_ART", 2)  # the headline names it by its first word


def test_a_title_shown_by_its_form_is_one_work_also_after_its_makers_possessive():
    rows = _kinds(
        _entities_of(
            "date 2024-05-02 Alan Bennett's Lady in the Van returns to the stage\n\n"
            "The Lady in the Van, Alan Bennett's account of the woman who lived in his driveway, is to return to "
            "the stage at Leeds Playhouse this autumn.\n\n"
            "Fans of The Lady in the Van will be pleased, the theatre said.\n\n"
            "The Police in the West Midlands said they were investigating a break-in at the theatre's shop.\n"
        )
    )
    assert rows["The Lady in the Van"] == ("WORK_OF_ART", 3)
    assert rows["West Midlands"] == ("GPE", 1)  # a place after "in the" ends no title
    assert "Van" not in rows and "Lady" not in rows
    assert rows["Alan Bennett"] == ("PERSON", 2)


def test_a_common_word_before_scandal_is_no_person():
    rows = _kinds(
        _entities_of(
            "date 2024-06-14 Hospital IT chief warns over failures\n\n"
            "Papworth Hospital confirmed the new system would go live next month.\n\n"
            "The Horizon scandal, which saw hundreds of sub-postmasters wrongly convicted, was not the only IT "
            "failure to hit public services, the hospital's former IT chief said.\n"
        )
    )
    assert rows["Horizon"] == ("PRODUCT", 1)
    assert rows["Papworth Hospital"] == ("ORG", 1)


def test_a_person_named_by_an_epithet_is_one_person():
    rows = _kinds(
        _entities_of(
            "date 2024-10-14 Dig reveals how the Norman Conquest remade towns\n\n"
            "The survey was ordered by William the Conqueror in 1085, nearly two decades after the Norman "
            "Conquest.\n\n"
            "Alfred the Great had fortified the town two centuries earlier, said Prof Helen Ashby.\n"
        )
    )
    assert rows["William the Conqueror"] == ("PERSON", 1)
    assert rows["Alfred the Great"] == ("PERSON", 1)
    assert "Conqueror" not in rows and "Great" not in rows and "William" not in rows


def test_a_turn_of_history_named_by_its_last_word_and_a_peoples_adjective():
    rows = _kinds(
        _entities_of(
            "date 2024-10-14 How the Norman Conquest remade England's towns\n\n"
            "Archaeologists say the Normans built castles in Lincoln within years of the Norman Conquest.\n\n"
            "Historians have long argued over how far the Conquest disrupted daily life. The team found coins "
            "under a Norman floor and victims of the Black Death nearby.\n"
        )
    )
    assert rows["Norman Conquest"] == ("EVENT", 3)
    assert rows["Black Death"] == ("EVENT", 1)
    assert rows.get("Norman", ("NORP", 0))[0] == "NORP"
    assert "Conquest" not in rows


def test_a_hospital_that_speaks_is_the_body_that_runs_it():
    rows = _kinds(
        _entities_of(
            "date 2024-06-14 New cancer unit for Slough\n\n"
            "The health trust said Wexham Park Hospital would open a new cancer unit in the spring.\n\n"
            "Wexham Park Hospital confirmed the unit would treat 5,000 patients a year.\n"
        )
    )
    assert rows["Wexham Park Hospital"] == ("ORG", 2)


def test_a_name_after_a_linking_adverb_opening_the_sentence_is_read():
    rows = _kinds(
        _entities_of(
            "date 2024-06-14 Hospital opens cancer unit\n\n"
            "The unit will open in the spring, the health trust said.\n\n"
            "Meanwhile Frimley Health NHS Foundation Trust said the unit would treat 5,000 patients.\n"
        )
    )
    assert rows["Frimley Health NHS Foundation Trust"] == ("ORG", 1)
