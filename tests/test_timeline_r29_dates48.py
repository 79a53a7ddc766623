"""Timeline rules of round 29 (dates48): a line of a play quoted in a review, the night before a small hour, a
conditional "would … tomorrow" in a quotation, and a period told as ended whose day would fall after publication.
Every text here was written for these tests."""

from __future__ import annotations

from datetime import datetime

import test_timeline_sentences as sentences
from test_timeline_sentences import dated, undated


def test_a_duration_in_a_line_of_a_play_quoted_in_a_review_is_no_date():
    frame = sentences.table(
        "In the second act of Harbour Lights, at the Old Vic, Ada Crane turns to the audience: "
        '"I have waited for thirty years, and the boat never came back."',
        published=datetime(2026, 3, 4, 20),
    )
    assert undated(frame, "thirty years")  # not 1996 to 2026


def test_a_duration_in_a_real_persons_quotation_keeps_its_date():
    frame = sentences.table(
        'The actor, who plays the keeper in the play, said: "I have been acting for thirty years."',
        published=datetime(2026, 3, 4, 20),
    )
    assert dated(frame, "thirty years")[1] == "1996-01-01"


def test_overnight_before_a_small_hour_is_the_night_that_led_to_it():
    frame = sentences.table(
        "The blaze started at about 3am on 4 March 2019 in a kitchen where a heater had been left on overnight.",
        published=datetime(2026, 3, 4, 20),
    )
    assert dated(frame, "overnight")[:3] == ("2019-03-03TNI", "2019-03-03", "2019-03-04")  # not the night of 4 March


def test_overnight_after_a_day_named_stays_that_days_night():
    frame = sentences.table(
        "Talks on Tuesday 3 March went on overnight, the union said.", published=datetime(2026, 3, 6, 20)
    )
    assert dated(frame, "overnight")[0] == "2026-03-03TNI"


def test_would_do_it_again_tomorrow_in_a_quotation_is_no_day():
    frame = sentences.table(
        'Asked whether she regretted the climb, she laughed. "I would do it again tomorrow," she said.',
        '"If they asked me, I would sign today," he said.',
        published=datetime(2026, 3, 4, 20),
    )
    assert frame.empty  # not 5 March, nor 4 March


def test_a_reported_would_tomorrow_in_a_quotation_keeps_its_day():
    frame = sentences.table('"He told me he would come tomorrow," she said.', published=datetime(2026, 3, 4, 20))
    assert dated(frame, "tomorrow")[1] == "2026-03-05"


def test_a_period_told_as_ended_on_a_day_after_publication_is_the_year_before():
    frame = sentences.table(
        "In the comparable year-ago quarter, the second quarter ended Oct. 31, the company had a loss.",
        "In the same quarter a year earlier, the three months ended March 31, the retailer made a loss.",
        published=datetime(1989, 10, 27),
    )
    assert dated(frame, "Oct. 31")[1] == "1988-10-31"  # not 31 October 1989, after publication
    assert dated(frame, "the second quarter")[1:3] == ("1988-08-01", "1988-10-31")
    assert dated(frame, "March 31")[1] == "1989-03-31"


def test_the_months_ended_a_day_after_publication_are_the_year_befores():
    frame = sentences.table(
        "The three months ended March 31 were the hardest for the chain.", published=datetime(2026, 3, 10, 9)
    )
    assert dated(frame, "The three months")[1:3] == ("2025-01-01", "2025-03-31")
    assert dated(frame, "March 31")[1] == "2025-03-31"


def test_a_day_that_will_have_ended_stays_ahead():
    frame = sentences.table("The consultation will have ended on 30 November.", published=datetime(2026, 11, 20))
    assert dated(frame, "30 November")[1] == "2026-11-30"


def test_the_writers_own_would_do_it_again_tomorrow_is_no_day():
    frame = sentences.table(
        "The whole week cost less than a weekend in London, and I would do it again tomorrow.",
        "She said she would resign tomorrow.",
        published=datetime(2026, 3, 4, 20),
    )
    assert frame["expression"].tolist() == ["tomorrow"]
    assert dated(frame, "tomorrow")[1] == "2026-03-05"  # the reported plan keeps its day
