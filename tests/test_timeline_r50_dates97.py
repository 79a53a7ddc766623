"""Timeline: "the same day" after a time told in passing, a clock time back from a look behind in the past perfect,
years before 1600, a school's Easter holidays, and a season to come named in its last month or in a fragment."""

from __future__ import annotations

from datetime import datetime

from test_timeline_sentences import row, table


def dated(frame, expression: str) -> tuple[str, str, str]:
    """(value, date, date_end) of the row for `expression`."""
    r = row(frame, expression)
    return r["value"], r["date"], r["date_end"]


def test_the_same_day_goes_back_past_a_season_naming_a_thing():
    frame = table(
        "The Chancellor will deliver a spring statement on 26 March, her first since the autumn Budget, with the "
        "watchdog publishing updated forecasts the same day.",
        published=datetime(2025, 1, 12, 8, 0),
    )
    assert dated(frame, "the same day")[:2] == ("2025-03-26", "2025-03-26")


def test_the_next_morning_goes_back_past_a_month_naming_a_thing_and_an_aside():
    frame = table(
        "The minister will open the inquiry on 9 June, three weeks after the May elections, and give evidence the "
        "same day.",
        "The committee, which was set up in 2010, will then question her the following morning.",
        published=datetime(2025, 2, 3, 9, 0),
    )
    assert dated(frame, "the same day")[0] == "2025-06-09"
    assert dated(frame, "the following morning")[0] == "2025-06-10TMO"


def test_a_clock_time_after_a_look_behind_is_on_the_storys_day():
    frame = table(
        "On 2 June 1953, crowds lined the Mall. The country had been rationing sugar since the previous year. "
        "The BBC began its broadcast at 10.15am.",
        published=datetime(2023, 6, 2, 7, 0),
    )
    assert dated(frame, "10.15am")[0] == "1953-06-02T10:15"


def test_a_clock_time_after_a_past_perfect_year():
    frame = table(
        "The singer was found collapsed at his home on 16 August 1977. He had cancelled concerts earlier that "
        "year. His death was announced at 4pm.",
        published=datetime(2027, 8, 16, 6, 0),
    )
    assert dated(frame, "4pm")[0] == "1977-08-16T16:00"


def test_a_clock_time_in_another_paragraph_keeps_no_day():
    frame = table(
        "The singer was found collapsed at his home on 16 August 1977.",
        "He had cancelled concerts earlier that year. His death was announced at 4pm.",
        published=datetime(2027, 8, 16, 6, 0),
    )
    assert row(frame, "4pm")["date"] == ""


def test_years_before_1600_after_a_preposition_of_time():
    frame = table(
        "The crossing was first recorded in 1538, when a monk complained about the fare.",
        "The abbey dates from 1066, and coronations have been held there since 1308, apart from a gap in the 1550s.",
        published=datetime(2024, 9, 14, 7, 0),
    )
    assert dated(frame, "1538") == ("1538", "1538-01-01", "1538-12-31")
    assert dated(frame, "1066")[0] == "1066"
    assert dated(frame, "1308")[0] == "1308"
    assert dated(frame, "the 1550s") == ("155", "1550-01-01", "1559-12-31")


def test_numbers_below_1600_that_count_are_no_years():
    frame = table(
        "A total of 1500 guests attended the banquet, and in 1200 homes the television was switched on.",
        "The fund grew from 1450 members to 2000.",
        published=datetime(2023, 6, 2, 7, 0),
    )
    assert not {"1500", "1200", "1450"} & set(frame["expression"])


def test_a_schools_easter_holidays_are_the_weeks_round_easter():
    frame = table(
        "Repairs to the school roof will now run into the Easter holidays, the trust said.",
        "Pupils return after the Easter break, and many families go away over the Easter weekend.",
        published=datetime(2025, 3, 10, 8, 0),
    )
    # Easter Sunday 2025 is 20 April: the holidays may fall in the fortnight round it or either side of it
    assert dated(frame, "Easter holidays") == ("2025-W16", "2025-04-05", "2025-05-04")
    assert dated(frame, "Easter break")[1:] == ("2025-04-05", "2025-05-04")
    assert dated(frame, "Easter weekend")[1:] == ("2025-04-18", "2025-04-21")


def test_a_season_to_come_named_in_its_last_month_is_next_years():
    frame = table(
        "The new version of the app will arrive in the autumn, the company said.",
        published=datetime(2024, 11, 18, 10, 0),
    )
    assert dated(frame, "the autumn")[0] == "2025-FA"
    early = table(
        "The new version of the app will arrive in the autumn, the company said.",
        published=datetime(2024, 9, 18, 10, 0),
    )
    assert dated(early, "the autumn")[0] == "2024-FA"


def test_a_participle_in_a_fragment_looks_ahead():
    frame = table(
        "Sarah Okafor became chief executive in January 2024. There were reports in the summer of an offer.",
        "A: A children's list, launching in the autumn.",
        published=datetime(2025, 2, 9, 10, 0),
    )
    assert dated(frame, "the autumn")[0] == "2025-FA"
    other = table(
        "The studio was founded in 2019 and made its first film in the summer of 2021.",
        "Next: a sequel, opening in the spring.",
        published=datetime(2024, 11, 18, 10, 0),
    )
    assert dated(other, "the spring")[0] == "2025-SP"
