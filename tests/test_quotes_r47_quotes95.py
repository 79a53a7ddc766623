"""Direct quotations that follow an attributed one: a quotation after a connective ("But “…”") goes on with the
statement its cue closed, and a short quotation opening a sentence the reporter's words go on with ("“…,” was
another"; "“…,” said another") is no second part of the one before; and "another" after "one fan" is another
fan, not one of the players named in between."""

from __future__ import annotations

from newsframe import pipeline

LIBRARIES = "\n\n".join(
    [
        "Mayor vows to keep libraries open despite budget cuts",
        "The mayor of Leeds promised on Monday to keep every branch library open, even as the city faces a £40m "
        "hole in its budget.",
        "“I don’t think it’s a question of money,” Andrew Carter, the Conservative group leader, said after the "
        "meeting. But “it is a question of priorities, and the mayor has got them wrong.”",
        "Two banners hung outside the town hall. “Save our libraries,” read one. “Books not bombs,” was another.",
        "The budget goes to a final vote on March 2.",
    ]
)

ROVERS = "\n\n".join(
    [
        "Rovers hold on for draw after late red card",
        "Bristol Rovers held Portsmouth to a 1-1 draw at the Memorial Stadium on Saturday despite playing the last "
        "20 minutes with ten men.",
        "Portsmouth boss John Mousinho was less happy. “We should have won,” he told BBC Radio Solent. And “if we "
        "keep dropping points like this we will not go up.”",
        "“Come on Rovers,” shouted one fan as the players left the pitch. “Proud of you,” said another.",
    ]
)


def _rows(write, name, text, date):
    quotes = pipeline.analyze(write(name, text), date, use_cache=False).tables["quotes"]
    return quotes[quotes["kind"] == "direct"][["paragraph", "cue", "speaker_text", "text"]].values.tolist()


def test_a_quotation_after_but_goes_on_with_the_statement_before(write):
    rows = _rows(write, "libraries.txt", LIBRARIES, "2026-02-10")
    assert rows[0] == [
        2,
        "said",
        "Andrew Carter, the Conservative group leader",
        "“I don’t think it’s a question of money,” “it is a question of priorities, and the mayor has got them wrong.”",
    ]


def test_a_quotation_after_and_goes_on_with_the_statement_before(write):
    rows = _rows(write, "rovers.txt", ROVERS, "2026-02-07")
    assert rows[0] == [
        2,
        "told",
        "he",
        "“We should have won,” “if we keep dropping points like this we will not go up.”",
    ]


def test_a_short_quotation_the_reporters_sentence_goes_on_with_is_not_joined(write):
    rows = _rows(write, "libraries.txt", LIBRARIES, "2026-02-10")
    assert [3, "read", "one", "“Save our libraries,”"] in rows
    assert not any("Books not bombs" in row[3] and "Save our libraries" in row[3] for row in rows)


def test_a_short_quotation_with_its_own_cue_is_its_speakers(write):
    rows = _rows(write, "rovers.txt", ROVERS, "2026-02-07")
    assert rows[1:] == [[3, "shouted", "one fan", "“Come on Rovers,”"], [3, "said", "another", "“Proud of you,”"]]


def test_another_after_one_fan_is_another_fan(write):
    quotes = pipeline.analyze(write("rovers.txt", ROVERS), "2026-02-07", use_cache=False).tables["quotes"]
    assert quotes["speaker"].tolist()[-2:] == ["one fan", "another fan"]


COURT = "\n\n".join(
    [
        "Accountant jailed for stealing £1.2m from children's charity",
        "An accountant who stole £1.2m from a children's charity to fund gambling and foreign holidays has been "
        "jailed for six years.",
        "Graham Pike, 54, of Harrogate, admitted 14 counts of fraud at Leeds Crown Court in January.",
        "“This was a cruel and calculated betrayal.” Those were the words of Judge Sarah Munro as she passed "
        "sentence on Friday.",
        "“I am deeply ashamed of what I have done.” That was how Pike began a letter read to the court by his "
        "barrister, Tom Hale.",
        "Pike will serve half his sentence before release on licence.",
    ]
)

BOLTON = "\n\n".join(
    [
        "Labour candidate launches bid to win back Bolton North East",
        "Labour's candidate for Bolton North East, Priya Shah, launched her campaign on Saturday with a rally in "
        "the town centre.",
        "“We will win this seat back, street by street and door by door.” That was how the campaign began, with "
        "200 supporters packed into the Albert Halls.",
        "“She has no chance of winning here.” Strong words from the sitting MP, Mark Logan, who told the Bolton News "
        "he expected to hold on comfortably.",
    ]
)


def _speakers(write, name, text, date):
    quotes = pipeline.analyze(write(name, text), date, use_cache=False).tables["quotes"]
    direct = quotes[quotes["kind"] == "direct"]
    return direct[["paragraph", "cue", "speaker", "speaker_text"]].values.tolist()


def test_the_sentence_after_a_quotation_names_whose_words_they_were(write):
    assert _speakers(write, "court.txt", COURT, "2026-03-06") == [
        [3, "words", "Sarah Munro", "Judge Sarah Munro"],
        [4, "began", "Graham Pike", "Pike"],
    ]


def test_words_from_a_description_named_after_a_comma_are_the_persons(write):
    assert _speakers(write, "bolton.txt", BOLTON, "2026-03-07") == [
        [3, "words", "Mark Logan", "the sitting MP, Mark Logan"],
    ]


SENATE = "\n\n".join(
    [
        "Ward attacks Justice Department in Senate primary",
        "PHOENIX — Kelli Ward, who is challenging John McCain in the Republican primary, attacked the Justice "
        "Department on Friday over its guidance to schools.",
        'Ward said: "The Justice Department isn’t about “Equal Justice Under Law” anymore. It’s about imposing '
        'political correctness on every school in Arizona."',
        "McCain's campaign did not respond to a request for comment.",
    ]
)


def test_a_curly_title_inside_a_straight_quotation_does_not_close_it(write):
    quotes = pipeline.analyze(write("senate.txt", SENATE), "2016-05-14", use_cache=False).tables["quotes"]
    direct = quotes[quotes["kind"] == "direct"]
    assert direct[["paragraph", "speaker", "text"]].values.tolist() == [
        [
            2,
            "Kelli Ward",
            '"The Justice Department isn’t about “Equal Justice Under Law” anymore. It’s about imposing political '
            'correctness on every school in Arizona."',
        ]
    ]
