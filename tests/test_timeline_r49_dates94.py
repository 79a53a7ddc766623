"""Timeline: a month a record figure was set in ("hit a record high of 7.77 million in September 2023") and the day
figures were given out on ("NHS England said on Thursday") are no times the story's later figures count from: "the
previous month" after them counts from the latest month the story gave figures for."""

from __future__ import annotations

from datetime import datetime

from test_timeline_sentences import row, table


def test_the_previous_month_after_a_record_and_a_day_of_saying_counts_from_the_reported_month():
    frame = table(
        "An estimated 7.57 million treatments were waiting to be carried out at the end of September, down from "
        "7.64 million at the end of August, NHS England said on Thursday.",
        "The list hit a record high of 7.77 million in September 2023.",
        "Some 222,000 people had been waiting more than a year to start treatment, down from 236,000 the previous "
        "month.",
        published=datetime(2024, 11, 14, 9, 30),
    )
    assert row(frame, "the previous month")["value"] == "2024-08"  # not August 2023, nor October 2024
    assert row(frame, "September 2023")["value"] == "2023-09"
    assert row(frame, "Thursday")["value"] == "2024-11-14"


def test_a_peak_set_in_a_year_is_no_anchor_for_figures_told_after_it():
    frame = table(
        "Unemployment fell to 4.1% in March, the statistics office said on Tuesday.",
        "The rate peaked at 5.2% in 2021, during the pandemic.",
        "Some 1.2 million people were out of work, compared with 1.3 million the previous month.",
        published=datetime(2025, 5, 13, 9),
    )
    assert row(frame, "the previous month")["value"] == "2025-02"  # not December 2020, nor April 2025
    assert row(frame, "2021")["value"] == "2021"


def test_the_previous_month_still_counts_from_a_day_the_story_tells_of():
    frame = table(
        "The factory closed on 14 March 2023.",
        "The previous month, 200 workers had been laid off.",
        published=datetime(2024, 11, 14, 9, 30),
    )
    assert row(frame, "The previous month")["value"] == "2023-02"


def test_the_month_before_counts_back_from_a_month_named_last():
    frame = table(
        "House prices rose 0.4% in October, the lender said on Friday.",
        "The average price was £268,000, up from £266,000 the month before.",
        published=datetime(2024, 11, 1, 9),
    )
    assert row(frame, "the month")["value"] == "2024-09"  # not October, nor the month of Friday
    frame = table(
        "Inflation rose to 2.6% in November, the ONS said on Wednesday.",
        "Food prices rose 2.1% during the month, compared with 1.9% the month before.",
        published=datetime(2024, 12, 18, 9),
    )
    assert frame[frame["expression"] == "the month"]["value"].tolist() == ["2024-10", "2024-11"]
