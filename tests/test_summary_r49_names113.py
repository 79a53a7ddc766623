"""Summary: a place named in a dateline is counted as the entities table counts it, and told apart."""

from __future__ import annotations

from newsframe import pipeline, summary
from newsframe.article import parse_article


def sentences(text: str) -> list[str]:
    result = pipeline.analyze(parse_article(text, "t.txt"), use_cache=False)
    return summary.summary_sentences(result.article, result.tables)


def test_a_dateline_place_is_told_apart_among_its_mentions():
    found = sentences(
        "Nigeria's central bank holds key rate\n"
        "Published 23 September 2025, 18:20\n\n"
        "LAGOS, Nigeria (AP) — Nigeria's central bank on Tuesday kept its benchmark rate unchanged at 27.5%.\n\n"
        "Governor Olayemi Cardoso told reporters in Abuja that the committee had voted to hold the rate.\n\n"
        "Analysts at Lagos-based Cordros Securities said they expected a cut in November.\n\n"
        "Traders in Lagos said the naira was steady, and Lagos business groups asked for cheaper loans."
    )
    lagos = next(s for s in found if "Lagos (place)" in s)
    assert "one of them is the dateline of paragraph 1, where the story was filed" in lagos


def test_a_place_named_only_in_a_sentence_gets_no_dateline_note():
    found = sentences(
        "Kenya's shilling steadies\n"
        "Published 2 October 2025, 10:00\n\n"
        "NAIROBI, Kenya (Reuters) — Kenya's shilling was steady on Thursday as tea exports rose.\n\n"
        "Dealers in Mombasa said demand for dollars from importers was low.\n\n"
        "Mombasa port handled more containers than a year earlier, and Mombasa traders expect a busy December.\n\n"
        "Nairobi's bourse rose 0.4%, and Nairobi dealers expect the shilling to hold."
    )
    mombasa = next(s for s in found if "Mombasa (place)" in s)
    assert "dateline" not in mombasa
    nairobi = next(s for s in found if "Nairobi (place)" in s)
    assert "the dateline of paragraph 1" in nairobi
