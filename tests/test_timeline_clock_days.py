"""Days of clock times and weekday lists in invented news published early in the morning or mid-week: a time to come
after one put on yesterday, the small hours after an evening's time, days a noun's "for" names."""

from __future__ import annotations

from datetime import datetime

from test_timeline_kinds import row
from test_timeline_kinds import table as timeline_of

EARLY = datetime(2026, 3, 5, 7, 15)  # a Thursday paper out at 07:15
TUESDAY = datetime(2026, 3, 3, 10, 0)


def date_of(expression: str, *paragraphs: str, published: datetime = EARLY) -> str:
    return row(timeline_of(*paragraphs, published=published), expression)["date"]


def test_a_time_to_come_after_one_put_on_yesterday_is_today():
    text = "The library opened at 10am and closes at 4pm."
    assert date_of("10am", text) == "2026-03-04T10:00"
    assert date_of("4pm", text) == "2026-03-05T16:00"
    assert date_of("4pm", "The library opened at 10am and will close at 4pm.") == "2026-03-05T16:00"


def test_a_past_time_after_one_put_on_yesterday_stays_on_that_day():
    assert date_of("4pm", "The library opened at 10am and closed at 4pm.") == "2026-03-04T16:00"


def test_a_time_to_come_after_a_day_named_is_not_moved_to_today():
    text = "Talks began on Monday at 10am and resume at 4pm."
    assert not date_of("4pm", text).startswith("2026-03-05")


def test_the_small_hours_after_an_evenings_time_are_the_next_day():
    assert date_of("2am", "The fire started at 10pm and crews left at 2am.") == "2026-03-05T02:00"
    assert date_of("2am", "The fire started at 10pm. Crews left at 2am.") == "2026-03-05T02:00"
    assert date_of("2am", "Crews left at 2am after the fire had started at 10pm.") == "2026-03-05T02:00"


def test_the_small_hours_in_a_past_perfect_after_an_evening_are_not_moved_on():
    text = "The fire started at 10pm, but the alarm had sounded at 2am."
    assert date_of("2am", text) == "2026-03-04T02:00"


def test_weekdays_a_nouns_for_names_hold_today_whatever_the_clause_tense():
    text = "The operator said tickets for Monday and Tuesday can be used until Friday."
    frame = timeline_of(text, published=TUESDAY)
    dates = [row(frame, d)["date"] for d in ("Monday", "Tuesday", "Friday")]
    assert dates == ["2026-03-02", "2026-03-03", "2026-03-06"]


def test_a_time_to_come_after_one_put_on_yesterday_is_today_in_the_next_paragraph():
    opened, closes = "The bakery opened at 8am.", "It closes at 3pm."
    assert date_of("8am", opened, closes) == "2026-03-04T08:00"
    assert date_of("3pm", opened, closes) == "2026-03-05T15:00"
    assert date_of("3pm", opened, "It closed at 3pm.") == "2026-03-04T15:00"
    assert date_of("3pm", "The bakery opened at 8am. It closes at 3pm.") == "2026-03-05T15:00"
