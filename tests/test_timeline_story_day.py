"""Timeline rows of invented news where a reader would be misled: "today" in a quotation said on the day the lead
told of, a clock time of that day's doer, a paper's name read as a weekday, the last occasion bounded by "more than",
and "the month" of a monthly report."""

from __future__ import annotations

from datetime import datetime

from test_timeline_kinds import dated, row
from test_timeline_kinds import table as timeline_of

THURSDAY = datetime(2027, 3, 11, 16, 30)  # the day after Wednesday 10 March
FRIDAY = datetime(2027, 3, 12, 15, 0)
TUESDAY = datetime(2027, 6, 1, 7, 0)


def table(*paragraphs: str, published: datetime = THURSDAY):
    """The timeline of an article whose body is `paragraphs` (headline "T")."""
    return timeline_of(*paragraphs, published=published)


# --- a quotation's "today" is the day it was said ---------------------------------------------------------------


def test_today_in_a_quotation_is_the_day_the_lead_told_of():
    frame = table(
        "The mayor opened the new library in Ashford on Wednesday.",
        "Children queued in the rain to borrow the first books.",
        '"It has been a long wait, and today the town finally got its library," said the head librarian.',
    )
    assert row(frame, "Wednesday")["date"] == "2027-03-10"
    assert row(frame, "today")["date"] == "2027-03-10"


def test_the_lead_may_give_its_day_in_the_second_paragraph():
    frame = table(
        "A retired teacher has won her claim against the county council over a fall on a broken pavement.",
        "A judge ruled at Canterbury County Court on Thursday that the council had failed to repair the path.",
        'Outside court she said she was relieved. "Today somebody finally listened to me," she said.',
        published=FRIDAY,
    )
    assert row(frame, "Today")["date"] == "2027-03-11"


def test_today_stays_publications_day_when_the_story_has_gone_on_to_another_day():
    frame = table(
        "The mayor opened the new library in Ashford on Wednesday.",
        "On Thursday morning the first school groups arrived.",
        '"Today the town got its library," the head librarian said.',
        published=FRIDAY,
    )
    assert row(frame, "Today")["date"] == "2027-03-12"


def test_today_stays_publications_day_when_the_saying_is_now_or_dated_of_its_own():
    says = table(
        "The mayor opened the new library in Ashford on Wednesday.",
        '"Today the doors are open from nine," says the head librarian.',
    )
    assert row(says, "Today")["date"] == "2027-03-11"  # "says": said as the paper went out
    own = table(
        "The mayor opened the new library in Ashford on Wednesday.",
        'The council said this morning: "Today we start the second phase."',
    )
    assert row(own, "Today")["date"] == "2027-03-11"  # the paragraph gives the day it was said
    lead_today = table(
        "The mayor opens the new library in Ashford on Thursday.",
        '"Today is a proud day," the head librarian said.',
    )
    assert row(lead_today, "Today")["date"] == "2027-03-11"  # the lead's day is publication's own
    old = table(
        "The mayor opened the new library in Ashford on 2 February.",
        '"Today the town got its library," the head librarian said.',
    )
    assert row(old, "Today")["date"] == "2027-03-11"  # a lead weeks gone by is no story of the day


def test_a_clock_time_of_a_doer_with_no_subject_of_its_own_is_on_that_doers_day():
    frame = table(
        "The Duke of Kent visited the lifeboat station in Whitby on Wednesday.",
        "The station's new boat was paid for by an appeal launched in the spring.",
        "He met the crew, and the duke stopped to talk to families before leaving at about 2pm.",
    )
    assert row(frame, "2pm")["date"] == "2027-03-10T14:00"
    other = table(
        "The Duke of Kent visited the lifeboat station in Whitby on Wednesday.",
        "The station's new boat was paid for by an appeal launched in the spring.",
        "The harbour master closed the slipway before leaving at about 2pm.",
    )
    assert row(other, "2pm")["date"] == "2027-03-11T14:00"  # someone else: no day of theirs was told


# --- a weekday in a paper's name --------------------------------------------------------------------------------


def test_a_papers_name_or_kind_is_no_weekday():
    frame = table(
        "The actor won his libel claim against the publisher of the Sunday Herald on Wednesday.",
        "A Sunday newspaper had said he lied, and the Saturday papers repeated it.",
    )
    assert row(frame, "Sunday")["type"] == "SET" and row(frame, "Sunday")["date"] == ""  # "a Sunday newspaper"
    assert frame["expression"].tolist().count("Sunday") == 1  # "the Sunday Herald" is a name
    assert row(frame, "Saturday")["type"] == "SET" and row(frame, "Saturday")["date"] == ""
    assert row(frame, "Wednesday")["date"] == "2027-03-10"


def test_a_weekday_before_a_common_noun_or_after_on_is_still_a_day():
    frame = table(
        "On Sunday papers were handed out at the gates, and the Saturday match was called off.",
        "She met the Sunday Herald editor on Monday.",
    )
    assert row(frame, "Sunday")["date"] == "2027-03-07"
    assert row(frame, "Saturday")["date"] == "2027-03-06"
    assert row(frame, "Monday")["date"] == "2027-03-08"


