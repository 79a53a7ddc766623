"""Timeline rules: a date after a court named in a charge dates the plea, a past "was scheduled for" the day just
gone, a weekday's final a plan looks to, "due to" a cause, and a Roman numeral "I" after a name. Every text here was
written for these tests."""

from __future__ import annotations

from datetime import datetime

import test_timeline_sentences as sentences
from test_timeline_sentences import dated, row

SATURDAY = datetime(2026, 12, 5, 7)


def test_a_date_after_the_court_of_a_charge_dates_the_plea():
    frame = sentences.table(
        "Daniel Hirst, 34, admitted arson with intent to endanger life at Leeds Crown Court in October.",
        "Mark Ellis, 29, pleaded guilty to conspiracy to supply cocaine at Southwark Crown Court on Monday.",
        "Jane Porter, 51, admitted a charge of failing to stop after an accident at Bristol Magistrates' Court on "
        "Tuesday.",
        "Ellis had planned to sell the drugs at a festival in Leeds in August.",
        published=SATURDAY,
    )
    assert row(frame, "October")["event"] == "Daniel Hirst admitted arson"
    assert row(frame, "Monday")["event"] == "Mark Ellis pleaded guilty"
    assert row(frame, "Tuesday")["event"] == "Jane Porter admitted charge"
    assert row(frame, "August")["event"] == "Ellis to sell drugs"  # no court: the selling's own date


def test_a_past_schedule_for_the_day_before_publication_is_that_day_gone():
    frame = sentences.table(
        "The vote was scheduled for Friday, but councillors asked for more time to study the budget.",
        published=SATURDAY,
    )
    assert dated(frame, "Friday")[:2] == ("2026-12-04", "2026-12-04")  # not the Friday a week on
    assert row(frame, "Friday")["event"] == "vote was scheduled"
    frame = sentences.table(
        "The launch was set for Friday but engineers found a hydrogen leak on the pad.", published=SATURDAY
    )
    assert dated(frame, "Friday")[0] == "2026-12-04"
    frame = sentences.table("The trial was scheduled for Friday but was postponed.", published=SATURDAY)
    assert dated(frame, "Friday")[0] == "2026-12-04"
    frame = sentences.table(
        "The budget vote was scheduled for Friday evening, but the Speaker suspended the sitting.",
        "The summit, which was planned for Friday, was moved to the new year.",
        published=SATURDAY,
    )
    assert dated(frame, "Friday evening")[:2] == ("2026-12-04TEV", "2026-12-04")
    assert dated(frame, "Friday")[0] == "2026-12-04"
    frame = sentences.table("The vote has been scheduled for Friday.", published=SATURDAY)
    assert dated(frame, "Friday")[0] == "2026-12-11"  # set now: the Friday to come
    frame = sentences.table("Funding was set to expire at midnight on Friday.", published=SATURDAY)
    assert dated(frame, "midnight on Friday")[0] == "2026-12-04T24:00"


def test_a_weekday_final_a_past_plan_looked_to_is_to_come():
    frame = sentences.table(
        "Owen Farrell was set to captain the side in Sunday's cup final before injuring his ankle in training.",
        published=SATURDAY,
    )
    assert dated(frame, "Sunday")[0] == "2026-12-06"  # tomorrow's final, not the Sunday gone
    assert row(frame, "Sunday")["event"] == "Owen Farrell to captain in cup final"


def test_due_to_a_cause_is_no_plan():
    frame = sentences.table(
        "The delay was due to illness on Tuesday, the judge said.",
        "The postponement was due to heavy rain on Wednesday, organisers said.",
        "The strike was due to start on Monday.",
        "The minister blamed the delay, which was due to a strike on Thursday, on the unions.",
        published=SATURDAY,
    )
    assert row(frame, "Thursday")["event"] == "delay was due to strike"
    assert dated(frame, "Tuesday")[0] == "2026-12-01"
    assert row(frame, "Tuesday")["event"] == "delay was due to illness"
    assert dated(frame, "Wednesday")[0] == "2026-12-02"
    assert row(frame, "Wednesday")["event"] == "postponement was due to heavy rain"
    assert dated(frame, "Monday")[0] == "2026-12-07"  # a plan: the Monday to come


def test_a_roman_numeral_after_a_name_is_no_pronoun():
    frame = sentences.table(
        "Artemis II will carry four astronauts around the Moon, following the uncrewed Artemis I flight in 2022.",
        "Historians say the Apollo I fire in 1967 changed the programme.",
        "King Charles I was executed in 1649.",
        "He told John I would resign in 2027.",
        published=SATURDAY,
    )
    assert row(frame, "2022")["event"] == "Artemis I flight"
    assert row(frame, "1967")["event"] == "Apollo I fire"
    assert row(frame, "1649")["event"] == "King Charles I was executed"
    assert row(frame, "2027")["event"] == "I would resign"  # the pronoun, after a name told something
