"""Timeline rules of round 39 (dates71). Every text here was written for these tests."""

from __future__ import annotations

import threading
from datetime import datetime

from test_timeline_sentences import row, table

FRIDAY = datetime(2026, 5, 8)
RESULTS_DAY = datetime(2026, 4, 9)
OBITUARY_DAY = datetime(2026, 7, 3)
STORM_FRIDAY = datetime(2026, 11, 20)


def test_a_live_page_entry_before_a_quotation_does_not_hang():
    paragraphs = (
        "Polls closed at 10pm on Thursday and counting began overnight.",
        '06:30: John Swinney says the SNP is "on course to be the largest party for a fifth election in a row". He'
        " will give a speech at 11am.",
    )
    done: dict = {}

    def run() -> None:
        done["frame"] = table(*paragraphs, published=FRIDAY)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(120)
    assert "frame" in done  # the walk up from the time "06:30", a root that is no verb, ends
    assert row(done["frame"], "06:30")["value"] == "2026-05-08T06:30"


def test_the_current_year_of_a_company_whose_year_ends_in_february_is_its_own_year():
    frame = table(
        "Tesco said adjusted operating profit rose to £3.1bn in the year to 28 February.",
        "Chief executive Ken Murphy said he expected profit of between £3.2bn and £3.4bn in the current year.",
        "Investors expect profit this financial year to top £3.3bn. Its shares have risen this year.",
        published=RESULTS_DAY,
    )
    current = row(frame, "the current year")
    assert (current["date"], current["date_end"]) == ("2026-03-01", "2027-02-28")  # not January-December 2026
    financial = row(frame, "this financial year")
    assert (financial["date"], financial["date_end"]) == ("2026-03-01", "2027-02-28")
    assert row(frame, "this year")["date"] == "2026-01-01"  # a plain "this year" stays the calendar's
    # with no year end named, the current year is the calendar's, as before
    plain = table("Ken Murphy expected profit of £3.3bn in the current year.", published=RESULTS_DAY)
    assert row(plain, "the current year")["date"] == "2026-01-01"


def test_a_half_told_as_gone_by_is_not_the_one_barely_begun():
    frame = table(
        "Tesco said adjusted operating profit rose to £3.1bn in the year to 28 February.",
        "In the first half of the year, profit had been held back by higher wage costs.",
        "Profit in the first half of the year will rise, the company said.",
        published=RESULTS_DAY,
    )
    halves = frame[frame["expression"] == "the first half of the year"].sort_values("paragraph")
    assert halves["date"].tolist() == ["2025-03-01", "2026-03-01"]  # the past one a year back, the one to come now


def test_a_perfect_participle_having_done_is_past():
    frame = table(
        "Tesco will buy back a further £1.45bn of shares over the next 12 months, having completed a £1bn"
        " programme in January.",
        "Having finished the work in March, the builders will move on to the school.",
        published=RESULTS_DAY,
    )
    assert row(frame, "January")["value"] == "2026-01"  # not January 2027
    assert row(frame, "March")["value"] == "2026-03"


def test_the_year_set_beside_a_year_is_that_year():
    frame = table(
        "She was made a dame in 1996, the year she retired from surgery.",
        "Profit was £2,025, the year's best.",
        published=OBITUARY_DAY,
    )
    years = frame[frame["expression"] == "the year"].sort_values("paragraph")
    assert years["value"].tolist() == ["1996", "2026"]  # not 2026 beside 1996; a sum of money is no year


def test_a_day_called_likely_is_still_to_come():
    frame = table(
        "The Met Office said the rest of next week looked settled but cold, with frost likely from Tuesday night.",
        "Forecasters said snow was likely on Wednesday.",
        published=STORM_FRIDAY,
    )
    assert row(frame, "Tuesday night")["date"] == "2026-11-24"  # the coming Tuesday, not 17 November
    assert row(frame, "Wednesday")["date"] == "2026-11-25"
    gone = table("The Met Office said frost formed on Tuesday night.", published=STORM_FRIDAY)
    assert row(gone, "Tuesday night")["date"] == "2026-11-17"


