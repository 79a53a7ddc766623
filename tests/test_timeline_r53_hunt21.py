"""Timeline rules read on news of incidents, farming and travel."""

from datetime import datetime

from test_timeline_sentences import row, table

SATURDAY = datetime(2025, 8, 9, 22, 0)
WEDNESDAY = datetime(2025, 3, 12, 9, 0)


def test_an_infinitive_under_arranged_looks_ahead():
    # The flight that was arranged is still to come: next Sunday, not the one gone by.
    frame = table(
        'A spokesperson said: "We have arranged for a replacement aircraft to fly customers home on Sunday."',
        published=SATURDAY,
    )
    assert row(frame, "Sunday")["date"] == "2025-08-10"


def test_arranged_by_a_plain_past_looks_ahead():
    frame = table(
        "Rail operators arranged for extra trains to run between the two cities on Saturday, the council said.",
        published=WEDNESDAY,
    )
    assert row(frame, "Saturday")["date"] == "2025-03-15"
