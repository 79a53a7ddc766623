"""Timeline rows of invented sentences from kinds of news whose dates trip a reader up: company results, a sport
season, a history feature, a weather warning, a court sentencing, a schools story. Each test is a mistake a
reporter would catch: a date in the wrong year, a habit dated as one day, an age or a count read as a date."""

from __future__ import annotations

from datetime import datetime

import pandas as pd

from newsframe import nlp
from newsframe.article import Article, Paragraph
from newsframe.timeline import timeline_table

WEDNESDAY = datetime(2024, 6, 12, 8, 0)


def table(*paragraphs: str, published: datetime | None = WEDNESDAY) -> pd.DataFrame:
    """The timeline of an article whose body is `paragraphs` (headline "T"), published at `published`."""
    texts = ["T", *paragraphs]
    article = Article("k", "T", published, None, "k.txt", [Paragraph(i, t) for i, t in enumerate(texts)], True)
    return timeline_table(article, nlp.parse(texts))


def row(frame: pd.DataFrame, expression: str, occurrence: int = 0) -> dict:
    """The row of `frame` for `expression` (its `occurrence`-th in reading order)."""
    found = frame[frame["expression"] == expression].sort_values(["paragraph", "start_char"])
    assert len(found) > occurrence, f"{expression!r} in {frame['expression'].tolist()}"
    return found.iloc[occurrence].to_dict()


def dated(frame: pd.DataFrame, expression: str, occurrence: int = 0) -> tuple[str, str, str, str]:
    """(type, value, date, date_end) of the row for `expression`."""
    r = row(frame, expression, occurrence)
    return r["type"], r["value"], r["date"], r["date_end"]


# --- how often ------------------------------------------------------------------------------------------------


def test_every_two_years_is_how_often_not_a_stretch_of_time():
    frame = table(
        "Inspectors will visit each clinic every two years, rather than every four years as now.",
        "Gritters will treat the pass every three hours, and the ferry sails every other week.",
    )
    assert dated(frame, "every two years") == ("SET", "P2Y", "", "")
    assert dated(frame, "every four years") == ("SET", "P4Y", "", "")
    assert dated(frame, "every three hours") == ("SET", "PT3H", "", "")
    assert dated(frame, "every other week") == ("SET", "P2W", "", "")
    assert "two years" not in frame["expression"].tolist()


# --- a history feature: the story's own time --------------------------------------------------------------------


HISTORY = (
    "Forty years ago this week, a fire swept through the old mill at Dunmere.",
    "Ellen Price was a nurse at the cottage hospital in the autumn of 1984. "
    '"On the night of October 9 the alarm went at about ten o\'clock," she said. "By midnight the roof had gone."',
    "She spent that night carrying patients across the yard.",
    "The mill's owner was knighted the following summer. He never spoke of that night again, and died in 2001.",
    "A decade later, in 1994, a new mill opened on the same site.",
    "The town will remember the fire on Friday.",
)


def test_fifty_years_ago_this_week_is_that_week_so_many_years_back():
    frame = table(*HISTORY, published=datetime(2024, 10, 7, 8, 0))
    assert dated(frame, "Forty years ago this week") == ("DATE", "1984-W41", "1984-10-08", "1984-10-14")
    assert "this week" not in frame["expression"].tolist()


def test_a_day_named_without_its_year_in_a_story_set_in_a_past_season_is_that_years():
    frame = table(*HISTORY, published=datetime(2024, 10, 7, 8, 0))
    assert dated(frame, "October 9")[1] == "1984-10-09"
    assert dated(frame, "ten o'clock")[1] == "1984-10-09T22:00"  # the night's ten o'clock, not the morning's
    assert dated(frame, "midnight")[1] == "1984-10-09T24:00"
    assert dated(frame, "that night")[1] == "1984-10-09TNI"


def test_the_following_season_counts_from_the_story_and_a_later_night_stays_undated():
    frame = table(*HISTORY, published=datetime(2024, 10, 7, 8, 0))
    assert dated(frame, "the following summer") == ("DATE", "1985-SU", "1985-06-01", "1985-08-31")
    # "that night" after "the following summer" is the fire's night, whose day the sentence does not give again:
    # never publication's night
    assert dated(frame, "that night", 1)[2:] == ("", "")
    assert dated(frame, "Friday")[1] == "2024-10-11"  # the present stays at publication


def test_a_counted_duration_takes_the_date_written_beside_it():
    frame = table(*HISTORY, published=datetime(2024, 10, 7, 8, 0))
    assert dated(frame, "A decade later")[2:] == ("1994-01-01", "1994-12-31")


