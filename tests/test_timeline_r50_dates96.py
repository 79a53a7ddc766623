"""Timeline: a clock time of a main clause is not dated by a day told in a relative clause set off by commas."""

from datetime import datetime

from test_timeline_sentences import row, table

MONDAY_NIGHT = datetime(2025, 2, 3, 23, 30)
TUESDAY = datetime(2025, 3, 4, 18, 0)


def test_a_clock_time_after_a_relative_aside_is_not_the_asides_day():
    window = table("The window, which opened on 1 January, closed at 11pm.", published=MONDAY_NIGHT)
    assert row(window, "11pm")["date"] == "2025-02-03T23:00"
    assert row(window, "1 January")["date"] == "2025-01-01"
    court = table(
        "Mr Hale, who was arrested at his home on Friday, appeared before magistrates at 10am.", published=TUESDAY
    )
    assert row(court, "10am")["date"] == "2025-03-04T10:00"
    # a clock time of the relative clause's own verb keeps that clause's day
    own = table(
        "Mr Hale, who was arrested on Friday after a chase that ended at 10pm, denies the charge.", published=TUESDAY
    )
    assert row(own, "10pm")["date"] == "2025-02-28T22:00"


def test_the_last_part_of_a_day_after_a_determiner_is_the_final_one_not_the_one_gone_by():
    test = table("The first Test ended in defeat when England collapsed on the last morning.", published=TUESDAY)
    assert "last morning" not in test["expression"].tolist()
    stay = table("The band played on their last night in Berlin, after a tour of 40 dates.", published=TUESDAY)
    assert "last night" not in stay["expression"].tolist()
    # with no determiner before it, the night (or morning) before publication
    plain = table("Fans queued outside the arena last night.", published=TUESDAY)
    assert row(plain, "last night")["date"].startswith("2025-03-03")
    told = table("The manager told her last night that the deal was off.", published=TUESDAY)
    assert row(told, "last night")["date"].startswith("2025-03-03")


def test_a_tax_year_across_two_years_of_the_uks_tax_office_runs_from_6_april():
    returns = table(
        "Self-assessment tax returns for the 2023-24 tax year must be filed by 31 January.", published=TUESDAY
    )
    assert (row(returns, "the 2023-24 tax year")["date"], row(returns, "the 2023-24 tax year")["date_end"]) == (
        "2023-04-06",
        "2024-04-05",
    )
    revenue = table(
        "HM Revenue and Customs said refunds for the 2022/23 tax year would be paid by the summer.", published=TUESDAY
    )
    assert row(revenue, "the 2022/23 tax year")["date"] == "2022-04-06"


THURSDAY_NIGHT = datetime(2025, 1, 23, 21, 45)


def test_a_weekday_expected_after_a_day_to_come_in_its_sentence_is_after_that_day():
    rail = table(
        "Network Rail said several routes would close from 7pm on Friday and were not expected to reopen before "
        "Sunday afternoon.",
        published=THURSDAY_NIGHT,
    )
    assert row(rail, "Sunday afternoon")["date"] == "2025-01-26"
    flights = table(
        "Flights would be grounded from Friday and were not due to resume before Monday.", published=THURSDAY_NIGHT
    )
    assert row(flights, "Monday")["date"] == "2025-01-27"
    # after a day gone by, the plan is the story's own, read as before
    gone = table("The road closed on Tuesday and was expected to reopen on Wednesday.", published=THURSDAY_NIGHT)
    assert row(gone, "Wednesday")["date"] == "2025-01-22"


MONDAY_EVENING = datetime(2025, 5, 5, 19, 15)


def test_that_weekday_points_back_to_the_day_named_by_its_date_on_that_weekday():
    appeal = table(
        "The woman was attacked on Tuesday 22 April as she walked home.",
        "Police arrested a man on Friday and charged him on Saturday.",
        "Officers want to hear from anyone who saw a grey van on that Tuesday evening.",
        published=MONDAY_EVENING,
    )
    assert row(appeal, "that Tuesday evening")["date"] == "2025-04-22"
    owner = table(
        "The shop was broken into on 27 April.",
        'The owner said on Sunday: "I still cannot believe what happened that Sunday."',
        published=MONDAY_EVENING,
    )
    assert row(owner, "that Sunday")["date"] == "2025-04-27"
    assert row(owner, "Sunday")["date"] == "2025-05-04"
    # with no day named by its date on that weekday, the day the story is at
    race = table("The race was held on Sunday.", "Fans who travelled that Sunday praised it.", published=MONDAY_EVENING)
    assert row(race, "that Sunday")["date"] == "2025-05-04"


SATURDAY = datetime(2025, 11, 22, 7, 30)


def test_a_week_or_month_picked_out_by_a_clause_after_it_is_no_week_of_publication():
    franco = table(
        "Fifty years on, we look back at the week Franco died and Spain changed for ever.", published=SATURDAY
    )
    assert "the week" not in franco["expression"].tolist()
    banks = table("She still remembers the month the banks failed and the queues formed.", published=SATURDAY)
    assert "the month" not in banks["expression"].tolist()
    # a week that is the main clause's time, with its subject after it, stays dated
    prices = table("During the week prices rose by 3%.", published=SATURDAY)
    assert row(prices, "the week")["date"] == "2025-11-17"


SATURDAY_MARCH = datetime(2025, 3, 8, 10, 15)


def test_a_school_year_group_is_no_length_of_years():
    pupils = table("Some Year 11 pupils will sit papers in May.", published=SATURDAY_MARCH)
    assert not any("Year" in e for e in pupils["expression"])
    girls = table("Two Year 9 girls were taken to hospital.", published=SATURDAY_MARCH)
    assert not any("Year" in e for e in girls["expression"])
    # a length of years in lower case stays one
    spent = table("He spent some years in Paris.", published=SATURDAY_MARCH)
    assert row(spent, "some years")["value"] == "PXY"


def test_the_weekday_before_a_thing_its_sentence_dated_counts_back_from_that_day():
    rally = table(
        "The election is on 4 July, and the party will hold its final rally on the Tuesday before the vote.",
        published=SATURDAY_MARCH,
    )
    assert row(rally, "Tuesday")["date"] == "2025-07-01"
    term = table(
        "Half term falls in the week beginning 26 May, so pupils sit papers on the Friday before the break and "
        "again the Monday after.",
        published=SATURDAY_MARCH,
    )
    assert row(term, "Friday")["date"] == "2025-05-23"
    assert row(term, "Monday")["date"] == "2025-06-02"


def test_part_of_a_month_in_a_past_perfect_before_the_storys_day_is_of_the_storys_year():
    franco = table(
        "Franco died in a Madrid hospital on 20 November 1975.",
        "He had been in hospital since late October, and had suffered a series of heart attacks.",
        published=SATURDAY,
    )
    assert row(franco, "late October")["date"] == "1975-10-21"
    plant = table(
        "The plant closed on 30 June 1979.", "Workers had been in talks since early March.", published=MONDAY_EVENING
    )
    assert row(plant, "early March")["date"] == "1979-03-01"
    # once the story is back at publication's time, a past perfect is before that, not before the story's old day
    told = table(
        "The plant closed on 30 June 1979.",
        "Unions said on Monday they had been told of the cuts in late April.",
        published=MONDAY_EVENING,
    )
    assert row(told, "late April")["date"] == "2025-04-21"
