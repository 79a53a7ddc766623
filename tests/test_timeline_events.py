"""Timeline rows of invented reports of events a reporter would print wrongly: a takeover's price basis, a fight's
date pencilled in, a court's return on the first Monday of a month, a bout stopped inside a round, a race won by
lengths, a song contest's broadcast, seasons and stretches of time hedged, a day named before the story's own."""

from __future__ import annotations

from datetime import datetime

from test_timeline_kinds import row, table


def test_a_premium_to_a_closing_price_on_a_day_is_a_day_gone_by():
    frame = table(
        "Pellor Group will pay 210 pence a share, a premium of 35% to Ostwick's closing price on November 28, the "
        "day before the approach was disclosed.",
        published=datetime(2025, 2, 11, 7, 30),
    )
    assert row(frame, "November 28")["value"] == "2024-11-28"


def test_a_date_something_is_pencilled_in_for_is_to_come():
    frame = table(
        "The promoter said he expected a contract to be signed by the end of May, with the rematch pencilled in "
        "for Cardiff in late August.",
        published=datetime(2025, 4, 20),
    )
    assert row(frame, "late August")["value"] == "2025-08"


def test_the_first_weekday_of_a_month_is_that_day():
    frame = table(
        "The assembly rises for its recess on Friday and will sit again on the first Monday of September.",
        "Its last sitting in 2023 was on the last Thursday in November 2023.",
        published=datetime(2025, 7, 2),
    )
    assert row(frame, "the first Monday of September")["value"] == "2025-09-01"
    assert row(frame, "the last Thursday in November 2023")["value"] == "2023-11-30"
    assert "September" not in frame["expression"].tolist()


def test_minutes_into_a_round_or_a_period_are_no_time_of_day():
    frame = table(
        "The referee stopped the contest at 1:58 of the sixth after a second knockdown.",
        "Halvorsen scored 3:12 into the second period to level the game.",
        published=datetime(2025, 5, 18, 1, 40),
    )
    assert not {"1:58", "3:12"} & set(frame["expression"])


def test_a_whole_number_and_a_quarter_is_a_fraction_not_how_often():
    frame = table(
        "The mare won by three and a quarter lengths, and her trainer races her twice a quarter.",
        published=datetime(2025, 4, 6),
    )
    assert row(frame, "a quarter")["type"] == "SET"  # "twice a quarter"
    assert len(frame[frame["expression"] == "a quarter"]) == 1


def test_the_past_before_a_count_of_things_is_no_reference_to_the_past():
    frame = table(
        "It was the fourth home win in the past seven races for the stable.",
        published=datetime(2025, 4, 6),
    )
    assert "the past" not in frame["expression"].tolist()
    assert "in the past" not in frame["expression"].tolist()


def test_an_events_day_named_for_its_possessive_is_the_day_already_told():
    frame = table(
        "Norway won the song contest in Vienna on Saturday night with a folk ballad.",
        "Viewing figures for Saturday's final are expected on Tuesday.",
        published=datetime(2025, 5, 18, 2, 0),
    )
    assert row(frame, "Saturday")["value"] == "2025-05-17"
    assert row(frame, "Tuesday")["value"] == "2025-05-20"


def test_tickets_for_a_days_game_not_yet_told_are_to_come():
    frame = table("Tickets for Saturday's final go on sale on Monday.", published=datetime(2025, 5, 14))
    assert row(frame, "Saturday")["value"] == "2025-05-17"


def test_a_clock_time_after_a_first_since_a_year_is_on_publications_day():
    frame = table(
        "Norway won the song contest in Vienna on Saturday night.",
        "It is the country's first win since Bobbysocks in 1985.",
        "The show, which ended shortly after 1am, drew protests.",
        published=datetime(2025, 5, 18, 2, 0),
    )
    assert row(frame, "1am")["value"] == "2025-05-18T01:00"


def test_a_repeat_in_a_hedged_stretch_looks_back_from_publication():
    frame = table(
        "It is the third time in just over a year that the regulator has halted the shares.",
        published=datetime(2025, 3, 14),
    )
    assert (row(frame, "over a year")["date"], row(frame, "over a year")["date_end"]) == ("2024-03-14", "2025-03-14")


def test_this_winter_told_of_in_spring_is_the_winter_just_gone():
    frame = table(
        "It was the deepest snow of this winter, the forecaster said.",
        "Suppliers warn that bills will rise again next winter.",
        published=datetime(2025, 3, 12),
    )
    assert row(frame, "this winter")["value"] == "2025-WI"
    assert row(frame, "next winter")["value"] == "2026-WI"


def test_a_length_modifying_a_noun_leaves_the_article_out():
    frame = table("The 45-day stoppage at the plant ended in February.", published=datetime(2025, 3, 12))
    assert row(frame, "45-day")["value"] == "P45D"
    assert "The 45-day" not in frame["expression"].tolist()


def test_a_clock_time_is_not_on_a_day_named_in_a_past_perfect_clause_before_it():
    frame = table(
        "Surrey resumed on 88 for one after Kent had been bowled out for 190 on Monday.",
        "Play was stopped at 15:10 local time when bad light set in, and did not restart until 16:30.",
        published=datetime(2025, 6, 10, 14, 5),
    )
    assert row(frame, "Monday")["value"] == "2025-06-09"
    assert row(frame, "15:10")["value"] == "2025-06-10T15:10"
    assert row(frame, "16:30")["value"] == "2025-06-10T16:30"


