"""summ48 (r29): characters of a work under review (a film, a novel, a TV series) are no sources."""

import types

import pandas as pd

from newsframe import findings, speakers, summary


def quotes(*rows):
    return pd.DataFrame(
        [
            {"paragraph": p, "kind": k, "speaker": s, "speaker_text": s, "text": x, "cue": "says", "tone": "neutral"}
            for p, k, s, x in rows
        ]
    )


def entities(*names):
    return pd.DataFrame(
        [
            {"entity": e, "entity_type": "PERSON", "mentions": 1, "paragraphs": 1, "first_paragraph": i + 1}
            for i, e in enumerate(names)
        ]
    )


def paragraphs(*texts):
    return pd.DataFrame({"paragraph": range(1, len(texts) + 1), "text": list(texts)})


FILM = paragraphs(
    "In the film, Dara Holm plays June Castell, a ferry pilot who will not retire.",
    "Her brother, Ray, played by Tomasz Wilk, wants the boat sold.",
    '"Nobody sells the tide," June tells him.',
    'The director, Ines Marl, told me: "We shot it all on the water."',
)
FILM_NAMES = entities("Dara Holm", "June Castell", "Ray", "Tomasz Wilk", "Ines Marl")
FILM_SAID = quotes(
    (3, "direct", "June", "Nobody sells the tide"),
    (4, "direct", "Ines Marl", "We shot it all on the water and it nearly sank us twice"),
)


def test_a_film_characters_lines_are_counted_apart_and_the_director_is_a_source():
    cast = speakers.characters(FILM_NAMES, FILM)
    assert set(cast.values()) == {"June Castell", "Ray"}, cast
    sentence = summary.speakers_sentence(FILM_SAID, FILM_NAMES, paragraphs=FILM)
    assert "1 more line of the film, spoken by its character June Castell" in sentence, sentence
    assert "to 1 source" in sentence and "Ines Marl" in sentence, sentence
    heard = summary.unheard_sentence(FILM_SAID, FILM_NAMES, FILM)
    assert "June Castell and Ray are characters of the film" in heard, heard
    assert "Dara Holm" in heard and "Tomasz Wilk" in heard, heard  # the actors are real people, not heard


def test_every_answer_counts_a_characters_lines_apart():
    article = types.SimpleNamespace(
        byline=None, paragraphs=[types.SimpleNamespace(number=i + 1, text=t) for i, t in enumerate(FILM["text"])]
    )
    words = findings.words_per_speaker(FILM_SAID, FILM_NAMES, article)
    assert "June" not in words.split("; 1 line")[0] and "Only one source is heard" in words, words
    said = quotes(
        (3, "direct", "June", "Nobody sells the tide, not now and not ever, not while I can stand at this wheel"),
        (4, "direct", "Ines Marl", "We shot it all on the water"),
    )
    assert "by Ines Marl" in findings.what_was_said(said, article), findings.what_was_said(said, article)


def test_a_novels_narrator_and_a_series_part_named_later_are_characters():
    novel = paragraphs(
        "Her new novel follows its narrator, Wenna Pascoe, through one wet summer in Truro.",
        '"I was never the clever one," Wenna says on the first page. Wenna’s mother, Loveday, runs a guest house.',
        'Speaking from her home, the author, Ruth Kellow, said: "Wenna arrived fully formed."',
    )
    names = entities("Wenna Pascoe", "Ruth Kellow")
    said = quotes((2, "direct", "Wenna", "I was never the clever one"), (3, "direct", "Ruth Kellow", "Wenna arrived"))
    sentence = summary.speakers_sentence(said, names, paragraphs=novel)
    assert "spoken by its character Wenna Pascoe" in sentence and "Ruth Kellow" in sentence, sentence
    assert set(speakers.characters(entities("Wenna Pascoe", "Loveday", "Ruth Kellow"), novel).values()) == {
        "Wenna Pascoe",
        "Loveday",
    }
    series = paragraphs(
        "The TV series opens with a young constable sent to the island, played by Femi Adeyo.",
        "The constable, Pellow, soon finds that nobody on the island will talk.",
    )
    cast = speakers.characters(entities("Pellow", "Femi Adeyo"), series)
    assert set(cast.values()) == {"Pellow"}, cast


def test_no_work_no_characters():
    """ "Murray played Federer": a match, not a part; a news story that names no play, film or novel has none."""
    match = paragraphs("Murray played Federer in the final at Wimbledon.", '"It was hard," Federer said.')
    assert speakers.characters(entities("Murray", "Federer"), match) == {}
