"""Timeline rows of invented news where a date's year or span is set by the words around it: what someone was told
"would" happen at a time of telling never given; a participle the parse hung on an aside; "early" or "late" that says
how a holiday falls; a season framed by the year its sentence names; whole weeks counted from a day; and the words
that label a row."""

from __future__ import annotations

from datetime import datetime

from test_timeline_kinds import row
from test_timeline_kinds import table as timeline_of


def table(*paragraphs: str, published: datetime):
    """The timeline of an article whose body is `paragraphs` (headline "T")."""
    return timeline_of(*paragraphs, published=published)


DECEMBER = datetime(2026, 12, 9)
OCTOBER = datetime(2026, 10, 22)
JANUARY = datetime(2027, 1, 10)
NOVEMBER = datetime(2026, 11, 2)


# --- what someone was told would happen ----------------------------------------------------------------------


def test_a_season_someone_was_told_of_may_be_this_years():
    frame = table('"We were told the inquiry would report in the summer," said Ann Reid.', published=DECEMBER)
    assert row(frame, "the summer")["value"] == "2026-SU"  # not next summer


def test_a_season_told_on_a_named_day_is_still_to_come():
    frame = table("Families were told on Monday that the school would close in the summer.", published=DECEMBER)
    assert row(frame, "the summer")["value"] == "2027-SU"


# --- a participle hung on an aside ---------------------------------------------------------------------------


def test_a_start_after_an_aside_belongs_to_the_thing_agreed():
    frame = table(
        "The firm said it had signed a three-year lease with a retailer, which it did not name, starting in March.",
        published=OCTOBER,
    )
    assert row(frame, "March")["value"] == "2027-03"  # not the March gone by


def test_a_start_in_a_past_run_stays_past():
    frame = table("Prices climbed through the year, starting in March.", published=OCTOBER)
    assert row(frame, "March")["value"] == "2026-03"


# --- early and late that say how a holiday falls -------------------------------------------------------------


def test_late_after_falls_is_no_part_of_the_year():
    frame = table('"We have less time before the exams, and Easter falls late this year," she said.', published=JANUARY)
    assert "late this year" not in frame["expression"].tolist()
    assert row(frame, "this year")["date_end"] == "2027-12-31"


def test_late_this_year_of_a_plan_is_the_last_months():
    frame = table("The new plant will open late this year.", published=JANUARY)
    assert row(frame, "late this year")["date"] == "2027-09-01"


# --- a season framed by its sentence's year ------------------------------------------------------------------


def test_a_season_in_a_sentence_of_next_year_is_next_years():
    frame = table(
        "Plans for next year include a concert in the park and a harvest fair in the autumn.", published=NOVEMBER
    )
    assert row(frame, "the autumn")["value"] == "2027-FA"


def test_a_season_after_a_year_that_owns_a_noun_is_not_framed_by_it():
    frame = table("Next year's budget, to be set out in the spring, will be tight.", published=NOVEMBER)
    assert row(frame, "the spring")["value"] == "2027-SP"
    frame = table("Next year's budget, set out in the summer, was tight.", published=NOVEMBER)
    assert row(frame, "the summer")["value"] == "2026-SU"


# --- whole weeks counted from a day --------------------------------------------------------------------------


def test_a_week_after_a_day_is_the_same_weekday():
    frame = table(
        "First-round results come out on Thursday 12 August and the final list a week later.", published=JANUARY
    )
    counted = row(frame, "a week later")
    assert (counted["date"], counted["date_end"]) == ("2027-08-19", "2027-08-19")


def test_two_weeks_after_a_clock_time_is_that_day():
    frame = table("The hearing opened at 10am on 3 March. Two weeks later the judge ruled.", published=JANUARY)
    assert row(frame, "Two weeks later")["date"] == "2026-03-17"


# --- labels ----------------------------------------------------------------------------------------------------


def test_a_label_does_not_keep_a_participle_without_its_adverb():
    frame = table("A privately funded research vessel is due to leave Plymouth at 9am on Thursday.", published=JANUARY)
    event = row(frame, "9am on Thursday")["event"]
    assert not event.startswith("funded")
    assert "research vessel" in event


def test_a_length_within_an_event_is_labelled_by_what_was_done():
    frame = table(
        "The ferry ran aground in February.",
        "The operator replaced the charts on every ship within two months of the grounding, the inquiry heard.",
        published=DECEMBER,
    )
    event = row(frame, "two months")["event"]
    assert "replaced" in event
    assert event.endswith("after grounding")  # the length counts from the grounding


def test_a_length_of_an_activity_is_labelled_by_the_activity():
    frame = table("The strike ended after three weeks of talks.", published=DECEMBER)
    assert row(frame, "three weeks")["event"] == "talks"


# --- lengths told from another time than publication -----------------------------------------------------------


def test_a_length_promised_in_a_named_past_year_is_not_counted_from_publication():
    frame = table(
        "The court heard that Mr Dale had told the board in 2017 that the loans would be repaid within three years.",
        published=OCTOBER,
    )
    assert row(frame, "three years")["date"] == ""


def test_a_length_of_a_past_habit_is_not_counted_from_publication():
    frame = table(
        '"He would walk the dog in the mornings and stop at the bench for an hour," she said.', published=OCTOBER
    )
    assert row(frame, "an hour")["date"] == ""


def test_a_length_said_on_a_recent_day_counts_from_publication():
    frame = table("The firm said on Friday it would cut 300 jobs over the next two years.", published=OCTOBER)
    assert row(frame, "over the next two years")["date"] == "2026-10-22"


def test_a_length_run_on_from_a_dated_start_is_not_counted_from_publication():
    frame = table("Hearings will resume on 11 January and run for five weeks.", published=OCTOBER)
    assert row(frame, "five weeks")["date"] == ""


def test_a_season_promised_before_is_not_the_story_years():
    frame = table(
        "Nine patients fell ill at the clinic in the winter of 2023.",
        "Families had been promised that they would be heard before the summer.",
        published=datetime(2026, 4, 27),
    )
    assert row(frame, "the summer")["value"] == "2026-SU"  # not the summer of 2023


# --- a participle after "with"; a day of a week named to come -------------------------------------------------


def test_a_participle_after_with_has_the_tense_of_its_clause():
    frame = table(
        "The draw will be made on Monday 14 September, with ties played in the week starting 5 October.",
        published=datetime(2026, 8, 7),
    )
    assert row(frame, "5 October")["date"] == "2026-10-05"  # not the October gone by


def test_a_weekday_after_next_weekend_is_that_weekends():
    frame = table(
        "Next weekend, the festival opens on Saturday afternoon with a parade.", published=datetime(2026, 2, 21)
    )
    assert row(frame, "Saturday afternoon")["date"] == "2026-02-28"  # not the Saturday of publication


def test_a_month_someone_was_told_of_is_this_years():
    frame = table('"We were told the hearing would be in January," said Tom Reid.', published=datetime(2026, 4, 27))
    assert row(frame, "January")["value"] == "2026-01"
    frame = table('"We were told the hearing would be in June," said Tom Reid.', published=datetime(2026, 4, 27))
    assert row(frame, "June")["value"] == "2026-06"
