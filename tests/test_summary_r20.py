"""Who is heard, as a reporter would print it: a broadcaster someone spoke to is no source kept silent, a firm's
chief executive named with no firm speaks for the one firm a story is about (and for neither of two), a long
description of a speaker is named by its head in a sentence while the table keeps it whole, a headline's passive
("Minister expected to resign") quotes no minister, and "the source" after "a senior government source" is one
source."""

from __future__ import annotations

import pandas as pd

from newsframe import findings, pipeline, speakers, summary


def quotes(*rows) -> pd.DataFrame:
    """A quotes table of (paragraph, kind, speaker, speaker_text, text) rows, every statement neutral."""
    table = pd.DataFrame(rows, columns=["paragraph", "kind", "speaker", "speaker_text", "text"])
    return table.assign(tone="neutral", cue="said", speaker_paragraph=table["paragraph"])


def entities(*rows) -> pd.DataFrame:
    """An entities table of (entity, entity_type, mentions, first_paragraph) rows."""
    table = pd.DataFrame(rows, columns=["entity", "entity_type", "mentions", "first_paragraph"])
    return table.assign(paragraphs=1, aliases=table["entity"])


def paragraphs(*texts: str) -> pd.DataFrame:
    """A paragraphs table: the headline (0) and then each text."""
    return pd.DataFrame({"paragraph": range(len(texts)), "text": list(texts)})


BAKERY = paragraphs(
    "Bakery chain Crumbwell to close 30 shops",
    "Crumbwell will close 30 of its shops by spring, the chain said on Monday.",
    "Union official Dana Pike told LBC the closures were “a hammer blow” for staff.",
    "Pike said in an interview with the BBC that members would be balloted.",
)
BAKERY_QUOTES = quotes(
    (1, "reported", "Crumbwell", "the chain", "Crumbwell will close 30 of its shops by spring"),
    (2, "partial", "Dana Pike", "Union official Dana Pike", "the closures were “a hammer blow” for staff"),
    (3, "reported", "Dana Pike", "Pike", "that members would be balloted"),
)
BAKERY_NAMES = entities(
    ("Crumbwell", "ORG", 2, 0), ("Dana Pike", "PERSON", 2, 2), ("BBC", "ORG", 1, 3), ("LBC", "ORG", 1, 2)
)


def test_a_broadcaster_someone_spoke_to_is_no_source_kept_silent():
    assert speakers.carriers(BAKERY_NAMES, BAKERY_QUOTES, BAKERY) == {"BBC", "LBC"}
    assert speakers.unheard(BAKERY_NAMES, BAKERY_QUOTES, BAKERY).empty
    said = summary.unheard_sentence(BAKERY_QUOTES, BAKERY_NAMES, BAKERY)
    assert said == (
        "The BBC and LBC are named only as outlets or audiences someone spoke to; it quotes every one of the 2 other "
        "people and organisations it names."
    ), said
    assert findings.never_heard.__wrapped__(BAKERY_QUOTES, BAKERY_NAMES, BAKERY) == said
    # without the paragraphs the media cannot be told from silent sources: listed, as before
    assert speakers.unheard(BAKERY_NAMES, BAKERY_QUOTES)["entity"].tolist() == ["BBC", "LBC"]


def test_a_broadcaster_the_story_is_also_about_stays_unheard():
    """The BBC named as the employer cutting jobs and as the one told: it is a party to the story, not only a
    medium, and it never speaks."""
    text = paragraphs(
        "BBC to cut 500 jobs in local radio",
        "The BBC will cut 500 jobs in local radio, according to union official Dana Pike.",
        "Pike told the BBC's own reporters the plan was “vandalism”.",
    )
    said = quotes(
        (1, "reported", "Dana Pike", "union official Dana Pike", "The BBC will cut 500 jobs in local radio"),
        (2, "partial", "Dana Pike", "Pike", "the plan was “vandalism”"),
    )
    names = entities(("BBC", "ORG", 3, 0), ("Dana Pike", "PERSON", 2, 1))
    assert speakers.carriers(names, said, text) == set()
    assert speakers.unheard(names, said, text)["entity"].tolist() == ["BBC"]


KITE = paragraphs(
    "Kestrel cuts 400 jobs as drone orders slump",
    "Kestrel, the Bristol drone maker, will cut 400 jobs after orders fell by a third.",
    "“This is the hardest decision we have taken,” chief executive Priya Natarajan wrote in a letter to staff.",
)
KITE_QUOTES = quotes(
    (2, "direct", "Priya Natarajan", "chief executive Priya Natarajan", "“This is the hardest decision we have taken,”")
)


