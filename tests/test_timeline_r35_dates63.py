"""Timeline rules of round 35 (dates63). Every text here was written for these tests."""

from __future__ import annotations

from datetime import datetime

from test_timeline_sentences import row, table

MONDAY = datetime(2026, 12, 14)


def test_a_clock_time_of_a_past_narrative_set_in_a_month_is_undated():
    frame = table(
        "Margaret Doyle lost her husband, Frank, in February. Forty-one years of marriage ended with a phone call"
        " from the hospital at 3am.",
        published=MONDAY,
    )
    assert row(frame, "3am")["value"] == "XXXX-XX-XXT03:00"  # a night of February, not publication's
    assert row(frame, "3am")["date"] == ""
    later = table("Tom Hale lost his job in March.", "The letter arrived at 7am. He read it twice.", published=MONDAY)
    assert row(later, "7am")["date"] == ""


def test_a_clock_time_after_a_day_or_the_news_of_now_keeps_its_day():
    frame = table(
        "Margaret Doyle lost her husband, Frank, on 3 February. The call from the hospital came at 3am.",
        published=MONDAY,
    )
    assert row(frame, "3am")["value"] == "2026-02-03T03:00"
    news = table(
        "Firefighters were called to the school at 3am on Monday. The hall had been rebuilt in March.",
        "The alarm went off at 2.50am.",
        published=MONDAY,
    )
    assert row(news, "2.50am")["date"].startswith("2026-12-14")  # the story is of now
