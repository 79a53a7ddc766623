"""A defendant's home town in a court or police report ("Hallam, of Acklam, pleaded guilty") is a place."""

from __future__ import annotations

from test_entities import _entities_of, _kinds

from newsframe import pipeline, summary
from newsframe.article import parse_article

COURT = (
    "Former mayor jailed over council contracts\nPublished 21 March 2025, 16:40\n\n"
    "Derek Hallam, 61, steered contracts to a firm run by his brother-in-law, Teesside Crown Court heard on Friday.\n\n"
    "Hallam, of Acklam, pleaded guilty at an earlier hearing in January. His lawyer, Simon Kerr, said his client was "
    '"deeply ashamed".\n\n'
    "Cleveland Police began investigating in 2021.\n"
)


def test_a_surname_alone_then_of_a_town_before_a_plea_places_the_town():
    rows = _kinds(_entities_of(COURT))
    assert rows["Acklam"][0] == "GPE"
    assert rows["Derek Hallam"] == ("PERSON", 2)


def test_the_defendants_town_is_not_listed_among_the_unquoted():
    article = parse_article(COURT, "t.txt")
    tables = pipeline.analyze(article, use_cache=False).tables
    unheard = [s for s in summary.summary_sentences(article, tables) if "never quoted" in s]
    assert unheard and "Acklam" not in unheard[0]


def test_from_a_town_before_a_passive_sentence_and_bodies_after_a_speaker_stay_bodies():
    rows = _kinds(
        _entities_of(
            "Woman denies assault outside pub\nPublished 14 May 2025, 11:20\n\n"
            "Sarah Cole, 29, of Thornaby, Stockton-on-Tees, denied the charge at Teesside Magistrates' Court.\n\n"
            "Jones, from Ystrad Mynach, was fined £300 in a separate case. John Smith, of Unite, said the union "
            "would support the staff. Jane Doe, of Oxfam, said the charity had no comment.\n"
        )
    )
    assert rows["Thornaby"][0] == "GPE" and rows["Stockton-on-Tees"][0] == "GPE"
    assert rows["Ystrad Mynach"][0] == "GPE"  # read as a person's name before
    assert rows["Unite"][0] == "ORG" and rows["Oxfam"][0] == "ORG"
