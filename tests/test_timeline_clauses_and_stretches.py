"""Timeline rules for months a simple past has lived through, stretches counted back from the story's period, lengths
counted on in a clause of "with", and labels of clauses that a preposition's object opens. Every text here was
written for these tests."""

from __future__ import annotations

from datetime import datetime

import pandas as pd
import test_timeline_sentences as sentences
from test_timeline_sentences import row, undated

FEBRUARY = datetime(2026, 2, 20)


def table(*paragraphs: str, published: datetime | None = FEBRUARY) -> pd.DataFrame:
    """The timeline of an article whose body is `paragraphs` (headline "T"), published at `published`."""
    return sentences.table(*paragraphs, published=published)


def test_a_month_an_event_took_place_in_has_begun_by_publication():
    frame = table("Orders at the Kelvedon plant dropped in April, the firm's accounts show.")
    assert row(frame, "April")["value"] == "2025-04"  # the April gone, not one still to come
    closed = table("The last branch in Tarrow closed in March after 40 years.")
    assert row(closed, "March")["value"] == "2025-03"
    # a month already begun, or one before publication's, is this year's as before
    begun = table("Footfall rose in February and in January.")
    assert row(begun, "February")["value"] == "2026-02"
    assert row(begun, "January")["value"] == "2026-01"


def test_a_month_told_in_the_past_that_fixes_a_time_to_come_keeps_it():
    frame = table("The council set the budget vote in March.")
    assert row(frame, "March")["value"] == "2026-03"  # a vote still to come may be set now
    plan = table("The board said it would sell the depot in April.")
    assert row(plan, "April")["value"] == "2026-04"
    quoted = table('The minister told MPs: "We met in March and we will meet again."')
    assert row(quoted, "March")["value"] == "2026-03"  # words in a quotation keep the nearest March


def test_the_previous_stretch_ends_where_the_period_named_before_it_begins():
    frame = table(
        "Vacancies stood at 712,000 in the September to November period, down from the previous three months."
    )
    r = row(frame, "the previous three months")
    assert (r["value"], r["date"], r["date_end"]) == ("P3M", "2025-06-01", "2025-08-31")
    stretch = table("Exports grew 1.2% in the three months to January, after 0.4% in the previous three months.")
    r = row(stretch, "the previous three months")
    assert (r["date"], r["date_end"]) == ("2025-08-01", "2025-10-31")  # before November to January
    years = table("Rents rose 6% in 2024, after falling in the preceding two years.")
    r = row(years, "the preceding two years")
    assert (r["date"], r["date_end"]) == ("2022-01-01", "2023-12-31")


def test_the_previous_stretch_with_no_period_before_it_keeps_no_invented_one():
    frame = table("Inflation fell to 2.1%. It had averaged 3% over the previous three months, analysts said.")
    assert undated(frame, "the previous three months")  # previous to what the text does not say


def test_a_length_counted_on_in_a_clause_of_with_is_dated_from_the_day_before_it():
    frame = table(
        "Ashby Town will play Corlow in the first leg of the final next Saturday, with the second leg at the "
        "Station Road ground a week later.",
        published=datetime(2026, 2, 19),  # a Thursday: "next Saturday" is two days on
    )
    r = row(frame, "a week later")
    assert (r["date"], r["date_end"], r["event"]) == ("2026-02-28", "2026-02-28", "second leg")  # a week after
    # the Saturday of the first leg (21 February): the Saturday after, not undated nor the whole calendar week


def test_a_clause_opened_by_after_is_labelled_with_its_own_event():
    frame = table(
        "Brackwell City have dismissed head coach Owen Pritchard after a 4-1 loss at Fernside on Tuesday left the "
        "team bottom of the table.",
        published=datetime(2025, 11, 13),
    )
    assert row(frame, "Tuesday")["event"] == "loss left team bottom"
    report = table("The chief executive resigned after an audit in October found gaps in the accounts.")
    assert row(report, "October")["event"] == "audit found gaps"
    # a phrase set off by commas keeps its subject
    commas = table("Corlow, after a loss on Tuesday, dismissed their coach.", published=datetime(2025, 11, 13))
    assert row(commas, "Tuesday")["event"].startswith("Corlow dismissed")