def test_a_decade_later_than_a_year_is_ten_years_on_not_the_next_decade():
    frame = table("The quarry closed in 1971. A decade later the village had lost its school.")
    assert dated(frame, "A decade later")[2:] == ("1981-01-01", "1981-12-31")


def test_a_day_named_without_its_year_in_recent_news_stays_recent_after_an_old_date():
    # news names an old date in passing; a day a few weeks before publication is still this year's
    frame = table("The pact ended the June 1998 border war. The rebels broke it on June 2, officials said.")
    assert dated(frame, "June 2")[1] == "2024-06-02"


# --- a weather warning: holidays, plans and warnings to come ------------------------------------------------------


WEATHER = datetime(2024, 3, 27, 9, 40)  # the Wednesday before Easter


def test_easter_and_its_days_are_dated_from_that_years_easter():
    frame = table(
        "Forecasters warned of travel chaos over Easter.",
        "The line will close from Good Friday until Easter Monday. Millions of trips are expected over the Easter "
        "weekend.",
        "The last snow warning at Easter, in 2013, was lifted on Easter Monday 2013.",
        published=WEATHER,
    )
    assert dated(frame, "Easter")[1:] == ("2024-03-31", "2024-03-31", "2024-03-31")
    assert dated(frame, "Good Friday")[1] == "2024-03-29"
    assert dated(frame, "Easter Monday")[1] == "2024-04-01"
    assert dated(frame, "Easter weekend")[2:] == ("2024-03-29", "2024-04-01")  # Good Friday to Easter Monday
    assert dated(frame, "Easter Monday 2013")[1] == "2013-04-01"
    assert "Friday" not in frame["expression"].tolist()  # never the Friday of "Good Friday" alone


def test_last_easter_is_the_one_gone_and_next_easter_the_one_to_come():
    frame = table("Sales fell last Easter. Next Easter the shop will open.", published=datetime(2024, 5, 27, 9, 0))
    assert dated(frame, "last Easter")[1] == "2024-03-31"
    assert dated(frame, "Next Easter")[1] == "2025-04-20"


def test_a_warning_issued_until_a_day_runs_to_the_coming_days():
    frame = table(
        "An amber warning has been issued from 6pm on Friday until midday Sunday.",
        "The hearing has been adjourned until Monday.",
        "A man has been charged over an attack on Sunday.",
        published=WEATHER,
    )
    assert dated(frame, "6pm on Friday")[:2] == ("TIME", "2024-03-29T18:00")
    assert dated(frame, "midday Sunday")[:2] == ("TIME", "2024-03-31T12:00")
    assert dated(frame, "Monday")[1] == "2024-04-01"
    assert dated(frame, "Sunday")[1] == "2024-03-24"  # what was done on a day, in the present perfect: gone by


def test_told_to_do_something_on_a_day_looks_ahead():
    frame = table("Drivers were told to avoid the moors on Friday night.", published=WEATHER)
    assert dated(frame, "Friday night")[1] == "2024-03-29TNI"


def test_a_weekday_after_next_week_in_its_sentence_is_that_weeks():
    frame = table("Highs should return by the middle of next week, with 12C expected on Wednesday.", published=WEATHER)
    assert dated(frame, "Wednesday")[1] == "2024-04-03"


def test_a_clock_time_written_solid_with_am_is_a_time_and_joins_its_day():
    frame = table("Forecasters will update the warning at 11am tomorrow.", published=WEATHER)
    assert dated(frame, "11am tomorrow")[:2] == ("TIME", "2024-03-28T11:00")


# --- a court sentencing: habits, penalties and ages -------------------------------------------------------------


def test_a_weekdays_evenings_are_a_habit_not_last_sunday():
    frame = table(
        "He made most of the transfers on Sunday evenings, when no trustee checked the books.",
        published=datetime(2025, 2, 14, 16, 5),
    )
    assert dated(frame, "Sunday evenings") == ("SET", "XXXX-WXX-7TEV", "", "")


# --- a schools story: deadlines and the year after -----------------------------------------------------------------


SCHOOLS = datetime(2024, 9, 4, 8, 0)


def test_a_day_followed_by_next_year_is_next_years():
    frame = table("Parents will learn which place they have been offered on March 3 next year.", published=SCHOOLS)
    assert dated(frame, "March 3 next year")[1] == "2025-03-03"


def test_a_deadline_counted_from_another_event_is_not_dated_from_publication():
    frame = table(
        "Schools will have to submit a plan within 28 days of being notified.",
        "Schools will have to submit a plan within 28 days.",
        published=SCHOOLS,
    )
    assert dated(frame, "28 days", 0)[2:] == ("", "")
    assert dated(frame, "28 days", 1)[2:] == ("2024-09-04", "2024-10-02")


