"""Timeline: the tense of a quoted clause on its date, a rescue told as "found alive", a weekday a week on, a length
"since" an event told of now, and a count on from an undated count."""

from __future__ import annotations

from datetime import datetime

import pytest
from test_timeline_sentences import row, table

WINTER = datetime(2026, 2, 10, 9, 0)
SPRING = datetime(2025, 3, 13, 9, 0)
SUMMER = datetime(2025, 6, 28, 11, 0)
SUNDAY = datetime(2025, 2, 2, 19, 45)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('"By the spring that will have changed," she said of the closed ski tows.', "2026-SP"),
        ('"By the summer that will be over," the minister told MPs.', "2026-SU"),
        # the quoted clause's own past stays past
        ('"By the spring that had changed," she said of the old tows.', "2025-SP"),
    ],
)
def test_a_quoted_clause_on_its_date_gives_the_tense(text, value):
    frame = table(text, published=WINTER)
    assert frame[frame["expression"].str.startswith("the ")].iloc[0]["value"] == value


@pytest.mark.parametrize(
    ("told", "again", "value"),
    [
        (
            "Three walkers were found alive on Tuesday after a two-day search, police said.",
            "After the rescue, the walkers were taken to hospital.",
            "2025-03-11",
        ),
        (
            "A missing diver was found safe and well on Sunday morning off Oban.",
            "Since the rescue, he has thanked the lifeboat crew.",
            "2025-03-09TMO",
        ),
    ],
)
def test_a_rescue_told_as_found_alive(told, again, value):
    r = row(table(told, again, published=SPRING), "the rescue")
    assert r["value"] == value


def test_found_alone_is_no_rescue():
    frame = table("A dog was found on Monday.", "After the rescue the owners were told.", published=SPRING)
    assert "the rescue" not in frame["expression"].tolist()


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        (
            "Arteta's side face PSV in the first leg on Tuesday week, with the return leg a week later.",
            "Tuesday week",
            "2025-02-11",
        ),
        (
            "Arteta's side face PSV in the first leg on Tuesday week, with the return leg a week later.",
            None,
            "2025-02-18",
        ),
        ("The inquiry opens on Friday week.", "Friday week", "2025-02-14"),
    ],
)
def test_a_weekday_a_week_on_counts_from_the_coming_one(text, expression, value):
    frame = table(text, published=SUNDAY)
    if expression is None:
        found = frame[frame["expression"].str.contains("later")]
        assert found.iloc[0]["date"] == value
    else:
        assert row(frame, expression)["value"] == value


@pytest.mark.parametrize(
    ("text", "expression", "year", "event"),
    [
        ("It is 20 years since the River Calder burst its banks in Hebden Bridge.", "20 years", 2005, "burst"),
        ("It has been a decade since the bridge was rebuilt.", "a decade", 2015, "rebuilt"),
        ("It is now 30 years since the mine closed, and the village has never recovered.", "30 years", 1995, "closed"),
    ],
)
def test_a_length_since_an_event_dates_the_event(text, expression, year, event):
    r = row(table(text, published=SUMMER), expression)
    assert (r["date"], r["date_end"]) == (f"{year}-01-01", f"{year}-12-31")
    assert event in r["event"]


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("It was ten years since he had last seen his brother.", "ten years"),  # the story's past, not now
        ("It is more than 20 years since the mine closed.", "more than 20 years"),  # a bound
    ],
)
def test_a_length_since_left_undated(text, expression):
    frame = table(text, published=SUMMER)
    found = frame[frame["expression"].str.contains(expression.split()[-2])]
    assert (found["date"] == "").all()


@pytest.mark.parametrize(
    "text",
    [
        "Exactly five years after the flood, the council opened a new wall. Two years on, the scheme was extended.",
        "Thirty years ago this month I opened my shop. Six months after the fire, we reopened. A year later it shut.",
    ],
)
def test_a_count_on_from_an_undated_count_is_undated(text):
    frame = table(text, published=SUMMER)
    counted = frame[frame["expression"].str.match(r"(?:Two years|A year)")]
    assert len(counted) == 1 and counted.iloc[0]["date"] == ""


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("A trial had been set for January but will no longer go ahead.", "January", "2026-01"),
        ("The match had been scheduled for Saturday and will now be played on Sunday.", "Saturday", "2025-10-11"),
        # a setting with no word of what is to come keeps the past
        ("The trial had been set for January but was postponed.", "January", "2025-01"),
    ],
)
def test_a_thing_set_for_a_date_and_told_with_will_is_to_come(text, expression, value):
    assert row(table(text, published=datetime(2025, 10, 9, 14, 15)), expression)["value"] == value


@pytest.mark.parametrize(
    ("text", "expression", "year"),
    [
        ("It is 50 years this week since the town hall opened.", "50 years", 1975),
        ("It will be ten years next month since the flood.", "ten years", 2015),
    ],
)
def test_a_length_since_an_event_with_its_own_week_or_month(text, expression, year):
    assert row(table(text, published=SUMMER), expression)["date"] == f"{year}-01-01"


@pytest.mark.parametrize(
    ("text", "expression", "start"),
    [
        ("In the 20 years since the flood, the town has rebuilt.", "the 20 years", "2005-01-01"),
        ("Over the ten years since the mine closed, 300 people have left.", "the ten years", "2015-01-01"),
    ],
)
def test_a_stretch_since_an_event_runs_up_to_now(text, expression, start):
    r = row(table(text, published=SUMMER), expression)
    assert (r["date"], r["date_end"]) == (start, "2025-06-28")


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Saturday is the tenth anniversary of the disaster.", "the disaster", "2015-12-06"),
        ("The first anniversary of the attack falls on Sunday.", "the attack", "2024-12-07"),
        (
            "This year marks the 50th anniversary of the opening of the town hall.",
            "the opening of the town hall",
            "1975",
        ),
        ("Next week marks the 25th anniversary of the Hatfield rail crash.", "the Hatfield rail crash", "2000"),
    ],
)
def test_the_occasion_of_an_anniversary(text, expression, value):
    frame = table(text, published=datetime(2025, 12, 1, 9, 0))
    assert row(frame, expression)["value"] == value
    # the anniversary's own day is left as it was
    assert not frame[frame["expression"].isin(["Saturday", "Sunday"])]["value"].str.startswith("2024").any()


def test_an_anniversary_of_an_occasion_with_its_own_year_adds_no_row():
    frame = table("Crowds gathered on Thursday for the 80th anniversary of VE Day in 1945.", published=SUMMER)
    assert sorted(frame["expression"]) == ["1945", "Thursday"]


def test_a_sayings_day_beside_an_anniversary_dates_no_occasion():
    frame = table(
        "Police said on Tuesday they were still investigating ahead of the tenth anniversary of the murder.",
        published=datetime(2025, 12, 1, 9, 0),
    )
    assert frame["expression"].tolist() == ["Tuesday"]
