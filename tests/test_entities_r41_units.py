"""Named entities (newsframe.entities): a unit's name after a rank that is also a word ("Major Enquiry Team") is no
person named after a title."""

from __future__ import annotations

from test_entities import _entities_of, _kinds  # entities table of an article given as text; {entity: (type, n)}


def test_a_police_unit_after_the_word_major_is_no_person():
    kinds = _kinds(
        _entities_of(
            "date 2025-03-14 Police appeal after teenager stabbed outside Leeds takeaway\n\n"
            "Police have renewed their appeal after a 17-year-old boy was stabbed in Harehills on Wednesday night.\n\n"
            "Detective Inspector Claire Walsh, of West Yorkshire Police's Homicide and Major Enquiry Team, said: "
            '"This was a shocking attack on a young man in a busy street."\n\n'
            "Detective Sergeant Tom Reid, of the Major Investigation Unit, said two men had been arrested.\n"
        )
    )
    people = sorted(name for name, (kind, _) in kinds.items() if kind == "PERSON")
    assert people == ["Claire Walsh", "Tom Reid"]


def test_a_road_that_works_are_done_to_is_a_road():
    kinds = _kinds(
        _entities_of(
            "date 2025-10-09 Councillors approve 450-home estate despite objections\n\n"
            "Plans for 450 homes on the edge of Tewkesbury have been approved by Tewkesbury Borough Council.\n\n"
            "Bloor Homes will pay £2.1m towards a new primary school and improvements to the A38, and will fund the "
            "widening of the B4080.\n"
        )
    )
    assert kinds["A38"] == ("FAC", 1) and kinds["B4080"][0] == "FAC"


def test_a_headlines_road_number_is_the_road_the_body_names():
    kinds = _kinds(
        _entities_of(
            "date 2025-02-06 M6 reopens after lorry fire\n\n"
            "The M6 has reopened in both directions near Stafford after a lorry caught fire on Thursday.\n"
        )
    )
    assert kinds["M6"] == ("FAC", 2)