def test_a_year_written_across_two_is_one_year_over_both_not_two_numbers():
    frame = table(
        "From the 2024/25 school year, funding will depend on attendance.",
        "Absence rose to 21% in 2023/24, from 12% in 2018/19. The 2024-25 financial year budget is £486 million.",
        "The war of 1939-45 is remembered, as is the 2019-21 drought.",
        published=SCHOOLS,
    )
    assert dated(frame, "the 2024/25 school year") == ("DATE", "2024/2025", "2024-01-01", "2025-12-31")
    assert dated(frame, "2023/24")[1] == "2023/2024"
    assert dated(frame, "2018/19")[1] == "2018/2019"
    assert dated(frame, "The 2024-25 financial year")[1] == "2024/2025"
    # a run of several years is no year across two but a run from the first year to the last, and neither number
    # alone is a year
    assert dated(frame, "1939-45")[1:4] == ("1939/1945", "1939-01-01", "1945-12-31")
    assert dated(frame, "the 2019-21")[1] == "2019/2021"
    assert not {"1939", "2019", "45", "21"} & set(frame["expression"])


def test_the_school_term_of_a_season_is_not_the_season():
    frame = table("Heads must send their plans by the end of the autumn term.", published=SCHOOLS)
    assert "autumn" not in " ".join(frame["expression"])


def test_a_day_a_fortnight_is_how_often():
    frame = table("One pupil in five missed at least a day a fortnight.", published=SCHOOLS)
    assert dated(frame, "a fortnight") == ("SET", "P2W", "", "")


# --- a season review in sport ----------------------------------------------------------------------------------------


def test_last_and_next_season_are_the_sports_years_around_the_one_named():
    frame = table(
        "The 2023-24 season has ended with the club eighth.",
        '"Last season we were scared of losing. This season we expected to win," the captain said.',
        "The manager wants four new players for next season. They won more games than in the whole of last term.",
        published=datetime(2024, 5, 21, 9, 0),
    )
    assert dated(frame, "last term")[1] == "2022/2023"
    assert dated(frame, "The 2023-24 season") == ("DATE", "2023/2024", "2023-01-01", "2024-12-31")
    assert dated(frame, "Last season")[1] == "2022/2023"
    assert dated(frame, "This season")[1] == "2023/2024"
    assert dated(frame, "next season")[1] == "2024/2025"


def test_a_season_is_not_dated_where_the_article_names_no_season_across_two_years():
    frame = table(
        "The driver wants to win next season. Pupils did well last term.", published=datetime(2024, 5, 21, 9, 0)
    )
    assert not {"next season", "last term"} & set(frame["expression"])


# --- company results ---------------------------------------------------------------------------------------------


RESULTS = datetime(2025, 10, 23, 7, 15)


def test_a_quarter_written_q3_is_read_as_the_third_quarter():
    frame = table("Revenue in Q3 climbed 6.4% year on year, after a fall in Q4 2024.", published=RESULTS)
    assert dated(frame, "Q3") == ("DATE", "2025-Q3", "2025-07-01", "2025-09-30")
    assert dated(frame, "Q4 2024")[1] == "2024-Q4"


def test_a_year_earlier_than_a_fiscal_year_of_its_sentence_is_the_year_before():
    frame = table(
        "For the first half, which ended on June 30, the group reported a profit of £301 million.",
        "Sales in the first nine months of fiscal 2025 reached £9.2 billion, up 5.8% on a year earlier.",
        published=RESULTS,
    )
    assert dated(frame, "a year earlier")[1] == "2024"  # not the first half of 2024


def test_since_a_season_in_the_present_perfect_is_the_latest_one():
    frame = table(
        "The chief executive, who took over in January 2023, has cut prices on 1,200 products since the spring.",
        published=RESULTS,
    )
    assert dated(frame, "the spring")[1] == "2025-SP"


def test_a_stretch_of_time_in_a_clause_of_habit_is_not_dated_from_publication():
    frame = table(
        "When it rains for more than two days, she still goes down to look at the river.",
        "The bridge will close for two days.",
    )
    assert dated(frame, "more than two days")[2:] == ("", "")
    assert dated(frame, "two days")[2:] == ("2024-06-12", "2024-06-14")


def test_names_that_look_like_periods_or_holidays_are_no_dates():
    frame = table(
        "Sales of the Audi Q3 rose 4%, and demand for green H2 rose 5%.",
        "The Easter Rising is remembered on Easter Island and in Easter eggs.",
        published=RESULTS,
    )
    assert frame.empty, frame["expression"].tolist()


