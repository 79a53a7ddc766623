"""Speakers that made the summary false: a title before an apposed name ("The Astronomer Royal, Lord Rees,
said"), a body's owner named with the brand it owns ("Primark owner Associated British Foods said"), "the carrier"
after a flight's story, and "the party" after the story moves on to another party."""

from __future__ import annotations

from newsframe import pipeline
from newsframe.speakers import unheard

OBITUARY = "\n\n".join(
    [
        "Physicist who mapped the early universe dies aged 87",
        "Dame Mary Holloway, who led the Cambridge team that measured the cosmic microwave background, has died.",
        'The Astronomer Royal, Lord Rees, said: "Mary was one of the great experimental cosmologists of her '
        'generation."',
    ]
)

EARNINGS = "\n\n".join(
    [
        "Greggs profits rise as shoppers return",
        "Greggs said pre-tax profit rose 9% to £204 million in the year to December.",
        "Rival Next raised its profit guidance on 1 May, while Primark owner Associated British Foods warned last "
        "month that sales at the discount chain would be flat.",
    ]
)

FLIGHT = "\n\n".join(
    [
        "Holiday flight diverted after bomb threat",
        "The Tui Airbus A321, carrying 190 passengers from Manchester to Antalya, was diverted to Stansted and "
        "escorted by RAF Typhoon jets, Essex Police said.",
        "Officers boarded the plane after it landed and two men were arrested.",
        "The carrier said the safety of its passengers and crew was its highest priority.",
    ]
)

BIHAR = "\n\n".join(
    [
        "Bihar alliance strains as seat talks stall",
        "Patna: The Congress party on Tuesday demanded 70 seats in the Bihar assembly election, more than its "
        "allies were willing to give.",
        'Congress general secretary KC Venugopal said the party would not settle for a "token" share.',
        "The Rashtriya Janata Dal, led by Tejashwi Yadav, held a meeting of its legislators in Patna on Wednesday "
        "to discuss the demand.",
        "The party said it would contest 140 seats and leave the rest to its allies.",
    ]
)


def _tables(write, name, text):
    return pipeline.analyze(write(name, text), "2025-03-10", use_cache=False).tables


def test_the_person_beside_a_title_speaks(write):
    t = _tables(write, "obituary.txt", OBITUARY)
    assert t["quotes"][["paragraph", "speaker"]].values.tolist() == [[2, "Rees"]]
    silent = set(unheard(t["entities"], t["quotes"], t.get("paragraphs"), t.get("mentions"))["entity"])
    assert "Rees" not in silent and "Astronomer Royal" not in silent


def test_an_owner_that_speaks_does_not_make_its_brand_heard(write):
    t = _tables(write, "earnings.txt", EARNINGS)
    assert t["quotes"][["paragraph", "speaker"]].values.tolist() == [[1, "Greggs"], [2, "Associated British Foods"]]
    silent = set(unheard(t["entities"], t["quotes"], t.get("paragraphs"), t.get("mentions"))["entity"])
    assert silent == {"Primark"}


def test_the_carrier_is_the_airline_not_the_police(write):
    q = _tables(write, "flight.txt", FLIGHT)["quotes"]
    assert q[["paragraph", "speaker", "speaker_text"]].values.tolist() == [
        [1, "Essex Police", "Essex Police"],
        [3, "Tui", "The carrier"],
    ]


def test_the_party_is_the_one_the_story_moved_on_to(write):
    q = _tables(write, "bihar.txt", BIHAR)["quotes"]
    said = q[q["cue"] == "said"][["paragraph", "speaker", "speaker_text"]].values.tolist()
    assert said == [
        [2, "KC Venugopal", "Congress general secretary KC Venugopal"],
        [4, "Rashtriya Janata Dal", "The party"],
    ]
