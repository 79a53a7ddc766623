"""Timeline (newsframe.timeline): a season pointed back to with "that" in a past sentence is never after
publication, on short invented articles."""

from __future__ import annotations

from datetime import datetime

import test_timeline_sentences as sentences
from test_timeline_sentences import dated


def test_that_summer_told_in_the_past_is_a_summer_gone():
    # the last date before it (January) is this year's, whose summer is still to come in March: the summer gone
    frame = sentences.table(
        "Denholm pleaded guilty in January.",
        '"Our youngest was sitting her exams that summer," she said.',
        published=datetime(2025, 3, 14, 16),
    )
    assert dated(frame, "that summer")[:3] == ("2024-SU", "2024-06-01", "2024-08-31")


def test_that_summer_of_a_year_named_stays_in_that_year():
    frame = sentences.table(
        "The mine closed in March 1984.", "That summer the village was quiet.", published=datetime(2025, 3, 14, 16)
    )
    assert dated(frame, "That summer")[0] == "1984-SU"
