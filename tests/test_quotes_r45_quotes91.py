"""Who said a quotation led into by a participle of saying when the sentence's subject is a description ("The
striker paid tribute, writing on social media, “…,” he posted": the person the description stands for), and what
a cue reports when the parse reads the event of an "after" phrase into it ("had hoped for a return to form after
Inside Out 2 became the biggest animated film": nothing said)."""

from __future__ import annotations

from newsframe import pipeline

TRIBUTES = "\n\n".join(
    [
        "Tributes paid to former Stockport manager",
        "Stockport County players have paid tribute to former manager Darren Sarll, who died on Monday aged 41. "
        "Striker Joe Grey scored twice for the club last season.",
        'The striker paid tribute to Sarll on Tuesday, writing on social media, "Gaffer, you gave me my first chance '
        'and I will never forget it," he posted.',
        "Captain Jack Sparkes led the players out on Saturday. The club's captain shook hands with the referee after "
        'the minute\'s silence, telling the club website, "He was like a father to us all," he added.',
        "Sarll managed the club for two seasons.",
    ]
)

RUGBY = "\n\n".join(
    [
        "Farrell retires from England duty",
        "England captain Owen Farrell has retired from international rugby at the age of 32.",
        "The captain paid tribute to head coach Steve Borthwick, writing on social media, "
        '"Steve backed me when it mattered most," he posted.',
    ]
)

STUDIO = "\n\n".join(
    [
        "Pixar's Elio disappoints at box office",
        "Pixar suffered its weakest opening weekend ever as Elio took $21 million in North America.",
        "The animated film, about a boy abducted by aliens, cost about $150 million to make. Pixar had hoped for a "
        "return to form after Inside Out 2 became the biggest animated film of 2024.",
        '"We are proud of the film," said Pete Docter, Pixar\'s chief creative officer. Disney, which owns Pixar, '
        "declined to comment.",
    ]
)


def _rows(write, name, text):
    q = pipeline.analyze(write(name, text), "2025-06-23", use_cache=False).tables["quotes"]
    return [(r.paragraph, r.kind, r.speaker, r.text) for r in q.itertuples()]


def test_pronoun_after_a_participle_of_saying_is_the_described_subject(write):
    rows = _rows(write, "tributes.txt", TRIBUTES)
    assert (2, "direct", "Joe Grey", '"Gaffer, you gave me my first chance and I will never forget it,"') in rows
    assert (3, "direct", "Jack Sparkes", '"He was like a father to us all,"') in rows
    assert not any(r[2] == "Darren Sarll" for r in rows)
    rows = _rows(write, "rugby.txt", RUGBY)
    assert rows == [(2, "direct", "Owen Farrell", '"Steve backed me when it mattered most,"')]


def test_event_of_an_after_phrase_is_no_statement(write):
    rows = _rows(write, "studio.txt", STUDIO)
    assert rows == [(3, "direct", "Pete Docter", '"We are proud of the film,"')]
