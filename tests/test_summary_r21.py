"""Who is heard and how often, as a reader would count it: a body's leader written with a title of capitals ("Senate
Majority Leader John Thune") is the body heard, though "White House press secretary" is no officer of the House; in
a story of two sides, a bare "manager Helen Crane" is the manager of the side whose manager the article does not
name; a headline's bare "mayor" is the one named speaker the body writes as mayor; and a name as often in each of its
paragraphs is said so once."""

from __future__ import annotations

import pandas as pd

from newsframe import findings, speakers, summary


def quotes(*rows) -> pd.DataFrame:
    """A quotes table of (paragraph, kind, speaker, speaker_text) rows, every statement neutral."""
    table = pd.DataFrame(rows, columns=["paragraph", "kind", "speaker", "speaker_text"])
    table = table.assign(tone="neutral", cue="said", text="the vote would go ahead")
    return table.assign(speaker_paragraph=table["paragraph"])


def entities(*rows) -> pd.DataFrame:
    """An entities table of (entity, entity_type, mentions, first_paragraph) rows."""
    table = pd.DataFrame(rows, columns=["entity", "entity_type", "mentions", "first_paragraph"])
    return table.assign(paragraphs=1, aliases=table["entity"])


def paragraphs(*texts: str) -> pd.DataFrame:
    """A paragraphs table: the headline (0) and then each text."""
    return pd.DataFrame({"paragraph": range(len(texts)), "text": list(texts)})


def silent(names, said, text) -> list[str]:
    return speakers.unheard(names, said, text)["entity"].tolist()


CAPITOL = paragraphs(
    "Senate passes farm bill",
    "The Senate passed the farm bill on Thursday. The House votes next week.",
    "“Farmers have waited long enough,” Senate Majority Leader Dana Whitlock said.",
    "White House press secretary Omar Reyes said the president would sign it.",
)
CAPITOL_NAMES = entities(
    ("Senate", "ORG", 3, 0),
    ("House", "ORG", 1, 1),
    ("White House", "ORG", 1, 3),
    ("Dana Whitlock", "PERSON", 1, 2),
    ("Omar Reyes", "PERSON", 1, 3),
)


def test_a_leader_with_a_title_of_capitals_makes_the_body_heard():
    said = quotes(
        (2, "direct", "Dana Whitlock", "Senate Majority Leader Dana Whitlock"),
        (3, "reported", "Omar Reyes", "White House press secretary Omar Reyes"),
    )
    quiet = silent(CAPITOL_NAMES, said, CAPITOL)
    assert "Senate" not in quiet and "White House" not in quiet, quiet
    # the House is the end of "White House", not the press secretary's body
    assert quiet == ["House"], quiet
    sentence = summary.unheard_sentence(said, CAPITOL_NAMES, CAPITOL)
    assert "Senate" not in sentence and "House, named once" in sentence, sentence
    assert findings.never_heard.__wrapped__(said, CAPITOL_NAMES, CAPITOL) == sentence


def test_a_title_of_capitals_does_not_reach_past_the_office():
    """A senator named with her state gives no office: the Senate stays silent; a former leader speaks for no one."""
    for written in ("Sen. Dana Whitlock of Ohio", "Former Senate Majority Leader Dana Whitlock"):
        text = CAPITOL.assign(text=CAPITOL["text"].str.replace("Senate Majority Leader Dana Whitlock", written))
        said = quotes((2, "direct", "Dana Whitlock", written))
        assert "Senate" in silent(CAPITOL_NAMES, said, text), written


SEASON = paragraphs(
    "Rovers end season with first title in 31 years",
    "Blackmoor Rovers were crowned champions on Saturday after a 2-0 win over Castlegate United.",
    "Rovers finished eight points clear of Castlegate, who led the table until March.",
    "“The players believed from the first day,” manager Helen Crane said.",
    "Castlegate manager Owen Price said his side had run out of legs.",
)
SEASON_NAMES = entities(
    ("Blackmoor Rovers", "ORG", 3, 0),
    ("Castlegate United", "ORG", 2, 1),
    ("Helen Crane", "PERSON", 1, 3),
    ("Owen Price", "PERSON", 1, 4),
).assign(aliases=["Blackmoor Rovers|Rovers", "Castlegate United|Castlegate", "Helen Crane", "Owen Price"])


def test_a_bare_manager_is_the_manager_of_the_side_whose_manager_is_not_named():
    said = quotes(
        (3, "direct", "Helen Crane", "manager Helen Crane"),
        (4, "reported", "Owen Price", "Castlegate manager Owen Price"),
    )
    assert silent(SEASON_NAMES, said, SEASON) == []
    assert "never quoted" not in summary.unheard_sentence(said, SEASON_NAMES, SEASON)


def test_a_bare_manager_stays_no_one_s_when_the_article_names_no_rival_manager():
    """With no other side's manager named, two clubs in the first paragraph leave the reader unable to tell."""
    text = SEASON.assign(text=SEASON["text"].str.replace("Castlegate manager Owen Price", "Owen Price"))
    said = quotes(
        (3, "direct", "Helen Crane", "manager Helen Crane"),
        (4, "reported", "Owen Price", "Owen Price"),
    )
    assert silent(SEASON_NAMES, said, text) == ["Blackmoor Rovers", "Castlegate United"]
    # a former manager speaks for no side
    said = quotes(
        (3, "direct", "Helen Crane", "former manager Helen Crane"),
        (4, "reported", "Owen Price", "Castlegate manager Owen Price"),
    )
    assert "Blackmoor Rovers" in silent(SEASON_NAMES, said, SEASON)


