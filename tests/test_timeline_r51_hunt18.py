"""Timeline of science news: a figure with a dot after a verb of measuring and its object is a value found, no
clock time."""

from __future__ import annotations

from test_timeline_sentences import table


def test_a_redshift_measured_at_a_figure_is_no_time_of_day():
    frame = table("Webb's spectrograph measured the galaxy's redshift at 14.32, beating the previous record.")
    assert "14.32" not in frame["expression"].tolist()


def test_a_ratio_calculated_at_a_figure_is_no_time_but_an_arrival_at_one_is():
    frame = table(
        "The researchers calculated the ratio at 10.45 across the sample. The train arrived at 10.45 on Friday."
    )
    assert [e for e in frame["expression"].tolist() if "10.45" in e] == ["10.45 on Friday"]
