"""Timeline rows of invented news full of dates (an election night, Easter rail works, a company's half year, a
chronology): a passive infinitive after "expected", a "plan" the parse reads as a noun, and a stretch the story
has already named ("over the four days")."""

from __future__ import annotations

from datetime import datetime

from test_timeline_kinds import row
from test_timeline_kinds import table as timeline_of

FRIDAY = datetime(2024, 7, 5)
WEDNESDAY = datetime(2025, 4, 16)


def table(*paragraphs: str, published: datetime = FRIDAY):
    """The timeline of an article whose body is `paragraphs` (headline "T")."""
    return timeline_of(*paragraphs, published=published)


def test_a_passive_infinitive_after_expected_looks_ahead():
    frame = table("Party leader Anna Kowal is expected to be sworn in as prime minister on Monday.")
    assert row(frame, "Monday")["date"] == "2024-07-08"
    frame = table("The new bridge is due to be opened by the mayor on Tuesday.")
    assert row(frame, "Tuesday")["date"] == "2024-07-09"


def test_a_passive_infinitive_after_a_past_verb_stays_past():
    frame = table("The minister was forced to be flown home on Tuesday after falling ill.")
    assert row(frame, "Tuesday")["date"] == "2024-07-02"


def test_a_past_clock_time_is_not_put_on_the_coming_day_named_before():
    frame = table(
        "Kowal is expected to be sworn in on Monday. She told supporters just after 3am that the work began now."
    )
    assert row(frame, "3am")["date"] == "2024-07-05T03:00"


def test_a_plan_read_as_a_noun_before_a_fronted_saying_looks_ahead():
    frame = table(
        "Separately, staff at Heathrow's Terminal 3 plan a 48-hour strike from 4am on Saturday, the Unite union "
        "said on Tuesday.",
        published=WEDNESDAY,
    )
    assert row(frame, "4am on Saturday")["date"] == "2025-04-19T04:00"
    assert row(frame, "Tuesday")["date"] == "2025-04-15"


def test_a_noun_plan_with_its_own_clause_keeps_the_clause_tense():
    frame = table("The plan the mayor announced on Friday was dropped.", published=WEDNESDAY)
    assert row(frame, "Friday")["date"] == "2025-04-11"


def test_a_stretch_the_story_named_is_not_counted_from_publication():
    frame = table(
        "The line will be closed from Friday until Monday.",
        "Gatwick expects more than 250,000 passengers over the four days.",
        published=WEDNESDAY,
    )
    assert row(frame, "the four days")["date"] == ""


def test_the_next_days_still_count_from_publication():
    frame = table("Prices will rise over the next six months.", published=WEDNESDAY)
    assert (row(frame, "over the next six months")["date"], row(frame, "over the next six months")["date_end"]) == (
        "2025-04-16",
        "2025-10-16",
    )
    frame = table("The bridge will close for two weeks.", published=WEDNESDAY)
    assert row(frame, "two weeks")["date_end"] == "2025-04-30"


def test_a_run_of_days_closing_its_clause_spans_both_days():
    frame = table("The next closure is planned for the May bank holiday weekend, May 3 to 5.", published=WEDNESDAY)
    assert row(frame, "May 3")["date"] == "2025-05-03"
    assert row(frame, "5")["date"] == "2025-05-05"


def test_a_number_after_a_day_and_to_that_runs_on_is_no_day():
    frame = table("Shares rose on May 3 to 5 dollars.", published=WEDNESDAY)
    assert "5" not in frame["expression"].tolist()


def test_a_present_read_as_a_noun_before_a_saying_looks_ahead():
    frame = table("The fair runs on June 12, organisers said.", published=WEDNESDAY)
    assert row(frame, "June 12")["date"] == "2025-06-12"


def test_a_past_clause_before_a_saying_stays_past():
    frame = table("The fair ran on June 12, organisers said.", published=WEDNESDAY)
    assert row(frame, "June 12")["date"] == "2024-06-12"


def test_the_second_half_after_a_results_first_half_is_the_year_s():
    frame = table(
        "Harlow said its profit fell in the first half of the year.",
        "Chief executive Tom Reiss said the second half would be stronger.",
        published=datetime(2025, 7, 29),
    )
    assert row(frame, "the second half")["value"] == "2025-H2"


def test_the_second_half_of_a_game_in_a_results_story_is_no_date():
    frame = table(
        "Harlow said its profit fell in the first half.",
        "Jones scored in the second half of the charity match.",
        published=datetime(2025, 7, 29),
    )
    assert "the second half" not in frame["expression"].tolist()


def test_the_second_half_alone_is_no_date():
    frame = table("Chief executive Tom Reiss said the second half would be stronger.", published=datetime(2025, 7, 29))
    assert "the second half" not in frame["expression"].tolist()


