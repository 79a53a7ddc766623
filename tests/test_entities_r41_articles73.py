"""Entities: a railway named by its kind of line ("London Overground") is a body, not a person. The text here was
written for this test."""

from __future__ import annotations

from newsframe import pipeline


def test_an_overground_railway_is_no_person(write):
    text = (
        "Tube strike: what you need to know\n\n"
        "Underground services across London will be severely disrupted from Sunday as members of the RMT union walk "
        "out for five days in a row over pay.\n\n"
        "Eddie Dempsey, the RMT's general secretary, said members had rejected a pay offer of 3.4%.\n\n"
        "Buses and London Overground are expected to run, but they will be much busier than usual.\n"
    )
    entities = pipeline.analyze(write("strike.txt", text), "2025-09-05", use_cache=False).tables["entities"]
    types = dict(zip(entities["entity"], entities["entity_type"]))
    assert types["London Overground"] == "ORG"
    assert [e for e, t in types.items() if t == "PERSON"] == ["Eddie Dempsey"]
