"""Timeline rows of invented news where a day is placed by a word of the text around it: weather "forecast" in the
present passive, a deadline "due" on a noun, "last Christmas", a plan whose verb the parse misread, a length counted
from a date that only bounds ("before Christmas"), a weekday in a sentence of "last week", Black Friday, and a week
named by its place in a month."""

from __future__ import annotations

from datetime import datetime

from test_timeline_kinds import dated, row
from test_timeline_kinds import table as timeline_of

MONDAY = datetime(2026, 9, 14)
SUNDAY = datetime(2026, 8, 30)
TUESDAY = datetime(2026, 10, 27)
FRIDAY = datetime(2026, 1, 9)


def table(*paragraphs: str, published: datetime = MONDAY):
    """The timeline of an article whose body is `paragraphs` (headline "T")."""
    return timeline_of(*paragraphs, published=published)


# --- what is forecast, and what is due ------------------------------------------------------------------------


def test_days_of_weather_forecast_in_the_present_passive_are_to_come():
    frame = table(
        "Between four and eight inches of rain are forecast across the valley from Thursday into Saturday.",
        "Gusts of 70mph are predicted along the coast on Wednesday.",
    )
    assert row(frame, "Thursday")["date"] == "2026-09-17"
    assert row(frame, "Saturday")["date"] == "2026-09-19"
    assert row(frame, "Wednesday")["date"] == "2026-09-16"


def test_a_forecast_told_in_the_past_keeps_the_day_gone_by():
    frame = table("Heavy rain was forecast on Thursday, but the town stayed dry.")
    assert row(frame, "Thursday")["date"] == "2026-09-10"


def test_a_deadline_due_on_a_noun_is_to_come_whatever_the_main_clause():
    frame = table(
        "The club are close to signing the defender on a four-year deal, with the window due to shut on Tuesday night.",
        published=SUNDAY,
    )
    assert row(frame, "Tuesday night")["date"] == "2026-09-01"


def test_a_day_after_a_past_main_clause_without_due_stays_gone_by():
    frame = table(
        "The club were close to signing the defender, and the window shut on Tuesday night.", published=SUNDAY
    )
    assert row(frame, "Tuesday night")["date"] == "2026-08-25"


# --- a holiday placed by "last" or "next" ---------------------------------------------------------------------


def test_last_christmas_is_the_one_gone_by_in_any_tense():
    frame = table(
        "Retailers will struggle to match the takings of last Christmas, the chief executive warned.",
        "The store hopes to reopen by next Christmas.",
        published=TUESDAY,
    )
    assert dated(frame, "last Christmas")[1:3] == ("2025-12-25", "2025-12-25")
    assert row(frame, "next Christmas")["date"] == "2026-12-25"


def test_next_christmas_in_a_december_paper_is_the_one_a_year_on():
    frame = table(
        "Takings fell last Christmas.", "The store will reopen next Christmas.", published=datetime(2026, 12, 28)
    )
    assert row(frame, "last Christmas")["date"] == "2026-12-25"
    assert row(frame, "next Christmas")["date"] == "2027-12-25"


def test_the_last_christmas_before_an_event_is_the_final_one_not_last_years():
    frame = table("It was the last Christmas before the war, and the family spent it in Kent.", published=TUESDAY)
    assert "last Christmas" not in frame["expression"].tolist()
    assert row(frame, "Christmas")["date"] == "2025-12-25"


# --- a plan in a verb the parse read as another word ----------------------------------------------------------


def test_the_second_verb_of_a_misread_pair_is_a_plan_too():
    frame = table("Nominations for the awards open in the autumn and close on 31 October.", published=FRIDAY)
    assert row(frame, "31 October")["date"] == "2026-10-31"


# --- a length counted from a date that only bounds ------------------------------------------------------------


def test_a_length_later_than_a_bare_before_has_no_day():
    frame = table(
        "Trials start on 4 May and end on 12 June, the organisers confirmed before Christmas.",
        "Finals begin a week later.",
        published=FRIDAY,
    )
    assert row(frame, "a week")["date"] == ""
    assert row(frame, "12 June")["date"] == "2026-06-12"


def test_a_length_later_than_shortly_before_or_a_plain_day_is_counted():
    frame = table(
        "The alarm was raised shortly before noon on 2 March. Two days later the building was closed.",
        "She was seen on 3 May. A week later she was gone.",
        published=FRIDAY,
    )
    assert row(frame, "Two days later")["date"] == "2025-03-04"
    assert row(frame, "A week later")["date"] == "2025-05-10"


