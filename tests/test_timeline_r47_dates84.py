"""Timeline rows of a night a speech was given on, a person's fall, a midnight just before the small hours, a year
counted back from figures reported now, and the thing a date is of after "since"."""

from __future__ import annotations

from datetime import datetime

from test_timeline_sentences import dated, row, table

THURSDAY = datetime(2024, 11, 7, 7, 0)
MONDAY = datetime(2025, 5, 12, 7, 0)
FRIDAY = datetime(2025, 6, 13, 7, 0)
SATURDAY = datetime(2025, 10, 18, 7, 0)


def test_a_quoted_tonight_and_a_clock_time_on_election_night_are_that_nights():
    frame = table(
        "WASHINGTON - Two days after Tuesday's election, Democrats are still counting the cost of a defeat that few "
        "in the party saw coming.",
        'On election night, Kamala Harris told supporters in Washington: "Tonight is not the night we wanted. We '
        'will keep fighting." Her campaign had cancelled a planned rally at 11 p.m. as results from Pennsylvania '
        "came in.",
        "The party's chairman said on Thursday that a review would begin next month.",
        published=THURSDAY,
    )
    assert dated(frame, "Tonight") == ("2024-11-05TNI", "2024-11-05", "2024-11-05", "relative")
    assert dated(frame, "11 p.m.") == ("2024-11-05T23:00", "2024-11-05T23:00", "2024-11-05T23:00", "relative")


def test_a_quoted_tonight_on_an_undated_election_night_is_not_the_papers_day():
    frame = table(
        "WASHINGTON - Two days after the vote, Democrats are still counting the cost of a defeat that few in the "
        "party saw coming.",
        'On election night, Kamala Harris told supporters in Washington: "Tonight is not the night we wanted. We '
        'will keep fighting."',
        published=THURSDAY,
    )
    assert dated(frame, "Tonight")[1:] == ("", "", "vague")


def test_injuries_in_the_fall_are_a_persons_fall_not_the_autumn():
    frame = table(
        "An 82-year-old woman died of injuries in the fall she suffered on a hospital ward, an inquest heard on "
        "Monday.",
        "She fell from her bed on March 9 and broke her hip. The coroner said the injuries in the fall contributed "
        "to her death on April 2.",
        published=MONDAY,
    )
    assert "the fall" not in frame["expression"].tolist()
    assert dated(frame, "March 9")[1] == "2025-03-09"


def test_a_midnight_just_before_the_small_hours_of_a_day_opens_that_day():
    frame = table(
        "Thousands of rail workers walked off the job on Friday after last-ditch talks failed.",
        "The contract expired at midnight, and workers walked out at 12:01 a.m. on Friday, the union said.",
        published=FRIDAY,
    )
    assert dated(frame, "midnight") == ("2025-06-12T24:00", "2025-06-12T23:59", "2025-06-12T23:59", "relative")
    assert dated(frame, "12:01 a.m. on Friday")[1] == "2025-06-13T00:01"


def test_a_year_earlier_after_figures_reported_now_counts_from_now():
    frame = table(
        "Knife offences in London have risen sharply, police figures show.",
        "Sadiq Khan launched a violence reduction unit in September 2018 to tackle the problem.",
        "The figures, published by the Metropolitan Police, show 14,577 offences were recorded. A year earlier the "
        "total was 12,786.",
        published=SATURDAY,
    )
    assert dated(frame, "A year earlier")[:3] == ("2024", "2024-01-01", "2024-12-31")


def test_the_thing_a_date_is_of_after_since():
    frame = table(
        "Petrol prices have risen by 8p a litre since the Budget last year, according to the RAC.",
        "Traffic on the M25 has doubled since the crash on Monday, highways officials said.",
        published=SATURDAY,
    )
    assert row(frame, "last year")["event"] == "Budget"
    assert row(frame, "Monday")["event"] == "crash"


def test_a_quoted_tonight_after_the_night_its_paragraph_dates_is_that_night():
    frame = table(
        "Pupils at St Mary's Primary in Cheadle were presented with a national science award at a ceremony on "
        'Thursday night. Head teacher Jo Barnes said: "Tonight is a proud night for the whole school."',
        published=datetime(2025, 3, 14, 7, 0),
    )
    assert dated(frame, "Tonight") == ("2025-03-13TNI", "2025-03-13", "2025-03-13", "relative")


def test_a_chronologys_entries_led_by_a_weekday_and_a_clock_time_are_the_days_gone_by():
    frame = table(
        "Storm Darragh brought winds of up to 96mph to Wales on Friday night and Saturday morning. Here is how it "
        "unfolded.",
        "Friday, 6pm: The Met Office issues a red warning for wind.",
        "Friday, 11pm: Gusts of 80mph are recorded at Aberdaron.",
        "Saturday, 2am: Power is cut to 100,000 homes.",
        "Saturday, 9am: The red warning ends, but the amber warning remains until midnight.",
        published=datetime(2024, 12, 9, 7, 0),
    )
    assert dated(frame, "Friday, 6pm")[:3] == ("2024-12-06T18:00", "2024-12-06T18:00", "2024-12-06T18:00")
    assert dated(frame, "Saturday, 9am")[:3] == ("2024-12-07T09:00", "2024-12-07T09:00", "2024-12-07T09:00")
