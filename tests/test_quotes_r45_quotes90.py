"""Who said a quotation led into by a participle of saying ("Joe Grey paid tribute to Sarll, writing on social
media, “…,” he posted": the pronoun is the sentence's subject, not the last person named), and what was asked or
told when the parse reads whom it was put to into it ("asked the Cleveland crowd “If …?”": the quotation alone)."""

from __future__ import annotations

from newsframe import pipeline

CLUB = "\n\n".join(
    [
        "Hartlepool sack manager after six defeats",
        "Hartlepool United have sacked manager Darren Sarll after a run of six straight defeats.",
        "Striker Joe Grey paid tribute to Sarll on Tuesday, writing on social media soon after the news broke, "
        '"Gaffer, thank you for everything you did for me," he posted.',
        "Defender Jack Sparkes shook hands with Sarll at the training ground, telling the club website, "
        '"We have to look at ourselves," he added.',
        "Former captain Tom Hale was praised by chairman Raj Singh, writing in the club programme on Saturday. "
        '"He was the heart of this club for a decade," he wrote.',
    ]
)

FACTORY = "\n\n".join(
    [
        "Chancellor promises support for manufacturers",
        "Chancellor Rachel Reeves visited a train factory in Derby with business secretary Jonathan Reynolds on "
        "Thursday.",
        'Reeves toured the assembly line, speaking to workers on the night shift, "We will back British industry '
        'and the jobs it brings," she said.',
    ]
)

CONVENTION = "\n\n".join(
    [
        "Benghazi mother speaks at convention",
        "Patricia Smith spoke on the first night of the Republican convention in Cleveland.",
        "Smith, delivering a speech written by an aide, asked the Cleveland crowd \"If Hillary Clinton can't give us "
        'the truth, why should we give her the presidency?"',
        'Later, Smith asked the crowd whether "the truth" mattered any more.',
    ]
)


def _quotes(write, name, text):
    return pipeline.analyze(write(name, text), "2025-03-10", use_cache=False).tables["quotes"]


def test_pronoun_after_a_participle_of_saying_is_the_sentence_subject(write):
    q = _quotes(write, "club.txt", CLUB)
    rows = [(r.paragraph, r.kind, r.speaker, r.text) for r in q.itertuples()]
    assert (2, "direct", "Joe Grey", '"Gaffer, thank you for everything you did for me,"') in rows
    assert (3, "direct", "Jack Sparkes", '"We have to look at ourselves,"') in rows
    # the participle of a passive clause is its doer's
    assert (4, "direct", "Raj Singh", '"He was the heart of this club for a decade,"') in rows


def test_whom_a_question_is_put_to_is_not_what_was_asked(write):
    q = _quotes(write, "convention.txt", CONVENTION)
    rows = [(r.paragraph, r.kind, r.speaker, r.text) for r in q.itertuples()]
    assert (
        2,
        "direct",
        "Patricia Smith",
        '"If Hillary Clinton can\'t give us the truth, why should we give her the presidency?"',
    ) in rows
    # a question reported in the reporter's words keeps them
    assert (3, "partial", "Patricia Smith", 'whether "the truth" mattered any more') in rows


def test_a_speaking_lead_in_is_the_reporters(write):
    q = _quotes(write, "factory.txt", FACTORY)
    rows = [(r.paragraph, r.kind, r.speaker, r.text) for r in q.itertuples()]
    assert (2, "direct", "Rachel Reeves", '"We will back British industry and the jobs it brings,"') in rows
