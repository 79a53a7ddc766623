"""Timeline rows of invented news hard on dates (a storm page, a court case, a company's fall, a look back, an
election night, a season preview): a list of weekdays read as one stretch of days."""

from __future__ import annotations

from datetime import datetime

from test_timeline_kinds import row
from test_timeline_kinds import table as timeline_of

TUESDAY = datetime(2025, 1, 28)


def table(*paragraphs: str, published: datetime = TUESDAY):
    """The timeline of an article whose body is `paragraphs` (headline "T")."""
    return timeline_of(*paragraphs, published=published)


def days(frame, *names: str) -> list[str]:
    """The dates of the rows for `names`, each its first occurrence."""
    return [row(frame, name)["date"] for name in names]


def test_a_pair_of_weekdays_holding_today_is_yesterday_and_today():
    frame = table("Avanti has told passengers not to travel and said tickets for Monday and Tuesday could be used.")
    assert days(frame, "Monday", "Tuesday") == ["2025-01-27", "2025-01-28"]


def test_a_pair_of_weekdays_in_a_future_clause_is_next_week():
    frame = table("Drivers will strike on Monday and Tuesday, the union said.")
    assert days(frame, "Monday", "Tuesday") == ["2025-02-03", "2025-02-04"]
    frame = table("Heavy rain is forecast for Monday and Tuesday.")
    assert days(frame, "Monday", "Tuesday") == ["2025-02-03", "2025-02-04"]


def test_a_list_of_weekdays_in_a_past_clause_ends_today_at_the_latest():
    frame = table("Drivers walked out on Monday, Tuesday and Wednesday.")
    assert days(frame, "Monday", "Tuesday", "Wednesday") == ["2025-01-20", "2025-01-21", "2025-01-22"]
    frame = table("Schools were closed on Monday and Tuesday.")
    assert days(frame, "Monday", "Tuesday") == ["2025-01-27", "2025-01-28"]


def test_a_list_already_one_stretch_is_left_as_read():
    frame = table("Drivers will walk out on Tuesday and Wednesday.")
    assert days(frame, "Tuesday", "Wednesday") == ["2025-01-28", "2025-01-29"]
    frame = table("Talks were held on Friday and Monday.")
    assert days(frame, "Friday", "Monday") == ["2025-01-24", "2025-01-27"]


ELECTION_DAY = datetime(2024, 11, 7, 7, 15)
PREVIEW_DAY = datetime(2025, 7, 30)


def test_a_closing_read_as_an_adjective_after_and_is_todays_plan():
    frame = table("Polling stations opened at 7am and close at 10pm.", published=ELECTION_DAY)
    assert row(frame, "7am")["date"] == "2024-11-07T07:00"
    assert row(frame, "10pm")["date"] == "2024-11-07T22:00"


def test_an_adjective_after_and_that_is_no_verb_keeps_the_past():
    frame = table("Crowds gathered at 7am and were noisy at 10pm.", published=datetime(2024, 11, 7, 9, 0))
    assert row(frame, "10pm")["date"] == "2024-11-06T22:00"


def test_a_present_read_as_a_plural_noun_heading_the_sentence_is_a_plan():
    frame = table("The transfer window closes on September 1.", published=PREVIEW_DAY)
    assert row(frame, "September 1")["date"] == "2025-09-01"
    frame = table(
        "The transfer window closes on September 1, and the manager said he hoped to add a striker.",
        published=PREVIEW_DAY,
    )
    assert row(frame, "September 1")["date"] == "2025-09-01"


def test_a_market_close_on_a_day_stays_gone_by():
    frame = table("The shares rose 4% from their close on July 1.", published=PREVIEW_DAY)
    assert row(frame, "July 1")["date"] == "2025-07-01"


LOOK_BACK_DAY = datetime(2025, 1, 15)


def test_a_holiday_after_a_past_month_the_story_moved_to_is_that_years():
    frame = table(
        "The river burst its banks in January 2005.",
        "By Christmas the families were home.",
        '"We spent that summer in a caravan," said one. "By Christmas we were home."',
        published=LOOK_BACK_DAY,
    )
    assert row(frame, "Christmas")["date"] == "2005-12-25"
    assert row(frame, "that summer")["value"] == "2005-SU"
    assert row(frame, "Christmas", 1)["date"] == "2005-12-25"


def test_a_holiday_after_a_bare_year_is_that_years_but_not_in_a_quotation():
    frame = table("The scheme was finished in 2010. At Christmas the town held a party.", published=LOOK_BACK_DAY)
    assert row(frame, "Christmas")["date"] == "2010-12-25"
    frame = table("The scheme was finished in 2010.", '"By Christmas we were home," she said.', published=LOOK_BACK_DAY)
    assert row(frame, "Christmas")["value"] == "XXXX-12-25"


def test_a_holiday_in_a_sentence_told_now_is_the_last_one():
    frame = table(
        "The river burst its banks in January 2005.",
        "Shops were busy at Christmas, retailers said last week.",
        published=LOOK_BACK_DAY,
    )
    assert row(frame, "Christmas")["date"] == "2024-12-25"
