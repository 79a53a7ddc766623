"""A wire story's credits run on from its last sentence are no names of the story."""

from __future__ import annotations

from test_entities import _entities_of

from newsframe.article import parse_article


def test_credits_in_brackets_after_the_last_sentence_are_cut():
    text = (
        "Quake shakes southern Peru\nPublished 3 June 2025, 07:42\n\n"
        "LIMA, June 3 (Reuters) - A magnitude 6.1 earthquake struck southern Peru on Tuesday, officials said.\n\n"
        "Civil defence officials said they were assessing the situation. (Reporting by Marco Aquino; Editing by "
        "Sandra Maler)\n"
    )
    table = _entities_of(text)
    assert not {"Marco Aquino", "Sandra Maler", "Reporting"} & set(table.index)
    assert parse_article(text).body[-1].text.endswith("assessing the situation.")


def test_additional_reporting_credit_after_a_quote_is_cut_but_a_story_bracket_stays():
    text = (
        "Strike closes Belgian ports\nPublished 12 March 2025, 17:05\n\n"
        "BRUSSELS, March 12 (Reuters) - Dock workers walked out at Antwerp on Wednesday.\n\n"
        '"We will not back down," union leader Jan Peeters said. (Additional reporting by Bart Meijer in '
        "Amsterdam; Writing by Philip Blenkinsop; Editing by Alison Williams)\n\n"
    )
    table = _entities_of(text)
    assert not {"Bart Meijer", "Philip Blenkinsop", "Alison Williams"} & set(table.index)
    assert "Jan Peeters" in table.index
    kept = parse_article(
        "Port reopens\nPublished 12 March 2025, 17:05\n\nThe port reopened on Thursday (Ann Lee reported).\n"
    )
    assert kept.body[-1].text.endswith("(Ann Lee reported).")
