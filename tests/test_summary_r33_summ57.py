"""summ57 (r33): a court or a chamber of a parliament written only as where something happened ("pleaded guilty at
Truro Crown Court", "speaking in the Commons") is a venue, not a source the article kept silent (a court report, a
Commons vote, a row over a minister's figures)."""

from test_summary_r30_summ52 import entities, paragraphs
from test_summary_r31_summ53 import said

from newsframe import speakers, summary


def unheard_names(names, rows, text):
    return speakers.unheard(names, rows, text)["entity"].tolist()


COURT = paragraphs(
    "A van driver has admitted causing the death of a cyclist by careless driving.",
    "Peter Dawlish, 61, of Bodmin, pleaded guilty at Truro Crown Court on Monday.",
    'The cyclist\'s sister, Alison Kerr, said: "Simon was the kindest man we knew."',
    "Devon and Cornwall Police said it welcomed the guilty plea.",
)
COURT_NAMES = entities(
    ("Peter Dawlish", "PERSON", 1, "Peter Dawlish"),
    ("Alison Kerr", "PERSON", 1, "Alison Kerr"),
    ("Devon and Cornwall Police", "ORG", 1, "Devon and Cornwall Police"),
    ("Truro Crown Court", "ORG", 1, "Truro Crown Court"),
)
COURT_SAID = said(
    (3, "Alison Kerr", "The cyclist's sister, Alison Kerr", "Simon was the kindest man we knew"),
    (4, "Devon and Cornwall Police", "Devon and Cornwall Police", "it welcomed the guilty plea"),
)


# The court where the plea was made is no body that declined to speak: said to be a venue, not "never quoted".
def test_a_court_named_only_as_where_a_plea_was_made_is_a_venue():
    assert unheard_names(COURT_NAMES, COURT_SAID, COURT) == ["Peter Dawlish"]
    sentence = summary.unheard_sentence(COURT_SAID, COURT_NAMES, COURT)
    assert sentence.startswith("Truro Crown Court is named only as a venue; of the 3 other people")
    assert "never quoted: Peter Dawlish" in sentence


# A court written only as where the plea was made is a venue even when its judge is quoted: the judge is the source,
# and the court is neither counted as quoted nor listed as unheard (r36: the rule it replaces counted it as quoted).
def test_a_court_whose_judge_is_quoted_is_still_a_venue():
    text = paragraphs(
        "Gareth Pryce admitted fraud at Mold Crown Court on Monday.",
        'Judge Rhys Vaughan said the offending had been "persistent and sophisticated".',
    )
    names = entities(
        ("Gareth Pryce", "PERSON", 1, "Gareth Pryce"),
        ("Mold Crown Court", "ORG", 1, "Mold Crown Court"),
        ("Rhys Vaughan", "PERSON", 1, "Rhys Vaughan"),
    )
    rows = said((2, "Rhys Vaughan", "Judge Rhys Vaughan", "the offending had been persistent and sophisticated"))
    sentence = summary.unheard_sentence(rows, names, text)
    assert sentence == (
        "Mold Crown Court is named only as a venue; of the 2 other people it names, 1 is never "
        "quoted: Gareth Pryce, named once."
    )


# "in the Commons" twice is where the row will be heard; "misleading Parliament" is no place, and Parliament stays.
def test_the_commons_after_in_is_a_venue_but_parliament_as_an_object_is_not():
    text = paragraphs(
        "The Education Secretary, Priya Natarajan, has been accused of misleading Parliament over school funding.",
        "Tom Hailey said she should correct the record in the Commons this week.",
        "Ms Natarajan is due to answer questions in the Commons on Thursday.",
    )
    names = entities(
        ("Priya Natarajan", "PERSON", 2, "Priya Natarajan"),
        ("Commons", "ORG", 2, "Commons"),
        ("Tom Hailey", "PERSON", 1, "Tom Hailey"),
        ("Parliament", "ORG", 1, "Parliament"),
    )
    rows = said((2, "Tom Hailey", "Tom Hailey", "she should correct the record in the Commons this week"))
    assert speakers.chambers(names, text) == {"Commons"}
    assert unheard_names(names, rows, text) == ["Priya Natarajan", "Parliament"]
    assert summary.unheard_sentence(rows, names, text).startswith("It names the Commons only as a venue; of the 3")


# Any other body after "at" or "in" is no place ("a job at Tesco", "shares in Greyfield"), and a court's possessive
# ("the Supreme Court's ruling") is its own word: neither is a venue.
def test_other_bodies_after_at_and_a_courts_possessive_are_no_venues():
    text = paragraphs(
        "Anna Wheeler, who once had a job at Tesco, welcomed the Supreme Court's ruling.",
        '"It is a good day," Ms Wheeler said, speaking at the High Court.',
    )
    names = entities(
        ("Anna Wheeler", "PERSON", 2, "Anna Wheeler"),
        ("Tesco", "ORG", 1, "Tesco"),
        ("Supreme Court", "ORG", 1, "Supreme Court"),
        ("High Court", "ORG", 1, "High Court"),
    )
    assert speakers.chambers(names, text) == {"High Court"}


# A brief with no statement at all: the venue is said on its own, and "It quotes no one" still takes in the others
# once, rather than "It quotes no one" and then "neither of the 2 other people … is quoted" said twice.
def test_a_brief_with_no_quotes_says_so_once_beside_its_venue():
    no_one = (
        "Neither of the 2 other people and organisations it names is quoted: Jamal Reid (named twice) and Ann Lee "
        "(named once)."
    )
    assert summary.no_one_quoted(no_one) == (
        "It quotes no one, neither the 2 other people and organisations it names, Jamal Reid (named twice) and Ann "
        "Lee (named once), nor anyone else."
    )


def test_the_summary_of_a_court_brief_with_no_quotes(write):
    from newsframe import pipeline

    text = (
        "Man charged over stabbing\n\nPublished 2026-11-04\n\n"
        "A man has been charged with attempted murder after Tom Pryce was stabbed on Saturday.\n\n"
        "Jamal Reid, 24, appeared at Westminster Magistrates' Court on Monday and was remanded in custody.\n"
    )
    analysis = pipeline.analyze(write("brief.txt", text), use_cache=False)
    sentences = summary.summary_sentences(analysis.article, analysis.tables)
    quoted = [s for s in sentences if "quote" in s]
    assert len(quoted) == 1 and quoted[0].startswith("It quotes no one, neither the 2 other people"), sentences
    assert "Westminster Magistrates' Court is named only as a venue." in sentences
