"""Timeline: seasons written as two years, counts finer than the date they count from, a company's full year, the
weekend before, a record's stretch and a club named after a weekday. Every text here was written for these tests."""

from __future__ import annotations

from datetime import datetime

from test_timeline_sentences import row, table

SEASON_FRIDAY = datetime(2025, 2, 14)
COURT_MONDAY = datetime(2025, 3, 10)
RESULTS_DAY = datetime(2025, 4, 23)
VOTE_MONDAY = datetime(2025, 6, 30)
COLD_WEDNESDAY = datetime(2025, 1, 8)
SEPTEMBER_FRIDAY = datetime(2025, 9, 19)


def span(frame, expression: str) -> tuple[str, str, str]:
    found = row(frame, expression)
    return found["value"], found["date"], found["date_end"]


def test_a_month_in_the_when_clause_of_a_season_is_that_seasons():
    frame = table(
        "Leicester last won the league in 2015-16, when they went top in December and stayed there.",
        "Their best season was 2015-16, when Jamie Vardy scored in 11 games in a row between October and November.",
        published=SEASON_FRIDAY,
    )
    assert span(frame, "December") == ("2015-12", "2015-12-01", "2015-12-31")  # not December 2024
    assert span(frame, "between October and November")[1:] == ("2015-10-01", "2015-11-30")
    # a past "when" clause later in the sentence of a season it is the subject of
    subject = table(
        "Leicester City's 2015-16 season remains the greatest shock in Premier League history, when Claudio"
        " Ranieri's side went top in December and never looked back.",
        published=SEASON_FRIDAY,
    )
    assert row(subject, "December")["value"] == "2015-12"
    # the spring of a season is its second year's
    spring = table("Ranieri's side were bottom in 2014-15, when they won seven of their last nine games in April.")
    assert row(spring, "April")["date"] == "2015-04-01"


def test_a_month_of_a_clause_a_season_dates_or_of_a_sentence_it_opens():
    frame = table(
        "Wrexham were promoted from the National League in 2023.",
        "In 2024-25 they went up to the Championship, clinching promotion with a 3-0 win over Charlton in April.",
        published=SEPTEMBER_FRIDAY,
    )
    assert row(frame, "April")["date"] == "2025-04-01"
    opened = table("In 2016-17, the club sacked its manager in February.", published=SEASON_FRIDAY)
    assert row(opened, "February")["date"] == "2017-02-01"


def test_a_year_of_accounts_written_as_two_years_ends_in_march():
    frame = table(
        "The council's budget deficit peaked in 2019-20, when it borrowed £10m in January and closed two libraries.",
        published=SEASON_FRIDAY,
    )
    assert row(frame, "January")["date"] == "2020-01-01"


def test_a_day_counted_from_a_month_stays_in_that_month():
    frame = table(
        "Holloway had been arrested in March 2022, the court was told. A day earlier, his co-defendant had been"
        " questioned by police.",
        published=COURT_MONDAY,
    )
    assert row(frame, "A day earlier")["value"] == "2022-03"  # not February
    # opening a paragraph after a scene with no date, a day counted from a month named before is on no known day
    scene = table(
        "Holloway had been arrested in March 2022, the court was told.",
        'Judge Sarah Collins said he had shown "no remorse". A day earlier, his co-defendant had been given a'
        " suspended sentence.",
        published=COURT_MONDAY,
    )
    assert (row(scene, "A day earlier")["value"], row(scene, "A day earlier")["date"]) == ("XXXX-XX-XX", "")
    week = table(
        "More than 40 Labour MPs signed an amendment last week. Ministers had made concessions a day earlier.",
        published=VOTE_MONDAY,
    )
    assert row(week, "a day earlier")["value"] == "2025-W26"  # the week named, not the one before it


def test_the_full_year_a_results_story_shows_is_the_year_reported():
    frame = table(
        "Greggs said pre-tax profit rose 14% to £188m in the year to 24 February.",
        "The full year shows like-for-like sales up 9.2%, with the strongest growth in the first half.",
        "The company plans to open 160 new shops this year.",
        published=RESULTS_DAY,
    )
    assert span(frame, "The full year")[1:] == ("2024-02-25", "2025-02-24")  # not the year under way
    assert row(frame, "the first half")["value"] == "FY2025-H1"  # that year's half
    assert span(frame, "this year") == ("2025", "2025-01-01", "2025-12-31")  # the calendar's, as a reader takes it
    calendar = table(
        "Unilever said turnover rose 4.2% in 2024. The full year shows volumes up 2.9%, with the strongest growth in"
        " the fourth quarter.",
        published=datetime(2025, 2, 20),
    )
    assert row(calendar, "The full year")["value"] == "2024"
    assert row(calendar, "the fourth quarter")["value"] == "2024-Q4"  # not the quarter still to come


