"""Sentences a reporter can print: "police said" is the one force the story names, not a second source; a forecast
with no one forecasting ("is expected to arrive") is no statement; and a broad expression that spans the others
("for two years") is named with its span, then where the others fall."""

from __future__ import annotations

import pandas as pd
from test_summary_r21 import entities, quotes  # tables built as those tests build them

from newsframe import findings, summary

MANHUNT_NAMES = entities(
    ("North Yorkshire Police", "ORG", 1, 2),
    ("Alison Grey", "PERSON", 1, 2),
    ("Mark Fairhurst", "PERSON", 1, 3),
)


def sources(*extra, names=MANHUNT_NAMES) -> str:
    said = quotes(
        (1, "reported", "police", "police"),
        (2, "reported", "North Yorkshire Police", "North Yorkshire Police"),
        (2, "direct", "Alison Grey", "Detective Superintendent Alison Grey"),
        (3, "reported", "Mark Fairhurst", "Mark Fairhurst"),
        *extra,
    )
    return summary.speakers_sentence(said, names)


def test_police_is_the_one_force_the_story_names():
    sentence = sources()
    assert sentence.startswith("It attributes 4 statements to 3 sources"), sentence
    assert "North Yorkshire Police twice" in sentence, sentence
    # "the police" and "the force" are the force as well
    assert sources((3, "reported", "the force", "the force")).startswith("It attributes 5 statements to 3 sources")
    assert sources((3, "reported", "the police", "the police")).startswith("It attributes 5 statements to 3 sources")


def test_police_stay_a_source_of_their_own_when_two_forces_or_none_are_named():
    two = pd.concat([MANHUNT_NAMES, entities(("Cleveland Police", "ORG", 1, 3))], ignore_index=True)
    assert sources(names=two).startswith("It attributes 4 statements to 4 sources"), sources(names=two)
    federation = entities(("Police Federation", "ORG", 1, 2), ("Alison Grey", "PERSON", 1, 2))
    said = quotes((1, "reported", "police", "police"), (2, "reported", "Police Federation", "Police Federation"))
    sentence = summary.speakers_sentence(said, federation)
    assert sentence.startswith("It attributes 2 statements to 2 sources"), sentence
    scotland = entities(("Police Scotland", "ORG", 1, 2))
    said = quotes((1, "reported", "police", "police"), (2, "reported", "Police Scotland", "Police Scotland"))
    sentence = summary.speakers_sentence(said, scotland)
    assert sentence.startswith("It attributes 2 statements to 1 source"), sentence


def _with_forecast(cue: str) -> pd.DataFrame:
    said = quotes(
        (1, "reported", "Yvette Cooper", "Foreign Secretary Yvette Cooper"),
        (2, "direct", "Daniel Okoro", "he"),
        (3, "reported", None, None),
    )
    said.loc[2, "cue"] = cue
    said.loc[2, "text"] = "to arrive back in the UK early next week"
    return said


HOSTAGE_NAMES = entities(("Yvette Cooper", "PERSON", 1, 1), ("Daniel Okoro", "PERSON", 2, 1))


def test_an_expectation_with_no_one_expecting_is_no_statement():
    sentence = summary.speakers_sentence(_with_forecast("expected"), HOSTAGE_NAMES)
    assert sentence.startswith("It attributes 2 statements to 2 sources"), sentence
    assert "does not name" not in sentence and "more statement" not in sentence, sentence
    assert findings.direct_or_reported(_with_forecast("expected")).startswith("Of its 2 statements")
    # what someone is said or understood to do was said by someone the article leaves out: still counted so
    sentence = summary.speakers_sentence(_with_forecast("understood"), HOSTAGE_NAMES)
    assert "(1 more statement whose speaker it does not name)" in sentence, sentence
    alone = _with_forecast("expected").iloc[[2]]
    assert summary.speakers_sentence(alone, HOSTAGE_NAMES) == "It quotes no one: no statement in it is attributed."


