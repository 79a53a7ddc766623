"""Timeline rows of invented news where a day, a month or a season is set by what the story told before it: a live
page's weekday on the day itself; "the end of the month" after a day named just before; a listing that goes on day
by day; a yearly season that bounds what happens every week; a plan's length whose start was never told; and the
words that label a row."""

from __future__ import annotations

from datetime import datetime

from test_timeline_kinds import row
from test_timeline_kinds import table as timeline_of


def table(*paragraphs: str, published: datetime):
    """The timeline of an article whose body is `paragraphs` (headline "T")."""
    return timeline_of(*paragraphs, published=published)


WEDNESDAY = datetime(2026, 2, 11)
SATURDAY = datetime(2026, 2, 21)
AUGUST = datetime(2026, 8, 7)
SEPTEMBER = datetime(2026, 9, 13)
OCTOBER = datetime(2026, 10, 15)


# --- a live page's weekday -----------------------------------------------------------------------------------


def test_a_live_entrys_weekday_of_publication_is_that_day():
    frame = table(
        "Live updates: Storm Hana is moving east.",
        "14:20 Gusts are expected to ease on Wednesday evening, forecasters said.",
        published=WEDNESDAY,
    )
    assert row(frame, "Wednesday evening")["date"] == "2026-02-11"  # not the Wednesday after


def test_a_live_entrys_past_weekday_of_publication_is_that_day():
    frame = table(
        "Live updates: Storm Hana is moving east.",
        "15:05 The ferry company said on Wednesday that all crossings had been cancelled.",
        published=WEDNESDAY,
    )
    assert row(frame, "Wednesday")["date"] == "2026-02-11"


def test_a_live_entrys_other_weekday_still_comes_after():
    frame = table(
        "Live updates: Storm Hana is moving east.",
        "16:40 Schools will reopen on Friday, the council said.",
        published=WEDNESDAY,
    )
    assert row(frame, "Friday")["date"] == "2026-02-13"


# --- the month of a day named just before --------------------------------------------------------------------


def test_the_end_of_the_month_after_a_day_named_in_the_sentence_before():
    frame = table(
        "The consultation closes on 4 October. Residents can still write to the council after that, until the end of "
        "the month.",
        published=AUGUST,
    )
    assert row(frame, "the end of the month")["value"] == "2026-10"  # not August


def test_the_end_of_the_month_with_no_day_before_is_publications():
    frame = table("Rents will rise at the end of the month.", published=AUGUST)
    assert row(frame, "the end of the month")["value"] == "2026-08"


def test_a_day_in_the_paragraph_before_does_not_set_the_month():
    frame = table(
        "The fair opens on 4 October.", "Tickets are half price until the end of the month.", published=AUGUST
    )
    assert row(frame, "the end of the month")["value"] == "2026-08"


# --- a listing that goes on day by day -----------------------------------------------------------------------


def test_a_days_thing_right_after_a_day_to_come_is_the_next_day():
    frame = table(
        "On the radio, the drama serial ends on Thursday night.",
        "Friday's late film is a French thriller, at 11pm on BBC Four.",
        published=SATURDAY,
    )
    assert row(frame, "Friday")["date"] == "2026-02-27"  # not yesterday
    assert row(frame, "11pm")["date"].startswith("2026-02-27")


def test_a_day_after_a_weekend_to_come_is_that_weekends():
    frame = table(
        "Next weekend, the county final is on Saturday afternoon. The replay, if needed, follows on Sunday at 3pm.",
        published=SATURDAY,
    )
    assert row(frame, "Sunday at 3pm")["date"].startswith("2026-03-01")  # not tomorrow


def test_a_day_told_in_the_past_after_a_day_to_come_stays_past():
    frame = table(
        "The squad will fly out on Thursday. On Friday, the coach named his team for the tour.",
        published=SATURDAY,
    )
    assert row(frame, "Friday")["date"] == "2026-02-20"


def test_a_weekday_further_on_keeps_its_own_reading():
    frame = table("The final is on Thursday. Tickets will go on sale on Monday.", published=SATURDAY)
    assert row(frame, "Monday")["date"] == "2026-02-23"


def test_a_weekday_after_a_day_weeks_off_is_counted_from_publication():
    frame = table(
        "The final will be played on Sunday 15 March. Tickets go on sale on Monday at 9am.", published=SATURDAY
    )
    assert row(frame, "Monday at 9am")["date"].startswith("2026-02-23")


