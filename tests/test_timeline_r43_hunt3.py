"""Days and months still to come told in forms the tense rules had missed: a disruption "until at least Friday" in a
sentence whose verb the parse read as a noun."""

from __future__ import annotations

from datetime import datetime

from test_timeline_sentences import row, table


def test_until_at_least_a_weekday_in_a_sentence_whose_verb_was_read_as_a_noun_is_the_coming_day():
    frame = table(
        "Commuters travelling into London Bridge face disruption until at least Friday after a signalling failure "
        "caused the cancellation of hundreds of trains on Monday morning.",
        "Network Rail said a fault in a signal box at Bermondsey began shortly after 06:00.",
        published=datetime(2025, 1, 13, 9),
    )
    assert row(frame, "Friday")["value"] == "2025-01-17"
    assert row(frame, "Monday morning")["value"] == "2025-01-13TMO"
