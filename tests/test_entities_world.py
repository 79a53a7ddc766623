"""Names in news written in the English of India, Nigeria, Kenya, South Africa, Ireland, the Philippines and
Singapore: states and provinces, honorifics and titles, sums of money, a bill named again as "the Bill", a volcano
named by its first word, portfolios after "Minister for"."""

from __future__ import annotations

import pandas as pd
from test_entities import _entities_of, _kinds, _tables_of


def _mentions(tables: dict[str, pd.DataFrame], entity: str) -> list[str]:
    m = tables["mentions"]
    return m.loc[m["entity"] == entity, "text"].tolist()


def test_states_and_provinces_of_english_news_are_places():
    """ "the Odisha government", "Mpumalanga police" and "Negros Oriental Gov." name a state, a province and a
    province, which the readers take for an organisation or a person."""
    rows = _kinds(
        _entities_of(
            "date 2026-03-03 Odisha orders flood relief\n\n"
            "The Odisha government on Tuesday released funds for flood relief in 14 districts, officials said.\n\n"
            "In South Africa, Mpumalanga police said two bridges had been closed. Negros Oriental Gov. Ramon "
            "Tiangco suspended classes in six towns.\n"
        )
    )
    assert rows["Odisha"] == ("GPE", 2)
    assert rows["Mpumalanga"][0] == "GPE" and rows["Negros Oriental"][0] == "GPE"


def test_shri_and_smt_are_honorifics_of_the_person_named_in_full():
    tables = _tables_of(
        "date 2026-03-03 Minister visits dam\n\n"
        "Jal Shakti Minister Harish Kulkarni visited the dam site on Tuesday with Kavita Rao, the district "
        "collector.\n\n"
        "Shri Kulkarni said the work would be finished by June. Smt Rao said 300 families had been moved.\n"
    )
    rows = _kinds(tables["entities"].set_index("entity"))
    assert rows["Harish Kulkarni"] == ("PERSON", 2) and rows["Kavita Rao"] == ("PERSON", 2)


def test_sums_of_money_in_naira_shillings_and_rupees_are_no_names():
    rows = _kinds(
        _entities_of(
            "date 2026-03-03 Diesel price rises\n\n"
            "Diesel now sells at N1,310 per litre in Kano, up from N1,200 last week. In Nairobi a litre costs "
            "Sh212, while the state has set aside Rs 400 crore for fuel subsidies.\n"
        )
    )
    assert not {"Rs", "Sh212"} & set(rows) and not any(c.isdigit() for name in rows for c in name), rows


def test_the_bill_named_again_is_the_bill_named_in_full_and_a_law():
    rows = _kinds(
        _entities_of(
            "date 2026-03-03 Assembly passes rent Bill\n\n"
            "The Assembly on Tuesday passed the Kerala Tenancy (Amendment) Bill, 2026, by voice vote.\n\n"
            "The Bill caps rent increases at 5% a year. Opposition members said the Bill had been rushed, and asked "
            "for the Bill to go to a select committee.\n"
        )
    )
    assert "Bill" not in rows
    assert rows["Kerala Tenancy (Amendment) Bill"][0] == "LAW" and rows["Kerala Tenancy (Amendment) Bill"][1] >= 3


def test_a_volcano_named_by_its_first_word_is_the_volcano():
    rows = _kinds(
        _entities_of(
            "date 2026-03-03 Mayon spews ash\n\n"
            "Mayon Volcano spewed ash 2 kilometers high on Tuesday, the state volcanologists said.\n\n"
            "Residents near Mayon were told to stay indoors. Mayon last erupted in 2023.\n"
        )
    )
    assert rows["Mayon Volcano"][0] == "LOC" and rows["Mayon Volcano"][1] >= 3 and "Mayon" not in rows


def test_a_portfolio_after_minister_for_is_no_part_of_the_ministers_name():
    """British, Irish and Indian news name a minister's portfolio after "for", and a seat after "TD for", with the
    name right after it and no comma."""
    tables = _tables_of(
        "date 2026-03-03 Clinic opens\n\n"
        "Minister for Higher Education and Sports Ravi Menon opened the clinic on Tuesday.\n\n"
        "Leader of the Opposition in the Council Chalavadi Narayanaswamy said the clinic had no doctor.\n"
    )
    rows = _kinds(tables["entities"].set_index("entity"))
    assert rows["Ravi Menon"][0] == "PERSON" and rows["Chalavadi Narayanaswamy"][0] == "PERSON"


def test_the_taoiseach_and_a_party_td_name_no_body():
    rows = _kinds(
        _entities_of(
            "date 2026-03-03 Housing row\n\n"
            "The Taoiseach said on Tuesday that the housing plan would be published in April. The Tánaiste agreed.\n"
            "\nA Fine Gael TD said the plan was late.\n"
        )
    )
    assert "Taoiseach" not in rows and "Tánaiste" not in rows
    assert "Fine Gael TD" not in rows and rows["Fine Gael"][0] == "ORG"


def test_a_name_last_in_a_headline_list_is_no_body_for_its_plural_verb():
    rows = _kinds(
        _entities_of(
            "date 2026-03-03 Cheruiyot, Chepngetich win Eldoret half marathon\n\n"
            "Amos Cheruiyot and Ruth Chepngetich won the Eldoret half marathon on Sunday.\n"
        )
    )
    assert rows["Ruth Chepngetich"][0] == "PERSON" and rows["Amos Cheruiyot"][0] == "PERSON"


def test_a_person_named_after_advocate_is_found_and_speaks():
    """Indian and South African news call a barrister "advocate" before the name; "He" after is that person."""
    tables = _tables_of(
        "date 2026-03-03 Bail plea heard\n\n"
        "The court was hearing appeals filed by traders.\n\n"
        "Senior advocate Prashant Deshmukh, appearing for the traders, had argued that the seizure was illegal. He "
        "told the court on Monday that no notice had been served.\n"
    )
    rows = _kinds(tables["entities"].set_index("entity"))
    assert rows["Prashant Deshmukh"][0] == "PERSON"
    assert set(tables["quotes"]["speaker"]) == {"Prashant Deshmukh"}


def test_a_headline_naming_an_inquiry_after_its_chair_quotes_no_one():
    """ "Ngcobo commission: …" names the inquiry, not a speaker; the witness's words after the colon are not the
    chair's."""
    tables = _tables_of(
        "date 2026-03-03 Ngcobo commission: Former mayor admits he 'never saw' the tender file\n\n"
        "A former mayor has told the commission of inquiry into municipal tenders that he never saw the file.\n\n"
        "Testifying on Tuesday before retired judge Sipho Ngcobo in Durban, the former mayor said the file had been "
        "lost.\n"
    )
    headline = tables["quotes"].loc[tables["quotes"]["paragraph"] == 0]
    assert "Sipho Ngcobo" not in set(headline["speaker"])