def test_a_chief_executive_named_with_no_firm_speaks_for_the_one_firm_of_the_story():
    names = entities(("Kestrel", "ORG", 2, 0), ("Priya Natarajan", "PERSON", 1, 2), ("Bristol", "GPE", 1, 1))
    assert speakers.lead_organisation(names) == "Kestrel"
    assert speakers.unheard(names, KITE_QUOTES, KITE).empty
    # the same with the office after the name, or a spokeswoman with no name
    for written in ("Priya Natarajan, the chief executive", "its chief executive, Priya Natarajan", "a spokeswoman"):
        said = KITE_QUOTES.assign(speaker_text=written)
        assert speakers.unheard(names, said, KITE).empty, written
    # an analyst speaks for a firm of their own, a former chief executive for none, an owner for anyone (a dog's)
    for written in ("analyst Priya Natarajan", "former chief executive Priya Natarajan", "the owner"):
        said = KITE_QUOTES.assign(speaker_text=written)
        assert speakers.unheard(names, said, KITE)["entity"].tolist() == ["Kestrel"], written


def test_a_chief_executive_named_with_no_firm_speaks_for_neither_of_two_firms():
    """A merger names two firms in its headline: whose chief executive wrote is not the summary's to guess."""
    text = paragraphs(
        "Kestrel and Osprey agree to merge",
        "Kestrel and Osprey, two Bristol drone makers, agreed to merge on Tuesday.",
        "“This is the right deal,” chief executive Priya Natarajan wrote in a letter to staff.",
    )
    said = KITE_QUOTES.assign(text="“This is the right deal,”")
    names = entities(("Kestrel", "ORG", 2, 0), ("Osprey", "ORG", 2, 0), ("Priya Natarajan", "PERSON", 1, 2))
    assert speakers.lead_organisation(names) is None
    assert speakers.unheard(names, said, text)["entity"].tolist() == ["Kestrel", "Osprey"]
    # one firm in the headline, but another named in the speaker's own paragraph: she may be its officer
    text = paragraphs(
        "Kestrel shares fall",
        "Kestrel shares fell 8% on Tuesday after orders slumped.",
        "Osprey, a rival, gained. “We are growing,” chief executive Priya Natarajan said.",
    )
    names = entities(("Kestrel", "ORG", 2, 0), ("Osprey", "ORG", 1, 2), ("Priya Natarajan", "PERSON", 1, 2))
    assert speakers.lead_organisation(names) == "Kestrel"
    said = KITE_QUOTES.assign(text="“We are growing,”")
    assert speakers.unheard(names, said, text)["entity"].tolist() == ["Kestrel", "Osprey"]


STUDY = "a study of more than 52,000 nurses published in The Lancet"
NO_ONE = entities()


def test_a_long_description_of_a_speaker_is_named_by_its_head_in_a_sentence():
    said = quotes(
        (1, "reported", STUDY, STUDY, "night shifts raise the risk of diabetes"),
        (2, "reported", "Ana Roe", "Ana Roe", "the finding was robust"),
        (3, "reported", "Ana Roe", "Ana Roe", "more work was needed"),
    )
    names = entities(("Ana Roe", "PERSON", 2, 2), ("The Lancet", "ORG", 1, 1))
    sentence = summary.speakers_sentence(said, names)
    assert "a study of more than 52,000 nurses once (reported)" in sentence and "published in" not in sentence, sentence
    assert STUDY in speakers.speakers_table(said, names)["speaker"].tolist()  # the table keeps it whole
    assert speakers.short_speaker("a spokesperson for the Department for Environment, Food and Rural Affairs") == (
        "a spokesperson for the Department for Environment, Food and Rural Affairs"
    )
    assert speakers.short_speaker("an official at the ministry who spoke on condition of anonymity") == (
        "an official at the ministry"
    )


def test_the_summary_leaves_a_broadcaster_out_of_the_silent(write):
    story = """Bakery chain Crumbwell to close 30 shops

Published 2025-03-03

Crumbwell will close 30 of its shops by spring, the chain said on Monday.

Union official Dana Pike told LBC the closures were "a hammer blow" for staff.
"""
    analysis = pipeline.analyze(write("bakery.txt", story), use_cache=False)
    (heard,) = [s for s in summary.summary_sentences(analysis.article, analysis.tables) if "people and organ" in s]
    carried, _, silent = heard.partition(";")
    assert "LBC" not in silent and "the 2 other people and organisations" in silent, heard
    assert carried == "LBC is named only as the outlet or audience someone spoke to", heard


