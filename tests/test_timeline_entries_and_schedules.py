"""Timeline rules for a chronology's entries told in their own words, stretches of time named by their day, and the
days and clock times of occasions an article names. Every text here was written for these tests."""

from __future__ import annotations

from datetime import datetime

import pandas as pd
import test_timeline_sentences as sentences
from test_timeline_sentences import row

MARCH = datetime(2026, 3, 5)


def table(*paragraphs: str, published: datetime | None = MARCH) -> pd.DataFrame:
    """The timeline of an article whose body is `paragraphs` (headline "T"), published at `published`."""
    return sentences.table(*paragraphs, published=published)


def test_a_chronology_entry_is_labelled_with_its_own_subject():
    # the recogniser may run the entry's date over its dash into the name after it ("January 2025 - Ms Dunmore")
    frame = table(
        "Here is how the dispute unfolded.",
        "January 2025 - Ms Dunmore tells MPs the firm will appeal.",
        "May 2025 - Dr Okafor warns staff of cuts.",
    )
    assert row(frame, "January 2025")["event"].startswith("Ms Dunmore tells")
    assert row(frame, "May 2025")["event"].startswith("Dr Okafor warns")


def test_a_chronology_entry_without_a_verb_keeps_its_own_words_not_the_next_sentence():
    frame = table(
        "Here is how the row developed.",
        "March 2024 - Anglers on the Tamsey report dead trout near the weir. The council says it is looking into it.",
    )
    event = row(frame, "March 2024")["event"]
    assert "council" not in event  # the next sentence's saying is another event
    assert event.startswith("Anglers")


def test_a_plan_in_the_plain_present_for_the_week_of_a_day_is_to_come():
    frame = table("Jury selection begins the week of Jan. 12, the court said.")
    r = row(frame, "Jan. 12")
    assert r["value"] == "2027-01-12"  # the January to come, not the one gone by
    assert (r["date"], r["date_end"]) == ("2027-01-11", "2027-01-17")
    gone = table("The strike began the week of 9 February.")
    assert row(gone, "9 February")["value"] == "2026-02-09"  # told in the past: the one gone by


def test_a_clock_time_on_election_day_is_on_the_day_the_article_gives_the_election():
    frame = table(
        "Turnout in the county is already high ahead of the Nov. 3 election, officials said.",
        "Early voting began on Oct. 13. Fewer than 2,000 people voted early in 2022.",
        "Postal ballots must arrive by 8 p.m. on Election Day.",
        published=datetime(2026, 10, 20),
    )
    assert row(frame, "8 p.m.")["value"] == "2026-11-03T20:00"
    polling = table(
        "Voters go to the polls in the referendum on 14 May.",
        "Polls close at 10pm on polling day, and counting starts on Friday.",
        published=datetime(2026, 5, 1),
    )
    assert row(polling, "10pm")["value"] == "2026-05-14T22:00"


def test_midnight_on_the_weekday_of_publication_in_a_plan_is_the_one_ending_it():
    thursday = datetime(2026, 1, 15)
    frame = table("A flood alert for the Wenning valley is in force from midnight on Thursday.", published=thursday)
    assert row(frame, "midnight on Thursday")["value"] == "2026-01-15T24:00"  # not the midnight the paper came after
    gone = table("The alert was in force from midnight on Thursday, the agency said.", published=thursday)
    assert row(gone, "midnight on Thursday")["value"] == "2026-01-15T00:00"  # told in the past: the one gone by
    later = table("The alert is in force from midnight on Friday.", published=thursday)
    assert row(later, "midnight on Friday")["value"] == "2026-01-16T00:00"  # another day's keeps its start


def test_a_noun_split_at_of_by_the_parse_is_labelled_whole():
    frame = table("A proceeds of crime hearing will take place on 3 October.")
    assert row(frame, "3 October")["event"].startswith("proceeds of crime hearing")


def test_a_noun_of_time_that_a_relative_clause_describes_is_its_subject():
    frame = table("Gale Ivor is the fifth named storm of the season, which began in September.")
    assert row(frame, "September")["event"] == "season began"


def test_a_team_taking_a_plural_verb_plays_its_fixtures_to_come():
    thursday = datetime(2026, 1, 29)
    frame = table(
        "Coach Lena Marsh said on Wednesday the squad was fit.",
        "Kettleby play Wexley away on Saturday and host Dunmere three days later.",
        published=thursday,
    )
    assert row(frame, "Saturday")["value"] == "2026-01-31"  # "play" with a team for subject: a plan, not the past
    assert row(frame, "three days later")["date"] == "2026-02-03"  # counted from that Saturday
    other = table("Farley play Ashby on Saturday and host Dunmere three days later.", published=thursday)
    assert row(other, "three days later")["date"] == "2026-02-03"  # a name misread as a past verb tells no tense


def test_the_weekday_after_a_run_of_days_to_come_is_one_of_those_days():
    january = datetime(2026, 1, 29)
    frame = table(
        "The Tidewell fair runs from Friday 14 August to Sunday 16 August.",
        "The brass band plays on the Saturday afternoon, and the fireworks are on the Friday.",
        published=january,
    )
    assert row(frame, "Saturday afternoon")["value"] == "2026-08-15TAF"
    assert row(frame, "Friday")["value"] == "2026-08-14"
    summit = table(
        "The summit opens on Monday 8 June. Delegates arrive on the Sunday before and sign a communique on the"
        " Wednesday.",
        published=january,
    )
    assert row(summit, "Sunday")["value"] == "2026-06-07"  # "before": the one before the day named
    assert row(summit, "Wednesday")["value"] == "2026-06-10"  # further on than two days back: the next one


def test_yesterday_in_a_likeness_is_no_day():
    frame = table('"It feels like only yesterday," said Mr Adeyemi, who was there in 1986. The club met yesterday.')
    assert row(frame, "yesterday")["value"] == "2026-03-04"  # the meeting's yesterday is still a day
    assert len(frame[frame["expression"].str.lower() == "yesterday"]) == 1  # the likeness gives no row


def test_a_verb_spelt_as_an_adjective_after_a_plural_subject_is_a_plan():
    monday = datetime(2026, 3, 9)
    frame = table("Doors open at 7pm on Friday.", published=monday)
    r = row(frame, "7pm on Friday")
    assert r["value"] == "2026-03-13T19:00"  # the Friday to come, not the one gone by
    assert r["event"] == "Doors open"
    gates = table("Gates open at noon each day, and the fair closes on Sunday.", published=monday)
    assert row(gates, "noon")["event"] == "Gates open"
    state = table("The roads were clear on Friday.", published=monday)
    assert row(state, "Friday")["value"] == "2026-03-06"  # an adjective with "be" is a state, told in the past