def test_a_morning_clock_time_after_a_named_afternoon_is_not_that_day():
    frame = table(
        "The port of Ardmore, which closed on Thursday afternoon, reopened at 7am.",
        published=datetime(2025, 3, 8, 19, 45),
    )
    assert row(frame, "7am")["value"] != "2025-03-06T07:00"
    assert row(frame, "Thursday afternoon")["value"] == "2025-03-06TAF"


def test_a_live_entry_tells_of_a_day_to_come_in_the_true_present():
    frame = table(
        "21:32 Full time. Rovers play Lazio in the second leg on Thursday, leading 2-0.",
        "21:05 GOAL! Haskins scores from the edge of the box.",
        published=datetime(2025, 4, 12, 21, 55),
    )
    assert row(frame, "Thursday")["value"] == "2025-04-17"
    assert row(frame, "21:05")["value"] == "2025-04-12T21:05"


def test_a_state_in_the_present_lasting_until_a_day_lasts_until_the_next_one():
    frame = table(
        "Classes in the province remain suspended until Monday, the education department said.",
        published=datetime(2024, 10, 26),
    )
    assert row(frame, "Monday")["value"] == "2024-10-28"


def test_a_length_in_a_clause_of_what_usually_happens_dates_nothing():
    frame = table(
        "The town recorded more rain in a day than it usually gets in three months.",
        published=datetime(2024, 10, 26),
    )
    assert row(frame, "three months")["date"] == ""


def test_earlier_this_year_ends_at_publication():
    frame = table(
        "The two ministers fell out earlier this year over the budget, and will meet again later this month.",
        published=datetime(2024, 10, 18),
    )
    assert (row(frame, "earlier this year")["date"], row(frame, "earlier this year")["date_end"]) == (
        "2024-01-01",
        "2024-10-18",
    )
    assert row(frame, "earlier this year")["value"] == "2024"
    assert row(frame, "later this month")["date"] == "2024-10-18"


def test_a_sum_in_trillions_a_year_is_no_rate_of_time():
    frame = table("Poorer countries had asked for $1.3 trillion a year.", published=datetime(2024, 11, 24))
    assert "a year" not in frame["expression"].tolist()


def test_a_year_naming_a_thing_does_not_move_the_story_to_it():
    frame = table(
        "The quiz final drew 5.1 million viewers on Christmas Day, down from the show's 2019 special.",
        "The cookery special, shown at 6.05pm, drew 4.2 million.",
        published=datetime(2024, 12, 27),
    )
    assert row(frame, "6.05pm")["date"] != ""


def test_a_final_quarter_of_company_figures_is_the_years_fourth():
    frame = table(
        "Completions fell 14 per cent in the third quarter, but the minister predicted a strong final quarter.",
        published=datetime(2024, 11, 20),
    )
    assert row(frame, "final quarter")["value"] == "2024-Q4"


def test_the_year_to_the_end_of_a_month_is_the_twelve_months_to_it():
    frame = table(
        "Rents rose 7 per cent in the year to the end of September, the board said.",
        published=datetime(2024, 11, 20),
    )
    assert (row(frame, "the year")["date"], row(frame, "the year")["date_end"]) == ("2023-10-01", "2024-09-30")


def test_thousandths_of_a_second_are_no_second_of_time():
    frame = table(
        "Okafor won the final by four thousandths of a second, a fraction of a second ahead of the field.",
        published=datetime(2024, 8, 5),
    )
    assert "a second" not in frame["expression"].tolist()


def test_a_month_after_since_and_a_short_phrase_with_in_is_gone_by():
    frame = table(
        "It is the singer's longest tour since her knee operation in February.",
        published=datetime(2024, 10, 21),
    )
    assert row(frame, "February")["value"] == "2024-02"


def test_a_verb_whose_past_is_its_present_tells_what_a_day_saw():
    frame = table(
        "Ten-year gilt yields hit their highest level since 2008 on Tuesday.",
        published=datetime(2025, 1, 9),
    )
    assert row(frame, "Tuesday")["value"] == "2025-01-07"


def test_the_second_month_of_a_run_follows_the_first():
    frame = table(
        "The next review, covering April to June, is due on 25 February.",
        published=datetime(2024, 11, 22),
    )
    assert row(frame, "April")["value"] == "2025-04"
    assert row(frame, "June")["value"] == "2025-06"


def test_a_quarter_counted_in_a_row_is_no_date():
    frame = table("The regulator raised its cap for the second quarter in a row.", published=datetime(2024, 11, 22))
    assert "the second quarter" not in frame["expression"].tolist()


def test_a_day_of_fixtures_a_schedule_makes_known_is_to_come():
    frame = table(
        "The Boxing Day fixtures were published on Wednesday, and the league announced the March fixtures too.",
        published=datetime(2025, 8, 14),
    )
    assert row(frame, "Boxing Day")["value"] == "2025-12-26"
    assert row(frame, "March")["value"] == "2026-03"
    assert row(frame, "Wednesday")["value"] == "2025-08-13"