# --- a last occasion known only by a bound ---------------------------------------------------------------------


def test_the_first_in_more_than_a_stretch_has_no_date():
    frame = table(
        "The foal is the first to be born at the stud in more than a decade.",
        "Rents fell for the first time in at least two years.",
    )
    assert row(frame, "more than a decade")["date"] == ""
    assert row(frame, "at least two years")["date"] == ""


def test_the_first_in_about_a_stretch_still_dates_the_last_occasion():
    frame = table(
        "Rents fell for the first time in three years.",
        "Sales hit their best level in just over a year.",
        "It was the first trip over the border in five years.",
    )
    assert row(frame, "three years")["date"] == "2024-01-01"
    assert row(frame, "over a year")["date"] == "2026-01-01"  # "just over" a year is about one
    assert row(frame, "five years")["date"] == "2022-01-01"  # "over the border" bounds no length


# --- the month of a monthly report ------------------------------------------------------------------------------


def test_the_month_after_a_paragraph_that_named_it_is_that_month():
    frame = table(
        "Shop prices rose for the third month in a row in May, according to the retail survey.",
        "Food prices climbed by 0.6% during the month, after a rise of 0.3% in April.",
        published=TUESDAY,
    )
    assert dated(frame, "the month")[1:] == ("2027-05", "2027-05-01", "2027-05-31")


def test_the_month_to_come_or_with_no_month_before_is_publications():
    frame = table(
        "The council approved the plan in May.",
        "The budget will be set later in the month.",
        published=TUESDAY,
    )
    assert row(frame, "later in the month")["date"] == "2027-06-01"
    alone = table("Food prices climbed by 0.6% during the month.", published=TUESDAY)
    assert row(alone, "the month")["value"] == "2027-06"


# --- a day on a mishap after "after" -----------------------------------------------------------------------------


def test_a_day_on_a_mishap_after_after_is_gone_by_under_a_verb_to_come():
    frame = table(
        "The line will stay shut after the derailment on Tuesday.",
        "Extra patrols will run in the park after the stabbing on Monday.",
    )
    assert row(frame, "Tuesday")["date"] == "2027-03-09"
    assert row(frame, "Monday")["date"] == "2027-03-08"


def test_a_day_on_a_meeting_after_after_keeps_the_verbs_time():
    ahead = table("The club will appoint a new manager after the meeting on Saturday.")
    assert row(ahead, "Saturday")["date"] == "2027-03-13"  # a meeting may still be to come
    gone = table("The club appointed a new manager after the meeting on Saturday.", published=FRIDAY)
    assert row(gone, "Saturday")["date"] == "2027-03-06"


# --- a change over the year of a monthly report ------------------------------------------------------------------


def test_a_change_over_the_year_in_a_report_of_a_month_is_the_twelve_months_to_it():
    frame = table(
        "Shop prices rose for the third month in a row in May, according to the retail survey.",
        "In Wales prices were up 4.1% over the year, while London saw a fall.",
        published=TUESDAY,
    )
    assert dated(frame, "the year") == ("DURATION", "P1Y", "2026-06-01", "2027-05-31")


def test_the_year_with_no_reported_month_or_no_change_stays_the_calendar_year():
    unreported = table(
        "Shop prices rose again, according to the retail survey.",
        "In Wales prices were up 4.1% over the year.",
        published=TUESDAY,
    )
    assert row(unreported, "the year")["value"] == "2027"
    unchanged = table(
        "Shop prices rose for the third month in a row in May, according to the retail survey.",
        "The shop has traded well over the year, its owner said.",
        published=TUESDAY,
    )
    assert row(unchanged, "the year")["value"] == "2027"


# --- the night after a chronology's evening --------------------------------------------------------------------


def test_the_night_after_a_paragraph_that_ended_on_an_evening_is_that_days_night():
    frame = table(
        "The boy left home on Monday afternoon. His mother reported him missing at 9.15pm.",
        "Rescue teams searched through the night.",
        published=FRIDAY,
    )
    assert row(frame, "the night")["value"] == "2027-03-08TNI"


def test_overnight_after_a_day_with_no_evening_is_last_night():
    frame = table(
        "The council met on Monday to discuss the flood plan.",
        "Heavy rain fell overnight.",
        published=FRIDAY,
    )
    assert row(frame, "overnight")["value"] == "2027-03-11TNI"


def test_a_chronologys_last_tuesday_is_counted_from_publication_not_from_the_entry_before():
    found = table(
        "11 November 2025 - The planning inspector recommends approval.",
        "Last Tuesday - The housing secretary grants permission.",
        published=datetime(2026, 12, 1, 12, 0),
    )
    dates = dict(zip(found["expression"], found["date"]))
    assert dates["Last Tuesday"] == "2026-11-24"  # not 18 November 2025, the Tuesday after the entry before
