"""Timeline rows of invented news: no calendar day for what recurs (clock times of every day, of each occasion, a
day's practice, "the first Thursday of each month") or for a length that is no time from now ("a week earlier than
usual", "three matches in eight days"); dates put off or run on count from the story's own date; a stretch named by
its two ends is one row; a remembered moment in a quotation is not the story's day; "within three months of the
crash" counts from the crash."""

from __future__ import annotations

from datetime import datetime

from test_timeline_kinds import row
from test_timeline_kinds import table as timeline_of

FRIDAY = datetime(2026, 11, 27)


def table(*paragraphs: str, published: datetime = FRIDAY):
    """The timeline of an article whose body is `paragraphs` (headline "T")."""
    return timeline_of(*paragraphs, published=published)


def expressions(frame) -> list[str]:
    return frame["expression"].tolist()


# --- dates counted from the story's own date -------------------------------------------------------------------


def test_a_hearing_adjourned_after_a_past_day_is_the_one_after_that_day():
    frame = table(
        "Carver changed his plea on 15 September. The judge then adjourned the case until 3 November for reports."
    )
    assert row(frame, "3 November")["date"] == "2026-11-03"  # not November next year


def test_a_hearing_still_to_come_stays_ahead():
    frame = table("Carver changed his plea on 15 September. His next hearing is on 3 November.")
    assert row(frame, "3 November")["date"] == "2027-11-03"


def test_a_month_ending_a_stretch_is_after_the_start_its_sentence_named():
    frame = table(
        "Drivers backed strikes in a ballot that closed earlier this month, giving the union a mandate until mid-May.",
        published=datetime(2026, 11, 18),
    )
    assert row(frame, "mid-May")["date"][:7] == "2027-05"


# --- what recurs has no calendar day ------------------------------------------------------------------------------


def test_clock_times_of_every_day_and_of_a_weekday_in_the_plural_are_undated():
    frame = table(
        "From 23 October, the gallery will open every day from 10am to 5pm, with late openings on Thursdays between "
        "6pm and 9pm.",
        published=datetime(2026, 10, 15),
    )
    assert row(frame, "23 October")["date"] == "2026-10-23"
    for clock in ("10am", "5pm", "between 6pm and 9pm"):
        assert row(frame, clock)["date"] == "", clock


def test_clock_times_of_each_occasion_are_undated_but_a_named_day_keeps_its_clock():
    frame = table(
        "The overtime ban runs from 22 November to 5 December. Trains on the evening before each walkout will stop "
        "early, with the last ones leaving between 6pm and 9pm.",
        "Each of the three men was seen at 6pm on Friday.",
        published=datetime(2026, 11, 18),
    )
    assert row(frame, "between 6pm and 9pm")["date"] == ""
    assert row(frame, "6pm on Friday")["date"][:10] == "2026-11-13"


def test_a_weekday_naming_a_practice_is_no_day_but_one_after_on_is():
    frame = table(
        "The row began in 2025, when the firm proposed changes to Sunday working.",
        "On Sunday working hours will change.",
    )
    sundays = frame[frame["expression"].isin(["Sunday", "On Sunday"])].sort_values("paragraph")
    assert sundays.iloc[0]["date"] == ""
    assert sundays.iloc[-1]["date"] == "2026-11-29"


def test_a_weekday_of_each_month_is_undated():
    frame = table(
        "The library holds a talk on the first Thursday of each month and a quiz on the last Friday of every month."
    )
    assert row(frame, "the first Thursday of each month")["date"] == ""
    assert row(frame, "the last Friday of every month")["date"] == ""
    assert len(frame) == 2  # one set each: "each month" is no row of its own


# --- lengths that are no time from now ----------------------------------------------------------------------------


def test_a_length_compared_or_fitted_with_a_count_is_undated_but_one_from_now_is_dated():
    frame = table(
        "Exams will begin a week earlier than usual.",
        "Harton play three matches in eight days over Christmas.",
        "The bridge will reopen in ten days.",
        published=datetime(2026, 12, 5),
    )
    assert row(frame, "a week")["date"] == ""
    assert row(frame, "eight days")["date"] == ""
    assert row(frame, "ten days")["date"] == "2026-12-15"


