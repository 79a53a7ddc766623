"""Dates of invented business, health and heritage news read against their publication day: a scheduled event told
in the plain present, a forecast for a financial year named by its end, a part of the year in a past clause, a bare
season in a clause of the future, "less than a year ago"."""

from __future__ import annotations

from datetime import datetime

from test_timeline_kinds import row
from test_timeline_kinds import table as timeline_of

OCTOBER = datetime(2026, 10, 2, 8, 0)
FEBRUARY = datetime(2026, 2, 12, 7, 0)


def date_of(expression: str, *paragraphs: str, published: datetime = OCTOBER) -> str:
    return row(timeline_of(*paragraphs, published=published), expression)["date"]


def test_a_company_that_reports_in_a_month_reports_in_the_coming_one():
    text = "Shares in Morrisons rose 2%. Asda, which reports in November, fell 1%."
    assert date_of("November", text) == "2026-11-01"
    assert date_of("January", "The retailer reports in January.") == "2027-01-01"


def test_a_present_report_that_says_something_is_told_of_the_past():
    assert date_of("Tuesday", "The council reports a fall in arrears on Tuesday.") == "2026-09-29"
    assert date_of("Monday", "Police say on Monday a man was arrested.") == "2026-09-28"


def test_a_forecast_for_the_year_to_a_month_is_for_the_year_still_running():
    frame = timeline_of(
        "The brewer cut its forecast for the full year to March 31 and now expects a loss.", published=FEBRUARY
    )
    assert (row(frame, "the full year")["date"], row(frame, "the full year")["date_end"]) == (
        "2025-04-01",
        "2026-03-31",
    )
    assert row(frame, "March 31")["date"] == "2026-03-31"


def test_a_result_for_the_year_to_a_month_is_for_the_year_gone_by():
    frame = timeline_of("Profit at the brewer rose 5% in the full year to March 31.", published=datetime(2026, 6, 2))
    assert row(frame, "the full year")["date_end"] == "2026-03-31"
    frame = timeline_of("Profit at the brewer rose 5% in the year to March 31.", published=FEBRUARY)
    assert row(frame, "March 31")["date"] == "2025-03-31"


def test_a_half_of_the_year_told_as_gone_by_is_last_years_while_this_years_runs():
    text = "The finance director said the second half of the year had been harder than forecast."
    assert row(timeline_of(text, published=FEBRUARY), "the second half of the year")["value"] == "2025-H2"
    text = "The finance director said the second half of the year would be easier."
    assert row(timeline_of(text, published=FEBRUARY), "the second half of the year")["value"] == "2026-H2"
    text = "Sales fell in the first half of the year."
    assert row(timeline_of(text, published=datetime(2026, 9, 10)), "the first half of the year")["value"] == "2026-H1"


def test_a_financial_year_across_two_years_takes_the_months_the_text_gives_its_years():
    frame = timeline_of(
        "Its year runs to March 31. For the 2026-27 financial year it expects growth.", published=FEBRUARY
    )
    found = row(frame, "the 2026-27 financial year")
    assert (found["date"], found["date_end"]) == ("2026-04-01", "2027-03-31")
    found = row(
        timeline_of("The council set its budget for the 2026/27 financial year.", published=FEBRUARY),
        "the 2026/27 financial year",
    )
    assert found["date"] <= "2026-04-01" and found["date_end"] >= "2027-03-31"
    season = row(timeline_of("They were fifth in the 2024-25 season.", published=FEBRUARY), "the 2024-25 season")
    assert (season["date"], season["date_end"]) == ("2024-01-01", "2025-12-31")  # within its two calendar years