BUSES = entities(("Northway Buses", "ORG", 3, 1), ("Angela Price", "PERSON", 2, 1), ("Leo Marsh", "PERSON", 1, 3))


def test_a_headline_s_bare_office_is_the_one_named_speaker_of_that_office():
    said = quotes(
        (0, "direct", "mayor", "mayor"),
        (1, "reported", "Angela Price", "The mayor of Westmoor, Angela Price"),
        (2, "reported", "Northway Buses", "Northway Buses"),
        (3, "reported", "Angela Price", "Ms Price"),
    )
    table = speakers.speakers_table(said, BUSES)
    assert table["speaker"].tolist() == ["Angela Price", "Northway Buses"]
    assert table.loc[0, "statements"] == 3 and table.loc[0, "direct"] == 1
    sentence = summary.speakers_sentence(said, BUSES)
    assert "2 sources" in sentence and "Angela Price 3 times (1 direct, 2 reported)" in sentence, sentence
    assert findings.who_is_quoted.__wrapped__(said, BUSES) == sentence


def test_a_bare_office_held_by_two_named_speakers_stays_as_written():
    said = quotes(
        (0, "direct", "mayor", "mayor"),
        (1, "reported", "Angela Price", "The mayor of Westmoor, Angela Price"),
        (3, "reported", "Leo Marsh", "Leo Marsh, the mayor of Eastmoor"),
    )
    assert "mayor" in speakers.speakers_table(said, BUSES)["speaker"].tolist()
    # nor is a body's "the mayor" the named speaker the article writes as mayor only later
    said = quotes(
        (1, "reported", "the mayor", "the mayor"),
        (3, "reported", "Angela Price", "The mayor of Westmoor, Angela Price"),
    )
    assert "the mayor" in speakers.speakers_table(said, BUSES)["speaker"].tolist()


def test_a_name_as_often_in_each_of_its_paragraphs_is_said_so_once():
    mentions = pd.DataFrame({"entity": ["Kieran Doyle"] * 4, "paragraph": [2, 2, 4, 4]})
    sentence = summary.entity_sentence("Kieran Doyle", "person", mentions)
    assert sentence == "Kieran Doyle (person) is named 4 times, in paragraphs 2 and 4, twice in each.", sentence
    # one paragraph with more: that one is named as the busiest
    mentions = pd.DataFrame({"entity": ["Kieran Doyle"] * 4, "paragraph": [2, 2, 2, 4]})
    assert "most often in paragraph 2 (3 times)" in summary.entity_sentence("Kieran Doyle", "person", mentions)


def test_another_is_written_with_the_noun_of_the_description_before_it():
    said = quotes(
        (1, "reported", "three officials", "three officials"),
        (2, "direct", "one official", "one official"),
        (2, "partial", "Another", "Another"),
    )
    table = speakers.speakers_table(said, BUSES)
    assert "another official" in table["speaker"].tolist(), table["speaker"].tolist()
    assert "another official" in findings.words_per_speaker.__wrapped__(said, BUSES)
    # after a plural or a name only, "another" points to no noun a reader can take: it stays as written
    said = quotes((1, "reported", "three officials", "three officials"), (2, "partial", "Another", "Another"))
    assert "Another" in speakers.speakers_table(said, BUSES)["speaker"].tolist()
    said = quotes((1, "reported", "Angela Price", "Angela Price"), (2, "partial", "Another", "Another"))
    assert "Another" in speakers.speakers_table(said, BUSES)["speaker"].tolist()


def test_a_chamber_s_speaker_with_its_capital_makes_the_chamber_heard():
    text = CAPITOL.assign(text=CAPITOL["text"].str.replace("Senate Majority Leader", "House Speaker"))
    said = quotes((2, "direct", "Dana Whitlock", "House Speaker Dana Whitlock"))
    assert "House" not in silent(CAPITOL_NAMES, said, text)
    # "speaker" in lower case is one who gives a talk, no officer
    text = CAPITOL.assign(text=CAPITOL["text"].str.replace("Senate Majority Leader", "House guest speaker"))
    said = quotes((2, "direct", "Dana Whitlock", "House guest speaker Dana Whitlock"))
    assert "House" in silent(CAPITOL_NAMES, said, text)


def test_a_bare_office_after_a_clause_naming_its_body_speaks_for_that_body():
    text = CAPITOL.assign(
        text=CAPITOL["text"].str.replace(
            "“Farmers have waited long enough,” Senate Majority Leader Dana Whitlock said.",
            "In the House, Speaker Dana Whitlock has called the bill “overdue.”",
        )
    )
    said = quotes((2, "partial", "Dana Whitlock", "Speaker Dana Whitlock"))
    assert "House" not in silent(CAPITOL_NAMES, said, text)
    # the clause must open with its body: "After the vote, Speaker Dana Whitlock" names none
    text = text.assign(text=text["text"].str.replace("In the House,", "After the vote,"))
    assert "House" in silent(CAPITOL_NAMES, said, text)
