"""Summary and notebook answers: bodies listed together in one speaker's words are each heard, and a relative date
left open for want of a publication date is not denied being relative."""

from __future__ import annotations

from newsframe import findings, pipeline, summary

STUDY = "\n\n".join(
    [
        "Ocean worms may hold key to slowing muscle loss",
        "Researchers at the University of Edinburgh and the Max Planck Institute for Biology of Ageing in Cologne "
        "found that a marine worm switches on repair genes that mammals silence after middle age.",
        'The work was funded by the Wellcome Trust. "We were genuinely surprised," said Fiona Macleod, who led the '
        "study.",
    ]
)

STUDY_LIST = "\n\n".join(
    [
        "Heat pumps cut bills for most homes, study finds",
        "Scientists from Imperial College London and the Grantham Institute in London found that most households "
        "would save money by switching to a heat pump.",
        "The study was paid for by Nesta. Octopus Energy and British Gas both sell heat pumps.",
    ]
)

BRIEF = "\n\n".join(
    [
        "Severn Trent fined £2.1m over river pollution",
        "Severn Trent Water was fined £2.1 million at Birmingham Crown Court on Thursday after admitting it had "
        "allowed untreated sewage to flow into the River Trent for eleven days in March 2023. The company pleaded "
        "guilty to two offences brought by the Environment Agency.",
        "Judge Martin Hughes said the company had ignored repeated alarms at its Stoke Bardolph works.",
    ]
)


def _analysis(write, name, text, day=None):
    return pipeline.analyze(write(name, text), day, use_cache=False)


def _never_quoted(a):
    sentences = [s.replace("\\", "") for s in summary.summary_sentences(a.article, a.tables)]
    return next(s for s in sentences if "never quoted" in s)


def test_each_body_a_team_of_researchers_works_at_is_heard(write):
    a = _analysis(write, "study", STUDY)
    assert (
        _never_quoted(a)
        == "Of the 4 people and organisations it names, 1 is never quoted: the Wellcome Trust, named once."
    )
    heard = findings.never_heard.__wrapped__(a.tables["quotes"], a.tables["entities"], a.tables["paragraphs"])
    assert "Max Planck" not in heard


def test_each_of_two_bodies_listed_after_from_is_heard(write):
    a = _analysis(write, "list", STUDY_LIST, "2025-03-12")
    assert _never_quoted(a) == (
        "Of the 5 organisations it names, 3 are never quoted, each named once: British Gas, Nesta and Octopus Energy."
    )


def test_a_relative_date_left_open_is_not_denied_being_relative(write):
    a = _analysis(write, "brief", BRIEF)
    assert findings.anchor_counts.__wrapped__(a.tables["timeline"]) == (
        "Of its 3 expressions, 1 is explicit, none placed relative to publication and 2 vague (no calendar date: 1 "
        "relative date left open and 1 duration)."
    )


def test_a_company_named_with_a_suffix_is_one_source_with_its_short_name(write):
    text = BRIEF + " The firm said it had since spent £40 million upgrading the site and would not appeal."
    a = _analysis(write, "fined", text)
    sentences = [s.replace("\\", "") for s in summary.summary_sentences(a.article, a.tables)]
    assert next(s for s in sentences if s.startswith("It attributes")) == (
        "It attributes 3 statements to 2 sources: Severn Trent twice (both reported) and Martin Hughes once (reported)."
    )
    assert "quotes 2 sources" in findings.in_numbers(a.article, a.tables).replace("\\", "")


COLUMN = "\n\n".join(
    [
        "I used to love the high street. Now I dread it",
        "I grew up above a greengrocer's in Stockport. My father opened the shop in 1979 and ran it for thirty years.",
        "When I walked down the same street last month, I counted eleven empty units. The bank closed in 2019.",
        'The council says it is doing what it can. "We are working with landlords to bring units back into use," a '
        "spokesperson told me.",
        'Shop owner Dev Patel said trade had halved. "We cannot go on like this," a spokesperson for the traders\' '
        "group said.",
    ]
)


def test_a_bare_spokesperson_after_a_body_is_that_body(write):
    a = _analysis(write, "column", COLUMN)
    sentences = [s.replace("\\", "") for s in summary.summary_sentences(a.article, a.tables)]
    assert next(s for s in sentences if s.startswith("It attributes")) == (
        "It attributes 4 statements to 3 sources: the council twice (1 direct, 1 reported) and 2 others once each."
    )


def test_a_bare_spokesperson_after_a_person_or_in_a_new_paragraph_stays():
    import pandas as pd

    from newsframe import speakers

    rows = pd.DataFrame(
        {
            "speaker": ["Dev Patel", "a spokesperson", "the council", "A spokesman", "the minister", "a spokesperson"],
            "paragraph": [1, 1, 2, 3, 4, 4],
        }
    )
    entities = pd.DataFrame({"entity": ["Dev Patel"], "entity_type": ["PERSON"]})
    assert speakers.bare_voices(rows, entities) == [
        "Dev Patel",
        "a spokesperson",
        "the council",
        "A spokesman",
        "the minister",
        "a spokesperson",
    ]
