"""Names in a shareholder meeting report, a local by-election, a planning decision and a hospital inquest: a firm's
unknown name a reader guessed was a people's, a ward named before its council seat, a site placed by a compass point
from a town, a trust named with "of" inside."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_an_unknown_word_before_a_spokesperson_and_shares_is_a_firm_not_a_people():
    rows = _kinds(
        _entities_of(
            "date 2026-05-14 Investors revolt at Thornwick meeting\n\n"
            "Nearly a third of investors in housebuilder Thornwick opposed the pay report at its meeting on "
            "Thursday.\n\n"
            "A Thornwick spokesperson said the board would consult investors again.\n\n"
            "Thornwick shares closed down 3% at 288p.\n"
        )
    )
    assert rows["Thornwick"][0] == "ORG"
    assert rows["Thornwick"][1] >= 4  # the shares' move counts too


def test_a_nations_adjective_before_a_spokesperson_stays_a_people():
    rows = _kinds(
        _entities_of("date 2026-05-14 Talks resume\n\nAn Israeli spokesperson said talks would resume on Monday.\n")
    )
    assert rows["Israeli"][0] == "NORP"


def test_a_ward_named_before_its_council_seat_and_after_a_seat_in_is_a_place():
    rows = _kinds(
        _entities_of(
            "date 2026-05-08 Greens take Ferndale Heath council seat from Labour\n\n"
            "The Green Party has won a council seat in Ferndale Heath that Labour had held for 30 years.\n\n"
            "The new councillor, Ruth Okoye, won by 212 votes.\n"
        )
    )
    assert rows["Ferndale Heath"][0] == "GPE"
    assert rows["Green Party"][0] == "ORG"


def test_a_party_before_a_seat_is_no_place():
    rows = _kinds(
        _entities_of(
            "date 2026-05-08 Count ends\n\n"
            "It was a safe Lib Dem seat until last year, and the Tory seat next door changed hands too.\n"
        )
    )
    assert all(kind != "GPE" for kind, _ in rows.values())


def test_a_site_placed_by_a_compass_point_from_a_town_is_a_place():
    rows = _kinds(
        _entities_of(
            "date 2026-03-04 Homes plan approved\n\n"
            "A site at Hollins Fields, south of Calne, and one at Brackley Acres, two miles east of Chippenham, "
            "were deferred.\n"
        )
    )
    assert rows["Hollins Fields"][0] in ("GPE", "LOC")
    assert rows["Brackley Acres"][0] in ("GPE", "LOC")


def test_a_body_named_with_of_after_a_plural_of_a_common_noun_stays_whole():
    rows = _kinds(
        _entities_of(
            "date 2026-11-20 Trust apologises\n\n"
            "The University Hospitals of Hallam Vale NHS Foundation Trust said it accepted the findings in full.\n\n"
            "The launch was detected by the Combined Commanders of Staff (CCS), officials said.\n"
        )
    )
    assert rows["University Hospitals of Hallam Vale NHS Foundation Trust"][0] == "ORG"
    assert "University Hospitals" not in rows
    assert rows["Combined Commanders of Staff"][0] == "ORG"
    assert "Staff" not in rows


def test_a_person_named_before_of_and_a_firm_is_still_split():
    rows = _kinds(
        _entities_of(
            "date 2026-11-20 Shares fall\n\nAnalyst Tony Banks of Wexford Securities said the fall was overdone.\n"
        )
    )
    assert rows["Tony Banks"][0] == "PERSON"
    assert "Wexford Securities" in rows


def test_a_passives_agent_followed_by_who_is_the_person_named_in_full():
    rows = _kinds(
        _entities_of(
            "date 2026-02-26 Budget passed\n\n"
            "Council leader Priya Ramsden, who proposed the budget, told the chamber there were no good options.\n\n"
            '"Nobody here enjoys raising council tax," Ramsden said.\n\n'
            "The councillors who walked out were criticised by Ramsden, who called the protest theatre.\n"
        )
    )
    assert rows["Priya Ramsden"] == ("PERSON", 3)
    assert "Ramsden" not in rows


def test_a_name_given_to_drills_or_a_tour_by_called_or_named_is_an_event():
    rows = _kinds(
        _entities_of(
            "date 2026-03-10 Allies begin exercises\n\n"
            "The drills, called Iron Harbour, began on Monday and will run for ten days.\n\n"
            "The singer's tour, named Glass Lanterns, opened in Perth in January.\n"
        )
    )
    assert rows["Iron Harbour"][0] == "EVENT"
    assert rows["Glass Lanterns"][0] == "EVENT"


def test_a_journals_title_of_english_words_after_its_family_name_is_not_split_off_as_a_person():
    rows = _kinds(
        _entities_of(
            "date 2026-09-02 Walking study\n\n"
            "The research, which appeared in the journal Nature Healthy Ageing, followed 4,000 volunteers.\n"
        )
    )
    assert "Healthy Ageing" not in rows
    assert all(kind != "PERSON" for kind, _ in rows.values())


def test_a_coined_word_ending_in_capitals_read_as_a_place_is_a_firm():
    rows = _kinds(
        _entities_of(
            "date 2026-06-09 Regulator reviews deal\n\n"
            "The Federal Trade Commission is separately reviewing Microsoft's investment in VentaAI.\n"
        )
    )
    assert rows["VentaAI"][0] == "ORG"