def test_the_day_before_a_night_is_not_counted_from_the_winter_of_its_record():
    frame = table(
        "Temperatures dropped to -8C in Braemar on Tuesday night, the coldest night of the winter so far.",
        "The previous day, several schools in Aberdeenshire were closed.",
        published=COLD_WEDNESDAY,
    )
    assert row(frame, "The previous day")["date"] == "2025-01-06"  # Monday, the day before Tuesday night


def test_the_weekend_before_is_the_one_before_the_weekend_named():
    frame = table(
        "Last weekend they were beaten 3-1 at home, and the weekend before they drew at Burnley.",
        published=SEASON_FRIDAY,
    )
    assert span(frame, "Last weekend")[1:] == ("2025-02-08", "2025-02-09")
    assert span(frame, "the weekend")[1:] == ("2025-02-01", "2025-02-02")
    week = table("Last week they lost, and the week before they won.", published=SEASON_FRIDAY)
    assert row(week, "the week")["value"] == "2025-W05"  # not the week of publication
    after = table(
        "The club said on Saturday that the match would be played the weekend after.", published=SEASON_FRIDAY
    )
    assert span(after, "the weekend")[1:] == ("2025-02-15", "2025-02-16")


def test_sheffield_wednesday_is_a_club_not_a_day():
    frame = table("Wrexham host Sheffield Wednesday on Saturday at 3pm.", published=SEPTEMBER_FRIDAY)
    assert frame["expression"].tolist() == ["Saturday at 3pm"]


def test_a_year_of_a_when_clause_does_not_date_the_half_of_the_clause_after_it():
    frame = table(
        'The Chancellor said the government had inherited a "£22bn black hole" when it came to power in July 2024,'
        " and that the economy had grown more slowly than expected in the first half of the year.",
        published=datetime(2025, 11, 4),
    )
    assert row(frame, "the first half of the year")["value"] == "2025-H1"  # not 2024's
    named = table("The firm expects growth in 2027 as a factory opens in the first half of the year.")
    assert row(named, "the first half of the year")["value"] == "2027-H1"


def test_a_holiday_with_last_year_after_it_is_that_years():
    frame = table(
        "The sale went through in January, and the pub reopened on Good Friday last year.",
        "He last saw his brother on Boxing Day last year.",
        published=datetime(2025, 6, 14),
    )
    assert span(frame, "Good Friday last year") == ("2024-03-29", "2024-03-29", "2024-03-29")  # not 2025's
    assert row(frame, "Boxing Day last year")["date"] == "2024-12-26"
    assert "last year" not in frame["expression"].tolist()


def test_the_following_month_counts_from_a_season_an_earlier_paragraph_named():
    frame = table(
        "When its owners announced in the spring of 2023 that the Red Lion would close, villagers decided to act.",
        "Within six weeks they had raised £400,000. The sale went through the following January.",
        published=datetime(2025, 6, 14),
    )
    assert row(frame, "the following January")["value"] == "2024-01"
    # after a day counted from publication the story has named no date of its own: no calendar month
    plain = table("The council met on Tuesday.", "The bank answered the following March, its lawyers said.")
    assert row(plain, "the following March")["date"] == ""


def test_the_last_friday_of_the_month_is_every_months_in_the_present():
    frame = table(
        "The pub now hosts a quiz every Tuesday and a folk night on the last Friday of the month.",
        published=datetime(2025, 6, 14),
    )
    assert row(frame, "the last Friday of the month")["type"] == "SET"
    assert "last Friday" not in frame["expression"].tolist() and "the month" not in frame["expression"].tolist()
    story = table("The council met in March 2024. The vote was held on the last Friday of the month.")
    assert row(story, "the last Friday of the month")["date"] == "2024-03-29"


def test_a_day_a_stretch_runs_from_since_a_clause_began_is_not_the_storys():
    frame = table(
        "The House approved the stopgap bill Wednesday by a vote of 366-34.",
        "It was the third such bill since the fiscal year began Oct. 1. Lawmakers had spent much of the previous week"
        " negotiating over disaster aid.",
        published=datetime(2024, 11, 23),
    )
    assert row(frame, "the previous week")["value"] == "2024-W46"  # the week before Wednesday's, not October's


def test_the_previous_day_after_a_month_in_its_paragraph_is_undated():
    frame = table(
        "The MP was suspended from the party earlier this month. The previous day, she had voted against the"
        " government.",
        published=datetime(2025, 10, 16),
    )
    assert (row(frame, "The previous day")["value"], row(frame, "The previous day")["date"]) == ("XXXX-XX-XX", "")