# --- a yearly season that bounds what happens every week -----------------------------------------------------


def test_a_season_of_weekly_openings_is_every_years():
    frame = table("The walled garden opens on Sundays from Easter to the end of September.", published=SEPTEMBER)
    assert row(frame, "Easter")["date"] == ""
    assert row(frame, "the end of September")["date"] == ""


def test_a_daily_run_of_months_told_in_the_present_is_every_years():
    frame = table("The island ferry sails daily from April to October.", published=SEPTEMBER)
    assert row(frame, "April")["date"] == ""
    assert row(frame, "October")["date"] == ""


def test_a_season_told_as_to_come_stays_dated():
    frame = table("The walled garden will open on Sundays from Easter next year.", published=SEPTEMBER)
    assert row(frame, "Easter next year")["date"] == "2027-03-28"


def test_a_past_run_of_months_stays_dated():
    frame = table("The island ferry sailed daily from April to October last year.", published=SEPTEMBER)
    assert row(frame, "April")["date"] == "2025-04-01"


# --- a plan's length whose start was never told --------------------------------------------------------------


def test_a_reported_plan_over_a_bare_stretch_is_undated():
    frame = table("The chief executive said the group would spend £400m over four years.", published=OCTOBER)
    assert row(frame, "over four years")["date"] == ""


def test_a_reported_plan_over_the_next_years_counts_from_now():
    frame = table(
        "The chief executive said on Monday the group would spend £400m over the next four years.", published=OCTOBER
    )
    assert row(frame, "over the next four years")["date"] == "2026-10-15"


def test_a_reported_length_for_a_time_still_runs_from_the_saying():
    frame = table("The operator said sailings would be cancelled for at least a week.", published=OCTOBER)
    assert row(frame, "at least a week")["date"] == "2026-10-15"


# --- labels --------------------------------------------------------------------------------------------------


def test_a_gapped_clause_after_a_passive_is_labelled_by_its_subject():
    frame = table("Interim figures will be published on 3 November and final figures a month later.", published=OCTOBER)
    assert "figures will be published" in row(frame, "3 November")["event"]
    assert row(frame, "a month later")["event"] == "final figures"


def test_a_participle_after_a_relative_aside_is_labelled_by_the_clause_it_interrupts():
    frame = table(
        "The council said it had signed a ten-year lease with a developer, which it did not name, starting in April.",
        published=OCTOBER,
    )
    assert "lease" in row(frame, "April")["event"]
    assert not row(frame, "April")["event"].startswith("it ")


def test_nothing_is_an_object_a_label_keeps():
    frame = table('"Some days she would sit in the kitchen and do nothing for hours," her son said.', published=OCTOBER)
    assert row(frame, "hours")["event"].endswith("do nothing")


def test_a_participle_with_its_own_object_keeps_its_label():
    frame = table(
        "The board on Monday rejected a plan that would have merged the two schools, leaving parents with two weeks "
        "to appeal.",
        published=OCTOBER,
    )
    assert row(frame, "two weeks")["event"].startswith("leaving parents")


# --- a clock time on a holiday; a holiday's things; what usually happens -------------------------------------


def test_a_clock_time_on_a_holiday_is_that_days():
    frame = table("The library will shut at 2pm on New Year's Eve.", published=datetime(2026, 12, 16))
    assert row(frame, "2pm on New Year's Eve")["date"].startswith("2026-12-31")


def test_a_holidays_things_are_no_day():
    frame = table("Old Christmas cards can go in the paper recycling bin from 2 January.", published=OCTOBER)
    assert "Christmas" not in frame["expression"].tolist()


def test_the_holiday_itself_is_still_a_day():
    frame = table("The market will be closed on Christmas Day.", published=OCTOBER)
    assert row(frame, "Christmas Day")["date"] == "2026-12-25"


def test_a_usual_month_is_every_years():
    frame = table(
        "Swallows leave the valley in autumn, usually in late September, and the last stragglers a week later.",
        published=SEPTEMBER,
    )
    assert row(frame, "late September")["date"] == ""


def test_a_month_that_came_last_year_stays_dated():
    frame = table("The swallows left in late September last year.", published=SEPTEMBER)
    assert row(frame, "late September last year")["date"] == "2025-09-21"
