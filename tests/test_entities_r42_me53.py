"""Names in local news briefs that the readers mistype: a hospital a casualty is taken to, which ends as no town's
name does, and a headline's first word, a common noun the model reads as a group, which the body writes in small
letters."""

from __future__ import annotations

from test_entities import _entities_of, _kinds

CRASH = (
    "date 2026-11-26 Cyclist dies after collision with lorry in Bristol\n\n"
    "A woman has died after her bicycle was in collision with a lorry in Bristol city centre.\n\n"
    "The cyclist, who was in her 30s, was taken to Southmead Hospital but died later that day.\n\n"
    "Inmates at Horfield Prison were moved while the road was closed.\n"
)


def test_a_hospital_a_casualty_is_taken_to_is_a_building_not_a_town():
    rows = _kinds(_entities_of(CRASH))
    assert rows["Southmead Hospital"] == ("FAC", 1)
    assert rows["Horfield Prison"] == ("FAC", 1)
    assert rows["Bristol"] == ("GPE", 2)


def test_a_headline_opening_noun_the_body_writes_small_is_no_group():
    rows = _kinds(_entities_of(CRASH))
    assert "Cyclist" not in rows


def test_a_people_opening_a_headline_stays_a_group():
    rows = _kinds(
        _entities_of(
            "date 2026-11-26 Ukrainians mark anniversary in Warsaw\n\n"
            "Thousands of Ukrainians gathered in Warsaw on Sunday. Many Ukrainians fled there in 2022.\n"
        )
    )
    assert rows["Ukrainians"][0] == "NORP"


PROFILE = (
    "date 2026-12-01 Florence Adeyemi: 'I wrote the album in my mum's kitchen'\n\n"
    'Florence Adeyemi is laughing about the microwave. "You can hear it on track four," the 27-year-old singer '
    "says.\n\n"
    "Adeyemi grew up singing in a church choir in Peckham and began posting covers online at 15.\n\n"
    '"I thought the second one would be easier," she says. Adeyemi starts a UK tour in Glasgow on 12 February.\n'
)


def test_a_town_s_name_as_a_given_name_before_a_surname_is_a_person():
    rows = _kinds(_entities_of(PROFILE))
    assert rows["Florence Adeyemi"] == ("PERSON", 4)
    assert rows["Glasgow"] == ("GPE", 1)


def test_a_town_before_a_word_of_its_own_stays_a_place():
    rows = _kinds(
        _entities_of(
            "date 2026-12-01 Fireworks light up harbour\n\n"
            "Crowds gathered around Sydney Harbour on Saturday night. Others watched from Austin Texas, where the "
            "show was streamed live.\n"
        )
    )
    assert rows["Sydney Harbour"][0] in ("GPE", "LOC", "FAC")
    assert "Austin Texas" not in rows or rows["Austin Texas"][0] != "PERSON"


def test_a_town_no_reader_read_before_based_or_born_is_a_place():
    rows = _kinds(
        _entities_of(
            "date 2026-01-16 Shares in Halden Foods slump after profit warning\n\n"
            "The Leeds-based company blamed a sharp rise in the cost of chicken.\n\n"
            "A Manchester-based charity said demand had doubled, and the Hull-born actor Tom Courtenay backed it.\n"
        )
    )
    assert rows["Leeds"] == ("GPE", 1)
    assert rows["Manchester"] == ("GPE", 1)
    assert rows["Hull"] == ("GPE", 1)
