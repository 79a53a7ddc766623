"""Timeline rules of round 38 (dates70). Every text here was written for these tests."""

from __future__ import annotations

from datetime import datetime

from test_timeline_sentences import row, table

from newsframe import nlp
from newsframe.article import Article, Paragraph
from newsframe.timeline import timeline_table

THURSDAY = datetime(2026, 3, 12)
SATURDAY = datetime(2026, 3, 7)
FRIDAY = datetime(2026, 3, 6)


def headed(headline: str, *paragraphs: str, published: datetime) -> object:
    texts = [headline, *paragraphs]
    article = Article("s", headline, published, None, "s.txt", [Paragraph(i, t) for i, t in enumerate(texts)], True)
    return timeline_table(article, nlp.parse(texts))


def test_a_year_earlier_in_the_past_perfect_with_no_past_time_is_undated():
    frame = table(
        "The judge said Pryce had ignored a 2022 survey, which was carried out in May, warning that the wall was"
        " unsafe. He will be eligible for release in two years' time.",
        "Q: Could it have been prevented?",
        "A: Yes. Overnight rain had soaked the soil, but the survey had said so a year earlier.",
        published=THURSDAY,
    )
    earlier = row(frame, "a year earlier")
    assert earlier["date"] == ""  # not 2025, a year before publication
    assert earlier["value"] == "XXXX"
    # counted from a year just named, as before
    named = table("The survey was carried out in 2022. It had said so a year earlier.", published=THURSDAY)
    assert row(named, "a year earlier")["value"] == "2021"


def test_much_of_the_year_in_the_present_perfect_is_this_year_so_far():
    frame = table("Rovers have lost for much of the year on the road, manager Dean Shaw said.", published=SATURDAY)
    assert row(frame, "the year")["value"] == "2026"  # running up to now, not 2025
    gone = table("Rain fell for much of the year, the Met Office said.", published=SATURDAY)
    assert row(gone, "the year")["value"] == "2025"  # told in the past in March: the year just gone


def test_a_year_before_a_noun_inside_another_noun_labels_that_noun():
    frame = table(
        "Jimmy Carter, the 39th president of the United States and winner of the 2002 Nobel Peace Prize, has died"
        " at his home.",
        "The author of the 2019 report said on Monday that nothing had changed.",
        "He won the 2014 election.",
        published=THURSDAY,
    )
    assert row(frame, "2002")["event"] == "Nobel Peace Prize"  # not "Jimmy Carter has died at home"
    assert row(frame, "2019")["event"] == "report"
    assert row(frame, "2014")["event"] == "won election"  # the noun is the verb's object: the clause stays


def test_a_month_word_used_as_a_surname_is_no_date():
    frame = headed(
        "May's legacy",
        "Theresa May will stand down as an MP at the next election, she said on Thursday.",
        "May, who was prime minister from 2016 to 2019, said it had been the honour of her life.",
        "Mrs May is expected to campaign in May, and the party will meet on May 4.",
        published=FRIDAY,
    )
    mays = frame[frame["expression"] == "May"]
    assert mays["paragraph"].tolist() == [3]  # only "in May"; not the headline's nor "May, who was"
    assert mays["value"].tolist() == ["2026-05"]
    assert row(frame, "May 4")["value"] == "2026-05-04"
    # with no person of that name, a headline's month stays a month
    plain = headed("May's elections", "Voters go to the polls in May, the council said.", published=FRIDAY)
    assert plain[plain["paragraph"] == 0]["value"].tolist() == ["2026-05"]


def test_a_bare_weekday_after_a_closure_to_come_is_the_one_within_it():
    monday = datetime(2026, 3, 23)
    frame = table(
        "The main line will be closed from 11pm on Thursday 2 April until 5am on Tuesday 7 April.",
        "Replacement buses will run every 30 minutes. Journeys will take up to an hour longer.",
        "Sleeper services will not run on Friday or Saturday night.",
        published=monday,
    )
    assert row(frame, "Friday")["value"] == "2026-04-03"  # not the coming Friday, 27 March
    assert row(frame, "Saturday night")["value"] == "2026-04-04TNI"
    # a weekday the closure does not take in stays the coming one
    other = table(
        "The line will be closed from Thursday 2 April until Tuesday 7 April.",
        "Trains will run as normal on Wednesday.",
        published=monday,
    )
    assert row(other, "Wednesday")["value"] == "2026-03-25"
    # with no stretch named, the coming Friday
    plain = table("Sleeper services will not run on Friday.", published=monday)
    assert row(plain, "Friday")["value"] == "2026-03-27"
