"""Who said what (newsframe.quotes): a ruling told in the present tense, a group named after someone, a role given
by a passive, a single-marked quotation a cue introduces in an article of double marks, and a relative clause on
questions asked."""

from __future__ import annotations

from test_quotes import rows, table  # the quotes table of an article given as text

CHRONOLOGY = (
    "date 2024-05-01 How the quarry row unfolded\n\n"
    "2019: The council grants planning permission. Residents say the dust will harm their children.\n\n"
    "2021: The High Court rules that the permission is unlawful, and the judge warns ministers.\n\n"
    "2022: The FA rules that the club must pay a fine.\n\n"
    "2023: Appeal court rules against the council, saying it acted too late.\n"
)


def test_a_ruling_in_the_historic_present_is_a_statement():
    found = rows(table(CHRONOLOGY))
    assert (2, "reported", "rules", "High Court", "The High Court", "that the permission is unlawful") in found
    assert (3, "reported", "rules", "The FA", "The FA", "that the club must pay a fine") in found


def test_a_court_read_as_a_compound_of_its_cue_speaks():
    found = rows(table(CHRONOLOGY))
    assert (4, "reported", "saying", "Appeal court", "Appeal court", "it acted too late") in found


def test_people_named_after_someone_are_the_speakers_not_that_someone():
    found = table(
        "date 2024-05-01 Voters split over verdict\n\n"
        "Donald Trump was convicted on Thursday. Trump supporters say the trial was unfair.\n\n"
        "Chelsea fans said the club had let them down. Biden allies argued the verdict was sound.\n\n"
        "Smith's lawyers said he would appeal.\n"
    )
    speakers = dict(zip(found["text"], found["speaker"]))
    assert speakers["the trial was unfair"] == "Trump supporters"
    assert speakers["the club had let them down"] == "Chelsea fans"
    assert speakers["the verdict was sound"] == "Biden allies"
    assert speakers["he would appeal"] == "Smith's lawyers"  # a possessive: the lawyers speak, for him


SPORT = (
    "date 2024-05-01 Smith stars as Rovers beat Town\n\n"
    "Bristol Rovers beat Swindon Town 3-1 on Saturday, with Jack Smith scoring twice.\n\n"
    'Smith was named man of the match. The captain said the team had worked hard all week. "We deserved this," '
    "the striker added.\n\n"
    "Town manager Paul Rowe told Sky Sports, 'We were poor from the first minute.' He said his players would have "
    "to do better.\n"
)


def test_one_named_to_a_role_is_who_a_description_after_stands_for():
    found = rows(table(SPORT))
    assert (2, "reported", "said", "Jack Smith", "The captain", "the team had worked hard all week") in found
    assert (2, "direct", "added", "Jack Smith", "the striker", '"We deserved this,"') in found


def test_a_single_marked_quotation_after_a_cues_comma_is_direct():
    found = rows(table(SPORT))
    assert (
        3,
        "direct",
        "told",
        "Paul Rowe",
        "Town manager Paul Rowe",
        "'We were poor from the first minute.'",
    ) in found
    assert (3, "reported", "said", "Paul Rowe", "He", "his players would have to do better") in found
    # apostrophes around such a quotation stay apostrophes
    found = rows(
        table(
            "date 2024-05-01 Strike looms\n\n"
            "The players' union said, 'We will strike if we must.' The clubs' owners said they would talk.\n\n"
            "Coach Dan Webb told the BBC: 'It's not over yet, we've still got three games.' He said the squad's "
            "spirit was high.\n"
        )
    )
    assert (1, "direct", "said", "The players' union", "The players' union", "'We will strike if we must.'") in found
    assert (1, "reported", "said", "The clubs' owners", "The clubs' owners", "they would talk") in found
    assert (
        2,
        "direct",
        "told",
        "Dan Webb",
        "Coach Dan Webb",
        "'It's not over yet, we've still got three games.'",
    ) in found


def test_questions_asked_about_a_topic_say_nothing():
    found = table(
        "date 2024-05-01 Deal row\n\n"
        "Reporters pursued the questions he asked about the deal. The complaints she made about the noise were "
        "ignored.\n\n"
        "He asked about the deal on Monday.\n"
    )
    assert found["paragraph"].tolist() == [2]
    assert rows(found)[0][2:] == ("asked", "He", "He", "the deal")


def test_a_short_single_marked_quotation_closing_the_sentence_is_direct_a_title_set_off_by_commas_is_not():
    found = rows(
        table(
            "date 2024-05-01 Webb rues defeat\n\n"
            '"We were unlucky," Webb said after the game.\n\n'
            "Coach Dan Webb told the BBC: 'We lost'. He said the squad's spirit was high.\n\n"
            "Her new single, 'Golden Hour', was released on Friday, the label said.\n"
        )
    )
    assert (2, "direct", "told", "Dan Webb", "Coach Dan Webb", "'We lost'") in found
    assert (
        3,
        "reported",
        "said",
        "the label",
        "the label",
        "Her new single, 'Golden Hour', was released on Friday",
    ) in found
