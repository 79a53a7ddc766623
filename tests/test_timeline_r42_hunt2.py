"""Timeline (newsframe.timeline): a passive infinitive set off after a past clause ("was held at 6.2p a share, to be
paid on 9 January") falls on either side of publication, the nearer one; a season in a "since" clause of a present
perfect ("have been looking for a striker since selling Wilson in the summer") is the latest, not the year an earlier
paragraph went back to."""

from __future__ import annotations

from datetime import datetime

from test_timeline_sentences import row, table  # the timeline of an article given as paragraphs

NOVEMBER = datetime(2026, 11, 12, 7, 0)
JULY = datetime(2026, 7, 14, 9, 0)


def test_a_payment_set_down_after_a_past_decision_is_the_nearer_day():
    frame = table(
        "Halden Foods said pre-tax profits fell 18% to £212m in the first half.",
        "The interim dividend was held at 6.2p a share, to be paid on 9 January.",
        published=NOVEMBER,
    )
    assert row(frame, "9 January")["value"] == "2027-01-09"


def test_a_replacement_set_down_after_a_past_sacking_stays_in_the_past():
    frame = table(
        "The club said Harris was sacked in March, to be replaced by Jones on 2 April.",
        published=datetime(2026, 6, 20, 9, 0),
    )
    assert row(frame, "2 April")["value"] == "2026-04-02"


def test_a_season_since_which_a_perfect_runs_is_the_latest():
    frame = table(
        "Newcastle had tried to sign him in January. The club's previous record signing was Alexander Isak, who "
        "joined from Real Sociedad for £63m in 2022.",
        '"I\'m very happy to be here," Almeida said.',
        "Newcastle have been looking for a striker since selling Callum Wilson to West Ham in the summer.",
        published=JULY,
    )
    assert row(frame, "the summer")["value"] == "2026-SU"
    assert row(frame, "2022")["value"] == "2022"
