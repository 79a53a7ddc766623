"""Timeline rules of round 34 (dates59): a "with" participle added to a clause that makes a schedule known ("has
completed its line-up, with the Lanterns headlining on Friday") is still to come; the ends of a stretch ("between
March 2019 and 31 December 2023") are no day a later "earlier that day" is on, and a vague "earlier" read apart from
its "that day" joins it; "earlier in the day" after a day gone by is that day; a participle after a "with" the parse
made a clause's mark has its main clause's tense; "fiscal 2026, which ended on 30 June" says where the company's
year ends; and a bare quarter after "fiscal 2025" is that year's. Every text here was written for these tests."""

from __future__ import annotations

from datetime import datetime

from test_timeline_sentences import row, table

WEDNESDAY = datetime(2026, 6, 10)
FRIDAY = datetime(2026, 2, 6)
SUNDAY = datetime(2026, 3, 15)


def test_a_with_participle_of_a_schedule_made_known_is_still_to_come():
    frame = table(
        "The Riverside Weekender has completed its line-up, with the Copper Kites headlining the main stage on "
        "Friday and Hale & Marsh closing the festival on Sunday night.",
        "Organisers have confirmed the programme, with the Lanterns playing on Saturday.",
        published=WEDNESDAY,
    )
    assert row(frame, "Friday")["date"] == "2026-06-12"
    assert row(frame, "Sunday night")["date"] == "2026-06-14"
    assert row(frame, "Saturday")["date"] == "2026-06-13"
    kept = table("The team has won three in a row, with the latest coming on Saturday.", published=WEDNESDAY)
    assert row(kept, "Saturday")["date"] == "2026-06-06"  # no schedule: a day gone by


def test_the_ends_of_a_stretch_are_no_day_that_day_points_back_to():
    frame = table(
        "A former treasurer has been jailed for two years, a court heard on Thursday.",
        "Prosecutors said he took the money between March 2019 and 31 December 2023.",
        "Earlier that day, the judge had refused a request to adjourn the case.",
        published=FRIDAY,
    )
    assert row(frame, "Earlier that day")["date"] == "2026-02-05"
    assert not (frame["value"] == "PAST_REF").any()  # no second, vague "Earlier"
    assert row(frame, "31 December 2023")["date"] == "2023-12-31"
    night = table(
        "The leader survived a vote of no confidence on Wednesday night.",
        "Earlier that day, opposition councillors had staged a walkout.",
        published=datetime(2026, 10, 8),
    )
    assert row(night, "Earlier that day")["date"] == "2026-10-07"
    assert len(night) == 2


def test_earlier_in_the_day_after_a_day_gone_by_is_that_day():
    frame = table(
        "Wycombe moved top of League One with a 2-1 win at Bolton on Saturday.",
        "Earlier in the day, Charlton's youthful side beat Stevenage 3-0.",
        published=SUNDAY,
    )
    assert row(frame, "Earlier in the day")["date"] == "2026-03-14"
    assert row(frame, "Earlier in the day")["event"] == "youthful side beat Stevenage"


def test_a_participle_after_a_with_read_as_a_mark_has_the_main_clauses_tense():
    frame = table("The final will be played on 9 May, with the trophy presented later that day.", published=SUNDAY)
    assert row(frame, "that day")["date"] == "2026-05-09"
    gone = table("The semi-final was played on Saturday, with the trophy presented later that day.", published=SUNDAY)
    assert row(gone, "that day")["date"] == "2026-03-14"


def test_a_fiscal_year_said_to_have_ended_places_the_companys_year():
    frame = table(
        "Fiscal 2026 ended on June 30, and the group expects growth in fiscal 2027.", published=datetime(2026, 11, 12)
    )
    assert (row(frame, "fiscal 2027")["date"], row(frame, "fiscal 2027")["date_end"]) == ("2026-07-01", "2027-06-30")
    quarter = table(
        "In the fourth quarter of fiscal 2026, which ended on September 30, profit rose. It expects growth in "
        "fiscal 2027.",
        published=datetime(2026, 11, 12),
    )
    assert row(quarter, "fiscal 2027")["date"] == "2026-10-01"
    unsaid = table("The group expects growth in fiscal 2027.", published=datetime(2026, 11, 12))
    assert row(unsaid, "fiscal 2027")["date"] == ""  # where the year ends is not said


def test_a_bare_quarter_after_a_fiscal_year_is_that_years():
    frame = table(
        "Halden Foods said profit in the year to March rose 12%.",
        "Sales in fiscal 2025 had been held back by a recall in the second quarter.",
        published=datetime(2026, 5, 14),
    )
    quarter = row(frame, "the second quarter")
    assert (quarter["date"], quarter["date_end"]) == ("2024-07-01", "2024-09-30")
