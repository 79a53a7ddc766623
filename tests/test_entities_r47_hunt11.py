"""Names in a court report: the "v." of a case's name is no part of the party's name, and a title that is also a
given name ("Justice") before the surname of a person named in full is that person again."""

from __future__ import annotations

from test_entities import _entities_of, _kinds

RULING = (
    "date 2025-06-27 Supreme Court sides with Texas in dispute over border buoys\n\n"
    "The US Supreme Court ruled 6-3 on Friday that Texas may keep a barrier of floating buoys in the Rio Grande, "
    "handing Governor Greg Abbott a major victory.\n\n"
    "The case, United States v. Abbott, began in July 2023, when the Justice Department sued Texas.\n\n"
    'Abbott welcomed the ruling. "Texas has the constitutional right to defend itself," he said in a statement.\n\n'
    "Chief Justice John Roberts and Justices Clarence Thomas, Neil Gorsuch and Brett Kavanaugh joined the opinion. "
    "Justice Gorsuch also wrote a short concurrence.\n"
)


def test_a_party_in_a_case_name_is_the_person_not_v_and_the_name():
    rows = _kinds(_entities_of(RULING))
    assert "v. Abbott" not in rows
    assert rows["Greg Abbott"] == ("PERSON", 3)
    assert "Abbott" not in rows


def test_a_justice_named_by_title_and_surname_is_the_justice_named_in_full():
    table = _entities_of(RULING)
    rows = _kinds(table)
    assert "Justice Gorsuch" not in rows
    assert rows["Neil Gorsuch"] == ("PERSON", 2)
    assert table.loc["Neil Gorsuch", "aliases"] == "Neil Gorsuch|Gorsuch"