# --- a weekday in a sentence of "last week" --------------------------------------------------------------------


def test_a_weekday_on_the_verb_of_last_week_is_that_weeks():
    frame = table("Last week the parish council met on Tuesday to set the budget.", published=FRIDAY)
    assert row(frame, "Tuesday")["date"] == "2025-12-30"


def test_a_weekday_of_another_verb_than_last_weeks_stays_this_weeks():
    frame = table("Orders rose sharply last week, the company said on Tuesday.", published=FRIDAY)
    assert row(frame, "Tuesday")["date"] == "2026-01-06"


# --- Black Friday ---------------------------------------------------------------------------------------------


def test_black_friday_is_the_day_after_thanksgiving_not_a_weekday():
    frame = table(
        "Shops expect record takings on Black Friday.",
        "Sales fell on Cyber Monday last year.",
        published=datetime(2026, 11, 1),
    )
    assert row(frame, "Black Friday")["date"] == "2026-11-27"
    assert row(frame, "Cyber Monday")["date"] == "2025-12-01"
    assert "Friday" not in frame["expression"].tolist()


# --- a week named by its place in a month ---------------------------------------------------------------------


def test_a_week_named_by_its_place_in_a_month_is_those_days():
    frame = table(
        "Mock exams will take place in the last week of January.",
        "Interviews are held in the first fortnight of March.",
        published=FRIDAY,
    )
    assert dated(frame, "the last week of January")[2:] == ("2026-01-25", "2026-01-31")
    assert dated(frame, "the first fortnight of March")[2:] == ("2026-03-01", "2026-03-14")
    assert "the last week" not in frame["expression"].tolist()


def test_a_week_of_something_else_than_a_month_is_left_alone():
    frame = table("In the first week of the trial, the jury heard from police officers.", published=FRIDAY)
    assert not frame["expression"].str.contains("of the trial").any()


# --- a part of "the year" after a year its sentence named -----------------------------------------------------


def test_a_half_of_the_year_after_a_year_its_sentence_named_is_that_years():
    frame = table(
        "The group expects orders to grow in 2027 as its second plant opens in the first half of the year.",
        published=TUESDAY,
    )
    assert dated(frame, "the first half of the year")[1:] == ("2027-H1", "2027-01-01", "2027-06-30")
    quarter = table("Orders will grow in 2027 as the plant opens in the third quarter of the year.", published=TUESDAY)
    assert dated(quarter, "the third quarter of the year")[1:3] == ("2027-Q3", "2027-07-01")


def test_a_half_of_the_year_after_a_fiscal_year_has_no_calendar_days():
    frame = table(
        "It gave its outlook for fiscal 2027, saying the second plant opens in the first half of the year.",
        published=TUESDAY,
    )
    assert dated(frame, "the first half of the year")[1:3] == ("2027-H1", "")


def test_a_year_that_names_a_thing_does_not_place_the_half():
    frame = table("The 2019 rules will be replaced in the second half of the year.", published=TUESDAY)
    assert row(frame, "the second half of the year")["value"] == "2026-H2"


# --- a quarter of a company's year named by its end -----------------------------------------------------------


def test_the_final_quarter_of_a_year_to_march_is_january_to_march():
    frame = table(
        "The retailer said sales in the year to March had been hit by a product recall in the final quarter.",
        published=TUESDAY,
    )
    assert dated(frame, "the final quarter")[1:] == ("2026-Q1", "2026-01-01", "2026-03-31")


def test_a_half_of_a_year_ending_in_a_written_month_and_year_is_its_half():
    frame = table("Profit for the year ending June 2027 will rise, most of it in the second half.", published=TUESDAY)
    assert dated(frame, "the second half")[1:] == ("2027-H1", "2027-01-01", "2027-06-30")


def test_a_quarter_with_no_year_ending_before_it_is_the_calendars():
    frame = table("Sales rose in the third quarter, the retailer said.", published=TUESDAY)
    assert row(frame, "the third quarter")["value"] == "2026-Q3"


def test_a_quarter_after_a_year_to_a_month_of_the_economy_is_the_calendars():
    frame = table(
        "Prices rose 3.1% in the year to September, and the economy grew 0.4% in the third quarter.",
        published=TUESDAY,
    )
    assert row(frame, "the third quarter")["value"] == "2026-Q3"
