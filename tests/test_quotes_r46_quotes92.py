"""Who said what (newsframe.quotes): a unit of a company named as a speaker, a noun of saying whose clause the parse
hung on the verb before it, a clause of the time of saying between a cue and its "that", the gender a pronoun gives a
description that speaks, and a description read as an adverb, on short invented articles."""

from __future__ import annotations

from test_quotes import table  # the quotes table of an article given as text


def test_a_named_unit_of_a_company_is_that_unit():
    found = table(
        "date 2026-07-22 Alphabet profits rise\n\n"
        "Alphabet reported a 28 per cent rise in quarterly profit on Tuesday.\n\n"
        "Separately, its Google unit said it would open a new data centre in Ohio.\n\n"
        "Siemens said its energy arm would cut 4,000 jobs. Its Siemens Energy unit said the cuts would fall mostly "
        "in Germany."
    )
    rows = found[["speaker", "speaker_text", "text"]].values.tolist()
    assert ["Google", "its Google unit", "it would open a new data centre in Ohio"] in rows
    assert ["Siemens Energy", "Its Siemens Energy unit", "the cuts would fall mostly in Germany"] in rows


def test_a_noun_of_saying_whose_clause_the_parse_hung_on_the_verb_before_it():
    found = table(
        "date 2026-05-11 Celtic win the title\n\n"
        "The fans kept up their chant that the title was coming home.\n\n"
        "Union leaders renewed their warning that the strikes could last until Christmas."
    )
    assert found[["cue", "speaker", "text"]].values.tolist() == [
        ["chant", "The fans", "that the title was coming home"],
        ["warning", "Union leaders", "that the strikes could last until Christmas"],
    ]


def test_a_clause_of_the_time_of_saying_between_the_cue_and_its_that():
    found = table(
        "date 2026-05-08 Council count delayed\n\n"
        "Local officials said after the count ended that turnout had fallen to 31 per cent.\n\n"
        "Defence lawyer Tom Reid said after the hearing ended that his client was deeply ashamed.\n\n"
        "Police said when they arrived that the station had already been cleared."
    )
    assert found[["paragraph", "speaker", "text"]].values.tolist() == [
        [1, "Local officials", "turnout had fallen to 31 per cent"],
        [2, "Tom Reid", "that his client was deeply ashamed"],
        [3, "Police", "that the station had already been cleared"],
    ]


def test_a_description_taken_up_by_he_is_not_the_woman_named_last():
    found = table(
        "date 2026-03-02 Old Firm thriller\n\n"
        "Scotland manager Steve Clarke watched from the stand.\n\n"
        "Referee Kirsty Walker awarded a penalty in the first half.\n\n"
        "The Scot said his side would learn from the defeat.\n\n"
        "Everton boss Sean Dyche watched from the touchline. Referee Rebecca Welch sent off two players. "
        "The 52-year-old manager said the decision was wrong. “I have no complaints about the result,” he added."
    )
    rows = found[["paragraph", "speaker", "speaker_text"]].values.tolist()
    assert [3, "Steve Clarke", "The Scot"] in rows
    assert [4, "Sean Dyche", "The 52-year-old manager"] in rows


def test_a_description_the_parse_read_as_an_adverb_is_the_speaker():
    found = table(
        "date 2026-03-02 Celtic beat Rangers\n\n"
        "Kyogo Furuhashi scored twice after the break.\n\n"
        "The forward thanked the fans, saying they had carried the team."
    )
    assert found[["cue", "speaker", "speaker_text", "text"]].values.tolist()[-1] == [
        "saying",
        "Kyogo Furuhashi",
        "The forward",
        "they had carried the team",
    ]
