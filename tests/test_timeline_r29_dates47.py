"""Timeline rules of round 29 (dates47): a deadline at the end of the period of publication, and bare weekdays of a
trip told in a month gone by. Every text here was written for these tests."""

from __future__ import annotations

from datetime import datetime

import test_timeline_sentences as sentences
from test_timeline_sentences import dated


def test_by_the_end_of_this_year_runs_from_publication():
    frame = sentences.table(
        "The new bridge is due to be finished by the end of the year, the council said.",
        published=datetime(2026, 3, 12, 8),
    )
    assert dated(frame, "by the end of the year")[:3] == ("2026", "2026-03-12", "2026-12-31")  # not from September


def test_by_the_end_of_a_later_year_stays_its_last_third():
    frame = sentences.table("The depot will close by the end of 2029.", published=datetime(2026, 3, 12, 8))
    assert dated(frame, "the end of 2029")[1:3] == ("2029-09-01", "2029-12-31")


def test_bare_weekdays_of_a_trip_in_a_month_gone_by_are_not_last_weeks():
    frame = sentences.table(
        "We set off from Leeds on a wet Wednesday in April, with a tent and two bikes.",
        "The rain stopped on Saturday and we rode to the coast.",
        "On Monday evening we were back home.",
        published=datetime(2026, 5, 20, 7),
    )
    assert dated(frame, "Saturday")[:3] == ("XXXX-WXX-6", "", "")  # not 16 May, the week before publication
    assert dated(frame, "Monday evening")[:3] == ("XXXX-WXX-1TEV", "", "")


def test_a_report_of_a_months_figures_keeps_its_weekday():
    frame = sentences.table(
        "House prices fell in April, figures showed on Tuesday.",
        "The lender said on Monday that demand had cooled.",
        published=datetime(2026, 5, 20, 7),
    )
    assert dated(frame, "Tuesday")[1] == "2026-05-19"
    assert dated(frame, "Monday")[1] == "2026-05-18"


def test_what_could_happen_by_a_weekday_is_still_to_come():
    frame = sentences.table(
        "Up to 50mm of rain could fall on the moors by Sunday night, forecasters said.",
        published=datetime(2026, 11, 19, 16),  # a Thursday
    )
    assert dated(frame, "Sunday night")[0] == "2026-11-22TNI"  # not the Sunday gone, 15 November


def test_a_weekday_after_by_in_a_past_clause_stays_past():
    frame = sentences.table(
        "The road had reopened by Sunday night, the council said.", published=datetime(2026, 11, 19)
    )
    assert dated(frame, "Sunday night")[0] == "2026-11-15TNI"