def test_an_event_of_a_state_keeps_its_adjective():
    frame = table("He is expected to be eligible for release on licence in the summer of 2026.")
    assert "eligible for release" in row(frame, "the summer of 2026")["event"]


def test_the_week_before_a_named_day_is_counted_from_that_day():
    frame = table("Police arrested him in the week before Christmas 2022.", published=datetime(2025, 3, 21))
    assert row(frame, "the week")["value"] == "2022-W51"
    frame = table("He was arrested the week before March 3.", published=datetime(2025, 3, 21))
    assert row(frame, "the week")["value"] == "2025-W09"


def test_the_month_after_a_named_month_is_the_next_one():
    frame = table("He was arrested the month after June 2023.", published=datetime(2025, 3, 21))
    assert row(frame, "the month")["value"] == "2023-07"


def test_the_week_before_a_month_is_no_week_of_publication():
    frame = table("He was arrested the week before June 2023.", published=datetime(2025, 3, 21))
    assert row(frame, "the week")["date"] == ""


TUESDAY = datetime(2025, 1, 28)


def test_what_a_saying_reports_as_expected_is_still_to_come():
    frame = table("The Met Office said calmer weather was expected from Thursday.", published=TUESDAY)
    assert row(frame, "Thursday")["date"] == "2025-01-30"
    frame = table("A spokesman said the verdict was due on Thursday.", published=TUESDAY)
    assert row(frame, "Thursday")["date"] == "2025-01-30"


def test_an_expectation_told_in_the_past_alone_may_be_gone():
    frame = table("The ruling was expected on Thursday.", published=TUESDAY)
    assert row(frame, "Thursday")["date"] == "2025-01-23"


OCTOBER = datetime(2024, 10, 16)


def test_a_month_in_a_sentence_told_now_is_not_the_story_s_old_year():
    frame = table(
        "Inflation peaked at 11.1 per cent in October 2022, a 41-year high.",
        "The economy grew by 0.2 per cent in August, figures published last Friday showed.",
        published=OCTOBER,
    )
    assert row(frame, "August")["value"] == "2024-08"


def test_a_month_after_a_story_s_season_stays_in_its_year():
    frame = table("In the summer of 1974 the river rose.", "In August the army came.", published=OCTOBER)
    assert row(frame, "August")["value"] == "1974-08"


def test_a_weekday_and_day_in_a_story_s_old_summer_is_that_year_s_when_it_fits():
    frame = table("In the summer of 1974 the scandal grew.", "On Friday, August 9, Nixon resigned.", published=OCTOBER)
    assert row(frame, "Friday, August 9")["date"] == "1974-08-09"


def test_an_apposition_before_and_is_no_subject_of_the_joined_verb():
    frame = table(
        "She was appointed director of the association in 1991, the first woman to hold the post, and retired in 2002.",
        published=OCTOBER,
    )
    assert "woman" not in row(frame, "2002")["event"]
    assert "retired" in row(frame, "2002")["event"]


def test_a_joined_clause_keeps_its_own_subject():
    frame = table("The mayor resigned in May, and his deputy took over in June.", published=OCTOBER)
    assert row(frame, "June")["event"].startswith("deputy")


def test_a_second_after_a_first_is_no_length_of_time():
    frame = table("She won her first Grammy in 1978 and a second in 1994. He paused for a second, then the first note.")
    assert list(frame["expression"]).count("a second") == 1  # the pause only
    assert row(frame, "1994")["date"] == "1994-01-01"


def test_a_date_of_an_event_a_clause_is_placed_by_is_that_events():
    """ "opened flat ahead of the release of minutes from the Federal Reserve's September meeting": the meeting is
    what September dates, not the opening; "closed after the crash on Monday" keeps its clause."""
    frame = table(
        "In New York, the S&P 500 opened flat ahead of the release of minutes from the Federal Reserve's September "
        "meeting. The road was closed after the crash on Monday."
    )
    assert row(frame, "September")["event"] == "Federal Reserve meeting"
    assert row(frame, "Monday")["event"] == "road was closed after crash"


def test_a_change_decided_from_a_month_starts_in_the_coming_one():
    """Written in November: "have approved a 6% rise in council tax from April" is next April; "Prices rose from
    April" stays this year's."""
    frame = table(
        "Councillors in Angus have approved a 6% rise in council tax from April. Prices rose from April.",
        published=datetime(2025, 11, 6),
    )
    dates = frame[frame["expression"] == "April"]["date"].tolist()
    assert sorted(dates) == ["2025-04-01", "2026-04-01"]
    assert row(frame, "April")["date"] == "2026-04-01"
