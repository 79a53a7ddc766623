"""Timeline rows of invented news that names old times, a trial's days and runs of days: what a reporter would print
as it stands. Each test is a mistake a reader would catch."""

from __future__ import annotations

from datetime import datetime

from test_timeline_kinds import row
from test_timeline_kinds import table as timeline_of

from newsframe import summary

TUESDAY = datetime(2026, 4, 21)


def table(*paragraphs: str, published: datetime | None = TUESDAY):
    """The timeline of an article whose body is `paragraphs` (headline "T"), published on a Tuesday."""
    return timeline_of(*paragraphs, published=published)


def test_the_first_century_is_dated_from_year_one_and_named_by_its_number():
    frame = table(
        "Divers off the Kent coast have found a wreck that sank in the 1st century, carrying wine jars.",
        "The museum in Dover will show the jars from June.",
    )
    assert (row(frame, "the 1st century")["date"], row(frame, "the 1st century")["date_end"]) == (
        "0001-01-01",
        "0099-12-31",
    )
    assert summary.dates_sentence(frame) == "Its 2 dated expressions run from the 1st century to June 2026."


def test_a_year_before_christ_is_not_dated_after_him_and_one_after_him_is():
    frame = table(
        "The shrine was raised in the 2nd century BC and rebuilt in 61 BC; the fort beside it dates from AD 85, "
        "and the chapel from around the year 700.",
    )
    assert row(frame, "the 2nd century BC")["date"] == ""
    assert row(frame, "61 BC")["date"] == ""
    assert row(frame, "AD 85")["date"] == "0085-01-01"
    assert row(frame, "the year 700")["value"] == "0700"
    assert "the year" not in frame["expression"].tolist()  # not this year
    assert "AD 85" in summary.dates_sentence(frame)


def test_a_holiday_with_its_year_is_that_years():
    frame = table("The new bridge could open to traffic before Easter Monday or, at the latest, by Christmas 2028.")
    assert row(frame, "Christmas 2028")["value"] == "2028-12-25"


def test_the_deed_a_trial_tried_keeps_its_day_after_the_verdicts_day():
    frame = table(
        "Owen Treharne, 41, denied stabbing a neighbour on the night of 3 August last year. A jury at Exeter "
        "Crown Court found him guilty on Friday.",
        "Jurors heard that the two men had quarrelled over a parked car at about 10.40pm. Treharne returned "
        "with a knife at 11.05pm.",
        published=datetime(2026, 3, 2),
    )
    assert row(frame, "10.40pm")["date"] == "2025-08-03T22:40"
    assert row(frame, "11.05pm")["date"] == "2025-08-03T23:05"
    assert row(frame, "Friday")["date"] == "2026-02-27"


def test_a_clock_time_on_a_weekday_ending_a_run_comes_after_its_start():
    frame = table(
        "Forecasters issued a flood warning running from 6am on Tuesday until noon on Friday.",
    )
    assert row(frame, "6am on Tuesday")["date"] == "2026-04-21T06:00"
    assert row(frame, "noon on Friday")["date"] == "2026-04-24T12:00"


def test_a_sum_set_aside_over_years_is_over_the_years_to_come():
    frame = table(
        "The health department has set aside £6.4 billion over four years to clear the backlog of hip operations.",
    )
    found = row(frame, "over four years")
    assert (found["date"], found["date_end"]) == ("2026-04-21", "2030-04-21")


def test_a_freeze_until_the_end_of_the_year_runs_from_now_to_its_end():
    frame = table("Parking charges at the station will be frozen until the end of the year, the council said.")
    assert (row(frame, "until the end of the year")["date"], row(frame, "until the end of the year")["date_end"]) == (
        "2026-04-21",
        "2026-12-31",
    )


def test_a_fall_by_a_share_in_a_day_is_the_days_fall_not_the_next_day():
    frame = table(
        "Timeline of the slide:",
        "March 3 - The lender reports a surprise loss. Its shares drop 41% in a day.",
        "March 9 - The chairman resigns.",
    )
    assert row(frame, "a day")["date"] == "2026-03-03"


def test_the_first_month_of_a_run_takes_the_year_named_at_its_end():
    frame = table(
        "The coastal path will be shut from May to September next year while the cliff is shored up.",
        "Footfall in the harbour fell between November and February this year.",
    )
    assert row(frame, "May")["value"] == "2027-05"
    # "between November and February this year" is one stretch whose start keeps the year before its end's
    assert row(frame, "between November and February this year")["value"] == "2025-11/2026-02"


def test_a_day_named_by_its_place_in_a_month_in_the_present_is_the_next_one():
    frame = table("The hill race is run on the last Saturday in February, when the heather is bare.")
    assert row(frame, "the last Saturday in February")["date"] == "2027-02-27"


def test_a_deadline_set_by_a_directive_is_to_come():
    frame = table(
        "The regulator has directed water companies to publish their leakage figures by March 15.",
        published=datetime(2026, 1, 20),
    )
    assert row(frame, "March 15")["date"] == "2026-03-15"


