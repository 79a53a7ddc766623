"""Timeline rows of stories that go back in time and come back: a flashback that ends when the text returns to now, a
count of occasions up to the clause's own date, "a year earlier" after a named day, the clock times of a past day's
chronology, and a date that ends a relative clause."""

from __future__ import annotations

from datetime import datetime

from test_timeline_sentences import dated, row, table

OCTOBER = datetime(2024, 10, 15, 9, 0)
MARCH = datetime(2025, 3, 20, 9, 0)


def test_a_bare_season_after_a_flashback_is_the_present_ones_once_the_text_says_now():
    frame = table(
        "The club was relegated in 2018. That summer the manager left and the squad was broken up.",
        "Now the team is top of the league. The summer transfer window brought three new strikers.",
        published=OCTOBER,
    )
    assert dated(frame, "That summer")[:3] == ("2018-SU", "2018-06-01", "2018-08-31")
    assert dated(frame, "The summer")[:3] == ("2024-SU", "2024-06-01", "2024-08-31")
    aside = table(
        "The club was relegated in 2018.",
        "Fans, who now call it the dark year, saw the manager leave in the summer.",
        published=OCTOBER,
    )
    assert dated(aside, "the summer")[:3] == ("2018-SU", "2018-06-01", "2018-08-31")
    frame = table(
        "The Regal closed in 1998. In the autumn its seats were sold off.",
        "These days it is a cinema again. The autumn season opens with a silent film festival.",
        published=MARCH,
    )
    assert dated(frame, "the autumn")[:3] == ("1998-FA", "1998-09-01", "1998-11-30")
    assert dated(frame, "The autumn")[:3] == ("2025-FA", "2025-09-01", "2025-11-30")
    kept = table(
        "In 2019 Town were promoted. That summer they signed four players.",
        "The summer arrivals had all left within a year.",
        published=MARCH,
    )
    assert dated(kept, "The summer")[:3] == ("2019-SU", "2019-06-01", "2019-08-31")


def test_how_often_in_a_decade_counts_up_to_the_sentences_own_month_gone_by():
    frame = table(
        "In April 2019, the River Severn burst its banks for the third time in a decade, flooding 300 homes.",
        published=OCTOBER,
    )
    assert dated(frame, "a decade") == ("P1E", "2009-01-01", "2019-04-30", "relative")
    sport = table("In 2019 Rovers won the title for the second time in five years.", published=OCTOBER)
    assert dated(sport, "five years") == ("P5Y", "2015-01-01", "2019-12-31", "relative")


def test_a_year_earlier_opening_a_sentence_is_a_year_before_the_day_just_named():
    court = table(
        "Jones was convicted at Leeds Crown Court on 14 January. A year earlier he had been released on licence.",
        published=MARCH,
    )
    assert dated(court, "A year earlier") == ("2024-01-14", "2024-01-14", "2024-01-14", "relative")
    fire = table(
        "The fire broke out on 3 February 2021. A year before, inspectors had warned the landlord about the wiring.",
        published=MARCH,
    )
    assert dated(fire, "A year before") == ("2020-02-03", "2020-02-03", "2020-02-03", "relative")
    firm = table(
        "On March 3 the firm filed for bankruptcy.",
        "A year earlier, it posted record profits of £2m.",
        published=OCTOBER,
    )
    assert dated(firm, "A year earlier")[:3] == ("2023-03-03", "2023-03-03", "2023-03-03")
    figures = table("Profits rose to £2m in the year, up from £1.5m a year earlier.", published=MARCH)
    # "the year" told as done in March is the one just gone (2024), and a year earlier the one before it
    assert dated(figures, "the year")[:3] == ("2024", "2024-01-01", "2024-12-31")
    assert dated(figures, "a year earlier")[:3] == ("2023", "2023-01-01", "2023-12-31")


def test_clock_times_of_a_chronology_take_the_past_day_named_before_them():
    attack = table(
        "How the attack unfolded on 12 March 2023:",
        "14:05 – Police arrive at the school.",
        "14:30 – Pupils are evacuated to the sports hall.",
        published=OCTOBER,
    )
    assert row(attack, "14:05")["value"] == "2023-03-12T14:05"
    assert row(attack, "14:30")["value"] == "2023-03-12T14:30"
    night = table(
        "The court heard how the night of 8 March 2022 unfolded.",
        "21:40 – Smith leaves the pub.",
        "23:15 – A neighbour calls police.",
        "00:20 – Officers find the victim.",
        published=MARCH,
    )
    assert [row(night, t)["value"] for t in ("21:40", "23:15", "00:20")] == [
        "2022-03-08T21:40",
        "2022-03-08T23:15",
        "2022-03-09T00:20",
    ]
    live = table(
        "Live: election results",
        "23:05 – The first result is in.",
        "23:40 – Turnout is down.",
        "00:30 – The party leader concedes.",
        published=MARCH,
    )
    assert [row(live, t)["value"] for t in ("23:05", "00:30")] == ["2025-03-19T23:05", "2025-03-20T00:30"]


def test_a_date_ending_a_relative_clause_dates_that_clause():
    frame = table("Pupils who sat their exams last year saw grades fall, the regulator said.", published=OCTOBER)
    assert row(frame, "last year")["event"] == "Pupils sat exams"
