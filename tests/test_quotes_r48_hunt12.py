"""A one-word maker ("the planemaker") after a firm its sentence names, in a paragraph that names no person before
it, is that firm: not the analyst quoted a paragraph earlier."""

from __future__ import annotations

from newsframe import pipeline

MARKETS = "\n\n".join(
    [
        "Wall Street ends lower as tech stocks slide ahead of Fed decision",
        "NEW YORK (Reuters) - U.S. stocks closed lower on Tuesday, dragged down by a sell-off in technology shares.",
        '"The market has had a huge run and people are taking some money off the table before the Fed," said Peter'
        " Cardillo, chief market economist at Spartan Capital Securities in New York.",
        "Among other movers, Boeing shares rose 1.8% after the planemaker said deliveries had recovered in May.",
        "Senator Maria Cantwell questioned the deal. Boeing disappointed investors, the lawmaker said.",
    ]
)


def test_a_one_word_maker_after_the_firm_its_sentence_names_is_that_firm(write):
    quotes = pipeline.analyze(write("markets.txt", MARKETS), "2025-06-17", use_cache=False).tables["quotes"]
    maker = quotes[quotes["speaker_text"] == "the planemaker"].iloc[0]
    assert (maker["speaker"], maker["text"]) == ("Boeing", "deliveries had recovered in May")  # not Peter Cardillo
    lawmaker = quotes[quotes["speaker_text"] == "the lawmaker"].iloc[0]
    assert lawmaker["speaker"] == "Maria Cantwell"  # a maker that is a person stays one
