"""Dates read against the story's own time rather than the last one named: a month "the following" one after a step
back, a winter after a spring day, a part of "the year" told as gone by early in the next, a headline's figure for
the month just gone, a clock time of a morning's news told "normally", and the seasons of golf and tennis."""

from __future__ import annotations

from datetime import datetime

import pandas as pd
from test_timeline_sentences import row, table

from newsframe import nlp
from newsframe.article import Article, Paragraph
from newsframe.timeline import timeline_table


def dates(frame: pd.DataFrame, expression: str) -> tuple[str, str, str]:
    r = row(frame, expression)
    return r["value"], r["date"], r["date_end"]


def headed(headline: str, *paragraphs: str, published: datetime) -> pd.DataFrame:
    """The timeline of an article with its own headline."""
    texts = [headline, *paragraphs]
    article = Article("s", headline, published, None, "s.txt", [Paragraph(i, t) for i, t in enumerate(texts)], True)
    return timeline_table(article, nlp.parse(texts))


# --- "the following May" goes on from the story's latest time --------------------------------------------------


def test_the_following_month_counts_from_the_story_not_from_its_step_back_in_the_past_perfect():
    frame = table(
        "Leicester City were 5000-1 outsiders for the title in August 2015.",
        "Claudio Ranieri had been sacked by Greece in November 2014 after a defeat by the Faroe Islands.",
        "Leicester won the Premier League the following May.",
        published=datetime(2024, 3, 10, 9),
    )
    assert dates(frame, "the following May") == ("2016-05", "2016-05-01", "2016-05-31")
    assert dates(frame, "November 2014")[0] == "2014-11"


def test_the_following_month_counts_from_the_story_not_from_a_step_back_beside_its_date():
    frame = table(
        "Leicester were 5000-1 outsiders in August 2015, having narrowly escaped relegation in April 2015.",
        "They won the league the following May.",
        published=datetime(2024, 3, 10, 9),
    )
    assert dates(frame, "the following May") == ("2016-05", "2016-05-01", "2016-05-31")


def test_the_following_month_counts_from_the_story_not_from_an_aside_on_a_person():
    frame = table(
        "In August 2015 Leicester were 5000-1 outsiders. Ranieri, sacked by Greece in November 2014, was a surprise "
        "choice. They won the league the following May.",
        published=datetime(2024, 3, 10, 9),
    )
    assert dates(frame, "the following May") == ("2016-05", "2016-05-01", "2016-05-31")


def test_a_month_and_a_holiday_after_a_step_back_are_of_the_storys_time():
    step_back = (
        "Leicester City were 5000-1 outsiders in August 2015.",
        "Claudio Ranieri had been sacked by Greece in November 2014.",
    )
    published = datetime(2024, 3, 10, 9)
    christmas = table(*step_back, "By Christmas the club were top of the table.", published=published)
    assert dates(christmas, "Christmas") == ("2015-12-25", "2015-12-25", "2015-12-25")
    december = table(*step_back, "In December the club were top of the table.", published=published)
    assert dates(december, "December") == ("2015-12", "2015-12-01", "2015-12-31")
    run = table(*step_back, "Jamie Vardy scored in 11 games in a row between August and November.", published=published)
    assert dates(run, "between August and November")[1:] == ("2015-08-01", "2015-11-30")


def test_the_following_month_still_counts_from_a_story_that_goes_on_in_order():
    frame = table("He moved to Paris in 1980, and the following February he married.", published=datetime(2024, 3, 10))
    assert dates(frame, "the following February")[0] == "1981-02"


# --- "that winter" after a spring or summer day ---------------------------------------------------------------


def test_that_winter_after_a_spring_day_is_the_winter_to_come():
    frame = table("The ship sank on 1 April 1962. That winter the harbour froze.", published=datetime(2024, 3, 10))
    assert dates(frame, "That winter") == ("1963-WI", "1962-12-01", "1963-02-28")


def test_that_winter_after_a_summer_is_the_winter_to_come():
    frame = table(
        "In the summer of 1962 the mill closed. That winter families went hungry.", published=datetime(2024, 3, 10)
    )
    assert dates(frame, "That winter")[0] == "1963-WI"


def test_that_winter_in_the_past_perfect_after_a_spring_day_is_the_one_just_gone():
    frame = table(
        "The ship sank on 1 April 1962. That winter had been the coldest in living memory.",
        published=datetime(2024, 3, 10),
    )
    assert dates(frame, "That winter")[0] == "1962-WI"


# --- a part of "the year" told as gone by -----------------------------------------------------------------------