def test_the_summary_names_a_part_of_a_decade_as_the_article_did():
    from datetime import date

    from newsframe.summary import dates_sentence

    frame = table(
        "China plans to land astronauts on the Moon before the end of the decade.",
        "The last crewed landing was in December 1972.",
        published=datetime(2026, 4, 11),
    )
    said = dates_sentence(frame, date(2026, 4, 11))
    assert said == "Its 2 dated expressions run from December 1972 to the late 2020s."  # not "31 December 2029"
    early = table("She trained in Boston in the early 1960s and died in 2012.", published=OBITUARY_DAY)
    assert dates_sentence(early, date(2026, 7, 3)) == "Its 2 dated expressions run from the early 1960s to 2012."


def test_the_year_after_counts_on_from_the_year_named_or_stays_undated():
    frame = table(
        "We want to win it again next year, and the year after.",
        "The plant opened in 2019 and closed the year after.",
        "She moved to Paris the year after the war ended.",
        published=datetime(2026, 5, 25),
    )
    years = frame[frame["expression"] == "the year"].sort_values("paragraph")
    assert years["value"].tolist() == ["2028", "2020", "XXXX"]  # none is publication's 2026
    assert years["date"].tolist()[2] == ""


def test_a_fixture_read_as_a_noun_before_the_day_sets_the_tense_not_a_clause_after_it():
    frame = table(
        "Leicester travel to Sunderland on Tuesday night before hosting Leeds next Saturday in what could be a"
        " decisive game in the race for automatic promotion.",
        published=datetime(2026, 2, 8),
    )
    assert row(frame, "Tuesday night")["date"] == "2026-02-10"  # the coming Tuesday, not 3 February
    assert row(frame, "next Saturday")["date"] == "2026-02-14"


def test_a_quarter_spelled_out_in_weeks_is_the_companys_own_when_its_year_end_is_said():
    frame = table(
        "Tesco said adjusted operating profit rose to £3.1bn in the year to 28 February.",
        "Sales in the fourth quarter, the 13 weeks to 28 February, rose 4.6%.",
        published=RESULTS_DAY,
    )
    quarter = row(frame, "the fourth quarter")
    assert (quarter["date"], quarter["date_end"]) == ("2025-12-01", "2026-02-28")  # not left undated
    unsaid = table("Sales in the fourth quarter, the 13 weeks to 28 February, rose 4.6%.", published=RESULTS_DAY)
    assert row(unsaid, "the fourth quarter")["date"] == ""  # no year end said: a quarter of no known calendar


def test_the_coming_financial_year_and_the_year_just_ended_are_own_years():
    frame = table(
        "Bristol City Council expects to overspend in the current financial year, which ends on 31 March.",
        "It must find £12m of savings in the coming financial year, after cutting £9m in the last financial year.",
        published=datetime(2026, 3, 4),
    )
    assert row(frame, "the coming financial year")["date"] == "2026-04-01"  # not twelve months from 4 March
    assert row(frame, "the coming financial year")["date_end"] == "2027-03-31"
    assert row(frame, "the last financial year")["date"] == "2024-04-01"
    toyota = table(
        "Toyota expected operating profit of 3.8 trillion yen in the year to March 2027, down from 4.8 trillion yen"
        " in the year just ended.",
        published=FRIDAY,
    )
    ended = toyota[toyota["type"] == "DATE"]
    ended = ended[ended["expression"] == "the year"].iloc[0]
    assert (ended["date"], ended["date_end"]) == ("2025-04-01", "2026-03-31")  # not 2026, a year not over
    plain = table("Profit rose 5% in the year just ended, Unilever said.", published=datetime(2026, 2, 20))
    assert row(plain, "the year")["value"] == "2025"


def test_a_half_of_a_companys_year_in_which_a_thing_is_planned_is_not_over():
    frame = table(
        "Toyota expected operating profit of 3.8 trillion yen in the year to March 2027.",
        "The carmaker plans to begin making batteries at its plant in North Carolina in the second half.",
        "Toyota will report its second-half results on 20 May.",
        published=FRIDAY,
    )
    halves = frame[frame["expression"].str.contains("second half|second-half")].sort_values("paragraph")
    assert halves["date"].tolist() == ["2026-10-01", "2025-10-01"]  # the plan's half to come; the results' just over


def test_a_bills_number_after_a_code_of_capitals_is_no_year():
    frame = table(
        "The bill, known as HB 1776, was passed by the Texas House.",
        "In AD 1066 the Normans came. Profit in FY 2025 rose.",
        published=datetime(2026, 6, 10),
    )
    assert "1776" not in frame["value"].tolist()
    assert row(frame, "AD 1066")["value"] == "1066"  # an era and a company's year still take a year
    assert row(frame, "FY 2025")["value"] == "2025"
