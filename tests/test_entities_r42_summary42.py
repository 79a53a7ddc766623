"""Entities: a title set after its holder's name and a comma ("Prof Catherine Heymans, Astronomer Royal for
Scotland") is no second person."""

from __future__ import annotations

from test_entities import _entities_of, _kinds

from newsframe import pipeline, summary

SCIENCE = (
    "Astronomers find water vapour around planet in habitable zone\n\n"
    "The team, led by Dr Nikku Madhusudhan of the University of Cambridge, used observations from the James Webb "
    "Space Telescope taken over two nights in January 2024.\n\n"
    '"This is the first time we have found water in the atmosphere of such a planet," Dr Madhusudhan said.\n\n'
    "Other scientists urged caution. Prof Catherine Heymans, Astronomer Royal for Scotland, said the signal was "
    '"intriguing but not yet conclusive" and that further observations would be needed.\n'
)


def test_a_title_after_a_holders_name_and_a_comma_is_no_person():
    rows = _kinds(_entities_of(f"date 2025-09-12 {SCIENCE}"))
    assert "Astronomer Royal" not in rows
    assert rows["Catherine Heymans"] == ("PERSON", 1)
    assert rows["Scotland"] == ("GPE", 1)


def test_the_summary_lists_no_title_as_never_quoted(write):
    analysis = pipeline.analyze(write("science.txt", SCIENCE), "2025-09-12", use_cache=False)
    sentences = summary.summary_sentences(analysis.article, analysis.tables)
    assert "It names 2 people, 1 place and 1 organisation, as well as 1 product." in sentences
    assert not any("Astronomer Royal" in s for s in sentences)


def test_people_listed_after_a_comma_stay_people():
    rows = _kinds(
        _entities_of(
            "date 2025-03-01 Awards\n\nThe prize went to Dr Ann Lee, Grace Hill and Tom Price, the judges said.\n"
        )
    )
    assert rows["Grace Hill"][0] == "PERSON" and rows["Tom Price"][0] == "PERSON"
