"""Timeline rules read on commodity market reports."""

from datetime import datetime

from test_timeline_sentences import row, table

JUNE = datetime(2024, 6, 3, 11, 20)
NOVEMBER = datetime(2025, 11, 14, 17, 0)


def test_a_month_for_delivery_is_the_one_to_come():
    # A contract trades before it falls due: the coming September, though the price "gained" in the past tense.
    frame = table(
        "Wheat prices climbed on Monday after frosts damaged crops.",
        "Benchmark wheat futures in Chicago rose 4.2 per cent, while Paris milling wheat for September delivery "
        "gained €11 to €262 a tonne on Euronext.",
        published=JUNE,
    )
    assert row(frame, "September")["date"] == "2024-09-01"


def test_delivery_in_a_month_and_a_months_contract_look_ahead():
    frame = table(
        "Oil prices fell on Friday.",
        "Brent crude for delivery in March fell 68 cents to $63.40 a barrel, while the January contract for arabica "
        "coffee slipped 2 per cent in New York.",
        published=NOVEMBER,
    )
    assert row(frame, "March")["date"] == "2026-03-01"
    assert row(frame, "January")["date"] == "2026-01-01"
