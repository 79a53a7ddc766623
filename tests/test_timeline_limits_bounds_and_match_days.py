"""Timeline rows of invented news a reader would catch: a season readied for, a limit set for months to come, a
length that is only a bound on when something began, "shortly" before a meal of the day, the days of a match
counted from its first, a label printed on goods, and a sum of money read as a verb."""

from __future__ import annotations

from datetime import datetime

from test_timeline_kinds import row
from test_timeline_kinds import table as timeline_of

NOVEMBER = datetime(2026, 11, 24, 7, 0)  # a Tuesday
SATURDAY = datetime(2027, 6, 5, 19, 30)
JANUARY = datetime(2027, 1, 21, 12, 0)


def table(*paragraphs: str, published: datetime = NOVEMBER):
    """The timeline of an article whose body is `paragraphs` (headline "T")."""
    return timeline_of(*paragraphs, published=published)


# --- a season readied for ----------------------------------------------------------------------------------------


def test_a_season_readied_for_in_the_past_is_the_one_about_to_start():
    frame = table("Gas prices have climbed since the summer as Europe filled its storage ahead of the winter.")
    assert row(frame, "the winter")["date"] == "2026-12-01"
    assert row(frame, "the summer")["date"] == "2026-06-01"


def test_a_season_told_in_the_past_without_readying_stays_the_one_gone_by():
    frame = table("In the winter the firm opened a second warehouse.")
    assert row(frame, "the winter")["date"] == "2025-12-01"


def test_a_season_readied_for_far_ahead_stays_the_one_gone_by():
    frame = table("The council stocked up on grit ahead of the summer.")  # summer starts more than 3 months on
    assert row(frame, "the summer")["date"] == "2026-06-01"


# --- a limit set for months to come ------------------------------------------------------------------------------


def test_a_cap_set_for_months_to_come_is_for_the_months_not_yet_gone():
    frame = table(
        "Bills will rise from January after the regulator raised its price cap for the three months to the end of "
        "March."
    )
    assert row(frame, "the three months")["date"] == "2027-01-01"
    assert row(frame, "the three months")["date_end"] == "2027-03-31"
    assert row(frame, "January")["date"] == "2027-01-01"


def test_a_cap_for_a_run_of_months_is_the_run_to_come():
    frame = table("The regulator raised its price cap for January to March.")
    assert row(frame, "January")["date"] == "2027-01-01"
    assert row(frame, "March")["date"] == "2027-03-01"


def test_prices_for_a_month_told_in_the_past_are_the_month_gone():
    frame = table("Prices for March rose sharply, the regulator said.")
    assert row(frame, "March")["date"] == "2026-03-01"


# --- a length that bounds when something began ----------------------------------------------------------------


def test_almost_a_year_up_to_now_has_no_first_day():
    frame = table("The resignation was the latest twist in a scandal that has engulfed the council for almost a year.")
    assert row(frame, "almost a year")["date"] == ""


def test_more_than_two_years_up_to_now_has_no_first_day():
    frame = table("She has lived in the shelter for more than two years.")
    assert row(frame, "more than two years")["date"] == ""


def test_a_plain_or_just_over_length_up_to_now_keeps_its_first_day():
    frame = table(
        "The scandal has engulfed the council for a year.", "She has lived in the shelter for just over a year."
    )
    assert row(frame, "a year")["date"] == "2025-11-24"
    assert row(frame, "over a year")["date"] == "2025-11-24"


# --- "shortly" before a meal of the day ---------------------------------------------------------------------------


def test_shortly_after_lunch_is_no_row_of_its_own():
    frame = table(
        "The visitors were bowled out for 243 shortly after lunch on Friday.",
        "The home side were all out shortly afterwards.",
        published=SATURDAY,
    )
    assert not ((frame["paragraph"] == 1) & (frame["expression"] == "shortly")).any()


# --- the days of a match counted from its first ---------------------------------------------------------------


def test_the_fourth_day_of_a_match_is_counted_from_the_day_it_began():
    frame = table(
        "England were set 281 to win after the visitors were bowled out shortly after lunch on the fourth day.",
        "The match has swung back and forth since it began on Wednesday.",
        "Day two belonged to the spinners.",
        published=SATURDAY,
    )
    assert row(frame, "the fourth day")["date"] == "2027-06-05"
    assert row(frame, "Day two")["date"] == "2027-06-03"


