"""Timeline: a weekday after "due" that the parse hangs on the verb ("the euro slipped ahead of inflation data due on
Friday") is the day the data are to come, not the weekday gone by."""

from __future__ import annotations

from datetime import datetime

from test_timeline_sentences import row, table


def test_data_due_on_a_weekday_read_as_a_preposition_is_the_day_to_come():
    frame = table(
        "World shares fell on Wednesday after minutes of the Federal Reserve's last meeting showed policymakers were "
        "in no hurry to cut interest rates, while the dollar rose against the yen and the euro slipped ahead of "
        "European inflation data due on Friday.",
        published=datetime(2024, 2, 21),
    )
    assert row(frame, "Wednesday")["value"] == "2024-02-21"
    assert row(frame, "Friday")["value"] == "2024-02-23"


def test_a_payment_that_was_due_on_a_weekday_gone_by_stays_past():
    frame = table(
        "The company said on Wednesday it had missed an interest payment that was due on Monday.",
        published=datetime(2024, 2, 21),
    )
    assert row(frame, "Monday")["value"] == "2024-02-19"