def test_a_day_an_event_took_place_on_has_come_by_publication():
    frame = table("The tribunal fined the agency on 4 March for failing to protect records.")
    assert row(frame, "4 March")["value"] == "2025-03-04"  # the March gone, not a fine still to come
    wire = table("The state certified the results Nov. 20.", published=datetime(2024, 10, 22))
    assert row(wire, "Nov. 20")["value"] == "2023-11-20"
    # what is planned, a state, and the next day (a wire's time zone) keep the nearest day
    plan = table("The agency is due to answer on 4 March.")
    assert row(plan, "4 March")["value"] == "2026-03-04"
    next_day = table("The offer lapsed on 21 February.")
    assert row(next_day, "21 February")["value"] == "2026-02-21"


def test_a_year_before_a_things_plural_is_its_year_and_that_year_follows_it():
    frame = table(
        "Ohio certified its 2020 results on Dec. 2 that year, after a recount.", published=datetime(2024, 10, 22)
    )
    assert row(frame, "2020")["value"] == "2020"
    assert row(frame, "Dec. 2")["value"] == "2020-12-02"  # not a December still to come
    # a count of things before its plural noun is no year
    count = table("The chain closed 1200 stores.")
    assert "1200" not in count["expression"].tolist()


def test_overnight_on_a_day_is_that_days_night():
    frame = table("Forecasters expect the heaviest rain overnight on Sunday.", published=datetime(2026, 1, 15))
    assert row(frame, "overnight")["value"] == "2026-01-18TNI"  # Sunday night, not last night
    into = table("Snow will spread overnight into Tuesday.", published=datetime(2026, 1, 15))
    assert row(into, "overnight")["value"] == "2026-01-19TNI"  # the night that runs into Tuesday


def test_the_week_of_a_day_is_that_whole_week():
    frame = table("A planning inquiry will open in the week of 15 April.", published=datetime(2026, 3, 12))
    r = row(frame, "15 April")
    assert (r["value"], r["date"], r["date_end"]) == ("2026-04-15", "2026-04-13", "2026-04-19")
    beginning = table("The bridge will shut for the week beginning Thursday 19 March.", published=datetime(2026, 3, 12))
    r = row(beginning, "Thursday 19 March")
    assert (r["date"], r["date_end"]) == ("2026-03-19", "2026-03-25")
    assert "the week" not in beginning["expression"].tolist()  # not publication's week


def test_what_has_been_called_off_on_a_day_is_that_day_to_come():
    frame = table("Bus firms have cancelled all services to the coast on Saturday.", published=datetime(2026, 1, 15))
    assert row(frame, "Saturday")["value"] == "2026-01-17"  # the services' Saturday, not the one gone
    loose = table("Officers have detained a driver on Saturday.", published=datetime(2026, 1, 15))
    assert row(loose, "Saturday")["value"] == "2026-01-10"  # any other verb keeps its past


def test_the_previous_quarter_of_a_companys_own_quarter_follows_the_year_its_results_give():
    frame = table(
        "Harrowgate reported profit for the year to 30 March.",
        "Its sales grew 3% in the fourth quarter, after 1.5% in the previous quarter.",
        published=datetime(2025, 5, 21),
    )
    # the results' "year to 30 March" says where the company's year ends (dates51): its fourth quarter is January
    # to March, and the previous quarter its third, October to December, not the calendar's July to September
    assert row(frame, "the fourth quarter")["date"] == "2025-01-01"
    assert row(frame, "the previous quarter")["date"] == "2024-10-01"
    calendar = table("Output grew 0.2% in the three months to December, after 0.5% in the previous quarter.")
    assert row(calendar, "the previous quarter")["date"] == "2025-07-01"


def test_a_phrase_of_with_set_apart_is_labelled_with_its_own_noun():
    frame = table(
        "The first game against Corlow is at home on Boxing Day, with the return game on New Year's Day.",
        published=datetime(2026, 6, 18),
    )
    assert row(frame, "New Year's Day")["event"] == "return game"
    talks = table("The minister held talks with the mayor on Monday.", published=datetime(2026, 6, 18))
    assert "talks" in row(talks, "Monday")["event"]
