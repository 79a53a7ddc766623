"""A model named with its maker and code ("the Airbus A320", "the Galaxy Z Fold 7") is a product, never the airline or
the company a description after it ("the airline said", "the firm said") stands for."""

from __future__ import annotations

from newsframe import pipeline

FIRE = "\n\n".join(
    [
        "Plane engine fire",
        "An engine on a Jet2 flight caught fire on Monday.",
        "The Boeing 737, bound for Tenerife, was taxiing to the runway when the crew saw smoke, the airline said.",
        "The Airbus A320 had been serviced in May. The airline said it would examine the engine.",
    ]
)

SMOKE = "\n\n".join(
    [
        "Flight diverted after cabin fills with smoke",
        "A Wizz Air flight from Luton to Budapest was diverted to Frankfurt on Friday after smoke filled the cabin.",
        "The Airbus A321neo landed safely and no one was hurt. The carrier said the plane would be inspected before "
        "it flew again.",
    ]
)

FOLD = "\n\n".join(
    [
        "Samsung's new foldable goes on sale",
        "Samsung Electronics said on Friday that orders for its new foldable phone had beaten its forecast.",
        "The Galaxy Z Fold 7 goes on sale in Britain on 25 July. The firm said it expected to sell more than a "
        "million in the first month.",
    ]
)


def _tables(write, name, text, date):
    return pipeline.analyze(write(name, text), date, use_cache=False).tables


def test_a_plane_named_with_its_model_code_is_a_product_and_the_airline_is_the_operator(write):
    tables = _tables(write, "fire.txt", FIRE, "2026-10-27")
    entities = tables["entities"].set_index("entity")
    assert entities.loc["Airbus A320", "entity_type"] == "PRODUCT"
    assert entities.loc["Boeing 737", "entity_type"] == "PRODUCT"
    assert tables["quotes"][["paragraph", "speaker", "speaker_text"]].values.tolist() == [
        [2, "Jet2", "the airline"],
        [3, "Jet2", "The airline"],
    ]


def test_a_model_read_as_a_body_is_still_not_the_carrier_that_speaks(write):
    quotes = _tables(write, "smoke.txt", SMOKE, "2026-03-13")["quotes"]
    assert quotes[["paragraph", "speaker", "speaker_text"]].values.tolist() == [[2, "Wizz Air", "The carrier"]]


def test_a_phone_named_with_its_model_number_is_a_product_and_the_firm_is_its_maker(write):
    tables = _tables(write, "fold.txt", FOLD, "2025-07-11")
    entities = tables["entities"].set_index("entity")
    assert entities.loc["Galaxy Z Fold 7", "entity_type"] == "PRODUCT"
    assert tables["quotes"][["paragraph", "speaker", "speaker_text"]].values.tolist() == [
        [1, "Samsung Electronics", "Samsung Electronics"],
        [2, "Samsung Electronics", "The firm"],
    ]
