"""Timeline rules of round 37 (dates68). Every text here was written for these tests."""

from __future__ import annotations

from datetime import datetime

from test_timeline_sentences import row, table

WEDNESDAY = datetime(2026, 1, 21)


def value(frame, expression: str) -> str:
    return row(frame, expression)["value"]


def test_a_year_before_an_events_noun_dates_the_months_of_its_own_clause():
    frame = table(
        "The 2023 heatwave in the North Atlantic, which lasted from June until the end of August, was the most "
        "intense on record, the team found.",
        published=WEDNESDAY,
    )
    assert value(frame, "June") == "2023-06"  # not June 2025
    assert value(frame, "the end of August") == "2023-08"
    held = table("The 2019 election, held in December, gave the party a majority.", published=WEDNESDAY)
    assert value(held, "December") == "2019-12"
    subject = table("The 2028 Olympics will open in July.", published=WEDNESDAY)
    assert value(subject, "July") == "2028-07"
    joined = table("The 2010 floods, which began on 3 March and lasted until April, were severe.", published=WEDNESDAY)
    assert value(joined, "3 March") == "2010-03-03"
    assert value(joined, "April") == "2010-04"
    both = table(
        "The 2014 referendum was held in September and the 2016 EU referendum took place in June.",
        published=WEDNESDAY,
    )
    assert (value(both, "September"), value(both, "June")) == ("2014-09", "2016-06")
    # a thing made in its year and acted on later, a report on a year, a season across two years, another clause
    law = table("The 1988 law was repealed in March.", published=WEDNESDAY)
    assert value(law, "March") == "2025-03"
    accounts = table("The 2024 accounts, published in March, showed a loss.", published=WEDNESDAY)
    assert value(accounts, "March") == "2025-03"
    season = table("The 2024-25 season, which ended in May, was a record.", published=WEDNESDAY)
    assert value(season, "May") == "2025-05"
    won = table("She won the 2019 election in December.", published=WEDNESDAY)
    assert value(won, "December") == "2025-12"


def test_a_year_before_a_plural_events_noun_is_a_date_and_ends_the_stretch_counted_back():
    frame = table("The 2010 floods were the worst in the past decade.", published=WEDNESDAY)
    assert value(frame, "2010") == "2010"
    past = row(frame, "the past decade")
    assert (past["date"], past["date_end"]) == ("2001-01-01", "2010-12-31")  # not 2016 to 2026
    # a count of people stays a count
    count = table("The 2000 protesters marched on the square on Monday.", published=WEDNESDAY)
    assert "2000" not in count["expression"].tolist()


def test_much_of_the_year_is_no_year_of_the_calendar_under_another_time():
    later = table(
        "The researchers say that unless emissions are cut sharply, heatwaves could last for much of the year by "
        "the 2070s.",
        published=WEDNESDAY,
    )
    assert "the year" not in later["expression"].tolist()  # not 2026
    assert value(later, "the 2070s") == "207"
    # told in the past in January, most of the year is the last one's
    gone = table("Rain fell for much of the year, the Met Office said.", published=WEDNESDAY)
    assert value(gone, "the year") == "2025"
    # ahead with no other time it is this year's still
    strike = table("The strike will last for much of the year.", published=WEDNESDAY)
    assert value(strike, "the year") == "2026"


def test_a_date_with_its_year_told_later_restarts_the_story_a_state_runs_on_from():
    frame = table(
        "In 2012 the Olympics were held in London in July and August.",
        "The floods began on 3 March 2010. The water stayed until April.",
        published=WEDNESDAY,
    )
    assert value(frame, "April") == "2010-04"  # not 2013, a year the story never named
    arrested = table(
        "Mr Hollins was arrested in November 2024. An inquiry had begun in June 2024. He remained a councillor "
        "until September.",
        published=WEDNESDAY,
    )
    assert value(arrested, "September") == "2025-09"
