"""Timeline rows of invented news where a reader would be misled: a superlative's "for three years" counted on from
a date named before it, a season "so far" running past publication, a forecast's weekend read as the one gone by,
"a year earlier" of a monthly report, an expectation of "the month" of that report, and time "spent" up to now."""

from __future__ import annotations

from datetime import datetime

from test_timeline_kinds import dated, row
from test_timeline_kinds import table as timeline_of

FRIDAY = datetime(2026, 11, 27, 7, 15)  # Friday 27 November 2026
DECEMBER = datetime(2026, 12, 2, 11, 30)  # Wednesday 2 December 2026


def table(*paragraphs: str, published: datetime = FRIDAY):
    """The timeline of an article whose body is `paragraphs` (headline "T")."""
    return timeline_of(*paragraphs, published=published)


# --- a superlative's length looks back --------------------------------------------------------------------------


def test_a_superlatives_for_length_is_not_counted_on_from_the_date_before_it():
    frame = table(
        "Water bills in Wessex will go up by 7% from 1 April, the regulator said, the largest rise for four years."
    )
    assert row(frame, "1 April")["date"] == "2027-04-01"
    kind, value, start, end = dated(frame, "four years")
    assert value == "P4Y"
    assert end and end < "2026-11-27"  # the last such rise came before now, not in the four years after April
    assert start.startswith("2022")


def test_a_superlatives_for_length_in_the_past_dates_the_last_occasion():
    frame = table("Inflation fell to 2.1% in October, its lowest level for three years.")
    assert dated(frame, "three years")[2:] == ("2023-01-01", "2023-12-31")


def test_a_stretch_from_a_day_still_starts_that_day():
    frame = table("The bridge will close from Monday for two weeks while the deck is resurfaced.")
    assert dated(frame, "two weeks")[2:] == ("2026-11-30", "2026-12-13")


def test_having_been_the_best_for_years_lasts_up_to_now():
    frame = table("She has been the best player in the club for three years, her coach says.")
    start, end = dated(frame, "three years")[2:]
    assert end >= "2026-11-27" and start <= "2023-12-31"


# --- "so far" ends at publication -------------------------------------------------------------------------------


def test_a_season_so_far_ends_at_publication():
    frame = table('"Tonight will be the coldest night of the winter so far," the forecaster said.', published=DECEMBER)
    assert row(frame, "the winter")["date_end"] == "2026-12-02"


def test_so_far_before_a_year_ends_at_publication():
    frame = table("So far this year 41 cyclists have died on the county's roads.", published=DECEMBER)
    assert dated(frame, "this year")[2:] == ("2026-01-01", "2026-12-02")


def test_a_season_without_so_far_runs_to_its_end():
    frame = table("The council expects the winter to be hard on its gritting budget.", published=DECEMBER)
    assert row(frame, "the winter")["date_end"] == "2027-02-28"


# --- a forecast looks ahead -------------------------------------------------------------------------------------


def test_a_forecast_weekend_is_the_coming_one():
    frame = table(
        "Rivers burst their banks across Tuscany on Thursday. The regional weather office forecast more storms over "
        "the weekend."
    )
    assert dated(frame, "the weekend")[2:] == ("2026-11-28", "2026-11-29")


def test_a_forecast_weekday_is_the_coming_one():
    frame = table("Meteorologists predicted heavy snow for Tuesday across the Alps.")
    assert row(frame, "Tuesday")["date"] == "2026-12-01"


def test_the_day_a_forecast_was_made_stays_gone_by():
    frame = table("The weather office forecast on Tuesday that the storms would ease.")
    assert row(frame, "Tuesday")["date"] == "2026-11-24"


def test_what_had_been_predicted_for_a_day_is_set_against_a_day_gone_by():
    frame = table("Analysts had predicted a rise in the index on Tuesday, but it fell.")
    assert row(frame, "Tuesday")["date"] == "2026-11-24"


def test_a_forecast_month_keeps_its_nearest_year():
    frame = table("Economists predicted growth of 0.2% in September.")
    assert row(frame, "September")["date"] == "2026-09-01"


# --- a monthly report's year back and its month -----------------------------------------------------------------


def test_a_year_earlier_in_a_monthly_report_is_that_month_a_year_back():
    frame = table(
        "Rents in Scotland rose for the fifth month in a row in October, according to a property website.",
        "In Aberdeen, rents were 3.2% lower than a year earlier.",
        "In Glasgow they were up 4% compared with a year ago.",
    )
    assert dated(frame, "a year earlier")[1:] == ("2025-10", "2025-10-01", "2025-10-31")
    assert dated(frame, "a year ago")[1] == "2025-10"


