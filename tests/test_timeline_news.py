"""Timeline rows of invented news sentences a reporter would print as they stand: a plea, a chronology's entries,
seasons named with their year, a range of years, a fixture weekend. Each test is a mistake a reader would catch."""

from __future__ import annotations

from datetime import datetime

from test_timeline_kinds import row
from test_timeline_kinds import table as timeline_of

FRIDAY = datetime(2024, 11, 8, 9, 0)


def table(*paragraphs: str, published: datetime | None = FRIDAY):
    """The timeline of an article whose body is `paragraphs` (headline "T"), published on a Friday morning."""
    return timeline_of(*paragraphs, published=published)


def test_a_plea_of_not_guilty_keeps_its_not():
    frame = table("A former bursar of Tolland College pleaded not guilty on Friday to four counts of theft.")
    assert row(frame, "Friday")["event"].endswith("pleaded not guilty")


def test_a_month_in_a_chronologys_entry_opened_by_a_year_is_in_that_year():
    frame = table(
        "2011 - Building work starts in October. The cost is put at 80 million.",
        "2015 - The first pupils arrive in September. The sports hall, due in December, is delayed.",
        "2017 - The hall opens on May 3.",
        published=datetime(2024, 6, 30),
    )
    assert row(frame, "2011")["date"] == "2011-01-01"  # a year the recogniser took for a number still opens its entry
    assert row(frame, "October")["value"] == "2011-10"
    assert row(frame, "September")["value"] == "2015-09"
    assert row(frame, "December")["value"] == "2015-12"
    assert row(frame, "May 3")["value"] == "2017-05-03"


def test_a_headlines_first_in_years_looks_back_and_a_first_match_in_weeks_to_come_looks_ahead():
    frame = table(
        "Tolland reach first cup final in 28 years",
        "The club will play its first home match in two weeks.",
        published=datetime(2025, 4, 14),
    )
    assert row(frame, "28 years")["date"] == "1997-01-01"
    assert row(frame, "two weeks")["date"] > "2025-04-14"


def test_a_season_gone_by_told_with_an_irregular_past_is_last_years():
    frame = table('"In the summer we rebuilt the whole defence," the coach said.', published=datetime(2025, 4, 14))
    assert row(frame, "the summer")["value"] == "2024-SU"


def test_a_season_to_come_is_not_the_year_an_earlier_paragraph_went_back_to():
    frame = table(
        "Marsh, who joined the club in October 2021, scored twice.",
        "Keane said he would decide over the summer whether to retire.",
        published=datetime(2025, 4, 14),
    )
    assert row(frame, "the summer")["value"] == "2025-SU"


def test_a_season_with_its_year_and_the_end_of_a_range_of_years_are_dated():
    frame = table(
        "The party promised before the spring 2023 elections that rents would be frozen.",
        "Okafor chaired the board from 2011 to 2019 and then retired.",
        published=datetime(2025, 3, 4),
    )
    assert row(frame, "the spring 2023")["value"] == "2023-SP"
    # "from 2011 to 2019" is one stretch: from the start of its first year to the end of its last
    stretch = row(frame, "from 2011 to 2019")
    assert (stretch["date"], stretch["date_end"]) == ("2011-01-01", "2019-12-31")


def test_a_run_of_days_and_the_weekend_it_names_are_those_days():
    frame = table(
        "The semi-finals will be played on the weekend of May 10-11.",
        "The fair was held on 3-5 March 2019.",
        published=datetime(2025, 4, 14),
    )
    r = row(frame, "May 10-11")
    assert (r["date"], r["date_end"]) == ("2025-05-10", "2025-05-11")
    r = row(frame, "3-5 March 2019")
    assert (r["date"], r["date_end"]) == ("2019-03-03", "2019-03-05")
    assert "the weekend" not in frame["expression"].tolist()


def test_years_counted_from_a_year_named_before_are_counted_from_it():
    frame = table("In 1987 the club reached the semi-final. It had been relegated two years earlier.")
    assert row(frame, "two years earlier")["value"] == "1985"


def test_a_hyphenated_object_stays_whole_in_the_event():
    frame = table("Tolland won the quarter-final on Sunday.", "In 1987 the club reached the semi-final.")
    assert row(frame, "Sunday")["event"].endswith("quarter-final")
    assert row(frame, "1987")["event"].endswith("semi-final")


def test_this_seasons_present_is_not_the_year_an_earlier_paragraph_went_back_to_and_a_habit_has_no_year():
    frame = table(
        "The last outages this wide were in January 2021, when snow brought down lines.",
        "Forecasters said the autumn storm season has only started. Usually the worst storms come in November.",
        published=datetime(2024, 10, 15),
    )
    assert row(frame, "the autumn")["value"] == "2024-FA"
    r = row(frame, "November")
    assert (r["type"], r["value"], r["date"]) == ("SET", "XXXX-11", "")


