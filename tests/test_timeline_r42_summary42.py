"""Timeline: a "that" the parse reads as opening a clause ("tells me that winter visitors have doubled") points to
no season of the story."""

from __future__ import annotations

from datetime import datetime

from test_timeline_sentences import row, table


def test_a_that_opening_a_clause_before_a_season_word_dates_no_winter():
    frame = table(
        "At Mo i Rana, I break the journey for two nights. Kristin Haugen, who runs a guesthouse near the station, "
        "tells me that winter visitors have doubled since 2019.",
        published=datetime(2025, 2, 10),
    )
    assert row(frame, "2019")["value"] == "2019"
    assert not frame["expression"].str.contains("winter").any()


def test_a_demonstrative_that_winter_keeps_the_winter_of_the_story():
    frame = table(
        "The river froze in January 1963. That winter, the coldest in two centuries, closed the port for weeks.",
        published=datetime(2025, 2, 10),
    )
    # a winter is named by the year its January falls in
    assert row(frame, "That winter")["value"] == "1963-WI"