def test_an_nth_day_is_left_alone_when_no_day_of_beginning_is_named():
    frame = table("Rain washed out the fourth day, and the match began badly.", published=SATURDAY)
    assert "the fourth day" not in frame["expression"].tolist()


def test_an_nth_day_past_publication_is_not_counted():
    frame = table(
        "The festival began on Thursday and its fifth day will be the busiest.",
        published=SATURDAY,
    )
    assert "fifth day" not in " ".join(frame["expression"].tolist())


def test_the_first_day_of_a_month_is_not_counted_from_an_event():
    frame = table(
        "The trial began on Wednesday. Fees will rise on the first day of the month.",
        published=SATURDAY,
    )
    assert "the first day" not in frame["expression"].tolist()


# --- a label printed on goods ---------------------------------------------------------------------------------


def test_best_before_dates_between_two_days_are_a_label():
    frame = table(
        "The chain has recalled packs of oat bars with best-before dates between 12 January and 28 February.",
        published=JANUARY,
    )
    assert row(frame, "between 12 January and 28 February")["event"] == "best before date"


def test_use_by_without_a_hyphen_before_a_day_is_a_deadline():
    frame = table(
        "The law requires every district to adopt a policy limiting phone use by July 1, 2027.",
        "Packs with a use by date of 14 July 2027 were withdrawn.",
        published=JANUARY,
    )
    assert row(frame, "July 1, 2027")["event"] != "use by date"
    assert row(frame, "14 July 2027")["event"] == "use by date"


# --- a sum of money read as a verb --------------------------------------------------------------------------------


def test_a_sum_of_money_is_not_the_event_of_the_year_it_is_for():
    frame = table(
        "The group now expects pre-tax profit of between £80m and £90m for the year to January.",
        published=datetime(2026, 11, 19, 7, 0),
    )
    assert row(frame, "the year")["event"] != "m"
    assert "expects" in row(frame, "the year")["event"]


# --- from the articles of kinds not tried before ------------------------------------------------------------------


def test_over_the_past_twelve_months_after_a_hedged_share_keeps_its_dates():
    frame = table(
        "Its shares, which have fallen by almost a third over the past 12 months, rose 4% in early trading.",
        published=datetime(2027, 7, 29, 7, 30),
    )
    assert row(frame, "over the past 12 months")["date"] == "2026-07-29"


def test_cannot_come_soon_enough_is_no_time():
    frame = table('"Next month cannot come soon enough," said a relative.', published=datetime(2027, 2, 18, 16, 0))
    assert "soon" not in frame["expression"].str.lower().tolist()
    assert row(frame, "Next month")["date"] == "2027-03-01"


def test_soon_on_its_own_stays_a_time_to_come():
    frame = table("The council will decide soon.", published=datetime(2027, 2, 18, 16, 0))
    assert row(frame, "soon")["value"] == "FUTURE_REF"


def test_the_summer_holidays_are_not_the_season():
    frame = table(
        "Heathrow said it expected its busiest weekend since the start of the summer holidays.",
        published=datetime(2027, 8, 26, 6, 0),
    )
    assert not frame["expression"].str.contains("summer").any()


def test_years_on_in_a_present_clause_is_not_counted_past_publication():
    frame = table(
        "Survivors will gather at the memorial garden on Monday for a silent vigil.",
        '"Ten years on, we are still waiting," said a woman who lost her sister in the fire.',
        published=datetime(2027, 6, 11, 6, 0),
    )
    assert row(frame, "Ten years on")["date"] == ""


def test_years_later_in_a_past_story_is_still_counted():
    frame = table("The mill closed in 1998.", "Ten years later, the site became a park.", published=NOVEMBER)
    assert row(frame, "Ten years later")["date"].startswith("2008")


def test_the_summer_recess_with_no_part_named_stays_the_summer():
    frame = table("The opposition called for a vote before the summer recess.", published=datetime(2026, 5, 26, 6, 0))
    assert row(frame, "the summer")["date"] == "2026-06-01"


def test_the_first_day_of_another_year_is_not_counted_from_this_events_start():
    frame = table(
        "Early voting began on Tuesday and runs for two weeks.",
        "On the first day alone, 300,000 people voted, double the figure for the first day in 2020.",
        published=datetime(2026, 10, 23, 6, 0),
    )
    assert len(frame[frame["expression"] == "the first day"]) == 1
    assert row(frame, "the first day")["date"] == "2026-10-20"
