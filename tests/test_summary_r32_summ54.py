"""summ54 (r32): sources counted once, and never listed as unheard, on news nobody here wrote (a health study, a
planning decision, an election night)."""

from test_summary_r30_summ52 import entities, paragraphs
from test_summary_r31_summ53 import said

from newsframe import speakers


# The headline's "study finds", the lead's "according to a large international study" and the body's "the study
# found": one study. The headline's bare word must not stand beside the fuller description as a second candidate.
def test_the_study_is_the_one_study_the_lead_describes_after_the_headlines_study():
    names = entities(("Melody Ding", "PERSON", 1, "Melody Ding"))
    rows = said(
        (0, "study", "study", "a daily walk is linked to lower dementia risk"),
        (1, "a large international study", "a large international study", "7,000 steps lower the risk by 38%"),
        (3, "the study", "the study", "those who walked had a 47% lower risk of dying early"),
        (4, "Melody Ding", "Lead author Dr Melody Ding", "the results offered a more realistic target"),
    )
    table = speakers.speakers_table(rows, names)
    assert table["speaker"].tolist() == ["a large international study", "Melody Ding"]
    assert table["statements"].tolist() == [3, 1]


# Two fuller descriptions before "the study" still leave it as it is: the reader cannot tell which.
def test_the_study_after_two_studies_stays_apart():
    rows = said(
        (0, "study", "study", "a daily walk is linked to lower dementia risk"),
        (1, "a large international study", "a large international study", "7,000 steps lower the risk by 38%"),
        (2, "a smaller 2019 study", "a smaller 2019 study", "the benefit stopped at 5,000 steps"),
        (3, "the study", "the study", "those who walked had a lower risk"),
    )
    table = speakers.speakers_table(rows, entities(("Melody Ding", "PERSON", 1, "Melody Ding")))
    assert "the study" in table["speaker"].tolist()


# "Developer Bellway said" is counted as Bellway among the sources; the list of the never quoted must agree and not
# name Bellway too.
def test_a_body_heard_with_its_role_before_its_name_is_not_unheard():
    names = entities(
        ("Bellway", "ORG", 1, "Bellway"),
        ("Natural England", "ORG", 1, "Natural England"),
    )
    text = paragraphs(
        'Developer Bellway said the homes would help meet "an urgent local need".',
        "Natural England raised no concerns.",
    )
    rows = said((1, "Developer Bellway", "Developer Bellway", "the homes would help meet an urgent local need"))
    assert speakers.speakers_table(rows, names, text)["speaker"].tolist() == ["Bellway"]
    assert speakers.unheard(names, rows, text)["entity"].tolist() == ["Natural England"]


# "according to the BBC's count" is the BBC's word: counted as the BBC, and the BBC is not listed as never quoted.
# A body's people ("the council's returning officer") are no such thing, and "the official count" names no body.
def test_a_bodys_count_is_that_body():
    names = entities(
        ("BBC", "ORG", 1, "BBC"),
        ("Durham County Council", "ORG", 1, "Durham County Council"),
    )
    text = paragraphs(
        "Reform UK has taken Durham County Council, according to the council's returning officer.",
        "Reform UK has won 677 seats so far, according to the BBC's count.",
        "Turnout was 31%, according to the official count.",
    )
    rows = said(
        (1, "the council's returning officer", "the council's returning officer", "Reform UK has taken the council"),
        (2, "the BBC's count", "the BBC's count", "Reform UK has won 677 seats so far"),
        (3, "the official count", "the official count", "turnout was 31%"),
    )
    table = speakers.speakers_table(rows, names, text)
    assert sorted(table["speaker"]) == ["BBC", "the council's returning officer", "the official count"]
    assert "BBC" not in speakers.unheard(names, rows, text)["entity"].tolist()
