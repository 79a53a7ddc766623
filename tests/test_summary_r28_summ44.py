"""Summary and notebook sentences on texts written for these tests: a row dating the last time before now ("for the
first time in 15 years") is no earliest event and no start of the dates covered; a body whose mayor or leader speaks
("Its mayor, NAME, said") is heard, but not through a member elected to it; so is each of "Tesco, Sainsbury's and
Asda said"."""

from __future__ import annotations

from newsframe import findings, pipeline, summary

LAST_TIME = """Fuel duty to rise for first time in 15 years
Published: 2026-11-27 09:00

Fuel duty will go up for the first time in 15 years, the Chancellor announced on Wednesday.

The rise, of 3p a litre, takes effect in April 2027.
"""


def test_the_last_time_before_now_is_no_earliest_event(write):
    analysis = pipeline.analyze(write("duty.txt", LAST_TIME), use_cache=False)
    timeline, published = analysis.tables["timeline"], analysis.article.published
    said = findings.events_in_time.__wrapped__(timeline, published)
    assert not said.startswith("The earliest is “15 years”"), said
    assert said.startswith("The earliest is “Wednesday”"), said
    aside = "“15 years” (twice) dates the last time before now, 2011, not an event the article tells of."
    assert said.endswith(aside), said


def test_the_dates_covered_start_with_the_story_not_the_last_time(write):
    analysis = pipeline.analyze(write("duty.txt", LAST_TIME), use_cache=False)
    numbers = summary.key_numbers(analysis.article, analysis.tables).set_index("measure")
    assert numbers.loc["dates covered", "value"] == "from 25 November 2026 to April 2027"
    assert numbers.loc["dates covered", "detail"] == "“15 years” (twice) dates the last time before now, 2011"


COUNCIL = """Homes approved despite objections
Published: 2024-11-27 09:00

Councillors at Northvale District Council approved 300 homes on Tuesday.

Dunmore Town Council had objected to the scheme. Its mayor, Anne Kellett, said: "The roads cannot cope."

The developer, Redfern Homes, said the scheme would bring jobs.
"""


def _never(write, text):
    t = pipeline.analyze(write("council.txt", text), use_cache=False).tables
    return findings.never_heard.__wrapped__(t["quotes"], t["entities"], t["paragraphs"])


def test_a_council_whose_mayor_speaks_is_heard(write):
    said = _never(write, COUNCIL)
    assert "Dunmore Town Council" not in said and "Northvale District Council" in said, said
    assert "Dunmore Town Council" not in _never(write, COUNCIL.replace("Its mayor", "Its leader"))


def test_a_councillor_is_not_the_council_s_voice(write):
    said = _never(write, COUNCIL.replace("Its mayor", "Its councillor"))
    assert "Dunmore Town Council" in said, said


RECALL = """Baby formula recalled over contamination fears
Published: 2025-06-10 11:45

Thousands of tins of baby formula made by Hallam Nutrition are being recalled after tests found a bacterium.

Tesco, Sainsbury's and Asda said the products had been removed from sale. Boots said it had put up notices.

Hallam Nutrition said it was sorry.
"""


def test_names_listed_with_a_speaker_up_to_the_cue_are_heard(write):
    said = _never(write, RECALL)
    assert "Asda" not in said and "Sainsbury" not in said, said