def test_late_in_the_year_told_as_gone_by_in_february_is_last_year():
    frame = table("The company said sales slowed late in the year.", published=datetime(2024, 2, 10, 9))
    assert dates(frame, "late in the year") == ("2023", "2023-09-01", "2023-12-31")


def test_late_in_the_year_still_to_come_stays_this_year():
    frame = table("The company said sales would slow late in the year.", published=datetime(2024, 2, 10, 9))
    assert dates(frame, "late in the year") == ("2024", "2024-09-01", "2024-12-31")


def test_early_in_the_year_told_as_gone_by_in_february_is_this_year():
    frame = table("Sales rose early in the year.", published=datetime(2024, 2, 10, 9))
    assert dates(frame, "early in the year")[0] == "2024"


# --- a headline's figure for a month --------------------------------------------------------------------------


def test_a_headlines_figure_for_a_month_is_for_the_month_just_gone():
    frame = headed("Inflation falls to 2.3% in October", published=datetime(2024, 11, 20, 7))
    assert dates(frame, "October") == ("2024-10", "2024-10-01", "2024-10-31")


def test_a_headlines_figure_edging_up_is_for_the_month_just_gone():
    frame = headed("Unemployment edges up to 4.3% in September", published=datetime(2024, 11, 12, 7))
    assert dates(frame, "September")[0] == "2024-09"


def test_a_headlines_change_to_come_keeps_its_month_ahead():
    frame = headed("Inflation to fall to 2% in October, Bank says", published=datetime(2024, 11, 20, 7))
    assert dates(frame, "October")[0] == "2025-10"


def test_a_headlines_change_in_a_month_long_gone_is_still_to_come():
    frame = headed("Rail fares rise 4.9% in March", published=datetime(2024, 11, 20, 7))
    assert dates(frame, "March")[0] == "2025-03"


# --- a clock time of a morning's news told "normally" ---------------------------------------------------------


def test_a_clock_time_of_traffic_flowing_normally_is_on_the_storys_day():
    frame = table(
        "A lorry overturned on the M6 near Stafford this morning, closing two lanes northbound.",
        "Traffic was flowing normally again by 08:45.",
        published=datetime(2024, 5, 14, 11),
    )
    assert dates(frame, "08:45") == ("2024-05-14T08:45", "2024-05-14T08:45", "2024-05-14T08:45")


def test_a_clock_time_of_a_habit_told_normally_before_its_verb_stays_undated():
    frame = table(
        "A lorry overturned on the M6 near Stafford this morning.",
        "The road normally clears by 08:45.",
        published=datetime(2024, 5, 14, 11),
    )
    assert dates(frame, "08:45")[1:] == ("", "")


# --- golf and tennis seasons are calendar years -----------------------------------------------------------------


def test_a_golf_report_naming_the_pga_championship_has_no_autumn_to_spring_seasons():
    frame = table(
        "Rory McIlroy carded a five-under 67 on Thursday to sit two shots off the lead at the Dubai Desert Classic.",
        "The world number three made six birdies and a bogey.",
        "McIlroy, who has not won the PGA Championship since 2014, said last season had taught him patience.",
        published=datetime(2025, 1, 17, 9),
    )
    assert "last season" not in frame["expression"].tolist()
    assert dates(frame, "Thursday")[0] == "2025-01-16"


def test_a_golf_report_naming_the_open_championship_leaves_this_season_unplaced():
    frame = table(
        "Xander Schauffele opened with a 66 at Kapalua on Thursday, making seven birdies.",
        "The American, who won the Open Championship at Royal Troon in July, said this season would be his busiest.",
        published=datetime(2025, 1, 3, 9),
    )
    assert "this season" not in frame["expression"].tolist()
    assert dates(frame, "July")[0] == "2024-07"


# --- a month with "the following year" after it --------------------------------------------------------------------


def test_a_month_of_the_following_year_is_of_the_year_after_the_storys():
    frame = table(
        "Mark Hollins, 58, was arrested in November 2022.",
        "He remained a councillor until the elections in May the following year, Leeds Crown Court heard.",
        published=datetime(2024, 6, 12, 9),
    )
    assert dates(frame, "May") == ("2023-05", "2023-05-01", "2023-05-31")
    assert dates(frame, "the following year")[0] == "2023"


def test_a_month_of_the_previous_year_is_of_the_year_before_the_storys():
    frame = table(
        "The factory closed in June 2019. Managers had warned staff in March of the previous year.",
        published=datetime(2024, 6, 12, 9),
    )
    assert dates(frame, "March")[0] == "2018-03"
