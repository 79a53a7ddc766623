"""Timeline: months of a story long past, the late part of last year, the two halves of one year, a company's own
half, and a length written out as a stretch. Every text here was written for these tests."""

from __future__ import annotations

from datetime import datetime

from test_timeline_sentences import row, table

FEBRUARY = datetime(2024, 2, 24)


def span(frame, expression: str) -> tuple[str, str, str]:
    found = row(frame, expression)
    return found["value"], found["date"], found["date_end"]


def test_a_bare_month_of_a_past_seasons_story_is_in_that_season():
    frame = table(
        "Leicester City were crowned Premier League champions on 2 May 2016.",
        "Jamie Vardy scored in 11 consecutive matches between October and November, and the side beat Chelsea on"
        " 14 December.",
        "The club will play Chelsea in April.",
        published=FEBRUARY,
    )
    assert span(frame, "between October and November") == ("2015-10/2015-11", "2015-10-01", "2015-11-30")
    assert row(frame, "14 December")["date"] == "2015-12-14"
    assert row(frame, "April")["value"] == "2024-04"  # a fixture to come stays publication's
    rugby = table(
        "Leicester Tigers won the Premiership final on 18 June 2022, beating Saracens at Twickenham.",
        "The side had lost only twice all season. They went top of the table in November and stayed there, with the"
        " fly-half kicking 200 points.",
        published=FEBRUARY,
    )
    assert span(rugby, "November") == ("2021-11", "2021-11-01", "2021-11-30")


def test_a_month_of_a_past_perfect_is_before_the_storys_day():
    mill = table(
        "The last shift at the Hartley mill clocked off on 30 June 1979.",
        "Workers had been told of the closure in January.",
        published=FEBRUARY,
    )
    assert span(mill, "January") == ("1979-01", "1979-01-01", "1979-01-31")  # not the January just gone
    court = table(
        "Derek Mallory was arrested on 14 June 2019.",
        "Police had raided his home in March, the court heard.",
        published=FEBRUARY,
    )
    assert row(court, "March")["value"] == "2019-03"


def test_a_later_month_of_the_simple_past_goes_on_in_the_storys_year():
    frame = table(
        "Brightwave Energy was founded in Bristol on 2 March 2010.",
        "It opened its first shop in October.",
        published=FEBRUARY,
    )
    assert span(frame, "October") == ("2010-10", "2010-10-01", "2010-10-31")


def test_late_last_year_after_a_fall_is_the_years_last_months():
    frame = table(
        "Sales fell late last year as shoppers cut back.",
        "Shares fell late in 2023, and exports fell early this year.",
        published=FEBRUARY,
    )
    assert span(frame, "late last year") == ("2023", "2023-09-01", "2023-12-31")
    assert span(frame, "late in 2023") == ("2023", "2023-09-01", "2023-12-31")


def test_the_second_half_after_the_first_half_of_a_year_is_that_years():
    frame = table(
        "Sales fell in the first half of last year and recovered in the second half, the brewer said.",
        published=FEBRUARY,
    )
    assert span(frame, "the first half of last year") == ("2023-H1", "2023-01-01", "2023-06-30")
    assert span(frame, "the second half") == ("2023-H2", "2023-07-01", "2023-12-31")


def test_a_half_of_a_companys_own_year_has_no_calendar_months():
    frame = table(
        "Profit at Velden rose in the first half of its financial year, the carmaker said on Monday.",
        published=FEBRUARY,
    )
    assert span(frame, "the first half")[1:] == ("", "")  # not January to June 2024


def test_a_length_written_out_as_a_stretch_runs_from_its_start_to_its_end():
    frame = table(
        "For ten years, from 2010 to 2020, the party held power at Westminster.",
        "He served as leader for a decade, from 1997 until 2007.",
        "The museum was shut for six months, from March to September 2021.",
        published=FEBRUARY,
    )
    assert span(frame, "ten years")[1:] == ("2010-01-01", "2020-12-31")  # not the 2010s
    assert span(frame, "a decade")[1:] == ("1997-01-01", "2007-12-31")
    assert span(frame, "six months")[1:] == ("2021-03-01", "2021-09-30")


def test_a_month_told_in_the_historic_present_of_an_entry_is_the_nearest():
    frame = table(
        "Brightwave Energy collapsed on Tuesday, leaving 250,000 customers without a supplier.",
        "March 2019 - The firm passes 100,000 customers. It raises £20m from investors in June.",
        "December 2020 - The regulator says it began an inquiry in October.",
        published=FEBRUARY,
    )
    assert span(frame, "June") == ("2019-06", "2019-06-01", "2019-06-30")  # not June 2018
    assert row(frame, "October")["value"] == "2020-10"


def test_a_month_in_the_sentence_that_named_the_storys_time_is_of_that_time():
    frame = table(
        "Ellen Morrow was nine when her family moved to the Skerry Rock lighthouse on 1 April 1962.",
        "That winter the supply boat could not land for five weeks, and in January the family ran out of flour.",
        published=FEBRUARY,
    )
    # the January of that winter, the one after the April move (not the January just gone)
    assert row(frame, "That winter")["value"] == "1963-WI"
    assert row(frame, "January")["value"] == "1963-01"
    # a story that has gone on past the year of its last month is not taken back there
    trial = table(
        "Peter Vance was charged in 2021 after an inquiry by the Serious Fraud Office that began in March 2018. The"
        " trial began in October and lasted eleven weeks.",
        published=FEBRUARY,
    )
    assert row(trial, "October")["value"] == "2023-10"


def test_a_quarter_in_the_when_clause_of_a_year_is_that_years():
    frame = table(
        "The last recession was in 2020, when the economy shrank by 20% in the second quarter.",
        "Profit peaked in 2019, when sales rose 9% in the first half.",
        published=FEBRUARY,
    )
    assert span(frame, "the second quarter") == ("2020-Q2", "2020-04-01", "2020-06-30")
    assert span(frame, "the first half") == ("2019-H1", "2019-01-01", "2019-06-30")
    match = table("United won the league in 2013, when they led 2-0 in the first half against Villa.")
    assert "the first half" not in match["expression"].tolist()  # a half of a match
