"""summ53 (r31): sources counted once on news nobody here wrote (a strike, a chronology)."""

import pandas as pd
from test_summary_r30_summ52 import entities, paragraphs

from newsframe import speakers


def said(*rows):
    return pd.DataFrame(
        [
            {
                "paragraph": p,
                "speaker_paragraph": p,
                "start_char": 0,
                "kind": "reported",
                "speaker": who,
                "speaker_text": written,
                "text": text,
                "cue": "said",
                "tone": "neutral",
                "words": len(text.split()),
            }
            for p, who, written, text in rows
        ]
    )


STRIKE_NAMES = entities(
    ("Royal College of Nursing", "ORG", 2, "Royal College of Nursing"),
    ("Pat Cullen", "PERSON", 2, "Pat Cullen|Cullen"),
    ("Department of Health and Social Care", "ORG", 1, "Department of Health and Social Care"),
)


# The lead's "a union has said" is the union the story names: once it writes "The Royal College of Nursing union"
# and the quotes take "The union" to that body, the indefinite lead is the same one source.
def test_the_leads_a_union_is_the_union_the_story_names():
    rows = said(
        (1, "a union", "a union", "nurses will walk out for two days next month"),
        (2, "Royal College of Nursing", "The Royal College of Nursing union", "the strike is on 14 and 15 April"),
        (3, "Pat Cullen", "Pat Cullen", "nurses have been left with no choice"),
        (5, "Royal College of Nursing", "The union", "emergency care would be protected"),
    )
    table = speakers.speakers_table(rows, STRIKE_NAMES)
    assert table["speaker"].tolist() == ["Royal College of Nursing", "Pat Cullen"]
    assert table["statements"].tolist() == [3, 1]


# "the nursing union, the Royal College of Nursing": the story calls the body a union in so many words (a "the"
# between the comma and the name), so "the nursing union" and "a union has said" are that body.
def test_a_union_called_so_beside_its_name_is_that_union():
    text = paragraphs(
        "Nurses will walk out next month, the nursing union, the Royal College of Nursing, has announced.",
        "The strike will affect every region, a union has said.",
        "Pat Cullen, general secretary of the Royal College of Nursing, said nurses had no choice.",
        "The Department of Health and Social Care said it was disappointed.",
    )
    rows = said(
        (1, "the nursing union", "the nursing union", "nurses will walk out next month"),
        (2, "a union", "a union", "the strike will affect every region"),
        (3, "Pat Cullen", "Pat Cullen", "nurses had no choice"),
        (4, "Department of Health and Social Care", "The Department", "it was disappointed"),
    )
    table = speakers.speakers_table(rows, STRIKE_NAMES, text)
    assert table["speaker"].tolist()[0] == "Royal College of Nursing"
    assert table["statements"].tolist() == [2, 1, 1]
    assert speakers.described_kinds(STRIKE_NAMES[STRIKE_NAMES["entity_type"] == "ORG"], text)["union"] == {
        "Royal College of Nursing"
    }


# A union the story never calls a union stays apart: "a union" may be another body, or one the story does not name,
# and the article's words do not say the college is a union. Nor is "the other union" the one named.
def test_a_union_never_called_so_and_the_other_union_stay_apart():
    text = paragraphs(
        "Nurses will walk out next month, the Royal College of Nursing has announced.",
        "The strike will affect every region, a union has said.",
    )
    rows = said(
        (1, "Royal College of Nursing", "the Royal College of Nursing", "nurses will walk out next month"),
        (2, "a union", "a union", "the strike will affect every region"),
    )
    table = speakers.speakers_table(rows, STRIKE_NAMES, text)
    assert sorted(table["speaker"]) == ["Royal College of Nursing", "a union"]
    called = said(
        (1, "Royal College of Nursing", "The union", "nurses will walk out next month"),
        (2, "the other union", "the other union", "it would not join the strike"),
    )
    assert "the other union" in speakers.speakers_table(called, STRIKE_NAMES, text)["speaker"].tolist()


# "Shareholders refused …" and "a spokesperson for the shareholders said …": the voice of a group the story hears
# bare is that group, one source to a reader, not two.
def test_a_voice_for_a_group_heard_bare_is_that_group():
    names = entities(("Thames Water", "ORG", 3, "Thames Water"))
    rows = said(
        (4, "shareholders", "shareholders", "they would not put in new money"),
        (4, "a spokesperson for the shareholders", "a spokesperson for the shareholders", "the plan is uninvestable"),
        (6, "Thames Water", "The company", "it was making progress"),
    )
    table = speakers.speakers_table(rows, names)
    assert table["speaker"].tolist() == ["shareholders", "Thames Water"]
    assert table["statements"].tolist() == [2, 1]
