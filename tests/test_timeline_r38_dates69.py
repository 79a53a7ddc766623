"""Timeline rules of round 38 (dates69). Every text here was written for these tests."""

from __future__ import annotations

from datetime import datetime

from test_timeline_sentences import row, table

SATURDAY = datetime(2026, 1, 17)
FRIDAY = datetime(2026, 1, 16)
WEDNESDAY = datetime(2026, 1, 21)
SUNDAY = datetime(2025, 11, 16)


def value(frame, expression: str) -> str:
    return row(frame, expression)["value"]


def values(frame, expression: str) -> list[str]:
    return frame[frame["expression"] == expression]["value"].tolist()


def test_overnight_in_a_said_clause_put_first_is_the_night_to_come():
    frame = table(
        "The Met Office has issued an amber warning for snow from 6pm on Saturday across the Pennines.",
        "Up to 20cm could fall overnight on higher ground, forecasters said, with drifting in strong winds.",
        published=SATURDAY,
    )
    assert value(frame, "overnight") == "2026-01-17TNI"  # Saturday's night, not Friday's
    # a past ability told in the negative stays gone by
    gone = table("Crews could not reach the village overnight, the council said.", published=SATURDAY)
    assert value(gone, "overnight") == "2026-01-16TNI"


def test_overnight_to_come_is_the_night_of_the_day_to_come_just_named():
    frame = table(
        "The Met Office has issued an amber warning for snow from 6pm on Saturday across the Pennines.",
        "Up to 20cm could fall overnight on higher ground, forecasters said.",
        "Rain will arrive on Sunday and is expected to continue overnight.",
        published=FRIDAY,
    )
    assert values(frame, "overnight") == ["2026-01-17TNI", "2026-01-18TNI"]  # not tonight (Friday) twice
    library = table(
        "Harrowby library will close from 6pm on Friday for roof repairs. Work will continue overnight.",
        published=datetime(2026, 2, 2),
    )
    assert value(library, "overnight") == "2026-02-06TNI"  # Friday's night, not Monday's
    # with no evening to come named before it, tonight
    tonight = table("Kick-off is at 11am on Sunday.", "Temperatures will fall overnight.", published=FRIDAY)
    assert value(tonight, "overnight") == "2026-01-16TNI"
    # a night gone by stays the last one
    last = table("Road crews worked overnight to grit main routes, the council said.", published=FRIDAY)
    assert value(last, "overnight") == "2026-01-15TNI"


def test_a_share_of_the_year_in_an_eventive_plain_present_is_any_year():
    frame = table(
        "Heatwaves now last for much of the year in parts of the tropical Pacific, researchers said.",
        published=WEDNESDAY,
    )
    assert "the year" not in frame["expression"].tolist()  # not 2026
    # a plan with its date in the sentence, or a future, is this year's still
    plan = table("The exhibition opens in March and runs for much of the year.", published=WEDNESDAY)
    assert value(plan, "the year") == "2026"
    strike = table("The strike will last for much of the year.", published=WEDNESDAY)
    assert value(strike, "the year") == "2026"


def test_a_year_before_a_document_dates_the_clause_of_its_making():
    frame = table(
        "The party's 2019 manifesto, which was published in November, promised free broadband for every home.",
        published=SUNDAY,
    )
    assert value(frame, "November") == "2019-11"  # not November 2025
    report = table("A 2021 report, which came out in September, warned of rising costs.", published=SUNDAY)
    assert value(report, "September") == "2021-09"
    paris = table("The 2015 Paris agreement, signed in December, set a goal of 1.5C.", published=SUNDAY)
    assert value(paris, "December") == "2015-12"
    survey = table("Pryce had ignored a 2022 survey, which was carried out in May.", published=SUNDAY)
    assert value(survey, "May") == "2022-05"
    # a report on a year is made after it; what is done to a document later is not its making
    annual = table("The firm's 2024 annual report, published in April, showed a loss.", published=SUNDAY)
    assert value(annual, "April") == "2025-04"
    scrapped = table("The 2020 strategy was scrapped in May.", published=SUNDAY)
    assert value(scrapped, "May") == "2025-05"


def test_a_weekday_to_come_as_usual_is_the_coming_one():
    # "as usual" says the being at desks is the habit, not that Monday is every Monday: told in the future, the
    # coming Monday
    frame = table("We will be at our desks on Monday, as usual.", published=datetime(2025, 2, 6))
    assert value(frame, "Monday") == "2025-02-10"


def test_labels_leave_out_the_time_of_a_length_and_the_label_of_an_answer():
    frame = table(
        "The school will open in two years' time, and the man who sold the land will be paid in three years' time.",
        published=WEDNESDAY,
    )
    assert row(frame, "two years")["event"] == "school will open"  # not "school will open in time"
    assert row(frame, "three years")["event"] == "man will be paid"
    answer = table("Q: When will drivers notice a difference?", "A: By the end of next year, on the main routes.")
    assert row(answer, "the end of next year")["event"] != "A"
