"""A quotation's "tonight" is the night of the day the paragraph tells of its speaker doing something, before the
quotation ("Dutton conceded defeat shortly after 10pm … 'that's obvious tonight,' he told supporters"), not the
night of publication; a day a thing is told of ("The fire began on Friday") is not when anyone spoke."""

from __future__ import annotations

from newsframe import pipeline

ELECTION = "\n\n".join(
    [
        "Albanese wins landslide second term as Dutton loses his own seat",
        "Anthony Albanese has won a second term as Labor swept to victory in Saturday's federal election.",
        "Dutton conceded defeat shortly after 10pm, saying he had called Albanese to congratulate him. \"We didn't do "
        "well enough during this campaign, that's obvious tonight,\" he told supporters in Brisbane.",
        'Sussan Ley conceded on Saturday night. "This is a hard night for us tonight," she said.',
        'The fire at the party office began on Friday. "Today we are still fighting it," the fire chief said.',
    ]
)


def test_quoted_tonight_on_the_speakers_day(write):
    timeline = pipeline.analyze(write("election.txt", ELECTION), "2025-05-04", use_cache=False).tables["timeline"]
    rows = timeline[["paragraph", "expression", "value"]].values.tolist()
    assert [2, "tonight", "2025-05-03TNI"] in rows
    assert [3, "tonight", "2025-05-03TNI"] in rows
    assert [4, "Today", "2025-05-04"] in rows
