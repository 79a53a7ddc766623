"""Timeline rules of round 33 (dates57): a date in a ", who …" aside frames no quotation; a holiday only the headline
names is the one nearer publication; a year before a company's own half has no calendar dates either; a main
clause's plain "could" is of what may still come ("snow could fall overnight"); "by the weekend" told ahead on a
Sunday is next week's; a winter sport's "last season" is the one before the season under way; an age at which
something was done is dated by the day of birth; and the event words of a few misparses ("sales open on 1 June",
"pleaded guilty to fraud … between 2019 and 2023", "began that summer and reported"). Every text here was written
for these tests."""

from __future__ import annotations

from datetime import datetime

import pandas as pd
import test_timeline_sentences as sentences
from test_timeline_sentences import row

from newsframe import nlp
from newsframe.article import Article, Paragraph
from newsframe.timeline import timeline_table


def table(*paragraphs: str, published: datetime, headline: str = "T") -> pd.DataFrame:
    """The timeline of an article whose body is `paragraphs` under `headline`, published at `published`."""
    if headline == "T":
        return sentences.table(*paragraphs, published=published)
    texts = [headline, *paragraphs]
    article = Article("s", headline, published, None, "s.txt", [Paragraph(i, t) for i, t in enumerate(texts)], True)
    return timeline_table(article, nlp.parse(texts))


THURSDAY = datetime(2026, 3, 12)
SUNDAY = datetime(2026, 1, 18)
MONDAY = datetime(2026, 5, 25)
FRIDAY = datetime(2026, 10, 16)


def test_a_date_in_a_who_aside_does_not_frame_the_quotation_after_it():
    frame = table(
        'Chief executive Priya Raman, who joined in 2022 from a rival chain, said: "We will open eight stores next '
        'year."',
        'Ann Cole, who became mayor in 2019, said: "I will stand again next year."',
        published=THURSDAY,
    )
    assert frame[frame["expression"] == "next year"]["value"].tolist() == ["2027", "2027"]
    framed = table('In 2019 the chief executive said: "We will open eight stores next year."', published=THURSDAY)
    assert row(framed, "next year")["value"] == "2020"  # a saying the sentence dates still frames its quotation
    kept = table("The factory, which opened in 1998, was sold the following year.", published=THURSDAY)
    assert row(kept, "the following year")["value"] == "1999"


def test_a_holiday_only_the_headline_names_is_the_one_nearer_publication():
    frame = table(
        "Marlowe Home raised its profit guidance on Thursday after sales in the ten weeks to 4 January rose 6.2%.",
        published=THURSDAY,
        headline="Marlowe Home lifts profit forecast after strong Christmas",
    )
    assert row(frame, "Christmas")["date"] == "2025-12-25"
    ahead = table(
        "The chain said it would hire 2,000 temporary staff.",
        published=datetime(2026, 11, 2),
        headline="Retailer warns of tough Christmas",
    )
    assert row(ahead, "Christmas")["date"] == "2026-12-25"


def test_a_year_before_a_half_of_a_companys_own_year_has_no_calendar_dates():
    frame = table(
        "Like-for-like sales in the second half were 4.1% higher than a year earlier, while online sales grew 11% in "
        "the first half of the financial year.",
        published=THURSDAY,
    )
    assert row(frame, "a year earlier")["date"] == ""
    quarter = table("Sales in the fourth quarter rose 3% from a year earlier.", published=THURSDAY)
    assert row(quarter, "a year earlier")["value"] == "2024-Q4"


def test_a_plain_could_and_by_the_weekend_on_a_sunday_look_ahead():
    frame = table(
        "Up to 10cm of snow could fall on higher ground overnight.",
        "Forecasters expect milder weather to arrive by the weekend.",
        "Fans packed the stadium at the weekend.",
        published=SUNDAY,
    )
    assert row(frame, "overnight")["date"] == "2026-01-18"  # tonight, not last night
    weekends = frame[frame["expression"] == "the weekend"].sort_values("paragraph")["date"].tolist()
    assert weekends == ["2026-01-24", "2026-01-17"]
    past = table("Residents could only watch as the river rose overnight.", published=SUNDAY)
    assert row(past, "overnight")["date"] == "2026-01-17"


def test_a_winter_sports_last_season_is_the_one_before_the_season_under_way():
    frame = table(
        "Harwick Town finished second in League One on Saturday, twelve points better off than last season.",
        "Kofi Mensah scored 21 league goals this season after managing only seven in the previous campaign.",
        "The striker joined from Exeter in January 2025.",
        published=MONDAY,
    )
    assert row(frame, "last season")["value"] == "2024/2025"
    assert row(frame, "the previous campaign")["value"] == "2024/2025"
    assert row(frame, "this season")["value"] == "2025/2026"
    cricket = table(
        "Yorkshire won the County Championship match on Saturday, and their bowler took more wickets than last season.",
        published=MONDAY,
    )
    assert "last season" not in cricket["expression"].tolist()


def test_an_age_at_which_something_was_done_is_dated_by_the_day_of_birth():
    frame = table(
        "Edith Barlow was born on 3 July 1926 in Burnley.",
        "She left school at the age of 14 and became a grandmother at the age of forty-five.",
        published=datetime(2026, 7, 5),
    )
    assert (row(frame, "at the age of 14")["date"], row(frame, "at the age of 14")["date_end"]) == (
        "1940-07-03",
        "1941-07-02",
    )
    assert row(frame, "at the age of forty-five")["date"] == "1971-07-03"
    year_only = table("The striker, born in 2001 in Leeds, made his debut at the age of 17.", published=MONDAY)
    assert (row(year_only, "at the age of 17")["date"], row(year_only, "at the age of 17")["date_end"]) == (
        "2018-01-01",
        "2019-12-31",
    )
    now = table("Margaret Ellery, born on 3 May 1943, has died at the age of 83.", published=datetime(2026, 11, 24))
    assert "at the age of 83" not in now["expression"].tolist()  # her age now: the day of death dates it
    nobody = table("She made her debut at the age of 17.", published=MONDAY)
    assert nobody.empty


def test_event_words_of_a_few_misparses():
    frame = table(
        "Season-ticket sales for next season open on 1 June, the club said.",
        "Entries close on 31 October.",
        published=MONDAY,
    )
    assert row(frame, "1 June")["event"] == "Season-ticket sales open"
    assert row(frame, "31 October")["event"] == "Entries close"
    court = table(
        "Gareth Lowry, 58, of Mill Lane, Penrith, pleaded guilty at Carlisle Crown Court in August to fraud by abuse "
        "of position between 2019 and 2023.",
        "An inquiry led by Professor Anne Holt began that summer and reported in March 2021.",
        published=FRIDAY,
    )
    assert row(court, "between 2019 and 2023")["event"] == "fraud by abuse of position"
    assert row(court, "August")["event"] == "Gareth Lowry pleaded guilty"
    assert row(court, "that summer")["event"] == "inquiry began"