def test_a_year_earlier_without_a_report_month_stays_the_year():
    frame = table(
        "Rents in Aberdeen have fallen sharply, a property website says.",
        "They were 3.2% lower than a year earlier.",
    )
    assert dated(frame, "a year earlier")[1] == "2025"


def test_an_expectation_of_the_month_is_of_the_reports_month():
    frame = table(
        "Retail sales in the UK fell by 0.6% in October, official figures showed on Thursday.",
        "Economists had expected a rise of 0.3% during the month.",
    )
    assert dated(frame, "the month")[1] == "2026-10"


def test_a_month_still_hoped_for_stays_this_month():
    frame = table(
        "Retail sales in the UK fell by 0.6% in October, official figures showed on Thursday.",
        "Shops may recover during the month, traders hope.",
    )
    assert dated(frame, "the month")[1] != "2026-10"


# --- time spent ---------------------------------------------------------------------------------------------------


def test_time_spent_over_the_past_months_runs_up_to_publication():
    frame = table(
        'The organiser said: "We have spent the past eight months building this programme."',
        published=datetime(2027, 2, 10, 10, 30),
    )
    assert dated(frame, "the past eight months")[2:] == ("2026-06-10", "2027-02-10")


def test_time_to_be_spent_runs_on_from_publication():
    frame = table("The crew will spend the next two weeks at the station.")
    assert dated(frame, "the next two weeks")[2] == "2026-11-27"


# --- a story of the past keeps its year -------------------------------------------------------------------------

MARCH = datetime(2027, 3, 12, 17, 20)  # Friday 12 March 2027


def test_days_before_the_event_the_lead_dated_take_its_year():
    frame = table(
        "A man who died after falling from scaffolding had raised concerns about it, an inquest has heard.",
        "Tomasz Nowak, 41, died in hospital on 20 January 2026, a day after the fall in Reading.",
        "On 12 January he emailed the site manager about a loose guard rail. Three days later he raised it again.",
        "He fell on the morning of 19 January, the inquest heard on Thursday.",
        published=MARCH,
    )
    assert row(frame, "12 January")["date"] == "2026-01-12"
    assert row(frame, "Three days later")["date"] == "2026-01-15"
    assert row(frame, "19 January")["date"] == "2026-01-19"
    assert row(frame, "Thursday")["date"] == "2027-03-11"


def test_a_day_far_from_the_event_stays_this_years():
    frame = table(
        "A man who died after falling from scaffolding had raised concerns about it, an inquest has heard.",
        "Tomasz Nowak, 41, died in hospital on 20 January 2026, a day after the fall in Reading.",
        "The inquest opened on 1 March.",
        published=MARCH,
    )
    assert row(frame, "1 March")["date"] == "2027-03-01"


def test_a_day_to_come_near_the_event_is_not_moved_back():
    frame = table(
        "A man who died after falling from scaffolding had raised concerns about it, an inquest has heard.",
        "Tomasz Nowak, 41, died in hospital on 20 March 2026, a day after the fall in Reading.",
        "The hearing will resume on 22 March.",
        published=MARCH,
    )
    assert row(frame, "22 March")["date"] == "2027-03-22"


def test_without_a_day_of_the_past_in_the_lead_a_recent_day_stays_this_years():
    frame = table(
        "A man who died after falling from scaffolding had raised concerns about it, an inquest has heard.",
        "The site had been inspected in 2025, the coroner was told.",
        "On 12 January he emailed the site manager about a loose guard rail.",
        published=MARCH,
    )
    assert row(frame, "12 January")["date"] == "2027-01-12"


# --- dates printed on goods ---------------------------------------------------------------------------------------


def test_a_best_before_date_is_a_label_not_the_day_of_the_recall():
    frame = table(
        "The chain has recalled its oat bars with best before dates of 14 July 2027 and 21 July 2027, and its "
        "flapjacks in batches dated 3 August 2027.",
        "Packs with a use-by date of 30 November are also affected.",
    )
    assert row(frame, "14 July 2027")["event"] == "best before date"
    assert row(frame, "21 July 2027")["event"] == "best before date"
    assert row(frame, "3 August 2027")["event"] == "batch date"
    assert row(frame, "30 November")["event"] == "use by date"
    assert row(frame, "3 August 2027")["date"] == "2027-08-03"  # still dated: it says which packs


def test_a_batch_made_on_a_day_keeps_its_event():
    frame = table("The batch was made on Monday at a plant in Kent.")
    assert "made" in row(frame, "Monday")["event"]
