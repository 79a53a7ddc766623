"""Timeline (newsframe.timeline): a span of clock times with no day, holding a moment the story dated before, is on
that moment's day, not on the day named last."""

from __future__ import annotations

from datetime import datetime

from test_timeline_sentences import row, table  # the timeline of an article given as paragraphs

FRIDAY = datetime(2025, 3, 14, 11, 20)
APPEAL = (
    "A 17-year-old boy was stabbed outside a takeaway in Harehills on Wednesday night.",
    "The teenager was found with serious injuries on Roundhay Road at about 22:45 GMT.",
    "Two men were arrested on Thursday morning on suspicion of attempted murder.",
)


def test_an_appeal_for_witnesses_between_two_clock_times_is_about_the_attack():
    frame = table(
        *APPEAL,
        "Police urged anyone who was in the area between 10.30pm and 11pm to come forward.",
        published=FRIDAY,
    )
    assert row(frame, "between 10.30pm and 11pm")["value"] == "2025-03-12T22:30/2025-03-12T23:00"


def test_a_span_that_holds_no_moment_told_keeps_the_day_named_last():
    frame = table(
        *APPEAL,
        "Both men were questioned at a police station between 2pm and 6pm.",
        published=FRIDAY,
    )
    assert row(frame, "between 2pm and 6pm")["value"] == "2025-03-13T14:00/2025-03-13T18:00"
