"""Entities: a title set after a person's name and a comma is no name, also when the recogniser reads it without its
lead word ("Michael Berlius, Chief Financial Officer, said", read as "Financial Officer") or as a body before a
second title ("Peter Carlsson, Co-Founder and Chief Executive Officer of Northvolt")."""

from __future__ import annotations

from test_entities import _entities_of, _kinds

PRESS_RELEASE = (
    "date 2024-01-16 Northvolt secures $5 billion loan to expand Skellefteå gigafactory\n\n"
    "STOCKHOLM, Jan. 16, 2024 /PRNewswire/ -- Northvolt AB, the European battery manufacturer, today announced "
    "that it has secured $5 billion in debt financing to expand production at its Northvolt Ett gigafactory.\n\n"
    '"This is a landmark moment not only for Northvolt, but for the European battery industry," said Peter '
    "Carlsson, Co-Founder and Chief Executive Officer of Northvolt.\n\n"
    'Michael Berlius, Chief Financial Officer, said: "The broad support from lenders demonstrates the confidence '
    'in our business plan and in our technology."\n'
)


def test_titles_after_a_name_and_a_comma_are_no_people_or_bodies():
    rows = _kinds(_entities_of(PRESS_RELEASE))
    assert "Financial Officer" not in rows
    assert "Co-Founder" not in rows
    assert rows["Michael Berlius"] == ("PERSON", 1)
    assert rows["Peter Carlsson"] == ("PERSON", 1)


def test_a_body_named_after_a_name_and_a_comma_stays_a_body():
    rows = _kinds(
        _entities_of(
            "date 2024-02-21 Sterling flat\n\n"
            '"The pound is stuck until we see the next jobs numbers," said Jane Foley, Rabobank, in a note.\n'
        )
    )
    assert rows["Jane Foley"] == ("PERSON", 1)
    assert rows["Rabobank"] == ("ORG", 1)


AP_STORY = (
    "date 2024-08-28 California lawmakers pass bill to regulate powerful AI models\n\n"
    "SACRAMENTO, Calif. (AP) — California lawmakers on Wednesday approved a bill that would require companies "
    "developing the most powerful artificial intelligence models to test them for safety risks, sending the measure "
    "to Gov. Gavin Newsom.\n\n"
    "Republican Assemblymember Devon Mathis, who voted against the measure, said the state should wait for federal "
    'rules. "Washington should set these standards, not Sacramento," Mathis said.\n\n'
    "OLYMPIA, Wash. (AP) — In a related development, Washington state Attorney General Bob Ferguson said Tuesday "
    "his office would convene a task force on AI in January.\n"
)


def test_a_state_abbreviated_in_a_dateline_is_the_state_named_in_full():
    rows = _kinds(_entities_of(AP_STORY))
    assert "Calif" not in rows and "Wash" not in rows
    assert rows["California"] == ("GPE", 3)
    assert rows["Washington"] == ("GPE", 3)
    assert rows["Sacramento"] == ("GPE", 2)


def test_an_assemblymember_title_is_no_part_of_the_name():
    rows = _kinds(_entities_of(AP_STORY))
    assert "Assemblymember Devon Mathis" not in rows
    assert rows["Devon Mathis"] == ("PERSON", 2)
