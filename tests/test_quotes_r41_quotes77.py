"""A second voice taking the word between two quotations: "“…,” Okafor said, and his father cut in. “…”", "“…,” said
Marta Jones, before the judge interrupted her. “…”", "“…,” Ruth Kline said. Her husband disagreed. “…”". The second
quotation is the one of the person who takes the word (a name, someone's relative, a noun for someone who can
speak), not the first speaker's going on; a pronoun ("and she smiled"), a clause that only tells when ("after his
manager had conceded") or a crowd cheering gives the word to no one else."""

from __future__ import annotations

from newsframe import pipeline

COURT = "\n\n".join(
    [
        "Landlord fined over unsafe flats",
        "A landlord who let flats with broken fire alarms was fined £40,000 by Judge Anne Moss at Leeds Crown Court "
        "on Friday.",
        "Daniel Price, 52, admitted six breaches of fire safety rules at two blocks in Harehills.",
        "“My client has spent every penny he had on repairs since the inspection,” said Marta Jones, for the "
        "defence, before the judge interrupted her. “Your client had three years to fix those alarms and did "
        "nothing.”",
        "Price left the court without speaking to reporters.",
    ]
)

SPORT = "\n\n".join(
    [
        "Okafor seals promotion for Harbour Town",
        "Harbour Town were promoted to League One on Saturday after a 2-0 win at Millbrook.",
        "Samuel Okafor scored both goals in the second half, the second a header from a corner.",
        "“I just kept running and the ball fell for me,” Okafor said, and his father cut in. “He has been doing "
        "that since he was six years old.”",
        "The club will hold a parade through the town on Monday.",
    ]
)

BUSINESS = "\n\n".join(
    [
        "Family bakery turns down buyout offer",
        "The owners of Kline's Bakery have turned down a £2m offer from a supermarket chain for their four shops.",
        "“It is a fair price for what we have built,” Ruth Kline said on Tuesday. Her husband disagreed. “It is far "
        "too little for sixty years of work and the best bread in the county.”",
        "The couple said they would keep the shops open and hire ten more bakers next year.",
    ]
)

POLITICS = "\n\n".join(
    [
        "Vance holds her seat in tight race",
        "Senator Ruth Vance held her seat on Tuesday by fewer than 900 votes after a recount in two counties.",
        "“I am proud of every volunteer who knocked on a door,” Vance said, and she smiled. “They carried this "
        "campaign on their backs through the snow.”",
        "“We will win the next one by more,” Vance said, and the crowd cheered. “Nobody in this room should doubt "
        "it for a second.”",
        "“It was the longest night of my life,” Vance told supporters. Her daughter laughed. “Mine too, and I was "
        "asleep for most of it.”",
    ]
)


def _rows(write, name: str, text: str) -> list[list]:
    quotes = pipeline.analyze(write(name, text), "2024-03-08", use_cache=False).tables["quotes"]
    return quotes[["paragraph", "cue", "speaker", "speaker_text", "text"]].values.tolist()


def test_judge_interrupting_counsel_says_the_second_quotation(write):
    assert _rows(write, "court.txt", COURT) == [
        [3, "said", "Marta Jones", "Marta Jones", "“My client has spent every penny he had on repairs since the "
         "inspection,”"],
        [3, "interrupted", "Anne Moss", "the judge", "“Your client had three years to fix those alarms and did "
         "nothing.”"],
    ]  # fmt: skip


def test_relative_cutting_in_after_the_cue_says_the_second_quotation(write):
    assert _rows(write, "sport.txt", SPORT) == [
        [3, "said", "Samuel Okafor", "Okafor", "“I just kept running and the ball fell for me,”"],
        [3, "", "his father", "his father", "“He has been doing that since he was six years old.”"],
    ]


def test_relative_in_the_sentence_before_says_the_quotation(write):
    rows = _rows(write, "business.txt", BUSINESS)
    assert rows[:2] == [
        [2, "said", "Ruth Kline", "Ruth Kline", "“It is a fair price for what we have built,”"],
        [2, "disagreed", "Her husband", "Her husband", "“It is far too little for sixty years of work and the best "
         "bread in the county.”"],
    ]  # fmt: skip


def test_pronoun_or_crowd_after_the_cue_leaves_the_speaker_going_on(write):
    assert _rows(write, "politics.txt", POLITICS) == [
        [2, "said", "Ruth Vance", "Vance", "“I am proud of every volunteer who knocked on a door,” “They carried "
         "this campaign on their backs through the snow.”"],
        [3, "said", "Ruth Vance", "Vance", "“We will win the next one by more,” “Nobody in this room should doubt it "
         "for a second.”"],
        [4, "told", "Ruth Vance", "Vance", "“It was the longest night of my life,”"],
        [4, "laughed", "Her daughter", "Her daughter", "“Mine too, and I was asleep for most of it.”"],
    ]  # fmt: skip
