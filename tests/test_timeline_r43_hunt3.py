"""Days and months still to come told in forms the tense rules had missed: a disruption "until at least Friday" in a
sentence whose verb the parse read as a noun, and a change that "is being" made from a month."""

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


def test_a_change_being_made_from_a_month_is_the_coming_month():
    frame = table(
        "Under the new Ofsted system, single-word judgements for whole schools are being dropped from September, "
        "but they still apply to schools placed in special measures.",
        published=datetime(2025, 2, 4, 9),
    )
    r = row(frame, "September")
    assert (r["value"], r["date"], r["date_end"]) == ("2025-09", "2025-09-01", "2025-09-30")


def test_a_man_being_questioned_after_a_stabbing_keeps_the_day_gone_by():
    frame = table(
        "A 24-year-old man is being questioned by detectives after a stabbing in Hull on Sunday.",
        published=datetime(2025, 2, 4, 9),
    )
    assert row(frame, "Sunday")["value"] == "2025-02-02"
