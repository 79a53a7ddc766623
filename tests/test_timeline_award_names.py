"""An award named "... of the Year" (or Month, Season) is a prize, not a date; a headline in title case that says
"the End of the Year" still names a time."""

from __future__ import annotations

from datetime import datetime

from test_timeline_sentences import table

MONDAY = datetime(2024, 10, 14, 9, 0)


def test_award_of_the_year_is_no_date():
    frame = table(
        "Five years on, the shop employs eight people and last month won the Essex Rural Business of the Year award.",
        "He won the award for Young Farmer of the Year in 2021.",
        "Smith was named Manager of the Month for September.",
        published=MONDAY,
    )
    assert frame["expression"].tolist().count("the Year") == 0
    assert "the Month" not in frame["expression"].tolist()
    assert set(frame["value"]) >= {"2024-09", "2021"}


def test_time_of_the_year_in_words_and_in_a_title_case_headline_stays():
    frame = table(
        "Sales Rise Sharply at the Start of the Year", "Sales were strong at the Start of the Year.", published=MONDAY
    )
    assert frame["value"].tolist() == ["2024", "2024"]