def test_a_headline_passive_quotes_no_one():
    """Headlines drop the "is" of a passive: "Minister expected to resign" says who is expected to, not who said so."""
    said = quotes(
        (0, "reported", "Colin Ward", "Minister", "to resign over expenses"),
        (1, "reported", "a senior government source", "a senior government source", "Colin Ward is expected to go"),
    ).assign(cue=["expected", "said"])
    names = entities(("Colin Ward", "PERSON", 2, 0))
    assert speakers.headline_passives(said).tolist() == [True, False]
    assert speakers.speakers_table(said, names)["speaker"].tolist() == ["a senior government source"]
    assert speakers.unheard(names, said)["entity"].tolist() == ["Colin Ward"]
    sentence = summary.speakers_sentence(said, names)
    # an expectation with no one expecting is no statement to a reader: left out of the count (`expectations`)
    assert sentence == "It attributes 1 statement to 1 source: a senior government source (reported).", sentence
    # in the body an active verb before an infinitive has its subject for speaker: "Ward vowed to fight on"
    body = said.assign(paragraph=[2, 1])
    assert set(speakers.speakers_table(body, names)["speaker"]) == {"Colin Ward", "a senior government source"}


def test_the_source_after_a_senior_government_source_is_one_source():
    said = quotes(
        (1, "reported", "a senior government source", "a senior government source", "Colin Ward would resign"),
        (2, "reported", "The source", "The source", "Ward had lost the confidence of the prime minister"),
    )
    names = entities(("Colin Ward", "PERSON", 2, 1))
    table = speakers.speakers_table(said, names)
    assert table[["speaker", "statements"]].values.tolist() == [["a senior government source", 2]]
    # two sources described before it: "the source" may be either, and stays apart
    more = pd.concat([quotes((1, "reported", "another source", "another source", "talks had stalled")), said])
    assert len(speakers.speakers_table(more, names)) == 3
    # a headline's bare noun is the study the story describes, even when the story describes it later
    study = quotes(
        (0, "reported", "study", "study", "Daily walk linked to lower dementia risk"),
        (1, "reported", STUDY, STUDY, "walkers are 20% less likely to develop dementia"),
    )
    assert speakers.speakers_table(study, names)[["speaker", "statements"]].values.tolist() == [[STUDY, 2]]
    # "Officials added" after "Officials from both countries said": the same officials
    officials = quotes(
        (4, "reported", "Officials from both countries", "Officials from both countries", "checks would be phased in"),
        (4, "reported", "Officials", "Officials", "the fishing dispute remained unresolved"),
    )
    table = speakers.speakers_table(officials, names)
    assert table[["speaker", "statements"]].values.tolist() == [["officials from both countries", 2]]
    # "the study" before any study is described is left as written
    early = study.assign(paragraph=[2, 3], speaker=["the study", STUDY])
    assert len(speakers.speakers_table(early, names)) == 2


def test_a_name_before_an_office_is_a_body_heard_whatever_its_type():
    """The recogniser may take a train company for a person; a name written right before an office ("Northline
    Trains managing director Owen Price") is a body's name, and that body is heard."""
    said = quotes(
        (2, "reported", "Owen Price", "Northline Trains managing director Owen Price", "services would run normally")
    )
    names = entities(("Northline Trains", "PERSON", 2, 1), ("Owen Price", "PERSON", 1, 2), ("Ada Lund", "PERSON", 1, 3))
    assert speakers.unheard(names, said)["entity"].tolist() == ["Ada Lund"]
    # a former managing director speaks for the company no more; a name after a comma is the speaker's own
    for written in ("former Northline Trains managing director Owen Price", "Owen Price, managing director"):
        assert "Northline Trains" in speakers.unheard(names, said.assign(speaker_text=written))["entity"].tolist()


def test_an_office_written_before_the_speaker_span_speaks_for_its_body():
    """The quotes table may give the speaker as "Helen Carr" where the article writes "Ofgem director Helen Carr":
    the office is read from the words before, in the same clause."""
    text = paragraphs(
        "Regulator orders Voltra to repay customers",
        "Ofgem has ordered Voltra to repay £14m to customers.",
        "In comments to Reuters, Ofgem director Helen Carr said the case was a warning.",
    )
    start = text["text"][2].index("Helen Carr")
    said = quotes((2, "reported", "Helen Carr", "Helen Carr", "the case was a warning")).assign(speaker_start=start)
    names = entities(("Ofgem", "ORG", 2, 1), ("Voltra", "ORG", 2, 0), ("Helen Carr", "PERSON", 1, 2))
    assert speakers.unheard(names, said, text)["entity"].tolist() == ["Voltra"]
    # the clause before ends at the comma: "Reuters" there is what she spoke to, and Reuters is no one's office
    assert speakers.unheard(names, said)["entity"].tolist() == ["Ofgem", "Voltra"]  # no text, no office read


