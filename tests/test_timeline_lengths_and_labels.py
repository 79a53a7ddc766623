"""Timeline rules for the end of a week, round counts of years, timetables, nights and stories that come back to now,
and the event labels of dates inside clauses the parse cuts up. Every text here was written for these tests."""

from __future__ import annotations

from datetime import datetime

import pandas as pd
import test_timeline_sentences as sentences
from test_timeline_sentences import row

WEDNESDAY = datetime(2025, 12, 10)


def table(*paragraphs: str, published: datetime | None = WEDNESDAY) -> pd.DataFrame:
    """The timeline of an article whose body is `paragraphs` (headline "T"), published at `published`."""
    return sentences.table(*paragraphs, published=published)


def span(frame: pd.DataFrame, expression: str) -> tuple[str, str]:
    return row(frame, expression)["date"], row(frame, expression)["date_end"]


def test_the_end_of_the_week_is_its_last_days_not_its_monday():
    frame = table("The mayor said on Monday night that she expected the deal to be signed by the end of the week.")
    assert row(frame, "the end of the week")["value"] == "2025-W50"  # TimeML keeps the week, with mod END
    assert span(frame, "the end of the week") == ("2025-12-12", "2025-12-14")  # Friday to Sunday
    start = table("Work on the roof starts at the beginning of the week.", published=datetime(2025, 8, 27))
    assert span(start, "the beginning of the week") == ("2025-08-25", "2025-08-27")
    whole = table("Showers will continue through the week.", published=datetime(2025, 8, 27))
    assert span(whole, "the week") == ("2025-08-25", "2025-08-31")


def test_the_middle_of_a_decade_is_its_middle_years():
    frame = table("By the mid-1990s the mill employed 400 people.")
    assert span(frame, "the mid-1990s") == ("1993-01-01", "1996-12-31")
    early = table("In the early 1990s the mill employed 400 people.")
    assert span(early, "the early 1990s") == ("1990-01-01", "1993-12-31")


def test_a_round_count_of_years_back_from_now_is_known_to_the_year():
    frame = table("I have run this stall for twenty years.", published=datetime(2025, 10, 18))
    assert row(frame, "twenty years")["value"] == "P20Y"
    assert span(frame, "twenty years") == ("2005-01-01", "2025-10-18")  # from 2005 to now, no day in October 2005
    decades = table("The brothers have farmed the valley for three decades.", published=datetime(2025, 10, 18))
    assert span(decades, "three decades") == ("1995-01-01", "2025-10-18")
    # measured back from now ("the past"), or in months, the stretch stays exactly as long as said
    past = table("Prices have doubled over the past decade.", published=datetime(2025, 10, 18))
    assert span(past, "the past decade") == ("2015-10-18", "2025-10-18")
    months = table("She has worked there for eighteen months.", published=datetime(2025, 10, 18))
    assert span(months, "eighteen months") == ("2024-04-18", "2025-10-18")
    one = table("He has lived there for a year.", published=datetime(2025, 10, 18))
    assert span(one, "a year") == ("2024-10-18", "2025-10-18")


def test_a_count_of_years_still_to_come_is_a_year_and_a_last_time_is_one_gone_by():
    coming = table("The new school will open in three years' time.", published=datetime(2025, 10, 18))
    assert span(coming, "three years") == ("2028-01-01", "2028-12-31")
    gone = table("Prices fell for the first time in three years.", published=datetime(2025, 10, 18))
    assert span(gone, "three years") == ("2022-01-01", "2022-12-31")  # the last fall, not a date to come


def test_a_weekday_naming_a_timetable_is_every_such_day():
    frame = table(
        "A new timetable starts on 14 December. The Saturday service will run until midnight, and the Monday bin "
        "collection moves to Tuesday."
    )
    assert row(frame, "Saturday")["type"] == "SET" and row(frame, "Saturday")["date"] == ""
    assert row(frame, "Monday")["type"] == "SET"
    told = table("The Sunday service was packed, the vicar said.")
    assert row(told, "Sunday")["type"] == "DATE" and row(told, "Sunday")["date"] == "2025-12-07"


