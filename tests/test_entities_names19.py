"""Names in international wire copy: Portuguese and Arabic names with particles, royals named by title and first
name, a monarch's number, a leader's name before "government", quoted film titles, awards nights, space
telescopes, a firm of a family of firms, numbered courts and a dateline in capitals."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_name_with_a_particle_after_a_title_is_one_person_with_its_short_forms():
    rows = _kinds(
        _entities_of(
            "date 2024-03-01 Lula visits Mexico\n\n"
            "MEXICO CITY (Reuters) - Brazilian President Luiz Inácio Lula da Silva arrived on Friday for talks.\n\n"
            'Lula, on his first visit since returning to office, was received with honours. "We must trade more," '
            "Lula said. Da Silva added that Brazil wanted a deal.\n"
        )
    )
    assert rows["Luiz Inácio Lula da Silva"] == ("PERSON", 5)
    assert "Lula" not in rows and "Da Silva" not in rows


def test_a_first_name_before_a_particle_does_not_fold_into_another_name():
    rows = _kinds(
        _entities_of(
            "date 2024-03-01 Ministers meet\n\n"
            "Brazilian Finance Minister Rafael Costa da Cunha met Mexican Economy Minister Rafael Ortiz on Friday.\n\n"
            "Ortiz said talks went well.\n"
        )
    )
    assert rows["Rafael Ortiz"] == ("PERSON", 2)


def test_an_arabic_family_name_spelt_with_either_article_is_one_person():
    rows = _kinds(
        _entities_of(
            "date 2024-02-05 Leaders meet\n\n"
            "CAIRO (AP) — Egyptian President Abdel Fattah al-Sisi met the Jordanian king on Sunday.\n\n"
            '"Egypt will not allow it," el-Sisi said in a speech. Al-Sisi has made the same warning before.\n'
        )
    )
    assert rows["Abdel Fattah al-Sisi"] == ("PERSON", 3)


def test_a_royal_named_by_title_and_first_name_is_the_one_named_last_before():
    rows = _kinds(
        _entities_of(
            "date 2024-02-05 Gulf talks\n\n"
            "Saudi Crown Prince Mohammed bin Salman met envoys in Riyadh on Sunday. Prince Mohammed also took a "
            "call from Doha.\n\n"
            "Later the envoys met Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani in Doha.\n\n"
            "Sheikh Mohammed told reporters the talks were at a delicate stage.\n"
        )
    )
    assert rows["Mohammed bin Salman"] == ("PERSON", 2)
    assert rows["Mohammed bin Abdulrahman Al Thani"] == ("PERSON", 2)
    assert "Prince Mohammed" not in rows and "Mohammed" not in rows


def test_the_country_a_title_is_of_stays_a_country():
    rows = _kinds(
        _entities_of(
            "date 2024-02-05 Talks in Abu Dhabi\n\n"
            "In Abu Dhabi, the president of the United Arab Emirates, Sheikh Mohamed bin Zayed Al Nahyan, met the "
            "envoy.\n"
        )
    )
    assert rows["United Arab Emirates"][0] == "GPE"
    assert "Arab Emirates" not in rows
    assert rows["Mohamed bin Zayed Al Nahyan"][0] == "PERSON"


def test_a_monarchs_number_completes_the_name_after_the_title():
    rows = _kinds(
        _entities_of(
            "date 2024-02-05 Warning from Amman\n\n"
            "Jordan's King Abdullah II warned in Amman that the war risked spreading.\n\n"
            "I said I would go, the driver said.\n"
        )
    )
    assert rows["Abdullah II"][0] == "PERSON"
    assert "I" not in rows


def test_a_leaders_name_before_government_is_the_leader():
    rows = _kinds(
        _entities_of(
            "date 2024-02-01 Budget presented\n\n"
            "The finance minister raised spending on Thursday as the Narendra Modi government presented its "
            "interim budget.\n"
        )
    )
    assert rows["Narendra Modi"][0] == "PERSON"


def test_a_film_title_in_quotation_marks_is_a_work_not_the_person_it_is_named_after():
    rows = _kinds(
        _entities_of(
            "date 2024-01-08 'Oppenheimer' wins big\n\n"
            'Christopher Nolan\'s "Oppenheimer" won five awards on Sunday, and Greta Gerwig\'s "Barbie," the '
            "year's biggest hit, won one.\n\n"
            "Cillian Murphy won best actor for playing J. Robert Oppenheimer. Oppenheimer led the Manhattan "
            "Project.\n\n"
            '"Murphy," she said when asked who should win.\n'
        )
    )
    assert rows["Oppenheimer"] == ("WORK_OF_ART", 2)
    assert rows["J. Robert Oppenheimer"] == ("PERSON", 2)
    assert rows["Barbie"][0] == "WORK_OF_ART"
    # a name said alone and attributed is no title
    assert rows["Cillian Murphy"] == ("PERSON", 2)


def test_a_quoted_name_before_the_noun_it_qualifies_is_no_work():
    rows = _kinds(
        _entities_of(
            'date 2024-01-08 Papers burned\n\nProtesters burned copies of the popular "Dainik Sangbad" newspaper '
            "on Monday.\n"
        )
    )
    assert rows.get("Dainik Sangbad", ("ORG",))[0] != "WORK_OF_ART"


def test_awards_nights_are_events():
    rows = _kinds(
        _entities_of(
            "date 2024-01-08 Stone wins\n\n"
            "Emma Stone won at the Golden Globes on Sunday night. The Oscars ceremony will be held in March.\n"
        )
    )
    assert rows["Golden Globes"][0] == "EVENT"
    assert rows["Oscars"][0] == "EVENT"


def test_a_space_telescope_named_after_a_person_is_no_person():
    rows = _kinds(
        _entities_of(
            "date 2024-10-16 Telescopes look at Jupiter\n\n"
            "NASA's James Webb Space Telescope and the Hubble Space Telescope both observed Jupiter this month.\n"
        )
    )
    assert rows["James Webb Space Telescope"][0] == "PRODUCT"
    assert rows["Hubble Space Telescope"][0] == "PRODUCT"


def test_a_firm_sharing_the_first_word_of_a_body_is_a_body():
    rows = _kinds(
        _entities_of(
            "date 2024-08-07 Results\n\n"
            "Siemens Energy raised its outlook on Wednesday after losses at its wind unit Siemens Gamesa narrowed.\n\n"
            "Siemens Gamesa posted an operating loss of 211 million euros.\n"
        )
    )
    assert rows["Siemens Gamesa"] == ("ORG", 2)


def test_a_person_sharing_a_given_name_with_a_firm_stays_a_person():
    rows = _kinds(
        _entities_of(
            "date 2024-08-07 Bank hires\n\n"
            "Morgan Stanley hired a new adviser on Monday. Morgan Whitby, 44, joins from a rival.\n"
        )
    )
    assert rows["Morgan Whitby"][0] == "PERSON"


def test_a_numbered_court_keeps_its_number():
    rows = _kinds(
        _entities_of(
            "date 2024-02-05 Court revives lawsuit\n\n"
            "SAN FRANCISCO (AP) — A panel of the 9th U.S. Circuit Court of Appeals ruled 2-1 on Monday.\n"
        )
    )
    assert rows["9th U.S. Circuit Court of Appeals"][0] == "ORG"
    # the dateline's town in capitals is written as the gazetteer writes it
    assert "San Francisco" in rows and "SAN FRANCISCO" not in rows