def test_a_speed_a_kind_of_year_and_the_last_century_are_read_as_such():
    frame = table(
        "Gusts reached 31 metres per second on Monday evening.",
        "The group's fiscal year follows the calendar year.",
        "For most of the last century the smithy shod farm horses.",
        published=datetime(2024, 10, 15),
    )
    assert "per second" not in frame["expression"].tolist()
    assert "the calendar year" not in frame["expression"].tolist()
    r = row(frame, "the last century")
    assert (r["value"], r["date"], r["date_end"]) == ("19", "1900-01-01", "1999-12-31")


def test_a_quoted_today_or_tomorrow_counts_from_the_day_it_was_said():
    frame = table(
        '"We will vote tomorrow," the committee chair said on Tuesday.',
        'The mayor said on Wednesday: "Yesterday was the hardest day of my term."',
        '"Tonight we celebrate," she said.',
    )
    assert row(frame, "tomorrow")["date"] == "2024-11-06"
    assert row(frame, "Yesterday")["date"] == "2024-11-05"
    assert row(frame, "Tonight")["date"] == "2024-11-08"  # no day said: publication's


def test_a_day_a_plan_had_been_set_for_may_still_be_to_come():
    frame = table(
        "The hearing had been scheduled to begin on Dec. 2.",
        "The council had originally planned to vote on the budget in January.",
    )
    assert row(frame, "Dec. 2")["date"] == "2024-12-02"
    assert row(frame, "January")["value"] == "2025-01"


def test_a_teams_next_games_are_to_come_and_name_the_game():
    frame = table(
        "Hawks: Host Tolland on Thursday.",
        "Rangers: At Kelby on Wednesday night, then home against Ashby on Saturday.",
        published=datetime(2025, 1, 21, 23, 0),  # a Tuesday
    )
    assert (row(frame, "Thursday")["date"], row(frame, "Thursday")["event"]) == ("2025-01-23", "Hawks host Tolland")
    assert row(frame, "Saturday")["date"] == "2025-01-25"
    assert row(frame, "Saturday")["event"] == "Rangers home against Ashby"


def test_a_review_of_the_year_opening_with_january_is_that_years_january():
    frame = table(
        "January: Storms flood the harbour after four days of rain.",
        "April: The council approves the sea wall.",
        "August: The regatta draws a record crowd.",
        "October: The old ferry makes its last crossing.",
        published=datetime(2024, 12, 28),
    )
    assert row(frame, "January")["value"] == "2024-01"


def test_a_noun_a_participle_dates_is_the_event():
    frame = table("A heatwave breaks the town's temperature record, set in 1976.")
    assert row(frame, "1976")["event"] == "temperature record set"


def test_a_reporting_period_and_the_same_period_a_year_before():
    frame = table(
        "Pre-tax profit for the six months to Sept. 30 rose to 61 million pounds from 55 million a year earlier.",
        "The group, whose financial year ends on March 31, expects a better second half.",
    )
    r = row(frame, "the six months")
    assert (r["date"], r["date_end"]) == ("2024-04-01", "2024-09-30")
    r = row(frame, "a year earlier")
    assert (r["date"], r["date_end"]) == ("2023-04-01", "2023-09-30")
    r = row(frame, "March 31")
    assert (r["type"], r["date"]) == ("SET", "")


def test_a_week_counted_from_an_event_or_two_weeks_back_and_a_time_someone_is_near():
    frame = table(
        "Jury selection will begin the week before the trial.",
        "The two sides last met the week before last.",
        "The road reopened on Thursday shortly before 3pm.",
    )
    assert row(frame, "the week")["date"] == ""
    assert row(frame, "the week before last")["date"] == "2024-10-21"
    assert "shortly" not in frame["expression"].tolist()


def test_a_day_with_last_year_after_it_is_one_date_the_next_day_counts_from():
    frame = table(
        "The court heard the lorry hit him at about 6.40am on 9 July last year. He died in hospital the following day.",
        "The club will hold its congress on 20-21 June next year.",
    )
    assert row(frame, "6.40am on 9 July last year")["date"] == "2023-07-09T06:40"
    assert row(frame, "the following day")["date"] == "2023-07-10"
    r = row(frame, "20-21 June next year")
    assert (r["date"], r["date_end"]) == ("2025-06-20", "2025-06-21")


