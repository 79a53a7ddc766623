"""summ49 (r30): summary sentences on news nobody here wrote (reviews, obituaries, council rows, science, Q&A)."""

import types

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


NOVEL = paragraphs(
    "Ruth Kellow's third novel is set over one wet summer in Truro.",
    'Its narrator, Wenna Pascoe, is fifteen and furious. "I was never the clever one," she tells us early on.',
    "The heart of the book is Wenna's friendship with an older girl, Tamsin Rowe, who works at the guest house.",
    '"You can\'t stay angry for ever," Tamsin says.',
    'At a festival, Kellow said: "Wenna arrived fully formed."',
)
NOVEL_NAMES = entities("Ruth Kellow", "Wenna Pascoe", "Tamsin Rowe")


def said(*rows):
    return pd.DataFrame(
        [
            {
                "paragraph": p,
                "speaker_paragraph": p,
                "start_char": start,
                "kind": "direct",
                "speaker": who,
                "speaker_text": written,
                "text": text,
                "cue": cue,
                "tone": "neutral",
            }
            for p, start, who, written, text, cue in rows
        ]
    )


NOVEL_SAID = said(
    (2, 50, "Ruth Kellow", "she", "I was never the clever one", "tells"),
    (4, 0, "Tamsin Rowe", "Tamsin", "You can't stay angry for ever", "says"),
    (5, 31, "Ruth Kellow", "Kellow", "Wenna arrived fully formed", "said"),
)


def test_a_characters_friend_named_in_apposition_is_a_character():
    cast = speakers.characters(NOVEL_NAMES, NOVEL)
    assert cast.get("Tamsin Rowe") == "Tamsin Rowe", cast


def test_a_pronoun_right_after_only_a_character_is_the_characters_line():
    spoken = speakers.character_lines(NOVEL_SAID, NOVEL_NAMES, NOVEL)
    assert list(spoken) == ["Wenna Pascoe", "Tamsin Rowe", ""], list(spoken)
    sentence = summary.speakers_sentence(NOVEL_SAID, NOVEL_NAMES, paragraphs=NOVEL)
    assert "1 statement to 1 source" in sentence and "Ruth Kellow" in sentence, sentence


def test_a_pronoun_after_an_actor_and_a_part_stays_the_actors():
    film = paragraphs(
        "In the film, Dara Holm plays June Castell, a ferry pilot.",
        'Dara Holm plays June Castell with grit. "I loved every minute," she said at the premiere.',
    )
    names = entities("Dara Holm", "June Castell")
    rows = said((2, 40, "Dara Holm", "she", "I loved every minute", "said"))
    assert list(speakers.character_lines(rows, names, film)) == [""]


def test_a_name_the_quotes_give_statements_is_never_only_the_audience():
    text = paragraphs(
        "The singer talks to Sam Pryce about her new record.",
        "I wrote it in a caravan.",
    )
    names = entities("Sam Pryce")
    rows = said(
        (1, 30, None, None, "her new record", "talks"),
        (2, 0, "Sam Pryce", "Sam Pryce", "I wrote it in a caravan.", ""),
    )
    assert speakers.carriers(names, rows.iloc[:1], text) == {"Sam Pryce"}  # no statement of his: the audience
    heard = summary.unheard_sentence(rows, names, text)
    assert "only as the outlet" not in heard, heard


def test_the_tone_answer_counts_lines_of_the_work_apart_from_statements():
    article = types.SimpleNamespace(
        byline=None, paragraphs=[types.SimpleNamespace(number=i + 1, text=t) for i, t in enumerate(NOVEL["text"])]
    )
    tone = findings.tone_of_speakers(NOVEL_SAID, NOVEL_NAMES, article)
    assert tone.replace("\\", "").startswith("Of its 1 statement and 2 lines of the novel,"), tone
