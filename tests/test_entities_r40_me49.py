"""Names of news nobody here wrote: readers that disagree mention by mention give way to what every mention shows."""

from __future__ import annotations

from test_entities import _entities_of, _kinds


def test_a_village_read_as_a_body_once_and_a_person_once_is_the_place_both_mentions_show():
    rows = _kinds(
        _entities_of(
            "date 2024-06-02 The village that refused to let its pub die\n\n"
            "When the Red Lion in Ashwell closed its doors in the spring of 2021, few expected it to reopen. Three "
            "years later, it is the busiest pub in Hertfordshire, owned by 312 of the village's residents.\n\n"
            "Donovan's neighbour, Peter Walsh, 78, was among the first to invest. He remembers the pub in the 1960s, "
            'when "there were four pubs in Ashwell and you could hear singing from all of them."\n'
        )
    )
    assert rows["Ashwell"] == ("GPE", 2)
    assert rows["Peter Walsh"][0] == "PERSON"
