"""Speakers as a reader writes them: a person's name with a lower-case particle ("Majed al-Ansari") keeps its
capital where no entity list is at hand, and a headline's description without its article ("think tank warns") is
the body's "the think tank", one source."""

from __future__ import annotations

from test_summary_r21 import entities, quotes  # tables built as those tests build them

from newsframe import findings, speakers


def test_a_name_with_a_lower_case_particle_keeps_its_capital():
    for name in ("Majed al-Ansari", "Mohamed el-Amine Tarek", "Valery d'Estaing", "Sean O'Neill"):
        assert speakers.speaker_name(name) == name
    # a description still opens in lower case inside a sentence
    assert speakers.speaker_name("A spokesman for the ministry") == "a spokesman for the ministry"
    assert speakers.speaker_name("Passenger groups") == "passenger groups"
    assert speakers.speaker_name("The all-party group") == "the all-party group"


def test_the_longest_quotation_is_by_the_name_as_written():
    said = quotes((3, "direct", "Majed al-Ansari", "Majed al-Ansari, a spokesman"))
    said = said.assign(text="“Both are in good health, considering what they have been through,”")
    sentence = findings.what_was_said.__wrapped__(said)
    assert "by Majed al-Ansari" in sentence, sentence


def test_a_headline_description_without_its_article_is_the_bodys_source():
    names = entities(("Tarrow Trust", "ORG", 1, 2))
    said = quotes(
        (0, "reported", "think tank", "think tank"),
        (3, "reported", "The think tank", "The think tank"),
        (4, "reported", "Tarrow Trust", "Tarrow Trust"),
    )
    table = speakers.speakers_table(said, names)
    assert table["speaker"].tolist()[0] == "the think tank"
    assert table["statements"].tolist()[0] == 2


def test_a_headline_description_the_body_never_writes_stays_apart():
    said = quotes((0, "reported", "think tank", "think tank"), (3, "reported", "The tank crew", "The tank crew"))
    table = speakers.speakers_table(said, entities(("Tarrow Trust", "ORG", 1, 2)))
    assert sorted(table["speaker"]) == ["the tank crew", "think tank"]
