"""Who a description stands for (an age, a role set before or beside a name, the same description used earlier),
the firm an unread name speaks for, and what is no statement or not what was said: banners, a headline's bare
topic, a second "that" clause after a time clause of being told."""

from __future__ import annotations

from newsframe import pipeline

DERBY = "\n\n".join(
    [
        "Rovers snatch late win at Ashton Gate",
        "Bristol Rovers came from behind to beat Bristol City 2-1 on Saturday, with Jamie Walsh scoring twice in the "
        "final ten minutes.",
        "Walsh, the striker, had been left out of the side for three weeks before the derby. City manager Liam "
        'Manning said his side had been "naive" in the closing stages.',
        "The striker said the goals were for his late father.",
        'Goalkeeper Max O\'Leary, who saved a penalty in the first half, said the dressing room had been "silent" '
        "at the break. Rovers boss Joey Barton praised the character of his players.",
        "The goalkeeper said the defeat would hurt for a long time.",
    ]
)

DRAW = "\n\n".join(
    [
        "Late goal rescues point for Rovers",
        "Rovers striker Jamie Walsh struck in stoppage time to earn a 1-1 draw against Exeter City at the Memorial "
        "Stadium on Saturday.",
        "Exeter had led through a first-half header from defender Ben Parker. Exeter manager Gary Caldwell said the "
        "result felt like a defeat.",
        "Midfielder Luca Hoole, 23, was taken off injured after half an hour. Caldwell praised his goalkeeper, Joe "
        "Whitworth.",
        "The 23-year-old told reporters the injury was not serious. The goalkeeper said the equaliser had been "
        "unstoppable.",
    ]
)

HAT_TRICK = "\n\n".join(
    [
        "Harris hat-trick keeps Wolves in hunt",
        "Danny Harris scored a hat-trick as Wolverton beat Stowmarket 4-1 on Saturday.",
        "The 24-year-old, who joined from Ipswich in the summer, now has 14 goals this season. Wolverton manager "
        'Kevin Doyle said the forward was "a joy to work with".',
        "Stowmarket captain Ryan Cole was sent off in the second half for a foul on Jack Lewis.",
        'The 24-year-old told BBC Suffolk he was pleased with his form. "I just want to keep scoring," the forward '
        "said.",
    ]
)

RUNWAY = "\n\n".join(
    [
        "Downing Street backs expansion",
        "Downing Street has backed plans for a third runway at Heathrow, despite opposition from local councils.",
        "Residents of Hillingdon were urged to stay indoors on Tuesday after a fire at a nearby recycling plant, the "
        "London Fire Brigade said.",
        "Hundreds of people gathered outside the council offices, carrying banners opposing the plan.",
        "Harlow Foods said it would cut 200 jobs at its factory in Slough. The company blamed rising costs.",
        "Local MP Sarah Dunn said after she was told that the airport would expand that the community had been "
        "ignored.",
    ]
)


def _rows(write, name, text, columns=("paragraph", "cue", "speaker", "speaker_text")):
    quotes = pipeline.analyze(write(name, text), "2025-03-01", use_cache=False).tables["quotes"]
    return quotes[list(columns)].values.tolist()


def test_a_title_read_into_a_name_tells_whom_the_description_stands_for(write):
    rows = _rows(write, "derby.txt", DERBY)
    # (the role opening the sentence is no part of his name: "Goalkeeper Max O'Leary said" is Max O'Leary)
    assert [5, "said", "Max O'Leary", "The goalkeeper"] in rows
    assert [3, "said", "Jamie Walsh", "The striker"] in rows


def test_an_age_after_a_name_tells_who_the_age_description_is(write):
    rows = _rows(write, "draw.txt", DRAW)
    assert [4, "told", "Luca Hoole", "The 23-year-old"] in rows


def test_a_role_set_beside_a_name_closing_the_sentence_names_the_one_so_described(write):
    rows = _rows(write, "draw.txt", DRAW)
    assert [4, "said", "Joe Whitworth", "The goalkeeper"] in rows


def test_told_read_as_an_adjective_after_an_age_gives_its_row(write):
    rows = _rows(write, "draw.txt", DRAW, ("paragraph", "cue", "speaker_text", "text"))
    assert [4, "told", "The 23-year-old", "the injury was not serious"] in rows


def test_a_description_stands_for_whom_the_article_first_described_so(write):
    rows = _rows(write, "hat_trick.txt", HAT_TRICK)
    assert rows[-2:] == [
        [4, "told", "Danny Harris", "The 24-year-old"],
        [4, "said", "Danny Harris", "the forward"],
    ]


def test_a_headlines_bare_topic_banners_and_a_firm_no_recogniser_read(write):
    rows = _rows(write, "runway.txt", RUNWAY, ("paragraph", "cue", "speaker", "text"))
    assert [0, "backs", "Downing Street", "expansion"] not in rows
    assert [3, "opposing", "Hundreds of people", "the plan"] in rows
    assert [4, "blamed", "Harlow Foods", "rising costs"] in rows


def test_a_second_that_clause_after_a_time_clause_of_being_told_is_what_the_cue_reports(write):
    rows = _rows(write, "runway.txt", RUNWAY, ("paragraph", "cue", "speaker", "text"))
    assert [5, "said", "Sarah Dunn", "that the community had been ignored"] in rows
    assert [5, "told", None, "that the airport would expand"] in rows


ONE_NIL = "\n\n".join(
    [
        "Walsh fires Rovers into play-off places",
        "Jamie Walsh scored the only goal as Bristol Rovers beat Exeter City 1-0 at the Memorial Stadium on Saturday.",
        "Walsh turned in a cross from Luca Hoole after 64 minutes. Exeter manager Gary Caldwell said his side had been "
        "unlucky.",
        "The striker said he had been waiting for a goal like that all season.",
    ]
)

DERBY_AGE = "\n\n".join(
    [
        "Rovers snatch late win at Ashton Gate",
        "Bristol Rovers beat Bristol City 2-1 on Saturday, with Jamie Walsh scoring twice in the final ten minutes.",
        "Walsh, the striker, had been left out of the side for three weeks. City manager Liam Manning said his side "
        "had been naive.",
        'The striker said the goals were for his late father. "He never missed a game at this ground," he told the '
        "BBC.",
        "The 29-year-old told reporters he hoped to sign a new contract before the summer.",
    ]
)


def test_a_players_position_is_not_the_manager_named_last(write):
    rows = _rows(write, "one_nil.txt", ONE_NIL)
    assert rows[-1] == [3, "said", "Jamie Walsh", "The striker"]


def test_a_description_goes_on_with_the_one_just_heard_through_a_description(write):
    rows = _rows(write, "derby_age.txt", DERBY_AGE)
    assert rows[-1] == [4, "told", "Jamie Walsh", "The 29-year-old"]
