"""Timeline: a weekday that ends a name or a quoted title, a quotation's "today" once the lead has come on to
publication's day, and a day written at the end of what was said before "…, the White House said". Every text
here was written for these tests."""

from __future__ import annotations

from datetime import datetime

from test_timeline_sentences import row, table

WEDNESDAY = datetime(2025, 2, 26)
TUESDAY = datetime(2024, 12, 3)


def test_a_weekday_that_ends_a_name_is_no_day():
    fire = table(
        "Firefighters were battling three blazes in the state's west on Wednesday.",
        "Victoria's worst bushfire disaster, Black Saturday on 7 February 2009, killed 173 people.",
        published=WEDNESDAY,
    )
    assert "Saturday" not in fire["expression"].tolist()
    assert row(fire, "7 February 2009")["date"] == "2009-02-07"
    march = table(
        "Thousands marched through Derry on Sunday to remember Bloody Sunday, when soldiers shot dead 13 people.",
        published=WEDNESDAY,
    )
    assert march["expression"].tolist().count("Sunday") == 1
    assert row(march, "Sunday")["date"] == "2025-02-23"


def test_a_weekday_in_a_quoted_title_is_no_day():
    frame = table(
        "Colter signed with Chess Records in 1963. His 1967 album, \u201cSouth Side Sunday,\u201d is considered a"
        " landmark of electric blues.",
        "The band's 1983 single \u201cRainy Day Monday\u201d reached number four.",
        published=datetime(2024, 6, 18),
    )
    assert "Sunday" not in frame["expression"].tolist()
    assert "Monday" not in frame["expression"].tolist()
    assert row(frame, "1967")["value"] == "1967"


def test_a_quoted_today_is_publications_day_once_the_lead_reaches_it():
    frame = table(
        "A blaze has forced hundreds of people from their homes near Halls Gap.",
        "The fire, which was sparked by lightning on Sunday afternoon, was moving east towards the town on Wednesday.",
        'Premier Jacinta Allan said relief centres had been opened. "Our thoughts are with every family who has'
        ' been forced from their home today," Ms Allan said.',
        published=WEDNESDAY,
    )
    assert row(frame, "today")["date"] == "2025-02-26"
    assert row(frame, "Sunday afternoon")["date"] == "2025-02-23"


def test_a_day_before_a_closing_saying_is_of_what_was_said():
    frame = table(
        "The Senate on Tuesday passed a stopgap spending bill.",
        "Biden is expected to sign the bill Wednesday, the White House said.",
        published=TUESDAY,
    )
    assert row(frame, "Wednesday")["date"] == "2024-12-04"
    assert row(frame, "Wednesday")["event"] != "White House said"
    vote = table(
        "The council will vote on the plan Thursday, a spokeswoman said.",
        published=TUESDAY,
    )
    assert row(vote, "Thursday")["date"] == "2024-12-05"
    gone = table(
        "The company cut 200 jobs Monday, a union official said.",
        published=TUESDAY,
    )
    assert row(gone, "Monday")["date"] == "2024-12-02"