def test_an_ordinal_second_before_a_comma_and_an_adjective_is_no_length():
    frame = table("Boats must carry a second, independent radio. The engine stalled for a second, then caught.")
    assert expressions(frame).count("a second") == 1  # the stall's second only


# --- the days of a weekend, the same day, a remembered moment -----------------------------------------------------


def test_the_weekend_of_two_named_days_is_those_days():
    frame = table("Third-round ties will be played on the weekend of 2 and 3 January.", published=datetime(2026, 12, 5))
    assert "the weekend" not in expressions(frame)
    assert row(frame, "3 January")["date"] == "2027-01-03"


def test_the_same_day_as_a_month_is_a_day_not_said():
    frame = table(
        "The firm had two complaints earlier this month, one about a child who was taken to hospital and released "
        "the same day.",
        published=datetime(2026, 9, 15),
    )
    assert row(frame, "the same day")["date"] == ""


def test_a_remembered_moment_in_a_quotation_is_not_the_storys_day():
    frame = table(
        'Sunday\'s service was led by the vicar. "I still remember my father carrying my sister into the loft," '
        'she said. "We were there until the next afternoon."',
        published=datetime(2026, 11, 2),
    )
    assert row(frame, "the next afternoon")["date"] == ""


def test_a_moment_counted_in_a_quotation_without_remembering_keeps_its_day():
    frame = table(
        'Police arrived on Friday. "We stayed until the next morning," he said.', published=datetime(2026, 11, 2)
    )
    assert row(frame, "the next morning")["date"][:10] == "2026-10-31"


# --- one row for a stretch; labels ----------------------------------------------------------------------------------


def test_a_stretch_from_one_year_to_another_is_one_row_unless_moved():
    frame = table(
        "Dunn moved money from the fund from 2019 to 2023.",
        "The launch was pushed back from 2025 to 2027.",
    )
    stretch = row(frame, "from 2019 to 2023")
    assert (stretch["date"], stretch["date_end"]) == ("2019-01-01", "2023-12-31")
    assert "2025" in expressions(frame) and "2027" in expressions(frame)  # the old date and the new


def test_a_day_naming_the_week_it_begins_is_labelled_by_its_clause():
    frame = table("The case came to court in February, and a trial was fixed for the week beginning 8 June.")
    assert "beginning" not in row(frame, "8 June")["event"]
    assert "fixed" in row(frame, "8 June")["event"]


# --- a length within an event the article dated -------------------------------------------------------------------


def test_a_length_within_an_event_counts_from_its_date():
    frame = table(
        "A faulty sensor caused the helicopter crash that killed four people in March, investigators said on "
        "Wednesday.",
        "The operator replaced the sensors within three months of the crash.",
        published=datetime(2026, 12, 9),
    )
    r = row(frame, "three months")
    assert (r["date"], r["date_end"]) == ("2026-03-01", "2026-06-30")


def test_a_length_within_an_event_with_two_dates_is_undated():
    frame = table(
        "Carver had been due to be sentenced on Tuesday. He will now be sentenced on 15 January.",
        "A confiscation hearing will follow within three months of the sentencing.",
    )
    assert row(frame, "three months")["date"] == ""


def test_a_holiday_come_back_from_is_the_one_gone_by():
    frame = table("Schools return from the Christmas holidays this week.", published=datetime(2027, 1, 10))
    assert row(frame, "Christmas holidays")["date"] == "2026-12-20"  # the break round Christmas 2026


def test_a_holiday_still_ahead_stays_ahead():
    frame = table("Schools break up for the Christmas holidays next week.", published=datetime(2026, 12, 10))
    assert row(frame, "Christmas holidays")["date"] == "2026-12-20"  # the break round Christmas 2026


def test_the_year_before_a_season_in_its_sentence_is_that_season_a_year_earlier():
    frame = table(
        "Last summer 5.8 million exam entries were made, slightly fewer than the year before.",
        published=datetime(2027, 1, 10),
    )
    assert row(frame, "the year before")["date"][:4] == "2025"


def test_a_bare_first_day_of_a_run_from_one_day_to_another_shares_the_label():
    frame = table("The league's winter break runs from 11 to 24 January.", published=datetime(2026, 12, 5))
    assert row(frame, "11")["event"] == row(frame, "24 January")["event"] != ""
