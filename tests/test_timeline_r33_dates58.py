"""Timeline rules of round 33 (dates58): a side's fixture told in the plain present with its verb read as a noun
("Harlow travel to Chelmsford City on Tuesday") is still to come; a superlative's stretch shorter than a day ("second
best for an hour") dates no last occasion; "earlier in the day", "later that day" and "that evening", told in the
past, are on the day gone by the story named last; a thing warned of on a weekday the story names elsewhere as one to
come is on that day; the number after a noun stays in its event ("The British number one"); and what a hearing body
heard that someone did "and resigned" is that person's deed. Every text here was written for these tests."""

from __future__ import annotations

from datetime import datetime

from test_timeline_sentences import row, table

SUNDAY = datetime(2026, 11, 22)
MONDAY = datetime(2026, 7, 6)


def test_a_sides_fixture_in_the_plain_present_is_still_to_come():
    frame = table(
        "Harlow stayed top after a 2-1 win over Dorking on Saturday.",
        "Harlow travel to Chelmsford City on Tuesday, while Dorking host Farnborough next Saturday.",
        published=SUNDAY,
    )
    assert row(frame, "Tuesday")["date"] == "2026-11-24"
    assert row(frame, "Tuesday")["event"] == "Harlow travel"
    assert row(frame, "next Saturday")["date"] == "2026-11-28"
    kept = table("The Harlow travel plan was approved on Tuesday.", published=SUNDAY)
    assert row(kept, "Tuesday")["date"] == "2026-11-17"  # a noun's plan, told in the past


def test_a_superlatives_stretch_shorter_than_a_day_dates_no_last_occasion():
    frame = table(
        'Manager Sam Whitlock admitted his team had been "second best for an hour".',
        published=SUNDAY,
    )
    assert row(frame, "an hour")["date"] == ""
    assert not row(frame, "an hour")["event"].startswith("last time before now")
    years = table("Fuel duty goes up for the first time in 15 years.", published=SUNDAY)
    assert row(years, "15 years")["date"] == "2011-01-01"  # a stretch of years still counts back


def test_parts_of_the_storys_day_told_in_the_past_are_on_that_day():
    frame = table(
        "Jack Draper reached the Wimbledon quarter-finals for the first time on Sunday, beating Andrey Rublev.",
        "The British number one, who lost in the third round last year, saved two break points in the fourth set.",
        "Draper will face Carlos Alcaraz on Tuesday. Alcaraz beat Frances Tiafoe in straight sets earlier in the day.",
        "Later that day, Katie Boulter won her match. That evening, the organisers apologised for the delays.",
        published=MONDAY,
    )
    assert row(frame, "earlier in the day")["date"] == "2026-07-05"
    assert row(frame, "earlier in the day")["event"] == "Alcaraz beat Frances Tiafoe"
    assert row(frame, "Later that day")["date"] == "2026-07-05"
    assert row(frame, "That evening")["value"] == "2026-07-05TEV"
    assert row(frame, "Tuesday")["date"] == "2026-07-07"
    assert row(frame, "last year")["event"] == "British number one lost in third round"
    score = table("On Saturday they beat Aston Villa 2-0 at the Emirates to go top.", published=SUNDAY)
    assert row(score, "Saturday")["event"] == "beat Aston Villa"  # a score's first figure is no part of the name
    moved = table(
        "Jack Draper reached the Wimbledon quarter-finals on Sunday.",
        "In January the band split.",
        "He was at his mother's house that night.",
        published=MONDAY,
    )
    assert row(moved, "that night")["date"] == ""  # a month named since: which night is not told
    ahead = table(
        "Jack Draper reached the Wimbledon quarter-finals on Sunday.",
        "The final will be played on Sunday and the trophy presented later that day.",
        published=MONDAY,
    )
    assert row(ahead, "that day")["date"] != "2026-07-05"


def test_a_thing_warned_of_on_a_day_the_story_names_as_to_come_is_on_that_day():
    frame = table(
        "Temperatures may drop to minus 8C in the Highlands on Monday night.",
        "Rail operators warned of cancellations on Monday morning.",
        published=datetime(2026, 1, 18),
    )
    assert row(frame, "Monday morning")["value"] == "2026-01-19TMO"
    strike = table(
        "Tube drivers walk out on Tuesday and Thursday in a dispute over rosters.",
        "Transport for London warned of severe disruption on Tuesday and Thursday.",
        published=datetime(2026, 2, 8),
    )
    assert sorted(strike[strike["paragraph"] == 2]["date"]) == ["2026-02-10", "2026-02-12"]
    alone = table("The Met Office warned of snow on Monday.", published=datetime(2026, 1, 18))
    assert row(alone, "Monday")["date"] == "2026-01-12"  # no Monday to come named: maybe the warning's day


def test_what_a_court_heard_someone_did_is_that_persons_deed():
    frame = table(
        "The court heard that Lowry was treasurer of the charity for six years and resigned in March 2024, two "
        "weeks before an audit found the money missing.",
        published=datetime(2026, 10, 16),
    )
    assert row(frame, "March 2024")["event"] == "Lowry resigned"
