"""Timeline rows of invented reports whose days a reporter would print wrongly: a company's announcement of cuts,
a trial put off, a signing before a deadline, a live page with bare clock times, a comparison with a forecast."""

from __future__ import annotations

from datetime import datetime

from test_timeline_kinds import row, table

SATURDAY = datetime(2025, 3, 15)


def test_a_day_between_said_and_what_was_said_dates_the_saying():
    frame = table("Marlowe Textiles said on Thursday it would shut two mills by the spring.", published=SATURDAY)
    thursday = row(frame, "Thursday")
    assert thursday["value"] == "2025-03-13"
    assert "said" in thursday["event"]


def test_a_day_a_trial_has_been_put_off_to_is_to_come():
    frame = table(
        "The fraud trial of a former treasurer has been postponed until January 12, the court said.",
        published=SATURDAY,
    )
    assert row(frame, "January 12")["value"] == "2026-01-12"


def test_a_days_deadline_something_is_to_be_done_before_is_to_come():
    frame = table("Brennan City are in talks to sign the goalkeeper before Tuesday's deadline.", published=SATURDAY)
    assert row(frame, "Tuesday")["value"] == "2025-03-18"


def test_a_live_entry_opening_with_a_bare_clock_time_is_on_its_own_day():
    frame = table(
        "20:15 The river has burst its banks in Ashby. Officers expect to reopen the road by Sunday morning.",
        "19:40 Sandbags are being handed out at the fire station on Mill Lane.",
        "18:05 The warning now covers the whole valley.",
        published=datetime(2025, 3, 14, 20, 30),
    )
    assert row(frame, "19:40")["value"] == "2025-03-14T19:40"
    assert row(frame, "18:05")["value"] == "2025-03-14T18:05"


def test_hours_earlier_than_a_forecast_compare_and_date_nothing():
    frame = table(
        "The storm reached the coast at 9am, three hours earlier than forecast.",
        published=datetime(2025, 3, 14, 20, 30),
    )
    assert row(frame, "three hours")["type"] == "DURATION"
    assert row(frame, "three hours")["date"] == ""
    assert "earlier" not in frame["expression"].tolist()
