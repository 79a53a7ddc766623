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
