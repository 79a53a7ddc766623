"""Dates a story counts from something other than publication: a year back that opens a clause naming a month,
half or quarter without its year; a superlative's stretch ("the driest May in a decade")."""

from datetime import datetime

from test_timeline_sentences import dated, table

MARCH_2026 = datetime(2026, 3, 21, 7, 30)


def test_a_year_back_opening_a_clause_dates_the_half_it_names_a_year_before_the_storys_half():
    frame = table(
        "Northwind Group said profit in the second half of 2025 rose 12% to £80m.",
        "A year earlier, H1 profit was £60m.",
        published=MARCH_2026,
    )
    assert dated(frame, "H1")[:3] == ("2024-H1", "2024-01-01", "2024-06-30")
    assert dated(frame, "A year earlier")[0] == "2024-H1"


def test_a_year_back_opening_a_clause_dates_the_month_it_names_a_year_before_the_storys_month():
    frame = table(
        "The public sector borrowed £14.2bn last month, official figures showed on Friday.",
        "Economists said the headroom set aside in the autumn had gone. "
        "The year before, borrowing in February was £8.9bn.",
        published=MARCH_2026,
    )
    assert dated(frame, "February")[:3] == ("2025-02", "2025-02-01", "2025-02-28")


def test_a_year_back_after_a_month_keeps_the_month_of_the_story():
    frame = table(
        "Borrowing in February was £14.2bn, up from £8.9bn a year earlier.",
        published=MARCH_2026,
    )
    assert dated(frame, "February")[0] == "2026-02"


JANUARY_2026 = datetime(2026, 1, 14, 10, 0)


def test_a_month_a_time_runs_since_is_the_last_one_before_publication_whatever_the_parse():
    frame = table("Borrowing has overshot since the October Budget.", published=JANUARY_2026)
    assert dated(frame, "October")[:3] == ("2025-10", "2025-10-01", "2025-10-31")


def test_a_month_a_fronted_since_names_is_the_last_one_in_a_present_clause():
    frame = table(
        "Since the November election, shares in the big banks are down by a fifth.",
        published=JANUARY_2026,
    )
    assert dated(frame, "November")[0] == "2025-11"


def test_a_month_still_to_come_without_since_stays_ahead():
    frame = table("The chancellor will deliver the Budget in October.", published=JANUARY_2026)
    assert dated(frame, "October")[0] == "2026-10"


MAY_2025 = datetime(2025, 5, 12, 19, 20)


def test_an_event_named_again_after_since_takes_the_day_its_own_verb_was_dated_by():
    frame = table(
        "The Scot, who had hip surgery in March 2023, returned on 3 May with a straight-sets win.",
        "Since his comeback, Kerr has won eight matches in a row.",
        published=MAY_2025,
    )
    assert dated(frame, "his comeback")[:3] == ("2025-05-03", "2025-05-03", "2025-05-03")


def test_a_conviction_named_again_takes_the_month_the_verdict_was_told_in():
    frame = table(
        "Martin Hale was convicted at Leeds Crown Court in September after a three-week trial.",
        "The charity said it had recovered about half of the money since the conviction.",
        published=datetime(2025, 11, 28, 16, 5),
    )
    assert dated(frame, "the conviction")[:3] == ("2025-09", "2025-09-01", "2025-09-30")


def test_an_event_noun_whose_own_verb_was_never_dated_gets_no_row():
    # "found" alone is not the rescue's verb ("found alive" is: see test_timeline_r52_dates100)
    frame = table(
        "A hiker who went missing last week was found on Tuesday by a mountain rescue team.",
        "After the rescue, he was flown to hospital.",
        published=datetime(2025, 10, 9, 11, 45),
    )
    assert "the rescue" not in frame["expression"].tolist()


def test_an_event_noun_a_length_is_counted_on_from_gets_no_row():
    frame = table(
        "Whitlow returned on 12 March after a year out.",
        "A week after his comeback, he reached the semi-finals.",
        published=MAY_2025,
    )
    assert "his comeback" not in frame["expression"].tolist()
