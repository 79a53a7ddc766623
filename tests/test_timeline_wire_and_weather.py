"""Timeline rows of invented news in wire, results, weather, brief and feature styles: a state kept until a date, a
month in a quotation with no verb of its own, a company's other quarters once one is a calendar quarter, wire clock
times in four figures, "one day" as some day, a stretch that starts on the day told before it, "overnight", a clock
time before "this evening", and a warning issued until a day to come."""

from __future__ import annotations

from datetime import datetime

from test_timeline_kinds import dated, row
from test_timeline_kinds import table as timeline_of

# A Wednesday in December: "January" is three weeks ahead and eleven months back.
DECEMBER_WEDNESDAY = datetime(2025, 12, 10)
# A Wednesday in late October: the third quarter has just ended, the second ended four months before.
OCTOBER_WEDNESDAY = datetime(2025, 10, 29)


def table(*paragraphs: str, published: datetime = DECEMBER_WEDNESDAY):
    """The timeline of an article whose body is `paragraphs` (headline "T")."""
    return timeline_of(*paragraphs, published=published)


def day(frame, expression: str) -> str:
    """The date of the row for `expression`."""
    return row(frame, expression)["date"]


# --- a state kept until a date: the keeping's tense, not the bare participle's -------------------------------


def test_a_state_kept_through_a_date_lasts_until_that_date_to_come():
    frame = table("The bill keeps agencies funded at current levels through Jan. 30, giving lawmakers seven weeks.")
    assert day(frame, "Jan. 30") == "2026-01-30"
    assert day(table("The order holds the plant closed until March."), "March") == "2026-03-01"


def test_a_participle_that_only_describes_its_noun_keeps_the_past():
    assert day(table("The firm sells furniture made in March."), "March") == "2025-03-01"
    assert day(table("The storm left roads closed until Friday."), "Friday") == "2025-12-05"


# --- a month inside a quotation with no verb of its own: the nearest one ------------------------------------


def test_a_month_in_a_verbless_quotation_is_the_nearest_not_the_one_before_the_saying():
    frame = table('Rep. Rosa DeLauro of Connecticut called it "a recipe for another crisis in January."')
    assert day(frame, "January") == "2026-01-01"
    frame = table('He described the plan as "a recipe for chaos in January".')
    assert day(frame, "January") == "2026-01-01"


def test_a_month_outside_the_quotation_or_on_its_verb_keeps_its_clause():
    assert day(table('She called the March vote "a disaster".'), "March") == "2025-03-01"
    assert day(table('Critics called it "the worst result since January".'), "January") == "2025-01-01"
    assert day(table('He said the vote would be held "in January".'), "January") == "2026-01-01"


# --- a company's quarters: calendar ones once one is --------------------------------------------------------


def test_an_earlier_quarter_is_a_calendar_one_after_a_calendar_quarter():
    frame = table(
        "Northgate reported a 14% fall in third-quarter operating profit on Wednesday.",
        "Second-quarter profit had already fallen 9%, and the company cut 1,200 jobs in August.",
        published=OCTOBER_WEDNESDAY,
    )
    assert dated(frame, "Second-quarter") == ("DATE", "2025-Q2", "2025-04-01", "2025-06-30")
    frame = table(
        "Third-quarter profit rose 5%, after a fall in the second quarter.",
        published=OCTOBER_WEDNESDAY,
    )
    assert dated(frame, "the second quarter")[2:] == ("2025-04-01", "2025-06-30")


def test_an_older_quarter_alone_stays_the_companys_own():
    frame = table("Second-quarter profit had fallen 9%.", published=OCTOBER_WEDNESDAY)
    assert dated(frame, "Second-quarter") == ("DATE", "2025-Q2", "", "")


# --- clock times -----------------------------------------------------------------------------------------------


def test_four_figures_before_a_time_zone_are_a_clock_time():
    frame = table(
        "Shares in Northgate were down 4.2% at 0915 GMT.",
        published=datetime(2025, 10, 29, 12, 0),
    )
    assert dated(frame, "0915 GMT")[:2] == ("TIME", "2025-10-29T09:15")
    assert "0915" not in " ".join(table("The firm made 0915 parts.")["expression"])


def test_a_clock_time_before_this_evening_is_this_evenings():
    frame = table(
        "Storm Ellen brought gusts of up to 80mph overnight.",
        "A warning for rain covers Wales from 18:00 this evening until 09:00 on Thursday.",
        published=datetime(2025, 8, 27),
    )
    assert dated(frame, "18:00 this evening")[:2] == ("TIME", "2025-08-27T18:00")
    assert day(frame, "09:00 on Thursday") == "2025-08-28T09:00"


def test_a_warning_issued_until_a_day_lasts_until_the_day_to_come():
    frame = table(
        "The Met Office has issued an amber warning for rain until 09:00 on Thursday.",
        published=datetime(2025, 8, 27),
    )
    assert day(frame, "09:00 on Thursday") == "2025-08-28T09:00"
    frame = table("The shop stayed open until Friday.", published=datetime(2025, 8, 27))
    assert day(frame, "Friday") == "2025-08-22"


# --- overnight -------------------------------------------------------------------------------------------------


def test_overnight_is_the_night_gone_by_or_tonight():
    published = datetime(2025, 8, 27)
    frame = table("Storm Ellen brought gusts of up to 80mph overnight.", published=published)
    assert dated(frame, "overnight")[:2] == ("TIME", "2025-08-26TNI")
    frame = table("Temperatures will fall sharply overnight.", published=published)
    assert dated(frame, "overnight")[:2] == ("TIME", "2025-08-27TNI")
    assert "overnight" not in table("It was an overnight success.", published=published)["expression"].tolist()
    frame = table(
        "More than 40,000 homes were without power on Wednesday after Storm Ellen brought gusts overnight.",
        published=published,
    )
    assert dated(frame, "overnight")[:2] == ("TIME", "2025-08-26TNI")


def test_a_clock_time_after_overnight_is_not_put_on_the_night_before():
    frame = table(
        "About 120,000 homes were without power overnight. Engineers had reconnected half of them by 7am.",
        published=datetime(2025, 1, 28, 9, 0),
    )
    assert day(frame, "7am") == "2025-01-28T07:00"


# --- one day ---------------------------------------------------------------------------------------------------


def test_one_day_as_some_day_is_no_length_of_time():
    frame = table('"Maybe one day," he says.', "He hopes to go back one day.")
    assert [dated(frame, "one day", n)[:2] for n in (0, 1)] == [("DATE", "FUTURE_REF")] * 2
    assert dated(table("One day a man walked in with a broken boot."), "One day")[:2] == ("DATE", "PAST_REF")
    for text in ("The strike lasted one day.", "He was banned for one day.", "Talks resumed one day later."):
        assert dated(table(text), "one day")[:2] == ("DURATION", "P1D"), text


# --- a stretch after the day it starts on ----------------------------------------------------------------------


def test_a_stretch_told_after_its_day_starts_that_day():
    published = datetime(2026, 2, 12)
    frame = table("The Old Town bridge will close to traffic on Monday for two weeks.", published=published)
    assert dated(frame, "two weeks") == ("DURATION", "P2W", "2026-02-16", "2026-03-01")
    frame = table("The road was shut on 3 February for ten days.", published=published)
    assert dated(frame, "ten days")[2:] == ("2026-02-03", "2026-02-12")
    frame = table("He was jailed in 2019 for three years.", published=published)
    assert dated(frame, "three years")[2] == ""
