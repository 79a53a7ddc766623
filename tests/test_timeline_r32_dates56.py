"""Timeline rules of round 32 (dates56): a date in the words of a ", who …" clause is that clause's, even when the
parse hangs it on the main verb; "from 2015 until it closed in 2022" is one stretch; a date that closes a reference
number ("quoting log 712 of 29 November") is no event; a quotation's "today" said of a kind of people ("900,000
people live with dementia today") is the present, not the story's day; "today's sentence" is the day the article
gives the sentencing. Every text here was written for these tests."""

from __future__ import annotations

from datetime import datetime

import pandas as pd
import test_timeline_sentences as sentences
from test_timeline_sentences import row


def table(*paragraphs: str, published: datetime) -> pd.DataFrame:
    """The timeline of an article whose body is `paragraphs` (headline "T"), published at `published`."""
    return sentences.table(*paragraphs, published=published)


FRIDAY = datetime(2026, 11, 27)
MONDAY = datetime(2026, 11, 30)
THURSDAY = datetime(2025, 9, 4)


def test_a_date_in_a_relative_clause_is_that_clauses_and_runs_until_the_event_that_ends_it():
    frame = table(
        "The court heard that Pell, who ran the Willow Bank care home in Knaresborough from 2015 until it closed "
        "in 2022, moved money from residents' accounts into his own between March 2016 and January 2023.",
        published=FRIDAY,
    )
    ran = row(frame, "2015")
    assert ran["event"].startswith("Pell ran")
    assert (ran["value"], ran["date"], ran["date_end"]) == ("2015/2022", "2015-01-01", "2022-12-31")
    assert row(frame, "2022")["event"] == "it closed"
    assert row(frame, "between March 2016 and January 2023")["event"] == "Pell moved money"
    coach = table("Okafor played for the club from 2009 until he retired in 2021.", published=FRIDAY)
    assert row(coach, "2009")["value"] == "2009/2021"
    assert row(coach, "2021")["event"] == "he retired"


def test_a_date_of_a_reference_number_gives_no_row():
    frame = table(
        "A man has died after the car he was driving hit a tree near Bodmin on Sunday evening.",
        "Anyone who saw the crash is asked to call 101, quoting log 712 of 29 November.",
        "Witnesses can also quote incident 345 of 3 March or crime reference 14/88231/26 dated 2 November.",
        published=MONDAY,
    )
    assert frame["expression"].tolist() == ["Sunday evening"]
    kept = table("Officers logged 12 calls on 28 November. The log of 3 March showed nothing.", published=MONDAY)
    assert len(kept) == 2


def test_a_quoted_today_said_of_a_kind_of_people_is_the_present_not_the_storys_day():
    frame = table(
        "The findings were published in The Lancet on Wednesday.",
        'A spokesperson said the charity welcomed the research, adding that "around 900,000 people in the UK live '
        'with dementia today".',
        '"Families today spend far more on heating," she said.',
        '"Today is a special day for the hospital," she said.',
        published=THURSDAY,
    )
    todays = frame[frame["expression"].str.lower() == "today"].sort_values("paragraph")
    assert todays["value"].tolist() == [
        "2025-09-04",
        "2025-09-04",
        "2025-09-03",
    ]
    said = table(
        "The findings were published in The Lancet on Wednesday.",
        '"The players are tired today," the coach said.',
        published=THURSDAY,
    )
    assert row(said, "today")["value"] == "2025-09-03"


def test_todays_sentence_is_the_day_the_article_gives_the_sentencing():
    frame = table(
        "A former care home owner who stole £1.2m from residents has been jailed.",
        "Graham Pell admitted fraud in September. He was sentenced on Thursday.",
        "The home closed in 2022.",
        'Police said the inquiry began in 2022. A detective said: "We hope today\'s sentence brings some comfort."',
        published=FRIDAY,
    )
    assert row(frame, "today")["value"] == "2026-11-26"
    other = table(
        "Graham Pell admitted fraud in September. He was sentenced on Thursday.",
        'Police said the inquiry began in 2022. A detective said: "Today\'s verdict brings some comfort."',
        published=FRIDAY,
    )
    assert row(other, "Today")["value"] == "2026-11-27"
