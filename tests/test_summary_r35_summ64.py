"""summ64 (r35): answers that were false on new kinds of article (a two-sentence brief, a book review)."""

import pandas as pd

from newsframe import findings, speakers, summary


def entities(*names):
    return pd.DataFrame(
        [
            {"entity": e, "entity_type": "PERSON", "mentions": 1, "paragraphs": 1, "first_paragraph": i + 1}
            for i, e in enumerate(names)
        ]
    )


def paragraphs(*texts):
    return pd.DataFrame({"paragraph": range(1, len(texts) + 1), "text": list(texts)})


def timeline(*rows):
    return pd.DataFrame(
        [
            {"paragraph": 1, "expression": x, "type": "DATE", "value": v, "date": v, "date_end": "", "anchor": a}
            | {"event": "road closed"}
            for x, v, a in rows
        ]
    )


def test_one_dated_expression_is_placed_not_all_placed():
    # a brief with one date: "1 temporal expression, all placed on the calendar" is no English
    one = findings.expressions_found.__wrapped__(timeline(("Friday morning", "2026-04-03", "relative")))
    assert one == "It uses 1 temporal expression, placed on the calendar (3 April 2026).", one
    two = findings.expressions_found.__wrapped__(
        timeline(("Friday", "2026-04-03", "relative"), ("3 May 2026", "2026-05-03", "explicit"))
    )
    assert two.startswith("It uses 2 temporal expressions, both placed on the calendar"), two


REVIEW = paragraphs(
    "Clare Hynes's third novel, The Salt Road, is a quiet book about a loud family.",
    "The novel follows Bridget Doyle, a widow who returns to the farm she left forty years earlier, and her brother "
    "Michael, who never left.",
    '"I wanted to write about the people who stay," Hynes told me.',
)
REVIEW_NAMES = entities("Clare Hynes", "Bridget Doyle", "Michael")
REVIEW_SAID = pd.DataFrame(
    [
        {
            "paragraph": 3,
            "kind": "direct",
            "speaker": "Clare Hynes",
            "speaker_text": "Hynes",
            "text": "I wanted to write about the people who stay",
            "cue": "told",
            "tone": "neutral",
        }
    ]
)


def test_the_one_a_novel_follows_and_her_kin_are_characters_not_people_never_quoted():
    cast = speakers.characters(REVIEW_NAMES, REVIEW)
    assert set(cast.values()) == {"Bridget Doyle", "Michael"}, cast
    heard = summary.unheard_sentence(REVIEW_SAID, REVIEW_NAMES, REVIEW)
    assert "Bridget Doyle and Michael are characters of the novel" in heard, heard
    assert "never quoted" not in heard, heard


def test_a_film_following_a_real_person_makes_no_character():
    # a documentary may follow someone the article quotes: only a work of fiction's plot makes a character
    texts = paragraphs(
        "Her new film follows Greta Lind, the activist, for a year.",
        '"It was exhausting," Lind said.',
    )
    assert speakers.characters(entities("Greta Lind"), texts) == {}


RECALL = pd.DataFrame(
    {
        "paragraph": [0, 1, 2, 3],
        "text": [
            "Tesco and Asda recall chicken over salmonella fears",
            "Tesco and Asda have recalled packs of cooked chicken after salmonella was found at a supplier.",
            '"We apologise to our customers," the two supermarkets said in a joint statement.',
            "Tesco said refunds would be given in stores.",
        ],
    }
)
RECALL_NAMES = pd.DataFrame(
    [
        {"entity": "Tesco", "entity_type": "ORG", "mentions": 3, "paragraphs": 3, "first_paragraph": 0},
        {"entity": "Asda", "entity_type": "ORG", "mentions": 2, "paragraphs": 2, "first_paragraph": 0},
    ]
)
RECALL_SAID = pd.DataFrame(
    [
        {
            "paragraph": 2,
            "start_char": 0,
            "kind": "direct",
            "speaker": "the two supermarkets",
            "speaker_text": "the two supermarkets",
            "text": "We apologise to our customers",
            "cue": "said",
            "tone": "neutral",
        },
        {
            "paragraph": 3,
            "start_char": 11,
            "kind": "reported",
            "speaker": "Tesco",
            "speaker_text": "Tesco",
            "text": "refunds would be given in stores",
            "cue": "said",
            "tone": "neutral",
        },
    ]
)


def test_the_two_supermarkets_are_the_two_named_together_before_each_heard():
    # a joint statement by "the two supermarkets" after "Tesco and Asda" is Asda's too: not "never quoted"
    assert speakers.numbered_groups(RECALL_SAID, RECALL_NAMES, RECALL) == ["Tesco and Asda", "Tesco"]
    heard = summary.unheard_sentence(RECALL_SAID, RECALL_NAMES, RECALL)
    assert heard == "It quotes every one of the 2 organisations it names.", heard
    sentence = summary.speakers_sentence(RECALL_SAID, RECALL_NAMES, paragraphs=RECALL)
    assert "1 made by Tesco and Asda together" in sentence, sentence