def test_a_winter_named_by_a_year_is_the_one_of_its_january():
    frame = table(
        "In the winter of 1947 the canal froze. The boats were stuck from January 25 until early March.",
        "That February was the coldest on record.",
        published=datetime(2017, 1, 18, 9, 0),
    )
    assert dated(frame, "the winter of 1947") == ("DATE", "1947-WI", "1946-12-01", "1947-02-28")
    assert dated(frame, "January 25")[1] == "1947-01-25"
    assert dated(frame, "early March")[1] == "1947-03"
    assert dated(frame, "That February")[1] == "1947-02"


def test_this_and_last_winter_around_the_new_year():
    january, october = datetime(2023, 1, 18, 9, 0), datetime(2023, 10, 5, 9, 0)
    assert dated(table("This winter is cold.", published=january), "This winter")[2:] == ("2022-12-01", "2023-02-28")
    assert dated(table("Last winter was cold.", published=october), "Last winter")[2:] == ("2022-12-01", "2023-02-28")
    assert dated(table("This winter will be cold.", published=october), "This winter")[2] == "2023-12-01"


def test_a_date_ending_a_stretch_does_not_move_the_story_there():
    frame = table(
        "In the summer of 1974 the river flooded. Its hero farmed there until his death in 1998.",
        "That August the army built a bridge.",
        published=WEDNESDAY,
    )
    assert dated(frame, "That August")[1] == "1974-08"


def test_a_clock_time_is_in_the_evening_only_when_its_own_words_say_so():
    frame = table(
        "At about eight o'clock her father went out, and he did not come back until the evening.",
        "At seven o'clock in the evening the lights went out.",
        published=WEDNESDAY,
    )
    assert dated(frame, "eight o'clock")[1].endswith("T08:00")
    assert dated(frame, "seven o'clock")[1].endswith("T19:00")


STORM = datetime(2025, 1, 23, 18, 20)  # a Thursday evening


def test_a_clock_range_shares_the_day_written_at_its_end():
    frame = table(
        "A red warning has been issued from 3am until 11am on Friday.",
        "An amber warning runs from midnight tonight until 6pm on Friday.",
        "The bridge will shut from 8pm until 6am on Sunday.",
        published=STORM,
    )
    assert dated(frame, "3am")[1] == "2025-01-24T03:00"
    assert dated(frame, "midnight tonight")[1] == "2025-01-23T24:00"  # the end of tonight, not its start
    assert dated(frame, "8pm")[1] == "2025-01-25T20:00"  # overnight into Sunday


def test_days_something_was_cancelled_for_or_is_unlikely_before_are_to_come():
    frame = table(
        "All sailings had been cancelled for Friday, and services were unlikely to resume before Saturday afternoon.",
        "Drivers were told to check the roads before setting off on Sunday.",
        published=STORM,
    )
    assert dated(frame, "Friday")[1] == "2025-01-24"
    assert dated(frame, "Saturday afternoon")[1] == "2025-01-25TAF"
    assert dated(frame, "Sunday")[1] == "2025-01-26"


def test_a_date_to_come_is_not_the_event_of_a_past_clause_inside_a_future_one():
    frame = table(
        "Parents will be told which school their child has been offered on March 3 next year.", published=SCHOOLS
    )
    assert row(frame, "March 3 next year")["event"] == "Parents will be told"
    frame = table("The school their child has been offered opened on March 3.", published=SCHOOLS)
    assert row(frame, "March 3")["event"] == "school opened"  # a date gone by keeps its own clause


def test_a_holiday_in_a_past_clause_that_names_its_year_is_that_years():
    frame = table(
        "The last time a snow warning was in force at Easter was in 2013.",
        "The last white Christmas was in 2010. Shops will open on Christmas Eve.",
        published=WEATHER,
    )
    assert dated(frame, "Easter")[1] == "2013-03-31"
    assert dated(frame, "Christmas")[1] == "2010-12-25"
    assert dated(frame, "Christmas Eve")[1] == "2024-12-24"  # no year named: the coming one


def test_a_clock_range_kept_for_a_stretch_of_time_is_a_daily_window_on_no_day():
    frame = table(
        "Police will run a campaign over Christmas.",
        "He will be subject to a curfew from 7pm to 7am for six months after his release.",
        published=datetime(2023, 11, 10, 15, 45),
    )
    assert dated(frame, "7pm")[1:] == ("XXXX-XX-XXT19:00", "", "")
    assert dated(frame, "7am")[1:] == ("XXXX-XX-XXT07:00", "", "")


def test_a_season_named_by_a_clause_is_that_events_not_this_years():
    frame = table(
        "The winter the trains stopped is still remembered.",
        "In the summer the council will decide.",
        published=datetime(2023, 1, 18, 9, 0),
    )
    assert dated(frame, "The winter")[1:] == ("XXXX-WI", "", "")
    assert dated(frame, "the summer")[1] == "2023-SU"


