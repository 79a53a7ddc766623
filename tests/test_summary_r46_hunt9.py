"""Summary: a description that declined to comment stands for the unnamed body its noun just told of."""

from __future__ import annotations

from newsframe import pipeline, summary

APPEAL = "\n\n".join(
    [
        "Appeals court upholds conviction of former FTX chief",
        "A federal appeals court on Monday upheld the fraud conviction of Sam Bankman-Fried, rejecting the FTX "
        "founder's argument that his trial judge had been biased against him.",
        '"The evidence of guilt was overwhelming," Circuit Judge Barrington Parker wrote for the panel.',
        "Prosecutors in the office of U.S. Attorney Damian Williams had argued that the trial was fair. A spokesman "
        "for the office declined to comment on Monday.",
    ]
)


def test_the_office_that_declined_is_not_a_firm_named_before(write):
    a = pipeline.analyze(write("appeal", APPEAL), "2024-07-23", use_cache=False)
    text = summary.summary_markdown(a.article, a.tables).replace("\\", "")
    assert "FTX declined to comment" not in text
    assert "declined to comment" not in text
