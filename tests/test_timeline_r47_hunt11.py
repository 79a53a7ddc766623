"""Timeline: a chronology whose entries open with a weekday and its hour ("Tuesday, 4:12pm: A caller reports
smoke"), told in the historic present, dates the days gone by, as one led by the weekday alone does."""

from __future__ import annotations

from datetime import datetime

from test_timeline_sentences import row, table

FIRE_THURSDAY = datetime(2025, 10, 9, 7, 15)


def test_a_chronology_of_weekdays_with_their_hours_dates_the_days_gone_by():
    frame = table(
        "More than 12,000 residents were ordered to evacuate as a wildfire tore through hills north of Santa Rosa.",
        "Timeline of the fire:",
        "Tuesday, 4:12pm: A 911 caller reports smoke near Calistoga Road.",
        "Tuesday, 11pm: Flames cross Highway 12, forcing the closure of the road in both directions.",
        "Wednesday, 2am: Governor Gavin Newsom declares a state of emergency for Sonoma and Napa counties.",
        published=FIRE_THURSDAY,
    )
    assert row(frame, "Tuesday, 4:12pm")["value"] == "2025-10-07T16:12"  # not the Tuesday after publication
    assert row(frame, "Tuesday, 11pm")["value"] == "2025-10-07T23:00"
    assert row(frame, "Wednesday, 2am")["value"] == "2025-10-08T02:00"
    # a listing of the days ahead, led by the day of publication, stays ahead
    listing = table(
        "What is on at the festival this week.",
        "Thursday, 7pm: The choir sings in the cathedral.",
        "Saturday, 2pm: The parade leaves the market square.",
        published=FIRE_THURSDAY,
    )
    assert row(listing, "Saturday, 2pm")["value"] == "2025-10-11T14:00"
