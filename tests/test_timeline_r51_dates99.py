"""Timeline: a past told in a speaker's own words, a time looked back to with "back in", a sentence read as a
clause on its date, and an expectation a saying puts in the past with an infinitive after it."""

from __future__ import annotations

from datetime import datetime

import pytest
from test_timeline_sentences import row, table

AUTUMN = datetime(2025, 10, 23, 7, 0)
WINTER = datetime(2026, 2, 12, 7, 0)

CASES = [
    # a past in the speaker's own words is the speaker's past, not a present the saying put back
    ('"In the spring we expected a loss," the chief executive said.', AUTUMN, "the spring", "2025-SP"),
    ('"Over the summer, orders were expected to fall," Ms Hale told analysts.', AUTUMN, "the summer", "2025-SU"),
    # what a saying reports as expected is still to come
    ("The chief executive said a loss was expected in the spring.", AUTUMN, "the spring", "2026-SP"),
    # "back in" opening a clause looks back; the "back" of a return does not
    ('"Back in the spring, nobody expected this," he said.', AUTUMN, "the spring", "2025-SP"),
    ("Way back in March, analysts expected the bank to cut rates twice.", AUTUMN, "March", "2025-03"),
    ("The striker will be back in March, the club said.", AUTUMN, "March", "2026-03"),
    # a clause on the date itself, with no other verb in the sentence, places it
    ('"It was a hard spring," she said. "By the autumn that had changed."', WINTER, "the autumn", "2025-FA"),
    ("In the months before, losses. By the summer that followed, a profit.", WINTER, "the summer", "2025-SU"),
    # an infinitive after an expectation or a plan due, which a saying puts in the past, is still to come
    (
        "The chief executive said the company was expected to return to profit in the spring.",
        AUTUMN,
        "the spring",
        "2026-SP",
    ),
    ("Officials said the bridge was due to reopen in the spring.", AUTUMN, "the spring", "2026-SP"),
]


@pytest.mark.parametrize(("text", "published", "expression", "value"), CASES)
def test_the_tense_of_a_season_or_month(text, published, expression, value):
    assert row(table(text, published=published), expression)["value"] == value


SCHOOL_CASES = [
    # the school year under way turns in September; its months are the school's, so it spans two calendar years
    ("Six schools will trial a four-day week this academic year.", datetime(2025, 9, 10, 8, 30), "2025/2026"),
    ("Enrolment fell this school year, the university said.", datetime(2025, 3, 4, 12, 0), "2024/2025"),
    ("Attendance was lower last school year than before the pandemic.", datetime(2025, 11, 2), "2024/2025"),
    ("The new curriculum will be taught from next academic year.", datetime(2026, 1, 20), "2026/2027"),
]


@pytest.mark.parametrize(("text", "published", "value"), SCHOOL_CASES)
def test_a_school_year_counted_from_publication(text, published, value):
    frame = table(text, published=published)
    found = frame[frame["expression"].str.contains("year")]
    assert found["value"].tolist() == [value]
    first = int(value[:4])
    assert (found.iloc[0]["date"], found.iloc[0]["date_end"]) == (f"{first}-01-01", f"{first + 1}-12-31")


def test_this_academic_year_in_august_is_left_undated():
    frame = table("Fewer pupils sat the exam this academic year.", published=datetime(2025, 8, 14, 9, 0))
    assert not frame["value"].str.startswith("2025/").any() and not frame["value"].str.startswith("2024/").any()