def test_each_day_listed_with_a_month_is_a_day_of_that_month():
    frame = table(
        "Examiners visited the college on 9 and 10 March and again on April 2 and 7.",
        published=datetime(2026, 4, 21),
    )
    assert row(frame, "9")["date"] == "2026-03-09"
    assert row(frame, "10 March")["date"] == "2026-03-10"
    assert row(frame, "7")["date"] == "2026-04-07"


def test_the_following_decade_counts_from_the_storys_decade_not_from_now():
    frame = table("The canal was dug in the 1830s and widened in the following decade.")
    assert row(frame, "the following decade")["date"] == "1840-01-01"


def test_dates_written_day_first_and_a_fiscal_quarter_code():
    frame = table(
        "Polling took place on 29/04/2026 and the count was certified on 02/05/2026.",
        "The board will meet on 15.07.2026 to approve the results for Q4 FY26.",
    )
    assert row(frame, "02/05/2026")["date"] == "2026-05-02"
    assert row(frame, "15.07.2026")["date"] == "2026-07-15"
    assert row(frame, "Q4 FY26")["date"] == ""  # the company's own year, whose months are not said


def test_the_first_day_of_a_run_of_days_in_one_month_is_dated():
    frame = table("The book fair runs from 11 to 16 August at the harbour.")
    assert row(frame, "11")["date"] == "2026-08-11"


def test_a_month_shortened_without_its_full_stop_before_a_day():
    frame = table("The jeweller was remanded in custody and will be sentenced on Dec 4 at Bristol Crown Court.")
    assert row(frame, "Dec 4")["date"] == "2026-12-04"


def test_a_week_counted_on_from_a_weekday_is_that_day_a_week_later():
    frame = table(
        "The new timetable starts a week on Friday, and the old ticket machines go Monday week.",
    )
    assert row(frame, "a week on Friday")["date"] == "2026-05-01"
    assert row(frame, "Monday week")["date"] == "2026-05-04"


def test_the_turn_of_the_century_is_no_whole_century():
    frame = table("The mill closed at the turn of the century, and the site has stood empty since.")
    assert row(frame, "the century")["date"] == ""


def test_a_cars_model_year_dates_nothing_the_story_tells():
    frame = table(
        "Detectives said the stolen money paid for a speedboat and a 2021 Chevrolet Silverado pickup.",
        "The court struck down a 2019 Kerala government order on quarry licences.",
    )
    assert row(frame, "2021")["date"] == ""
    assert row(frame, "2019")["date"] == "2019-01-01"  # the order's year: it was made then


def test_the_same_period_of_a_year_is_the_period_named_before_in_that_year():
    frame = table(
        "Ticket sales rose 7% in the first quarter, against 2% in the same period of 2025.",
        "Flu admissions reached 940 in weeks 2 to 6 of 2026, compared with 610 in the same period of 2025.",
    )
    assert row(frame, "the same period of 2025")["value"] == "2025-Q1"
    assert row(frame, "the same period of 2025", 1)["date"] == ""  # weeks the calendar does not hold; not Q4


def test_a_book_published_on_a_weekday_in_the_present_passive_is_to_come():
    frame = table(
        "Grant's third novel is published by Faber on Thursday, priced £16.99.", published=datetime(2026, 5, 17)
    )
    assert row(frame, "Thursday")["date"] == "2026-05-21"


def test_a_hearing_put_off_to_a_date_and_bail_until_a_trial_look_ahead():
    frame = table(
        "The case was adjourned to May 12 so that a psychiatric report could be prepared.",
        "Hollis was granted bail until his trial in September.",
        published=datetime(2026, 3, 2),
    )
    assert row(frame, "May 12")["date"] == "2026-05-12"
    assert row(frame, "September")["value"] == "2026-09"


def test_a_company_that_reports_results_on_a_weekday_reports_them_to_come():
    frame = table("Harlow Foods reports half-year results on Thursday.", published=datetime(2026, 3, 2))
    assert row(frame, "Thursday")["date"] == "2026-03-05"


def test_the_same_period_after_a_run_of_months_is_the_whole_run_in_that_year():
    frame = table(
        "Clinics recorded 2,310 cases of whooping cough between January and June, against 980 in the same period "
        "last year.",
        published=datetime(2026, 7, 20),
    )
    found = row(frame, "the same period last year")
    assert (found["date"], found["date_end"]) == ("2025-01-01", "2025-06-30")


def test_a_day_of_the_year_followed_by_each_year_is_every_years():
    frame = table("The swallows return to the valley around April 20 each year, wardens said.")
    assert row(frame, "April 20")["type"] == "SET"
    assert row(frame, "April 20")["date"] == ""


def test_since_the_beginning_of_the_year_runs_up_to_now_not_past_it():
    frame = table(
        "The charity has fed 41,000 families since the beginning of the year.", published=datetime(2026, 2, 24)
    )
    found = row(frame, "the beginning of the year")
    assert (found["date"], found["date_end"]) == ("2026-01-01", "2026-02-24")