def test_less_than_a_year_ago_is_the_time_since_and_two_years_ago_is_that_year():
    text = "Shoppers said they felt the pinch less than a year ago, and two years ago too."
    frame = timeline_of(text, published=OCTOBER)
    found = row(frame, "less than a year ago")
    assert (found["date"], found["date_end"]) == ("2025-10-02", "2026-10-02")
    assert found["value"] == "2025"
    found = row(frame, "two years ago")  # the year its value names, not publication's month two years back
    assert (found["value"], found["date"], found["date_end"]) == ("2024", "2024-01-01", "2024-12-31")
    january = datetime(2026, 1, 10)
    text = "Tauson, who beat Raducanu at Wimbledon two years ago, won."
    found = row(timeline_of(text, published=january), "two years ago")
    assert (found["value"], found["date"], found["date_end"]) == ("2024", "2024-01-01", "2024-12-31")
    found = row(timeline_of("The mill closed 120 years ago.", published=OCTOBER), "120 years ago")
    assert (found["date"], found["date_end"]) == ("1906-01-01", "1906-12-31")


def test_a_bare_season_in_a_clause_of_what_is_to_come_is_the_coming_one():
    august = datetime(2025, 8, 14)
    frame = timeline_of("The minister warned that winter would bring fresh pressure on wards.", published=august)
    assert row(frame, "winter")["value"] == "2026-WI"
    frame = timeline_of("Winter is hard here, and in winter the pass closes.", published=august)
    assert "winter" not in frame["expression"].str.lower().tolist()
    frame = timeline_of("Winter fuel payments will rise.", published=august)
    assert "Winter" not in frame["expression"].tolist()


def test_the_day_ending_a_period_keeps_its_own_day():
    frame = timeline_of("Profit at the brewer rose 5% in the year ended Oct. 1.", published=datetime(2026, 11, 20))
    assert row(frame, "Oct. 1")["date"] == "2026-10-01"


# --- what happened then ------------------------------------------------------------------------------------------


def event_of(expression: str, *paragraphs: str) -> str:
    return row(timeline_of(*paragraphs, published=FEBRUARY), expression)["event"]


def test_a_clause_that_opens_with_that_is_what_was_told_not_a_nouns_clause():
    text = "He told investors on a call on Monday that the new line would take until the spring to break even."
    event = event_of("the spring", text)
    assert "call" not in event and "to break even" in event


def test_a_verb_of_showing_ending_the_sentence_is_no_thing_the_date_dates():
    text = "Prices rose again in January, council figures published on Tuesday show."
    assert event_of("Tuesday", text) == "council figures published"


def test_a_present_read_as_a_plural_noun_is_the_event_of_its_noun():
    text = "A mural will be painted on the old wall, and a display at the library runs until the end of March."
    assert event_of("the end of March", text) == "display runs"


def test_a_word_of_when_is_no_event():
    assert "on" not in event_of("Sixty years", "Sixty years on, the city that built the Comet remembers").split()
    assert "on" not in event_of("Forty years", "Forty years on, the village that built the bridge celebrates.").split()


# --- fixture lists, meeting notices, history explainers ------------------------------------------------------------


def test_results_for_the_year_to_a_month_are_for_the_year_just_ended():
    april = datetime(2026, 4, 2)
    frame = timeline_of("The water company's results for the year to March 31 are due in June.", published=april)
    assert row(frame, "the year")["date_end"] == "2026-03-31"
    assert row(frame, "March 31")["date"] == "2026-03-31"
    frame = timeline_of("The water company expects a profit for the year to March 31.", published=april)
    assert row(frame, "the year")["date_end"] == "2027-03-31"


def test_the_year_after_a_year_before_christ_counts_down():
    frame = timeline_of("The legion landed in 55 BC and again the following year.", published=FEBRUARY)
    assert row(frame, "the following year")["value"] == "BC0054"


def test_a_run_read_as_a_plural_in_a_sentence_headed_by_a_noun_is_a_present_to_come():
    frame = timeline_of(
        "The fort was built in AD 122.",
        "A festival marking 1,900 years since work began runs throughout the summer.",
        published=FEBRUARY,
    )
    found = row(frame, "the summer")
    assert (found["value"], found["event"]) == ("2026-SU", "festival runs")


def test_a_clock_time_on_a_kind_of_day_is_on_no_calendar_day():
    frame = timeline_of("The ticket office opens at 9am on match days.", published=OCTOBER)
    assert row(frame, "9am")["date"] == ""
    assert row(timeline_of("The ticket office opens at 9am on Saturday.", published=OCTOBER), "9am on Saturday")[
        "date"
    ].startswith("2026-10-03")
