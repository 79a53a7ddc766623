"""Summary: "the source" right after a single source its paragraph brings in ("Another senior government source
disputed that account. “…,” the source said") is that source, not the group of insiders heard before."""

from __future__ import annotations

from newsframe import pipeline, summary

HOUSING = "\n\n".join(
    [
        "Ministers split over housing target",
        "Published 21 January 2025, 22:10",
        "Senior ministers are divided over whether to delay the housing target, according to several people familiar "
        "with the discussions.",
        'Another senior government source disputed that account. "Nobody is talking about dropping anything," the '
        "source said.",
    ]
)

TRANSFER = "\n\n".join(
    [
        "Club close to signing striker",
        "Published 2 August 2025, 18:00",
        "Rovers are close to agreeing a fee for the striker, two people with knowledge of the talks said.",
        "A source at the selling club played down the report. “There is no deal yet,” the source said.",
    ]
)


def _attributes(write, name, text):
    a = pipeline.analyze(write(name, text), None, use_cache=False)
    sentences = [s.replace("\\", "") for s in summary.summary_sentences(a.article, a.tables)]
    return next(s for s in sentences if s.startswith("It attributes"))


def test_the_source_after_another_source_is_not_the_insider_group(write):
    said = _attributes(write, "housing.txt", HOUSING)
    assert said.startswith("It attributes 2 statements to 2 sources, each once")
    assert "twice" not in said


def test_the_source_after_a_source_at_another_body_is_not_the_insider_group(write):
    said = _attributes(write, "transfer.txt", TRANSFER)
    assert said.startswith("It attributes 2 statements to 2 sources, each once")