def test_a_relative_clause_takes_its_noun_as_subject_or_object_of_the_event():
    frame = table(
        "The stock is still below the record it set in August 2021.",
        "The man who died on Friday was 54.",
        published=RESULTS,
    )
    assert row(frame, "August 2021")["event"] == "set record"
    assert row(frame, "Friday")["event"] == "man died"


def test_a_dated_noun_in_a_phrase_of_its_verb_keeps_the_preposition():
    frame = table("He lived quietly on his farm until his death in 1998.")
    assert row(frame, "1998")["event"] == "lived until death"


def test_the_fall_in_prices_is_a_drop_and_the_same_year_is_the_storys_year():
    frame = table(
        "Inflation slowed mainly due to the fall in energy prices. In the capital region the fall was even larger.",
        "The fraud came to light in May 2021. The police took over the investigation in the same year.",
        "Prices usually rise in the fall.",
    )
    expressions = frame["expression"].tolist()
    assert expressions.count("the fall") == 1  # only "in the fall", the season
    assert row(frame, "the same year")["value"] == "2021"


# --- schedules: a strike, an election, a fixture ---------------------------------------------------------------

FRIDAY = datetime(2025, 2, 28, 9, 0)


def test_a_schedules_days_to_come_are_after_publication():
    frame = table(
        "A further strike is planned for the week after next.",
        "The striker is listed as questionable for Sunday.",
        "The visitors return home to face Kelby on Wednesday.",
        '"I want this resolved before Easter," the minister said.',
        published=FRIDAY,
    )
    assert dated(frame, "the week after next")[1:] == ("2025-W11", "2025-03-10", "2025-03-16")
    assert dated(frame, "Sunday")[2] == "2025-03-02"
    assert dated(frame, "Wednesday")[2] == "2025-03-05"
    assert dated(frame, "Easter")[2] == "2025-04-20"


def test_days_gone_by_stay_in_the_past():
    frame = table(
        "Sixty pupils had been unable to get home at the weekend.",
        "Fewer than a dozen people a week now use the ferry.",
        "More rain was forecast for the weekend.",
        '"We have been promised a new boat for eighteen months now," she said.',
        published=FRIDAY,
    )
    assert dated(frame, "the weekend")[2:] == ("2025-02-22", "2025-02-23")
    assert dated(frame, "the weekend", 1)[2:] == ("2025-03-01", "2025-03-02")  # forecast for the one to come
    assert dated(frame, "a week")[2:] == ("", "")  # a rate, not a stretch up to now
    assert dated(frame, "eighteen months")[2:] == ("2023-08-28", "2025-02-28")


def test_a_clock_time_on_a_day_named_by_its_event_is_on_no_calendar_day():
    frame = table(
        "The commission said on Thursday that postal votes must arrive by 5pm on polling day.",
        "Doors opened at 9am on the same day.",
        published=FRIDAY,
    )
    assert dated(frame, "5pm")[1:] == ("XXXX-XX-XXT17:00", "", "")
    assert dated(frame, "9am")[2] == "2025-02-27T09:00"


def test_a_quarter_in_a_sport_report_is_part_of_the_game():
    sport = table(
        "The Hornets host Orlando on Sunday after losing four games this season.",
        "Ball had 12 rebounds in the match on Wednesday.",
        '"Our defense in the fourth quarter has to be better," the coach said.',
        published=FRIDAY,
    )
    assert "the fourth quarter" not in sport["expression"].tolist()
    business = table('"Our sales in the fourth quarter have to be better," the chief executive said.', published=FRIDAY)
    assert dated(business, "the fourth quarter")[0] == "DATE"  # a calendar quarter still


def test_a_polite_would_in_an_appeal_plans_nothing():
    frame = table(
        "A woman was robbed in Mill Park between 7pm and 8pm on Tuesday.",
        "Footage from cars on Mill Road between 6:30pm and 8:30pm on Tuesday would be welcome, police said.",
        "The council said a decision would be made on Tuesday.",
        published=datetime(2025, 3, 6, 9, 0),  # a Thursday
    )
    # the two clock times are one stretch of that Tuesday evening
    assert dated(frame, "between 6:30pm and 8:30pm on Tuesday")[2:] == ("2025-03-04T18:30", "2025-03-04T20:30")
    assert dated(frame, "Tuesday")[2] == "2025-03-11"  # a plan still looks ahead


def test_a_verb_that_opens_its_sentence_loses_its_capital_in_the_event():
    frame = table("Born in Leeds in 1941, Marsh won a scholarship in 1959.")
    assert row(frame, "1941")["event"].split()[-1] != "Born"
    assert "born" in row(frame, "1941")["event"]


