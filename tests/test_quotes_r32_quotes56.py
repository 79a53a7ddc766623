"""Who said what (newsframe.quotes): money offered or withheld is no statement, a standfirst's "The novelist talks
to …" has its speaker, and a paper credited after a transfer item is its source."""

from __future__ import annotations

from test_quotes import quoting, table  # the quotes table of an article given as text


def test_a_sum_offered_is_a_bid_not_a_statement():
    found = table(
        "date 2026-08-01 Rovers chase winger\n\n"
        "Rovers have made Lyon winger Samuel Dayo their top target. The Hoops are ready to offer £18m.\n\n"
        "Harbour Foods said it would consider the approach. Lindqvist offered 240p a share.\n"
    )
    assert list(found["cue"]) == ["said"]


def test_refusing_to_put_in_money_is_a_deed_but_refusing_to_rule_out_is_said():
    found = table(
        "date 2026-03-04 How the water company crisis unfolded\n\n"
        "In May 2025, investors refused to inject £750m of fresh capital. The bank declined to extend a £90m loan.\n\n"
        "The Chancellor refused to rule out a rescue. The lender declined to comment.\n"
    )
    assert list(found["text"]) == ["to rule out a rescue"]


def test_a_standfirsts_person_read_as_the_subject_of_talks_is_the_person_of_the_headline():
    found = table(
        "date 2026-04-12 'I wrote it all on a train': Ruth Calloway on her new novel\n\n"
        "The novelist talks to Ben Ashe about grief, trains and why her fifth book nearly never happened.\n\n"
        "Ruth Calloway is sitting in a cafe in Leeds. “I thought I was finished,” she says.\n"
    )
    row = quoting(found, "grief, trains")
    assert (row["speaker"], row["speaker_text"]) == ("Ruth Calloway", "The novelist")


def test_the_paper_after_a_transfer_item_is_its_source_not_the_player_named_last():
    found = table(
        "date 2026-08-01 Transfer gossip\n\n"
        "Rovers are ready to pay £15m for Lyon winger Samuel Dayo, the Mail reports.\n"
    )
    row = quoting(found, "Rovers are ready")
    assert row["speaker"] == "Mail"
    assert row["text"].endswith("Samuel Dayo")


def test_a_sport_reports_expectation_with_no_one_expecting_is_a_forecast_not_a_statement():
    found = table(
        "date 2026-05-10 Rovers reach play-off final\n\n"
        "Rovers reached the play-off final with a 2-1 win over Town, the striker Ali Reza scoring twice.\n\n"
        "“We were brilliant,” manager Ella Ward said. The two clubs are expected to meet again in the league next "
        "season, and Reza is expected to start at Wembley.\n"
    )
    assert list(found["speaker"]) == ["Ella Ward"]
