"""Names in a court ruling, a wire brief, a council budget, a radio interview and a censure vote: a title of two
words, a dateline's date, a lettered band, an irregular plural with "'s", a name going on past its number and a name
with two surnames."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_title_of_two_words_leaves_the_surname_alone():
    rows = _kinds(
        _entities_of(
            "date 2026-05-14 Appeal judges overturn planning refusal\n\n"
            "The Court of Appeal allowed the builder's appeal on Thursday. The judges were split. Lord Justice "
            "Pennant agreed, adding that nobody had been told.\n"
        )
    )
    assert rows["Pennant"][0] == "PERSON"
    assert not any(name.startswith("Justice") for name in rows)


def test_a_datelines_date_is_no_part_of_the_place():
    rows = _kinds(
        _entities_of(
            "date 2026-11-03 Floods close roads in south\n\n"
            "SANTIAGO, Nov 3 (Reuters) - Heavy rain closed roads across southern Chile on Monday, officials said.\n"
        )
    )
    assert rows["Santiago"][0] == "GPE"
    assert not any("Nov" in name for name in rows)


def test_a_lettered_band_and_an_irregular_plural_are_no_names():
    rows = _kinds(
        _entities_of(
            "date 2026-02-20 Council sets budget\n\n"
            "Harlow Vale Council agreed a rise that takes an average Band C bill to £1,950.\n\n"
            "Adult care takes the largest share. Children's services will receive £98m, the council said. Finance "
            "lead Omar Bell said the choices were hard.\n"
        )
    )
    assert not any(name.startswith("Band") for name in rows)
    assert "Children" not in rows
    assert rows["Omar Bell"][0] == "PERSON"


def test_a_name_goes_on_past_its_number():
    rows = _kinds(
        _entities_of(
            "date 2026-04-02 Manager defends tactics\n\n"
            "Speaking to BBC Radio 4 Extra on Sunday, Dara Quinn said the side had been unlucky.\n"
        )
    )
    assert rows["BBC Radio 4 Extra"][0] == "ORG"


def test_a_score_is_no_part_of_a_name():
    rows = _kinds(
        _entities_of("date 2026-04-02 Results\n\nThe final score, Harton 2 Wexley 1, left the table unchanged.\n")
    )
    assert not any(name.endswith("Wexley") and name != "Wexley" for name in rows)


def test_a_name_with_two_surnames_is_one_person_named_again_by_the_first():
    rows = _kinds(
        _entities_of(
            "date 2026-03-12 Congress removes minister\n\n"
            "Bolivia's lower house voted to remove Energy Minister Luis Fernando Mamani Arce on Thursday.\n\n"
            "Opposition deputies accused Mamani of hiding the scale of fuel shortages.\n"
        )
    )
    assert rows["Luis Fernando Mamani Arce"] == ("PERSON", 2)
    assert "Mamani" not in rows


def test_a_member_of_a_nation_alone_is_a_people_not_a_body():
    rows = _kinds(
        _entities_of(
            "date 2026-07-15 Stage 13\n\n"
            "Jonas Vingegaard took the lead. The Dane, riding for his team, went clear with 6km left.\n"
        )
    )
    assert rows["Dane"][0] == "NORP"