def test_a_date_hung_far_below_its_verb_takes_that_verbs_tense():
    frame = table(
        "Police ask anyone who was in the area of the old bus station between 8 pm and 10 pm on Sunday to call them.",
        published=datetime(2023, 8, 14, 16, 20),  # a Monday
    )
    assert dated(frame, "between 8 pm and 10 pm on Sunday")[2:] == ("2023-08-13T20:00", "2023-08-13T22:00")


def test_the_same_year_is_the_storys_year():
    frame = table(
        "The council reported the thefts to the police in May 2021.",
        "Detectives took over the investigation in the same year.",
        published=datetime(2023, 9, 21, 12, 30),
    )
    assert dated(frame, "the same year")[1:] == ("2021", "2021-01-01", "2021-12-31")


def test_a_live_pages_entries_cross_midnight_in_their_clock_order():
    night = table(
        "22:40 — The first result is in from Kelby, where turnout was up on 2019.",
        "23:20 — The returning officer says turnout is the highest he has seen.",
        "23:55 — The candidates have arrived at the count.",
        "00:40 — Kelby South declares.",
        "01:50 — A recount has been announced.",
        published=datetime(2024, 7, 5, 2, 30),
    )
    assert [dated(night, e)[2] for e in ("22:40", "23:20", "23:55", "00:40", "01:50")] == [
        "2024-07-04T22:40",
        "2024-07-04T23:20",
        "2024-07-04T23:55",
        "2024-07-05T00:40",
        "2024-07-05T01:50",
    ]
    day = table(  # the latest first, all after the page was first published at 09:00
        "15:10 — The bridge has reopened.",
        "11:45 — Engineers say the bridge will reopen this afternoon.",
        "09:30 — The bridge is closed after a crash.",
        published=datetime(2024, 7, 5, 9, 0),
    )
    assert [dated(day, e)[2] for e in ("15:10", "11:45", "09:30")] == [
        "2024-07-05T15:10",
        "2024-07-05T11:45",
        "2024-07-05T09:30",
    ]


# --- readings found on articles of many kinds ---------------------------------------------------------------------


def test_a_clock_time_with_am_written_apart_is_a_time_and_the_verb_am_is_not():
    frame = table("Voting opens at 8 am on Thursday and closes at 9 pm.", "Of the 20 runners, am I the slowest?")
    assert dated(frame, "8 am on Thursday")[:2] == ("TIME", "2024-06-13T08:00")
    assert not frame["expression"].str.contains("am I").any() and len(frame) == 2


def test_the_end_of_the_year_in_a_story_gone_back_to_a_named_year_is_that_years_end():
    frame = table(
        "The airline opened a second base in 2012. By the end of the year it carried a million passengers.",
        "Its chief executive said she expects a profit by the end of the year.",
    )
    assert dated(frame, "By the end of the year")[1:] == ("2012", "2012-09-01", "2012-12-31")
    # a deadline in the year of publication runs from publication (dates47), not from September
    assert dated(frame, "by the end of the year")[1:] == ("2024", "2024-06-12", "2024-12-31")
    quoted = table(
        "– In 2012 I lost. At the end of the year I knew I would run again, Haavisto said.",
        "The count was completed at 11:55 pm.",
        published=datetime(2024, 1, 29, 2, 15),
    )
    assert dated(quoted, "At the end of the year")[1] == "2012"
    assert dated(quoted, "11:55 pm")[2] == "2024-01-28T23:55"  # the story is back at publication


def test_a_deed_a_past_verdict_judges_is_in_the_past():
    frame = table("The man was found guilty of stabbing his neighbour in a flat in Kelby in August.")
    assert dated(frame, "August")[1:3] == ("2023-08", "2023-08-01")


def test_minutes_later_than_a_day_named_in_an_earlier_paragraph_are_left_undated():
    frame = table(
        "Kelby beat Ashby 3-2 on Tuesday. Their place in the final was already secured on Saturday.",
        "Ashby led early. Three minutes later, Kelby equalized.",
        "The talks were held on Monday. Two hours later, the union walked out.",
    )
    assert dated(frame, "Three minutes")[2:] == ("", "")
    assert dated(frame, "Two hours later")[2] == "2024-06-10"


def test_a_quarter_of_a_named_year_is_dated_when_publication_is_unknown():
    frame = table(
        "Nordby will shut the mill in the first quarter of 2025 and expects costs to ease in the second half of 2025.",
        published=None,
    )
    assert dated(frame, "the first quarter of 2025")[1:] == ("2025-Q1", "2025-01-01", "2025-03-31")
    assert dated(frame, "the second half of 2025")[1:] == ("2025-H2", "2025-07-01", "2025-12-31")


