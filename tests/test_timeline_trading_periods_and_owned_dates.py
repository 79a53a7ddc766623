"""Timeline rows of invented reports a reporter would read wrongly: a trading period counted in weeks or days up to
the day that ends it, and the year before it; a possessive date that owns the thing the clause is about; a thing
had done to it; a deadline's present read as a plural noun."""

from __future__ import annotations

from datetime import datetime

from test_timeline_kinds import row, table


def test_weeks_to_a_day_are_the_weeks_ending_that_day():
    frame = table(
        "Underlying profit for the 26 weeks to 30 August fell to £212m from £247m a year earlier, the grocer said.",
        published=datetime(2026, 9, 17),
    )
    period = row(frame, "the 26 weeks")
    assert (period["date"], period["date_end"]) == ("2026-03-02", "2026-08-30")
    assert period["value"] == "P26W"
    before = row(frame, "a year earlier")
    assert (before["date"], before["date_end"]) == ("2025-03-02", "2025-08-30")


def test_weeks_to_a_day_not_yet_passed_this_year_are_last_years():
    frame = table(
        "Sales in the 12 weeks to 14 December rose 3.1%, the market researcher said.",
        published=datetime(2026, 1, 9),
    )
    period = row(frame, "the 12 weeks")
    assert (period["date"], period["date_end"]) == ("2025-09-22", "2025-12-14")


def test_days_to_a_day_are_the_days_ending_that_day():
    frame = table("There were 412 admissions in the 28 days to 3 March.", published=datetime(2026, 3, 12))
    period = row(frame, "the 28 days")
    assert (period["date"], period["date_end"]) == ("2026-02-04", "2026-03-03")


def test_weeks_to_a_month_with_no_day_keep_no_date():
    frame = table("Sales for the 26 weeks to August rose 2%.", published=datetime(2026, 9, 17))
    assert row(frame, "the 26 weeks")["date"] == ""


def test_a_possessive_date_owns_the_thing_when_the_clause_is_at_another_time():
    frame = table(
        "Police are appealing for witnesses to Sunday's crash on the ring road.",
        "The Tidewell Festival has announced its line-up for next summer's event.",
        "Ticket prices for next year's tournament rose on Monday.",
        published=datetime(2026, 10, 7),
    )
    assert row(frame, "Sunday")["event"] == "crash"
    assert row(frame, "next summer")["event"] == "event"
    assert row(frame, "next year")["event"] == "tournament"


def test_a_possessive_date_leaves_a_clause_at_its_time_the_event():
    frame = table(
        "The three judges issued Thursday's ruling after a week of hearings.",
        "The claim was first raised in Saturday's debate.",
        published=datetime(2026, 10, 9),
    )
    assert "issued" in row(frame, "Thursday")["event"]
    assert "raised" in row(frame, "Saturday")["event"]


def test_a_thing_had_done_is_told_with_who_had_it():
    frame = table(
        "Marlow Athletic had a £6m offer rejected last week.",
        "The council had its budget approved on Tuesday.",
        published=datetime(2026, 1, 22),
    )
    assert row(frame, "last week")["event"].startswith("Marlow Athletic had")
    assert row(frame, "last week")["event"].endswith("rejected")
    assert row(frame, "Tuesday")["event"] == "council had budget approved"


def test_a_deadlines_present_after_before_is_its_own_event():
    frame = table(
        "Greystone United want to sign a goalkeeper before the transfer window shuts at 11pm on Thursday.",
        "Applicants must apply before the consultation closes on Friday.",
        published=datetime(2026, 1, 26),
    )
    assert row(frame, "11pm on Thursday")["event"] == "transfer window shuts"
    assert row(frame, "Friday")["event"] == "consultation closes"


def test_a_base_form_after_a_misread_past_is_a_plan():
    frame = table(
        "Tickets for the Corran run go on general sale on Monday; members' booking opened last week.",
        published=datetime(2027, 2, 19),
    )
    assert row(frame, "Monday")["value"] == "2027-02-22"


def test_a_plain_present_with_now_is_no_plan():
    frame = table(
        "The new line means the journey now runs in under an hour.",
        published=datetime(2027, 2, 19),
    )
    assert row(frame, "under an hour")["date"] == ""


def test_an_ordinal_in_the_subject_does_not_count_back():
    frame = table(
        "The second round of talks begins in two weeks.",
        "The third phase of the scheme will open in six months.",
        "It was the second time the bank had raised rates in a year.",
        published=datetime(2027, 2, 19),
    )
    assert row(frame, "two weeks")["date"] > "2027-02-19"
    assert row(frame, "six months")["date"] > "2027-02-19"
    assert row(frame, "a year")["date_end"] == "2027-02-19"


def test_the_same_period_is_the_stretch_named_before():
    frame = table(
        "Births in the year to June 2025 fell to 3,900, the lowest since records began in 1974. Deaths rose to 4,300 "
        "over the same period.",
        published=datetime(2026, 7, 15),
    )
    same = row(frame, "the same period")
    assert (same["date"], same["date_end"]) == ("2024-07-01", "2025-06-30")


def test_a_day_named_again_without_a_year_is_the_same_day():
    frame = table(
        "The woman was last seen on Sunday 1 November in the town centre.",
        "Anyone with information is asked to call police, quoting incident 1187 of 1 November.",
        published=datetime(2026, 11, 10),
    )
    assert frame[frame["expression"] == "Sunday 1 November"]["value"].tolist() == ["2026-11-01"]
    assert frame[frame["expression"] == "1 November"].empty  # the incident's number, no event of the story


def test_the_previous_season_of_a_decade_is_undated():
    frame = table(
        "Set over one winter in the 1950s, the novel follows a ferryman who lost his wife the previous autumn.",
        published=datetime(2027, 2, 19),
    )
    assert row(frame, "the previous autumn")["date"] == ""


def test_an_adjective_after_a_subjects_phrase_is_its_verb():
    frame = table("Entries for the autumn half marathon open on 1 May.", published=datetime(2026, 4, 22))
    assert row(frame, "1 May")["event"] == "Entries open"


def test_months_to_mid_year_end_in_june_and_the_previous_year_is_them_a_year_back():
    frame = table(
        "Net migration into the county was 6,100 in the 12 months to mid-2025, compared with 4,800 the previous year.",
        published=datetime(2026, 7, 15),
    )
    period = row(frame, "the 12 months")
    assert (period["date"], period["date_end"]) == ("2024-07-01", "2025-06-30")
    before = row(frame, "the previous year")
    assert (before["date"], before["date_end"]) == ("2023-07-01", "2024-06-30")


def test_the_weekend_beside_a_day_of_now_is_not_counted_from_an_old_date():
    frame = table(
        "In December 2024 customers were locked out of online banking for two days over Christmas.",
        "The bank said the update had been tested over the weekend but was not run until Tuesday morning.",
        "On 14 March 2019 the river burst its banks. By the weekend, 1,500 people had been moved.",
        published=datetime(2026, 5, 13),
    )
    weekends = frame[frame["expression"] == "the weekend"].sort_values("paragraph")
    assert weekends["date"].tolist() == ["2026-05-09", "2019-03-16"]
