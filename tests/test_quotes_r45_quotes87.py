"""A quotation after the reporter's lead-in and before its cue: a lead-in that reports the saying itself
("weighed in, telling the BBC in an interview, “…,” he said") or sets a contrast ("but despite the anger, “…,” said
Haigh") is the reporter's, so the row is the quotation alone; a lead-in that may be the speaker's own words
reported ("Sooner or later, “…,” Darling said") stays in."""

from __future__ import annotations

from newsframe import pipeline

LEADERSHIP = "\n\n".join(
    [
        "Minister backs party leader ahead of vote",
        "Transport minister Louise Haigh spoke to reporters in Sheffield on Friday.",
        '"His manner can be stiff," she said, but despite the rising anger in the party, "I think he will win the '
        'vote," said Haigh.',
        "Former chancellor Alistair Darling weighed in as well, telling the BBC in an interview broadcast on Sunday, "
        '"Frankly, they are both capable," he said.',
        'Sooner or later, "I think we will see a contest," Darling said.',
    ]
)

CLUB = "\n\n".join(
    [
        "Hartlepool sack manager after six defeats",
        "Hartlepool United have sacked manager Darren Sarll after a run of six straight defeats.",
        'Chairman Raj Singh defended the timing, telling BBC Radio Tees on Wednesday morning, "The results have not '
        'been good enough and the fans deserve better," Singh said.',
    ]
)


def _quotes(write, name, text):
    return pipeline.analyze(write(name, text), "2025-03-10", use_cache=False).tables["quotes"]


def test_a_contrast_or_a_saying_before_the_quotation_is_the_reporters(write):
    q = _quotes(write, "leadership.txt", LEADERSHIP)
    rows = [(r.paragraph, r.kind, r.speaker, r.text) for r in q.itertuples()]
    assert (2, "direct", "Louise Haigh", '"I think he will win the vote,"') in rows
    assert (3, "direct", "Alistair Darling", '"Frankly, they are both capable,"') in rows
    # a lead-in with no saying or contrast in it stays with the speaker's words
    assert (4, "partial", "Alistair Darling", 'Sooner or later, "I think we will see a contest,"') in rows


def test_a_second_verb_of_saying_in_the_lead_in(write):
    q = _quotes(write, "club.txt", CLUB)
    rows = [(r.paragraph, r.kind, r.speaker, r.text) for r in q.itertuples()]
    assert (2, "reported", "Raj Singh", "the timing") in rows
    assert (2, "direct", "Raj Singh", '"The results have not been good enough and the fans deserve better,"') in rows