def test_a_weekday_after_weeks_ago_is_that_weeks_day():
    frame = table("The strike began a week ago on Wednesday. The mill shut two weeks ago Friday.")
    assert dated(frame, "Wednesday")[2] == "2024-06-05"
    assert dated(frame, "Friday")[2] == "2024-05-31"


def test_a_month_in_the_past_perfect_is_before_the_date_its_sentence_named():
    frame = table(
        "Kelby joined the league in April last year, after its old league had folded in March.",
        "The council had approved the plan in March.",
    )
    assert dated(frame, "March")[1] == "2023-03"
    assert dated(frame, "March", 1)[1] == "2024-03"  # no date named before it in its sentence: this March
    reported = table(  # a past perfect of reported speech tells of no earlier time
        "Kerr said the firm had hired 300 drivers since January and that delays had fallen since July.",
        "She said price cuts by rivals in May and June had hurt sales.",
        published=datetime(2024, 9, 18),
    )
    assert dated(reported, "July")[1] == "2024-07"
    assert dated(reported, "June")[1] == "2024-06"


def test_what_there_was_then_is_the_event_with_its_no():
    frame = table(
        "– Ten years ago there was practically nothing here, Koskinen said.",
        "In 2015 there were no shops in the village.",
        "Police said there were several accidents on the main road 9 on Friday night.",
    )
    assert row(frame, "Friday night")["event"] == "there were several accidents"
    assert row(frame, "Ten years ago")["event"] == "there was nothing"
    assert row(frame, "2015")["event"] == "there were no shops"


def test_a_clock_time_to_come_is_not_put_on_a_day_gone_by_named_in_an_earlier_sentence():
    frame = table(
        "Polls open next Thursday at 7am and close at 10pm, the electoral commission said on Friday.",
        "The count begins at 10pm, as soon as the polls close.",
        "A lorry overturned on the ring road on Friday. The road reopened at 9am.",
        published=datetime(2025, 5, 10, 9, 0),  # a Saturday
    )
    assert dated(frame, "10pm")[2] == "2025-05-15T22:00"
    # not the Friday it was said on: the day of the polls the paragraph before told of, or none
    assert dated(frame, "10pm", 1)[1:3] in (("XXXX-XX-XXT22:00", ""), ("2025-05-15T22:00", "2025-05-15T22:00"))
    assert dated(frame, "9am")[2] == "2025-05-09T09:00"  # a time gone by stays on the day named before it


def test_a_clock_time_in_a_chronologys_entry_is_on_the_entrys_day():
    frame = table(
        "Monday - The board asks lenders for more time.",
        "Tuesday - Lenders refuse. The airline stops selling tickets at 6 a.m.",
    )
    assert dated(frame, "6 a.m.")[2] == "2024-06-11T06:00"


def test_weeks_missed_earlier_this_season_are_how_long_and_a_count_back_takes_the_year_written_beside_it():
    frame = table(
        "The Gulls beat the Mariners 6-5 on Sunday.",
        "Reyes, who missed six weeks earlier this season with a strained hamstring, hit two home runs.",
        "Mills retired from the club two years earlier, in 2010.",
    )
    assert dated(frame, "six weeks")[:3] == ("DURATION", "P6W", "")
    assert dated(frame, "two years earlier")[1:3] == ("2010", "2010-01-01")


def test_a_weekday_in_a_chronologys_entry_counts_from_the_entrys_day():
    frame = table(
        "Here is how events unfolded.",
        "Last Friday - Talks with the buyer collapse. The chairman says the board will meet on Monday.",
        "Monday - The board asks lenders for more time.",
        published=datetime(2024, 6, 14, 8, 0),  # a Friday
    )
    assert dated(frame, "Last Friday")[2] == "2024-06-07"
    assert dated(frame, "Monday")[2] == "2024-06-10"  # the Monday after that Friday, not the one to come
    assert dated(frame, "Monday", 1)[2] == "2024-06-10"


def test_an_event_a_clause_only_compares_with_is_that_event():
    frame = table("Turnout was 71 percent, which is higher than in the previous municipal election in 2021.")
    assert row(frame, "2021")["event"] == "previous municipal election"


def test_the_event_someone_was_invited_to_on_a_day_is_still_to_come():
    frame = table("The conciliator invited the union and the employers to talks on Thursday.")
    assert dated(frame, "Thursday")[2] == "2024-06-13"
    assert "talks" in row(frame, "Thursday")["event"]


def test_the_new_year_in_the_autumn_is_the_start_of_the_year_to_come():
    frame = table("The judge set a hearing for the new year.", published=datetime(2023, 11, 24))
    assert dated(frame, "the new year")[1:] == ("2024", "2024-01-01", "2024-01-31")
    summer = table("The council will decide in the new year.")  # June: the only new year still to come (dates49)
    assert dated(summer, "the new year")[2:] == ("2025-01-01", "2025-01-31")