def test_a_number_that_matches_no_list_before_stays_as_written():
    three = RECALL_SAID.assign(speaker=["the three supermarkets", "Tesco"])
    assert speakers.numbered_groups(three, RECALL_NAMES, RECALL) == ["the three supermarkets", "Tesco"]
    # no list before the statement: the headline names none here
    alone = RECALL.assign(text=["Chicken recalled", "Packs of chicken were recalled.", *RECALL["text"][2:]])
    assert speakers.numbered_groups(RECALL_SAID, RECALL_NAMES, alone) == ["the two supermarkets", "Tesco"]


def test_a_corpus_of_one_article_quoting_no_named_source_is_not_all_1_articles():
    one = pd.DataFrame(
        {"article": ["a"], "published": [pd.Timestamp("2026-10-21")], "title": ["Factory fire"], "polarity": [0.0]}
    )
    entities = pd.DataFrame({"article": ["a"], "entity": ["Runcorn"], "entity_type": "GPE", "mentions": [1]})
    quotes = pd.DataFrame({"article": ["a"], "speaker": ["officials"], "kind": "reported", "text": "it is so"})
    assert findings.speakers_across_articles.__wrapped__(quotes, entities, one) == (
        "The one article quotes someone, but no speaker is a named person, place or organisation."
    )


def test_both_managers_after_two_different_pairs_stay_as_written():
    # "Arsenal and Chelsea" and then "Saka and Palmer both scored": "Both managers" are neither pair
    derby = pd.DataFrame(
        {
            "paragraph": [0, 1, 2, 3],
            "text": [
                "Arsenal and Chelsea draw 2-2 in London derby",
                "Arsenal and Chelsea shared the points in a 2-2 draw on Sunday.",
                "Bukayo Saka and Cole Palmer both scored twice.",
                "Both managers said afterwards that a draw was a fair result.",
            ],
        }
    )
    names = pd.DataFrame(
        [
            {"entity": e, "entity_type": t, "mentions": 1, "paragraphs": 1, "first_paragraph": 1}
            for e, t in (("Arsenal", "ORG"), ("Chelsea", "ORG"), ("Bukayo Saka", "PERSON"), ("Cole Palmer", "PERSON"))
        ]
    )
    said = RECALL_SAID.iloc[:1].assign(paragraph=3, speaker="Both managers", speaker_text="Both managers")
    assert speakers.numbered_groups(said, names, derby) == ["Both managers"]


def test_two_dated_expressions_on_one_day_both_refer_to_it():
    # "Saturday" and "2pm" (that Saturday): "all refer to" and "All 2 dated expressions" are no English
    rows = pd.DataFrame(
        [
            {"paragraph": 1, "expression": "Saturday", "type": "DATE", "value": "2026-08-29", "anchor": "relative"},
            {"paragraph": 3, "expression": "2pm", "type": "TIME", "value": "2026-08-29T14:00", "anchor": "relative"},
        ]
    ).assign(date=["2026-08-29", "2026-08-29T14:00"], date_end=["2026-08-29", "2026-08-29T14:00"], event="delay")
    said = summary.dates_sentence(rows)
    assert said == "Its 2 dated expressions both refer to 29 August 2026.", said
    told = findings.events_in_time.__wrapped__(rows, pd.Timestamp("2026-08-30").to_pydatetime())
    assert told.startswith("Both dated expressions fall on one period: “Saturday”"), told


def test_its_officer_opening_a_paragraph_speaks_for_the_one_body_the_paragraph_before_names():
    texts = pd.DataFrame(
        {
            "paragraph": [0, 1, 2, 3],
            "text": [
                "Northgate Water posts loss as storm costs mount",
                "Northgate Water swung to a pre-tax loss of £45m in the year to 31 March.",
                'Its chief executive, Helen Ayres, said: "These have been the hardest twelve months in our history."',
                "Ofwat, the regulator, said it was monitoring the company's finances closely. Ofwat declined to "
                "comment further.",
            ],
        }
    )
    names = pd.DataFrame(
        [
            {"entity": "Northgate Water", "entity_type": "ORG", "mentions": 2, "paragraphs": 2, "first_paragraph": 0},
            {"entity": "Ofwat", "entity_type": "ORG", "mentions": 2, "paragraphs": 1, "first_paragraph": 3},
            {"entity": "Helen Ayres", "entity_type": "PERSON", "mentions": 1, "paragraphs": 1, "first_paragraph": 2},
        ]
    )
    said = pd.DataFrame(
        [
            {"paragraph": 2, "start_char": 46, "kind": "direct", "speaker": "Helen Ayres", "cue": "said"}
            | {"speaker_text": "Its chief executive, Helen Ayres", "speaker_start": 0, "speaker_end": 32}
            | {"text": "These have been the hardest twelve months in our history", "tone": "negative"},
            {"paragraph": 3, "start_char": 30, "kind": "reported", "speaker": "Ofwat", "cue": "said"}
            | {"speaker_text": "Ofwat", "speaker_start": 0, "speaker_end": 5}
            | {"text": "it was monitoring the company's finances closely", "tone": "neutral"},
        ]
    )
    assert "Northgate Water" not in set(speakers.unheard(names, said, texts)["entity"])
    # two bodies in the paragraph before: whose officer it is cannot be told
    two = texts.assign(text=[*texts["text"][:1], "Northgate Water and Ofwat clashed over prices.", *texts["text"][2:]])
    assert "Northgate Water" in set(speakers.unheard(names, said, two)["entity"])
