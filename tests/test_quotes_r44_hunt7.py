"""A barrister named before a cue that the parse left with no subject ("In mitigation, Whitaker's barrister, Neil
Forbes KC, said his client had …") speaks; the client the reported clause opens with is what was said."""

from __future__ import annotations

from newsframe import pipeline

SENTENCING = "\n\n".join(
    [
        "Three men jailed for total of 41 years over £2m cannabis farm network",
        "Daniel Whitaker, 44, of Bolton, was sentenced to 18 years at Manchester Crown Court on Thursday after being "
        "convicted of conspiracy to produce a controlled drug.",
        'In mitigation, Whitaker\'s barrister, Neil Forbes KC, said his client had a "genuine and long-standing" '
        "gambling addiction and had shown remorse.",
        "At the inquest, the family's solicitor, Jane Roe, said the council had failed them.",
        '"It was a fair result," said his client, who left the court without comment.',
    ]
)


def test_speaker_before_the_comma_not_the_reported_subject(write):
    quotes = pipeline.analyze(write("sentencing.txt", SENTENCING), "2025-03-21", use_cache=False).tables["quotes"]
    assert quotes[["paragraph", "kind", "speaker", "speaker_text"]].values.tolist() == [
        [2, "partial", "Neil Forbes", "Whitaker's barrister, Neil Forbes KC"],
        [3, "reported", "Jane Roe", "the family's solicitor, Jane Roe"],
        [4, "direct", "his client", "his client"],
    ]