def test_a_speaker_with_no_letter_names_no_one():
    """A name the recogniser cut short ("Which?" read as "Which" and "?") leaves "?" for speaker: no source."""
    said = quotes(
        (1, "reported", "?", "?", "the fine was too small"),
        (2, "reported", "Ana Roe", "Ana Roe", "suppliers shrug off fines"),
    )
    assert speakers.speakers_table(said, NO_ONE)["speaker"].tolist() == ["Ana Roe"]
    sentence = summary.speakers_sentence(said, NO_ONE)
    assert (
        sentence
        == "It attributes 1 statement to 1 source (1 more statement with no speaker found): Ana Roe (reported)."
    ), sentence
    assert findings.what_was_said.__wrapped__(said.iloc[[0]]).endswith(
        "with no speaker found: “the fine was too small”"
    )


def test_a_shadow_minister_speaks_for_the_party():
    said = quotes((3, "partial", "Tom Yates", "Labour's shadow chancellor, Tom Yates", "the cuts would “hit the poor”"))
    names = entities(("Labour", "ORG", 1, 3), ("Tom Yates", "PERSON", 1, 3), ("Priya Shah", "PERSON", 3, 1))
    assert speakers.unheard(names, said)["entity"].tolist() == ["Priya Shah"]
    # a former shadow minister no longer does
    former = said.assign(speaker_text="Labour's former shadow chancellor, Tom Yates")
    assert speakers.unheard(names, former)["entity"].tolist() == ["Priya Shah", "Labour"]


def test_a_medium_the_recogniser_took_for_a_person_is_a_medium_but_a_person_told_is_not():
    text = paragraphs(
        "Flood victims demand answers",
        "Local MP Ann Carver said on Twitter that she would raise the matter.",
        "Carver told Jo Reed, the council leader, that defences were overdue.",
    )
    said = quotes(
        (1, "reported", "Ann Carver", "Local MP Ann Carver", "that she would raise the matter"),
        (2, "reported", "Ann Carver", "Carver", "that defences were overdue"),
    )
    names = entities(("Ann Carver", "PERSON", 2, 1), ("Twitter", "PERSON", 1, 1), ("Jo Reed", "PERSON", 1, 2))
    assert speakers.carriers(names, said, text) == {"Twitter"}
    assert speakers.unheard(names, said, text)["entity"].tolist() == ["Jo Reed"]


def test_a_headline_quotation_printed_again_is_one_statement_in_every_answer():
    said = quotes(
        (0, "direct", "Gwen Harper", "flood victims", "'We were told nothing'"),
        (2, "direct", "Gwen Harper", "Gwen Harper", "“We were told nothing until the water was at the door,”"),
        (3, "reported", "Raj Mistry", "Raj Mistry", "insurers had refused two claims"),
    )
    names = entities(("Gwen Harper", "PERSON", 1, 2), ("Raj Mistry", "PERSON", 1, 3))
    assert summary.speakers_sentence(said, names).startswith("It attributes 2 statements to 2 sources")
    assert findings.direct_or_reported.__wrapped__(said).startswith("Of its 2 statements, 1 is a direct quotation")
    assert findings.tone_of_speakers.__wrapped__(said, names).startswith("Of its 2 statements")
    assert speakers.quote_kinds(said)["statements"].sum() == 2


def test_a_police_officer_of_a_force_and_a_judge_of_the_one_court_are_their_bodies_heard():
    said = quotes(
        (3, "partial", "Mark Rennie", "Judge Mark Rennie", "Cole had shown “no remorse whatsoever”"),
        (4, "reported", "Sara Quinn", "Detective Inspector Sara Quinn of Kent Police", "the sentence was right"),
    )
    names = entities(
        ("Liam Cole", "PERSON", 3, 2),
        ("Kent Police", "ORG", 1, 4),
        ("Maidstone Crown Court", "ORG", 1, 2),
        ("Mark Rennie", "PERSON", 1, 3),
        ("Sara Quinn", "PERSON", 1, 4),
    )
    assert speakers.unheard(names, said)["entity"].tolist() == ["Liam Cole"]
    # two courts named (a trial and an appeal): whose judge spoke is not told
    two = pd.concat([names, entities(("Court of Appeal", "ORG", 1, 5))], ignore_index=True)
    assert speakers.unheard(two, said)["entity"].tolist() == ["Liam Cole", "Maidstone Crown Court", "Court of Appeal"]
    # a justice minister is no judge
    minister = said.assign(speaker_text=["Justice Minister Mark Rennie", "Sara Quinn"])
    assert "Maidstone Crown Court" in speakers.unheard(names, minister)["entity"].tolist()
