"""A book review names the book, its publisher and an earlier story by title: works and a firm, not a body and
people."""

from __future__ import annotations

from test_entities import _entities_of, _kinds
from test_quotes import table

REVIEW = (
    "date 2024-11-09 Review: Claire Keegan's new novella is a quiet masterpiece\n\n"
    "Claire Keegan has never been a writer in a hurry. Her last book, Small Things Like These, came out in 2021.\n\n"
    "Her new novella, The Long Field, published by Faber on Thursday, is shorter still: 96 pages set over a single "
    "week in a Wexford farmhouse in the summer of 1985.\n\n"
    "Keegan, who grew up on a farm in County Wicklow, writes about silence better than anyone working in English. "
    "What is not said in the kitchen of the farmhouse matters more than anything that is.\n\n"
    "There are echoes of Foster, the 2010 story that made her name. But The Long Field is darker.\n\n"
    '"I wanted to write about what children understand before they have the words for it," Keegan told the Irish '
    "Times last month.\n\n"
    "The Long Field is published by Faber at £10.99.\n"
)


def test_the_reviewed_book_its_publisher_and_an_earlier_story_are_typed_as_works_and_a_firm():
    rows = _kinds(_entities_of(REVIEW))
    assert rows["The Long Field"] == ("WORK_OF_ART", 3)
    assert rows["Faber"] == ("ORG", 2)
    assert rows["Foster"] == ("WORK_OF_ART", 1)
    assert rows["Claire Keegan"] == ("PERSON", 4)


def test_a_person_set_beside_a_story_stays_a_person():
    rows = _kinds(
        _entities_of("date 2024-11-09 Headline here\n\nThe team's other story, Marcus Rashford, scored twice.\n")
    )
    assert rows["Marcus Rashford"][0] == "PERSON"


def test_what_is_not_said_is_no_statement():
    found = table(REVIEW)
    assert found["cue"].tolist() == ["told"]
    assert found["speaker"].tolist() == ["Claire Keegan"]
