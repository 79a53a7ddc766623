"""Timeline rules of round 30 (dates50). Every text here was written for these tests."""

from __future__ import annotations

from datetime import datetime

import test_timeline_sentences as sentences
from test_timeline_sentences import dated

MAY = datetime(2026, 5, 20, 9, 30)


def test_a_plain_present_after_a_bare_past_is_still_to_come():
    frame = sentences.table("The written papers began last week and finish on 24 June.", published=MAY)
    assert dated(frame, "24 June")[:3] == ("2026-06-24", "2026-06-24", "2026-06-24")


def test_a_verb_whose_past_is_its_base_keeps_the_past_after_a_past():
    frame = sentences.table("The firm raised fees in March and cut staff on 4 May.", published=MAY)
    assert dated(frame, "4 May")[0] == "2026-05-04"


def test_a_benefit_or_a_good_a_season_names_the_kind_of_is_no_time():
    frame = sentences.table(
        "The opposition leader pressed him on the decision to means-test the winter fuel payment.",
        "Pharmacies said they had run short of the winter flu jab.",
        published=datetime(2024, 11, 6, 13, 40),
    )
    assert not any("winter" in text for text in frame["expression"])


def test_a_season_after_a_preposition_is_a_time_before_any_noun():
    frame = sentences.table("Ministers will review the scheme in the winter.", published=datetime(2024, 11, 6, 13, 40))
    assert dated(frame, "the winter")[0] == "2025-WI"


def test_a_window_a_season_names_is_still_its_time():
    frame = sentences.table("The summer transfer window closes at 11pm tonight.", published=datetime(2026, 8, 31, 9))
    assert dated(frame, "The summer")[0] == "2026-SU"


def test_a_run_of_weekdays_beside_a_weekly_day_is_a_timetable():
    frame = sentences.table(
        "Pupils will attend lessons from Monday to Thursday and study at home on Fridays.", published=MAY
    )
    assert dated(frame, "Monday")[:2] == ("XXXX-WXX-1", "")
    assert dated(frame, "Thursday")[:2] == ("XXXX-WXX-4", "")


def test_a_run_of_weekdays_in_a_named_week_keeps_its_days():
    frame = sentences.table(
        "This week the library is shut from Monday to Thursday and opens late on Fridays.", published=MAY
    )
    assert dated(frame, "Monday")[1] == "2026-05-18"


def test_a_hedged_quarter_a_fall_is_taken_to_is_a_share():
    frame = sentences.table(
        "Shares fell 9% in early trading, taking their decline since January to nearly a quarter.", published=MAY
    )
    assert "nearly a quarter" not in set(frame["expression"])
    assert dated(frame, "January")[0] == "2026-01"
