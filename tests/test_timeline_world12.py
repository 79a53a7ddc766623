"""Timeline rows of invented news in the English of Bangladesh and the Gulf: a forecast that runs "till" a day."""

from __future__ import annotations

from datetime import datetime

from test_timeline_kinds import row
from test_timeline_kinds import table as timeline_of

SATURDAY = datetime(2026, 11, 28, 21, 0)


def test_a_forecast_till_a_day_ends_on_the_day_to_come():
    frame = timeline_of(
        "Meanwhile, the Met Office forecast heavy to very heavy rainfall in the northern divisions till Monday.",
        published=SATURDAY,
    )
    assert row(frame, "Monday")["date"] == "2026-11-30"


def test_a_forecast_made_on_a_day_gone_by_stays_there():
    frame = timeline_of("The Met Office forecast heavy rain on Thursday.", published=SATURDAY)
    assert row(frame, "Thursday")["date"] == "2026-11-26"
