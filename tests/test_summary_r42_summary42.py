"""The counts of names leave out what the list of those never quoted leaves out: a title split off a person's name
("Rear Admiral") and a headline's capitalised common noun ("Coroner criticises …") are no one named."""

from __future__ import annotations

from test_summary_r30_summ50 import INQUEST, INQUEST_NAMES, INQUEST_SAID, NAVY, NAVY_NAMES, NAVY_SAID

from newsframe import findings, pipeline, summary

HEADLINE = "Coroner criticises hospital after death of grandmother left on trolley for 19 hours"
INQUEST_STORY = (
    f"{HEADLINE}\n\n"
    "A coroner has said a grandmother who died after waiting 19 hours on a trolley in an emergency department "
    "corridor “did not receive the care she deserved”.\n\n"
    "Margaret Ellison, 81, from Rotherham, was taken to Northern General Hospital in Sheffield on 4 November last "
    "year after a fall at home. She died three days later from pneumonia and a fractured hip.\n\n"
    "Recording a narrative conclusion at Sheffield Coroner's Court on Wednesday, senior coroner Tanyka Rawden said "
    "delays in assessing Mrs Ellison had “more than minimally contributed” to her death.\n\n"
    "The hospital's navy liaison, Rear Admiral Tomas Keller, told the inquest the department had been full. "
    "Sheffield Teaching Hospitals NHS Foundation Trust said it was sorry."
)


def test_a_split_title_is_not_counted_among_the_people_named():
    # the list counts Tomas Reyes as the one other person beside the Harbour Authority and Prensa Sur
    assert summary.names_sentence(NAVY_NAMES, NAVY) == "It names 1 person, no place and 2 organisations."
    assert "the one other person it names" in summary.unheard_sentence(NAVY_SAID, NAVY_NAMES, NAVY)


def test_a_headlines_capitalised_noun_is_not_counted_among_the_people_named():
    assert summary.names_sentence(INQUEST_NAMES, INQUEST) == "It names 2 people, no place and 2 organisations."
    # the court named as a venue and "the 3 other people and organisations": 4 in all, as counted
    assert "the 3 other people and organisations" in summary.unheard_sentence(INQUEST_SAID, INQUEST_NAMES, INQUEST)


def test_the_summary_and_in_numbers_count_as_the_list_of_the_unquoted_does(write):
    analysis = pipeline.analyze(write("inquest.txt", INQUEST_STORY), "2025-03-12", use_cache=False)
    sentences = summary.summary_sentences(analysis.article, analysis.tables)
    assert "It names 3 people, 2 places and 3 organisations." in sentences
    # 3 people and 3 organisations: the court said apart, 5 others
    assert any("of the 5 other people and organisations it names" in s for s in sentences)
    assert "it names 3 people, 2 places and 3 organisations" in findings.in_numbers.__wrapped__(
        analysis.article, analysis.tables
    )
    numbers = summary.key_numbers(analysis.article, analysis.tables).set_index("measure")["value"]
    assert numbers["people named"] == 3
