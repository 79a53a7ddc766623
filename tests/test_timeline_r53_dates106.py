"""Inquest, sentencing and council reports: a person's fall is no autumn, a stretch "previous" to a year after
"since" counts back from the telling, and a quoted past perfect in a story of the past runs up to that story's day."""

from __future__ import annotations

from datetime import datetime

from test_timeline_sentences import row, table

FRIDAY = datetime(2025, 3, 14, 16, 0)
THURSDAY = datetime(2025, 10, 2, 11, 0)


def test_the_night_of_the_fall_is_no_autumn():
    frame = table(
        "Margaret Ellis, 87, was found on the floor of her room on 3 November 2024.",
        "A care worker said staff had checked on her at 02:00 on the night of the fall.",
        published=FRIDAY,
    )
    assert "the fall" not in frame["expression"].tolist()


def test_the_fall_after_a_person_fell_is_that_fall():
    frame = table(
        "A roofer died after he fell from scaffolding in Leeds on 2 June 2024, an inquest heard.",
        "His employer had not carried out a risk assessment before the fall, the coroner said.",
        published=FRIDAY,
    )
    assert "the fall" not in frame["expression"].tolist()


def test_the_fall_of_a_year_stays_the_season():
    frame = table("The school opened in the fall of 2019.", published=FRIDAY)
    assert row(frame, "the fall of 2019")["date"] == "2019-09-01"


def test_previous_years_after_since_count_back_from_the_telling():
    frame = table(
        'Spending on temporary housing has tripled since 2022, council figures show. "Over the previous four years '
        'we have seen demand climb every month," councillor Jane Porter said.',
        published=THURSDAY,
    )
    r = row(frame, "the previous four years")
    assert (r["date"], r["date_end"]) == ("2021-10-02", "2025-10-02")


def test_preceding_years_after_since_are_not_before_the_year():
    frame = table(
        "Rough sleeping in the city has doubled since 2020. In the preceding three years, the number of shelters "
        "has fallen by half, the charity said.",
        published=THURSDAY,
    )
    r = row(frame, "the preceding three years")
    assert r["date_end"] != "2019-12-31"
    assert not r["date"] or r["date"] >= "2022-10-01"


def test_a_quoted_past_perfect_runs_up_to_the_storys_day():
    frame = table(
        "Margaret Ellis, 87, was found on the floor of her room at a care home on 3 November 2024 and died in "
        "hospital two days later.",
        'Her daughter told the court: "In the last six months she had become frail and we were worried."',
        published=FRIDAY,
    )
    r = row(frame, "the last six months")
    assert (r["date"], r["date_end"]) == ("2024-05-04", "2024-11-03")


def test_a_quoted_past_perfect_over_weeks_runs_up_to_the_storys_day():
    frame = table(
        "Tom Reed, 52, was found dead at his flat in Hull on 12 August 2024, an inquest heard.",
        'His GP said: "Over the past three weeks he had stopped taking his medication."',
        published=FRIDAY,
    )
    r = row(frame, "Over the past three weeks")
    assert r["date_end"] == "2024-08-12"
    assert r["date"] == "2024-07-23"


def test_the_week_before_a_day_not_named_is_not_this_week():
    frame = table(
        "Webb struck Andrew Marsh on the A64 near York in June 2023.",
        'His widow said the family had been living a nightmare since that day. She said: "Andrew had just turned 41 '
        'the week before."',
        published=datetime(2025, 2, 21, 15, 45),
    )
    r = row(frame, "the week")
    assert r["date"] == "" and r["value"] == "XXXX-WXX"


def test_the_weekend_before_a_day_not_named_is_not_this_weekend():
    frame = table(
        "The teenager went missing in the spring of 2009.",
        "Her friends said she had seemed happy on that day. They had been to a concert together the weekend before.",
        published=datetime(2025, 6, 11, 10, 30),
    )
    r = row(frame, "the weekend")
    assert not r["date"].startswith("2025")


def test_a_sentence_passed_on_a_day_is_no_stretch_from_that_day():
    frame = table(
        'The judge said Cole had shown "a callous disregard" for his victims. '
        "She jailed him on Thursday for nine years.",
        published=datetime(2025, 12, 5, 14, 5),
    )
    r = row(frame, "nine years")
    assert r["date"] == "" and r["anchor"] == "vague"
    assert row(frame, "Thursday")["date"] == "2025-12-04"


def test_a_ban_given_on_a_day_is_no_stretch_from_that_day():
    frame = table(
        "Smith was banned from driving at Leeds Magistrates' Court on Friday for three years.",
        "The bridge will close on Monday for two weeks.",
        published=datetime(2025, 12, 3, 9, 0),
    )
    assert row(frame, "three years")["date"] == ""
    assert row(frame, "two weeks")["date"] == "2025-12-08"


INQUEST_DAY = datetime(2025, 6, 18, 15, 30)


def test_the_evening_before_is_the_evening_of_the_day_before():
    frame = table(
        "Oliver Grant, 20, was found unresponsive in his room in Exeter on the morning of 2 February.",
        'His flatmate said Mr Grant had seemed "completely normal" the evening before, when they watched a film.',
        published=INQUEST_DAY,
    )
    assert row(frame, "the evening before")["value"] == "2025-02-01TEV"


def test_the_morning_after_is_the_morning_of_the_day_after():
    frame = table(
        "The two men fought outside a pub in Hull on 14 March 2024.",
        "Police found the knife in a garden the morning after.",
        published=INQUEST_DAY,
    )
    assert row(frame, "the morning after")["value"] == "2024-03-15TMO"


def test_the_preceding_year_is_the_year_before_the_storys():
    frame = table(
        "Oliver Grant, 20, was found dead in his room in Exeter on 2 February.",
        "Tests showed he had taken a sedative that had been linked to 14 deaths in the region in the preceding year.",
        "The package had arrived at his halls three days earlier, police said.",
        published=INQUEST_DAY,
    )
    assert row(frame, "the preceding year")["value"] == "2024"
    assert row(frame, "three days earlier")["date"] == "2025-01-30"


def test_the_preceding_month_in_an_aside_on_a_thing_leaves_the_story_on_its_day():
    frame = table(
        "Amy Hart, 41, collapsed at a gym in Bristol on 19 August 2024.",
        "She had been prescribed a drug that had been withdrawn in France in the preceding month.",
        "Her husband had spoken to her two hours earlier.",
        published=INQUEST_DAY,
    )
    assert row(frame, "the preceding month")["value"] == "2024-07"
    assert row(frame, "two hours earlier")["date"][:10] in ("2024-08-18", "2024-08-19")  # hours before that day


def test_a_year_before_an_event_is_not_counted_from_the_last_date():
    frame = table(
        "In 1971 she became head of the unit at Papworth, a post she held for 19 years.",
        "A year before her retirement she performed the hospital's 1,000th heart bypass.",
        published=datetime(2026, 2, 14, 10, 0),
    )
    assert "1970" not in frame["value"].tolist()
    assert not any(frame["date"].str.startswith("1970"))


def test_the_year_before_a_death_is_not_the_year_before_the_last_date():
    frame = table(
        "He was elected to parliament in 1983.",
        "The year before he died, he wrote a memoir of his childhood in Belfast.",
        published=datetime(2026, 2, 14, 10, 0),
    )
    assert row(frame, "The year before")["date"] == ""


def test_the_year_before_told_alone_still_counts_from_the_last_date():
    frame = table("He joined the club in 2001. The year before, he had won the title.", published=INQUEST_DAY)
    assert row(frame, "The year before")["value"] == "2000"
