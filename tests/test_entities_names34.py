"""Names in a cycling stage, a cricket squad, an art sale, a boxing report, a broker's note, a transfer rumour, an
athlete's interview, a royal visit and a food recall: a mountain pass, a surname that is a title's word, a firm
written with its "'s", a nickname inside a name, a person after a firm's possessive, a newspaper with a common word
for a title, a plural noun heading a verbless quotation, two titled people joined by "and", and a plural noun of
firms before a list of them."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_french_mountain_pass_is_land_not_a_body():
    rows = _kinds(
        _entities_of(
            "date 2026-07-15 Marchetti wins queen stage\n\n"
            "Luca Marchetti won the stage on Tuesday after attacking on the Col du Tourmalet, where his rivals "
            "cracked in the mist.\n\n"
            "The Col du Tourmalet is climbed for the 90th time this year, organisers said.\n"
        )
    )
    assert rows["Col du Tourmalet"][0] == "LOC"


def test_a_given_name_before_a_titles_word_is_a_person_with_that_surname():
    rows = _kinds(
        _entities_of(
            "date 2026-01-10 Squad named for tour\n\n"
            "Harry Brookes will captain the side. Ollie Pope stays as vice-captain after a strong summer, and "
            "Pope said he was fit to play.\n"
        )
    )
    assert rows["Ollie Pope"] == ("PERSON", 2)
    assert "Ollie" not in rows


def test_a_firm_written_with_s_before_the_is_named_with_it():
    rows = _kinds(
        _entities_of(
            "date 2026-05-15 Record night for modern art\n\n"
            "A portrait by Lena Vogt was withdrawn before the Sotheby's sale on Tuesday.\n\n"
            "At Sotheby's the next evening, a landscape by Omar Reyes fetched $4m.\n"
        )
    )
    assert rows["Sotheby's"] == ("ORG", 2)
    assert "Sotheby" not in rows


def test_a_nickname_inside_a_name_leaves_one_person():
    rows = _kinds(
        _entities_of(
            "date 2026-03-08 'Hammer' Dan Okoro wins the belt\n\n"
            'Dan "Hammer" Okoro won the Commonwealth title on Saturday, stopping Lee Grant in the sixth round.\n\n'
            'Okoro said the body shots had done it. "Fair play to Dan," Grant said.\n'
        )
    )
    assert rows["Dan Okoro"][0] == "PERSON" and rows["Dan Okoro"][1] >= 3
    assert not any('"' in name for name in rows if "Okoro" in name)


def test_a_person_after_a_firms_possessive_is_a_person():
    rows = _kinds(
        _entities_of(
            "date 2026-04-02 Battery maker shares jump\n\n"
            "Analysts called the price fair, though Nomura's Kenji Watanabe warned that regulators could still "
            "slow the deal.\n"
        )
    )
    assert rows["Kenji Watanabe"][0] == "PERSON"


def test_a_newspaper_with_a_common_word_for_a_title_is_found():
    rows = _kinds(
        _entities_of(
            "date 2026-12-01 Porto want quick sale\n\n"
            "Portuguese newspaper Record reported that Porto want the deal done before January.\n"
        )
    )
    assert rows["Record"][0] == "ORG"


def test_a_plural_noun_heading_a_verbless_quotation_is_no_person():
    rows = _kinds(
        _entities_of(
            "date 2026-09-01 Mensah targets medals\n\n"
            "Ama Mensah, 24, is back in training after injury.\n\n"
            '"Worlds, then the Olympics. I want a medal," Mensah said.\n'
        )
    )
    assert "Worlds" not in rows
    assert rows["Ama Mensah"][0] == "PERSON"


def test_two_titled_people_joined_by_and_share_no_surname():
    rows = _kinds(
        _entities_of(
            "date 2026-10-31 State visit begins\n\n"
            "King Charles and Queen Camilla arrived in Accra on Tuesday for a three-day state visit.\n"
        )
    )
    assert "Charles Camilla" not in rows
    assert any(name.endswith("Charles") and kind == "PERSON" for name, (kind, _) in rows.items())


def test_a_plural_noun_of_firms_opening_a_list_is_no_part_of_the_first_name():
    rows = _kinds(
        _entities_of(
            "date 2026-09-16 Nuggets recalled\n\n"
            "Supermarkets Tesco, Asda and Lidl are recalling frozen nuggets after customers found bone in them.\n"
        )
    )
    assert rows["Tesco"][0] == "ORG"
    assert not any(name.startswith("Supermarkets") for name in rows)