def test_the_last_year_of_a_list_and_an_age_and_next_year_in_an_old_quotation():
    frame = table(
        "Kelby won the title in the seasons 2021, 2022 and 2023.",
        "Marsh turned 41 years in January.",
        'In an interview in 2019 she said: "I will never stand again. Next year I go back to farming."',
    )
    assert row(frame, "2023")["date"] == "2023-01-01"
    assert "41 years" not in frame["expression"].tolist()
    assert row(frame, "Next year")["value"] == "2020"
    assert row(frame, "2019")["event"] == "said in interview"


def test_an_event_a_record_is_measured_since_is_the_event_of_its_date():
    frame = table("Turnout was 61 percent, the lowest since the return to civilian rule in 1991.")
    assert row(frame, "1991")["event"] == "return to civilian rule"


def test_the_last_minutes_of_a_match_told_in_the_past_are_not_the_minutes_before_publication():
    frame = table(
        "Tolland lost a semi-final that turned twice in the last eight minutes.",
        "Three people have died in the last 24 hours.",
    )
    assert row(frame, "the last eight minutes")["date"] == ""
    assert row(frame, "the last 24 hours")["date_end"] == "2024-11-08"


def test_a_quarter_named_by_its_months_and_the_same_period_of_last_year():
    frame = table(
        "Operating profit weakened in January–March to 90 million euros, from 104 million a year earlier.",
        "Sales grew 2 percent compared with the corresponding period of last year.",
        published=datetime(2025, 4, 24),
    )
    r = row(frame, "January–March")
    assert (r["value"], r["date"], r["date_end"]) == ("2025-Q1", "2025-01-01", "2025-03-31")
    assert row(frame, "a year earlier")["value"] == "2024-Q1"
    assert row(frame, "the corresponding period of last year")["value"] == "2024-Q1"


def test_a_quotation_from_another_time_counts_its_weeks_months_and_holidays_from_then():
    frame = table(
        'In a letter sent in 2018, he wrote: "We will meet again next month and finish the roof by Christmas."',
        'Speaking in April 2020, she said: "Next month will be worse."',
        '"Last week we lost everything," the farmer told reporters on Monday.',
    )
    assert row(frame, "next month")["date"] == ""  # a month of 2018 the text does not name
    assert row(frame, "Christmas")["value"] == "2018-12-25"
    assert row(frame, "Next month")["value"] == "2020-05"
    assert row(frame, "Monday")["date"] == "2024-11-04"  # the Monday before publication, not last week's


def test_a_verb_after_due_takes_the_subject_of_the_clause_it_is_joined_to():
    frame = table("Polls opened at 7 a.m. and were due to close at 9 p.m.")
    assert row(frame, "9 p.m.")["event"] == "Polls to close"


def test_the_months_a_financial_year_runs_between_are_every_years():
    frame = table("The club's financial year runs from July to June.")
    assert [row(frame, m)["type"] for m in ("July", "June")] == ["SET", "SET"]


def test_a_season_named_with_two_years_in_a_row_is_the_one_across_them():
    frame = table(
        "In the winter of 2019-2020, hundreds of reindeer starved in the north.",
        "The winter of 2010–11 was the coldest on record.",
    )
    winter = row(frame, "the winter of 2019-2020")
    assert (winter["date"], winter["date_end"]) == ("2019-12-01", "2020-02-29")
    assert row(frame, "The winter of 2010–11")["date"] == "2010-12-01"
    assert not (frame["date"].fillna("") >= "2024").any()  # nothing put next to publication


def test_a_year_earlier_than_last_years_figures_is_the_year_before_it():
    frame = table(
        "Profit at the grocer Halvo fell last year to 930 million euros, the company said on Friday morning. "
        "A year earlier, its profit was 1.1 billion euros.",
        "In 2015 the firm was listed. On Monday it said online sales rose 3 percent from a year earlier.",
    )
    assert row(frame, "A year earlier")["date"] == "2022-01-01"  # the year before last year (2023)
    assert row(frame, "a year earlier")["date"] == "2023-01-01"  # the story went to 2015 in between


def test_a_date_something_was_put_off_to_or_may_last_until_is_to_come():
    frame = table(
        "Judge Ruth Amadi set sentencing for Jan. 15 and adjourned the civil case until March 3.",
        "Repairs could take until Wednesday in the worst-hit villages, the grid company said.",
    )
    assert row(frame, "Jan. 15")["date"] == "2025-01-15"
    assert row(frame, "March 3")["date"] == "2025-03-03"
    assert row(frame, "Wednesday")["date"] == "2024-11-13"


def test_a_headlines_best_or_worst_in_a_stretch_looks_back():
    frame = table(
        "Harbour town celebrates best tourist season in a decade", "Mill town records worst floods in 40 years"
    )
    assert row(frame, "a decade")["date"] < "2024"
    assert row(frame, "40 years")["date"] < "2024"