def test_earlier_comparing_times_of_day_is_no_time_gone_by():
    frame = table("From March the Sunday buses start earlier.")
    assert "earlier" not in frame["expression"].tolist()
    gone = table("The minister said earlier that talks would resume.")
    assert row(gone, "earlier")["value"] == "PAST_REF"


def test_a_story_brought_back_to_now_dates_its_seasons_from_publication():
    published = datetime(2025, 9, 22)
    frame = table(
        "She opened her first shop in 2004. A year later her brother opened one across the road, and the two have "
        "competed ever since.",
        "Her oven broke down in the summer, she said.",
        published=published,
    )
    assert row(frame, "the summer")["value"] == "2025-SU"
    still = table(
        "She opened her first shop in 2004. A year later her brother opened one across the road.",
        "Her oven broke down in the summer, she said.",
        published=published,
    )
    assert row(still, "the summer")["value"] == "2005-SU"  # the story is still in 2005


def test_that_decade_is_the_decade_told_last():
    frame = table("Work dried up in the slump of the early 1990s, and he drove a taxi for most of that decade.")
    assert row(frame, "that decade")["value"] == "199"
    assert span(frame, "that decade") == ("1990-01-01", "1999-12-31")
    alone = table("That decade changed everything.")
    assert row(alone, "That decade")["date"] == ""  # no decade told before it


def test_through_the_night_is_the_night_the_story_tells():
    frame = table("Crews worked through the night to clear the line.", published=datetime(2025, 8, 27))
    assert row(frame, "the night")["value"] == "2025-08-26TNI"
    coming = table("Crews will work through the night to clear the line.", published=datetime(2025, 8, 27))
    assert row(coming, "the night")["value"] == "2025-08-27TNI"
    old = table(
        "The bridge fell at 4am on 3 June 1968. Divers searched through the night.", published=datetime(2025, 8, 27)
    )
    assert row(old, "the night")["value"] == "1968-06-03TNI"
    habit = table("In those years we would bake through the night.", published=datetime(2025, 8, 27))
    assert "the night" not in habit["expression"].tolist()
    named = table("It was the night of 5 May.", published=datetime(2025, 8, 27))
    assert "the night" not in named["expression"].tolist()


def test_the_year_group_is_no_year():
    frame = table("The head said the year group had started in September 2023.", published=datetime(2025, 8, 14))
    assert frame["expression"].tolist() == ["September 2023"]


def test_a_length_counted_from_a_date_shows_its_later():
    frame = table("The mill closed in 1971. A decade later the school shut too.")
    assert row(frame, "A decade later")["date"] == "1981-01-01"
    assert row(frame, "A decade later")["value"] == "P1E"  # TimeML's length, without "later"


def test_event_labels_of_dates_the_parse_hangs_elsewhere():
    vote = table("The council is expected to debate the plan on Thursday, with a final vote possible by 6pm Friday.")
    assert row(vote, "6pm Friday")["event"] == "final vote possible"
    kept = table("The deal keeps the mine open through March 31, the company said.")
    assert row(kept, "March 31")["event"] == "deal keeps mine open"
    heard = table("The jury heard that between May 2020 and June 2021 Mason stole cash from the tills.")
    assert row(heard, "between May 2020 and June 2021")["event"].startswith("Mason stole")
    warned = table(
        "Forecasters have issued a yellow warning for snow covering much of the north from 06:00 until 18:00 on Friday."
    )
    assert "warning" in row(warned, "06:00")["event"]
    since = table("Rivers could be at their highest since the floods of 2014, officials said.")
    assert row(since, "2014")["event"] == "floods"
    age = table("She is 88 now and still swims every day.")
    assert row(age, "now")["event"] == "She is 88"
    share = table("Shares in Hollin, which have lost a quarter of their value since March, fell again.")
    assert row(share, "March")["event"] == "Shares have lost a quarter of value"
