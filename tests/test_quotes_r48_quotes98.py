"""A body whose name ends in "Administration" after words that name no person ("the Federal Aviation
Administration", "the Transportation Security Administration") is a public agency: "a spokesman for the agency"
after it is that body, not the firm, club or committee named nearer."""

from __future__ import annotations

from newsframe import pipeline

BUSINESS = "\n\n".join(
    [
        "Boeing shares fall after fresh delays",
        "Boeing shares fell 6% on Thursday after the planemaker said deliveries of its 777X jet would slip again.",
        "Kelly Ortberg, Boeing's chief executive, told analysts on a call: \"We are not where we want to be. We will "
        'get there."',
        '"We remain confident in the long-term demand for our aircraft." So said the company in a statement '
        "released after the market closed.",
        'The Federal Aviation Administration declined to comment. "Safety comes first," a spokesman for the agency '
        "said later.",
    ]
)

POLITICS = "\n\n".join(
    [
        "Senators press TSA over airport lines",
        "WASHINGTON — Senators from both parties on Tuesday criticised the Transportation Security Administration "
        "over long lines at airport checkpoints this summer.",
        '"Travelers are missing flights because of these delays," said Sen. John Thune, the South Dakota Republican '
        "who chairs the Commerce Committee.",
        'The Transportation Security Administration has hired 768 new screeners since May. "We expect waits to fall '
        'in the coming weeks," a spokeswoman for the agency said.',
    ]
)

SPORT = "\n\n".join(
    [
        "Drone halts Ravens game in Baltimore",
        "A drone flying over M&T Bank Stadium forced officials to halt the Baltimore Ravens' game against the "
        "Cincinnati Bengals for several minutes on Sunday.",
        '"It was strange to see the players just standing there," said Ravens fan Mike Ortiz, who was sitting in the '
        "upper deck.",
        'The Federal Aviation Administration said it was investigating. "Flying a drone near a stadium during a game '
        'is against federal law," a spokesman for the agency said.',
    ]
)


def _speaker(write, name, text, date, said):
    quotes = pipeline.analyze(write(name, text), date, use_cache=False).tables["quotes"]
    row = quotes[quotes["text"].str.contains(said, regex=False)]
    return row[["speaker", "speaker_text"]].values.tolist()


def test_the_agency_after_the_faa_in_a_business_story(write):
    assert _speaker(write, "boeing.txt", BUSINESS, "2024-10-24", "Safety comes first") == [
        ["Federal Aviation Administration", "a spokesman for the agency"]
    ]


def test_the_agency_after_the_tsa_in_a_politics_story(write):
    assert _speaker(write, "tsa.txt", POLITICS, "2016-06-07", "We expect waits") == [
        ["Transportation Security Administration", "a spokeswoman for the agency"]
    ]


def test_the_agency_after_the_faa_in_a_sport_story(write):
    assert _speaker(write, "drone.txt", SPORT, "2023-10-01", "Flying a drone") == [
        ["Federal Aviation Administration", "a spokesman for the agency"]
    ]