def test_a_verb_joined_to_a_future_one_shares_its_will():
    frame = table("The bridge will shut at 8pm on Friday and reopen at 6am on Monday, the council said.")
    assert dated(frame, "6am on Monday")[2] == "2024-06-17T06:00"
    assert row(frame, "6am on Monday")["event"] == "bridge will reopen"


def test_an_event_keeps_a_verb_the_recogniser_read_as_a_date_and_its_particle():
    frame = table(
        "Up to 20 centimetres of snow may fall by Sunday morning.",
        "The winger has been out since May 3 with a knee injury.",
        "Floods in 2019 killed at least 120 people.",
    )
    assert row(frame, "Sunday morning")["event"] == "20 centimetres may fall"
    assert row(frame, "2019")["event"] == "Floods killed 120 people"
    assert row(frame, "May 3")["event"].startswith("winger has been out")


def test_a_days_event_a_plan_comes_before_is_still_to_come():
    frame = table(
        "The manager said he would hold a team meeting before Friday's game.",
        "He spoke to the players before Tuesday's training session.",
    )
    assert dated(frame, "Friday")[2] == "2024-06-14"
    assert dated(frame, "Tuesday")[2] == "2024-06-11"  # no plan: the Tuesday gone


def test_a_days_scheduled_event_a_future_verb_looks_to_is_still_to_come():
    frame = table(
        "Council officials said they would decide on Friday's openings by noon.",
        "The captain will miss Saturday's final with a knee injury.",
        "Police will investigate Monday's crash on the ring road.",
    )
    assert dated(frame, "Friday")[2] == "2024-06-14"
    assert dated(frame, "Saturday")[2] == "2024-06-15"
    assert dated(frame, "Monday")[2] == "2024-06-10"  # a crash is no fixture: the Monday gone


def test_a_headlines_day_is_the_day_its_story_gives_the_same_words():
    texts = [
        "Kelby lost to Ashby – the final awaits on Thursday",
        "Kelby lost 2-1 on Monday.",
        "The final is on Thursday.",
    ]
    article = Article("h", texts[0], WEDNESDAY, None, "h.txt", [Paragraph(i, t) for i, t in enumerate(texts)], True)
    frame = timeline_table(article, nlp.parse(texts))
    headline = frame[frame["paragraph"] == 0].iloc[0]
    assert (headline["expression"], headline["date"]) == ("Thursday", "2024-06-13")


def test_an_adverb_away_from_the_verb_is_no_part_of_it():
    frame = table("Last year the council spent £4.2m on roads, up from £3.1m in 2022.")
    assert row(frame, "Last year")["event"] == "council spent £4.2m"


def test_a_chronologys_entry_takes_its_event_from_its_own_first_sentence():
    frame = table(
        "March 2020 - The pandemic grounds the entire fleet for 14 weeks. The government approves a loan in April.",
    )
    assert "grounds" in row(frame, "March 2020")["event"]


def test_a_duration_repeated_at_a_time_is_no_stretch_from_publication():
    frame = table(
        "The union announced last week that its members will strike for 24 hours at a time on several days in March."
    )
    r = row(frame, "24 hours")
    assert (r["date"], r["anchor"]) == ("", "vague")


def test_years_later_in_the_past_from_a_point_never_dated_are_not_put_after_publication():
    frame = table(
        "The study was published on Tuesday.",
        "The participants wore trackers for a week at the start of the study and again five years later.",
    )
    r = row(frame, "five years later")
    assert (r["date"], r["anchor"]) == ("", "vague")


def test_a_quarter_gone_by_this_year_in_a_plan_is_next_years():
    frame = table(
        "The carmaker will cut 600 jobs in the first quarter.",
        "Its sales rose 4% in the third quarter.",
        published=datetime(2024, 10, 24),
    )
    assert dated(frame, "the first quarter")[1] == "2025-Q1"
    assert dated(frame, "the third quarter")[1] == "2024-Q3"


def test_what_lasts_until_a_day_with_no_verb_to_end_it_lasts_still():
    # "covers" read as a noun: the sentence has no verb for the tense
    frame = table("A wider yellow warning for ice covers most of the north until midday on Saturday.")
    assert dated(frame, "midday on Saturday")[1] == "2024-06-15T12:00"


def test_a_chronology_entrys_day_before_its_dash_dates_the_entry_not_the_word_after_it():
    frame = table("Monday - Transport Secretary Fiona Hyslop visits the site and promises money for a new crossing.")
    assert row(frame, "Monday")["event"].endswith("visits site")