def _timeline(rows: list[tuple]) -> pd.DataFrame:
    table = pd.DataFrame(rows, columns=["expression", "type", "value", "date", "date_end"])
    return table.assign(paragraph=1, start_char=range(len(table)), anchor="")


def test_a_broad_expression_is_named_with_its_span_then_the_others():
    rows = [
        ("two years", "DURATION", "P2Y", "2024-01-01", "2026-12-31"),
        ("March", "DATE", "2026-03", "2026-03-01", "2026-03-31"),
        ("Saturday", "DATE", "2026-08-22", "2026-08-22", ""),
    ]
    sentence = summary.dates_sentence(_timeline(rows))
    assert sentence == (
        "Of its 3 dated expressions, “two years” refers to 2024–2026 and the other 2 run from March 2026 to "
        "22 August 2026."
    ), sentence
    assert "the whole of" not in sentence
    rows.append(("the past two years", "DATE", "P2Y", "2024-01-01", "2026-12-31"))
    sentence = summary.dates_sentence(_timeline(rows))
    both = "Of its 4 dated expressions, “two years” and “the past two years” both refer to 2024–2026 and"
    assert sentence.startswith(both), sentence


def test_expressions_of_no_named_kind_alone_are_not_called_other():
    alone = _timeline([("2026-27", "DATE", "2026/2027", "", "")])
    assert summary.undated_sentence(alone) == "1 expression (“2026-27”) stays off the calendar."
    mixed = _timeline([("2026-27", "DATE", "2026/2027", "", ""), ("recently", "DATE", "PAST_REF", "", "")])
    assert summary.undated_sentence(mixed) == (
        "1 vague reference (“recently”) and 1 other undated expression (“2026-27”) stay off the calendar."
    )


def test_a_spokesperson_named_by_a_body_is_that_body_speaking():
    names = entities(("Angela Price", "PERSON", 1, 2))
    said = quotes(
        (1, "reported", "The council", "The council"),
        (2, "direct", "Angela Price", "Council leader Angela Price"),
        (3, "partial", "A council spokesperson", "A council spokesperson"),
    )
    sentence = summary.speakers_sentence(said, names)
    assert sentence.startswith("It attributes 3 statements to 2 sources"), sentence
    # the spokesperson of a body no one else speaks for, or of another body, stays a source of their own
    said.loc[0, ["speaker", "speaker_text"]] = "The club"
    sentence = summary.speakers_sentence(said, names)
    assert sentence.startswith("It attributes 3 statements to 3 sources"), sentence


def test_a_broad_expression_whose_span_runs_between_bounds_runs_and_a_single_day_is_fallen_on():
    rows = [
        ("the month", "DATE", "2026-11", "2026-11-01", "2026-11-30"),
        ("Friday", "DATE", "2026-11-27", "2026-11-27", ""),
        ("this morning", "TIME", "2026-11-27TMO", "2026-11-27", ""),
    ]
    sentence = summary.dates_sentence(_timeline(rows))
    assert sentence.endswith("and the other 2 fall on 27 November 2026."), sentence
    rows = [
        ("over the next three years", "DURATION", "P3Y", "2026-11-25", "2029-11-25"),
        ("Wednesday", "DATE", "2026-11-25", "2026-11-25", ""),
    ]
    sentence = summary.dates_sentence(_timeline(rows))
    assert sentence.startswith("Of its 2 dated expressions, “over the next three years” runs from 25 November 2026"), (
        sentence
    )


def test_a_spokesperson_for_a_party_is_not_the_party():
    names = entities(("Conservative", "NORP", 2, 1), ("Helen Carter", "PERSON", 2, 1))
    said = quotes(
        (1, "direct", "Helen Carter", "Helen Carter"),
        (2, "partial", "a Conservative spokesperson", "a Conservative spokesperson"),
        (3, "reported", "A spokesperson for Conservative", "A spokesperson for Conservative"),
    )
    sentence = summary.speakers_sentence(said, names)
    assert sentence.startswith("It attributes 3 statements to 3 sources"), sentence
    assert "a Conservative spokesperson (partial)" in sentence and "Conservative twice" not in sentence, sentence
