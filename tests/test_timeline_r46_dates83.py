"""Timeline rows of days told as still to come or as gone by: a participle's day in advice to those who will do it, a
date a thing is moved to, and the day a hearing was set for when the sentence tells what happened at it."""

from __future__ import annotations

from datetime import datetime

from test_timeline_sentences import dated, table

WEDNESDAY = datetime(2026, 11, 25, 7, 0)
THURSDAY = datetime(2026, 12, 10, 7, 0)
SATURDAY = datetime(2026, 12, 5, 7, 0)
MONDAY = datetime(2026, 12, 7, 7, 0)


def test_a_participles_day_in_advice_to_come_is_the_coming_one():
    frame = table(
        "Police have warned supporters to plan their journeys carefully ahead of the cup final.",
        "Fans travelling to the match on Saturday should allow extra time, as several roads around the stadium "
        "will be closed from midday.",
        published=WEDNESDAY,
    )
    assert dated(frame, "Saturday")[:3] == ("2026-11-28", "2026-11-28", "2026-11-28")
    frame = table(
        "Anyone driving into the city centre on Friday will face long delays, the council said.",
        "Passengers flying from Gatwick on Sunday are advised to arrive three hours early.",
        published=WEDNESDAY,
    )
    assert dated(frame, "Friday")[:3] == ("2026-11-27", "2026-11-27", "2026-11-27")
    assert dated(frame, "Sunday")[:3] == ("2026-11-29", "2026-11-29", "2026-11-29")
    told = table("Fans travelling to the match on Saturday were caught in long queues.", published=WEDNESDAY)
    assert dated(told, "Saturday")[:3] == ("2026-11-21", "2026-11-21", "2026-11-21")


def test_a_date_a_thing_is_moved_to_is_ahead():
    frame = table(
        "The city council has postponed a vote on new parking charges after traders complained.",
        "The proposal was moved to January, when councillors will also consider the budget.",
        published=THURSDAY,
    )
    assert dated(frame, "January")[:3] == ("2027-01", "2027-01-01", "2027-01-31")
    frame = table(
        "The launch was pushed back to February, the company said on Tuesday.",
        "The deadline for comments was extended to March, officials said.",
        published=THURSDAY,
    )
    assert dated(frame, "February")[:3] == ("2027-02", "2027-02-01", "2027-02-28")
    assert dated(frame, "March")[:3] == ("2027-03", "2027-03-01", "2027-03-31")
    moved = table("She moved to Paris in January and opened a bakery.", published=THURSDAY)
    assert dated(moved, "January")[:3] == ("2026-01", "2026-01-01", "2026-01-31")
    yesterday = table("The match was moved to Sunday because of the storm.", published=MONDAY)
    assert dated(yesterday, "Sunday")[:3] == ("2026-12-06", "2026-12-06", "2026-12-06")
    played = table("The final was moved to Thursday and United won on penalties.", published=MONDAY)
    assert dated(played, "Thursday")[:3] == ("2026-12-03", "2026-12-03", "2026-12-03")
    earlier = table("Last year the vote was delayed until March.", published=THURSDAY)
    assert dated(earlier, "March")[:3] == ("2025-03", "2025-03-01", "2025-03-31")


def test_the_day_a_hearing_was_set_for_is_gone_by_when_the_sentence_tells_what_happened_at_it():
    frame = table(
        "A 34-year-old man has denied assaulting a shop worker in Leeds.",
        "The hearing was set for Thursday at Leeds Magistrates' Court, where he entered a not guilty plea.",
        published=SATURDAY,
    )
    assert dated(frame, "Thursday")[:3] == ("2026-12-03", "2026-12-03", "2026-12-03")
    frame = table(
        "The sentencing hearing was set for Wednesday at Cardiff Crown Court, where she was jailed for three years.",
        published=SATURDAY,
    )
    assert dated(frame, "Wednesday")[:3] == ("2026-12-02", "2026-12-02", "2026-12-02")
    ahead = table(
        "The hearing was set for Thursday, when he is expected to enter a plea.",
        published=SATURDAY,
    )
    assert dated(ahead, "Thursday")[:3] == ("2026-12-10", "2026-12-10", "2026-12-10")
    bail = table(
        "John Miller, 41, was being held at the county jail. A bail hearing was set for Friday.", published=MONDAY
    )
    assert dated(bail, "Friday")[:3] == ("2026-12-11", "2026-12-11", "2026-12-11")
