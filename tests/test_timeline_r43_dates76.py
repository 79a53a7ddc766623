"""Dates a reader resolves against publication: a present perfect "since" a month, the start of a year under way,
the days of a week to come that frames them, and the clock stamps of a live page's entries."""

from __future__ import annotations

from datetime import datetime

from test_timeline_sentences import row, table

from newsframe.article import load_article
from newsframe.nlp import parse
from newsframe.timeline import timeline_table


def test_a_present_perfect_since_a_month_is_the_latest_such_month_not_the_storys_year():
    frame = table(
        "Inspectors visited Hillcrest Primary School in January. The school was last inspected in March 2019, when "
        "it was told it required improvement.",
        "The report said teaching has improved since September, when a new reading scheme was brought in.",
        published=datetime(2025, 2, 4, 9),
    )
    r = row(frame, "September")
    assert (r["value"], r["date"], r["date_end"]) == ("2024-09", "2024-09-01", "2024-09-30")
    assert row(frame, "March 2019")["value"] == "2019-03"


def test_a_month_the_story_went_back_to_in_the_simple_past_keeps_the_storys_year():
    frame = table(
        "The firm was founded in March 2010. It opened its first shop in October.",
        published=datetime(2025, 2, 4, 9),
    )
    assert row(frame, "October")["value"] == "2010-10"


def test_the_start_of_a_year_under_way_ends_at_publication():
    frame = table(
        "Traders now see a roughly 50% chance of a first cut in June, down from near certainty of a March cut at the "
        "start of the year.",
        published=datetime(2024, 2, 21, 18),
    )
    r = row(frame, "the start of the year")
    assert (r["value"], r["date"], r["date_end"]) == ("2024", "2024-01-01", "2024-02-21")


def test_the_days_of_a_week_to_come_listed_after_it_are_that_weeks_days():
    frame = table(
        "The union will strike on three days next week, on Tuesday, Thursday and Saturday.",
        published=datetime(2024, 6, 3, 9),  # a Monday
    )
    assert [row(frame, d)["value"] for d in ("Tuesday", "Thursday", "Saturday")] == [
        "2024-06-11",
        "2024-06-13",
        "2024-06-15",
    ]


def test_a_day_to_come_told_right_after_the_week_to_come_is_that_weeks_day():
    frame = table(
        "The RMT union will strike on three days next week. No trains will run on Tuesday on most lines, Network Rail "
        "said.",
        published=datetime(2024, 6, 3, 9),  # a Monday
    )
    assert row(frame, "Tuesday")["value"] == "2024-06-11"


def test_a_day_gone_by_after_the_week_to_come_stays_gone_by():
    frame = table(
        "The union will strike next week. Talks broke down on Friday after the company refused to improve its offer.",
        published=datetime(2024, 6, 3, 9),  # a Monday
    )
    assert row(frame, "Friday")["value"] == "2024-05-31"


LIVE = (
    "Budget 2024: Reeves raises employer national insurance - as it happened\n\n"
    "Rachel Reeves has delivered Labour's first budget in 14 years. Here is how the day unfolded.\n\n"
    "11:05 GMT\nThe chancellor has left 11 Downing Street holding the red box, alongside Treasury ministers.\n\n"
    "12:38 GMT\nReeves is on her feet. She opens by saying she is the first woman to deliver a budget.\n\n"
    "14:32 GMT\nReaction from business. The CBI's chief economist Louise Hellem says firms will be forced to cut "
    "jobs and pay.\n"
)


def test_a_live_pages_entries_keep_the_times_of_their_stamps_on_the_publication_day(tmp_path):
    path = tmp_path / "live.txt"
    path.write_text(LIVE, encoding="utf-8")
    article = load_article(path, "2024-10-30")
    assert [p.text[:20] for p in article.paragraphs[2:]] == [
        "The chancellor has l",
        "Reeves is on her fee",
        "Reaction from busine",
    ]
    frame = timeline_table(article, parse([p.text for p in article.paragraphs]))
    times = frame[frame["type"] == "TIME"].sort_values("paragraph")
    assert times[["paragraph", "expression", "value", "event"]].values.tolist() == [
        [2, "11:05", "2024-10-30T11:05", "chancellor has left Downing Street"],
        [3, "12:38", "2024-10-30T12:38", "Reeves is on feet"],
        [4, "14:32", "2024-10-30T14:32", "firms will be forced"],
    ]


def test_a_live_page_run_back_past_midnight_dates_the_late_entries_the_day_before(tmp_path):
    path = tmp_path / "live.txt"
    path.write_text(
        "Election night live\n\n"
        "01:10 GMT\nThe first results have been declared in Sunderland, where Labour held the seat.\n\n"
        "23:40 GMT\nTurnout appears to be down, party officials say.\n\n"
        "22:15 GMT\nAn exit poll suggests Labour will win a large majority in the House of Commons.\n\n"
        "21:50 GMT\nPolls close in ten minutes across the country.\n",
        encoding="utf-8",
    )
    article = load_article(path, "2024-07-05")
    frame = timeline_table(article, parse([p.text for p in article.paragraphs]))
    times = frame[frame["type"] == "TIME"].sort_values("paragraph")
    assert times["value"].tolist() == [
        "2024-07-05T01:10",
        "2024-07-04T23:40",
        "2024-07-04T22:15",
        "2024-07-04T21:50",
    ]
