"""Main subjects of news nobody here wrote, kept whole: a titled surname after "father of three", a common given
name and a surname the recogniser reads as a body, "bint" in Arab names, roads and towns, short given names."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_titled_surname_described_as_a_father_of_children_stays_the_man_named_before():
    rows = _kinds(
        _entities_of(
            "date 2025-03-14 Walker killed by van\n\n"
            "A van driver has been jailed for six years after hitting Trevor Ashcombe on a village road.\n\n"
            "Mr Ashcombe, a 61-year-old postman and father of two, died in hospital the next day.\n\n"
            "In a statement, Mr Ashcombe's wife, Brenda Ashcombe, said she could not forgive the driver. Their "
            "son, Lewis Ashcombe, 30, said the family was broken.\n\n"
            'Mrs Ashcombe said: "He walked that road every morning."\n'
        )
    )
    assert rows["Trevor Ashcombe"] == ("PERSON", 3)
    assert rows["Brenda Ashcombe"] == ("PERSON", 2)
    assert "Ashcombe" not in rows


def test_a_common_given_name_and_a_surname_a_who_clause_tells_of_are_one_person():
    rows = _kinds(
        _entities_of(
            "date 2024-09-12 Chile's outgoing leader backs Feldbaum's pension plan\n\n"
            "Gabriel Boric on Thursday defended the pension overhaul that Congress passed this week.\n\n"
            "Boric, who hands power to Claudia Feldbaum on March 11, spoke at his last news conference in Santiago.\n\n"
            'Feldbaum, who takes office in less than six months, said the overhaul would be carried out "with care".\n'
        )
    )
    assert rows["Claudia Feldbaum"] == ("PERSON", 3)
    assert "Feldbaum" not in rows


def test_a_given_name_before_bint_and_a_persons_name_is_one_person():
    rows = _kinds(
        _entities_of(
            "date 2025-01-20 Gulf states meet on Gaza\n\n"
            "Dr Amira bint Sultan Al Nahyan, who studies Gulf politics at Khalifa University, said the talks "
            "would test whether Abu Dhabi still had a role.\n"
        )
    )
    assert rows["Amira bint Sultan Al Nahyan"][0] == "PERSON"
    assert "Amira" not in rows and "Sultan Al Nahyan" not in rows
