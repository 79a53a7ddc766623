"""Who said what (newsframe.quotes): an age that speaks read by the parse as "the said …", an "its" on a noun of
saying read as the description the clause opens with, a description given the gender the article's pronouns give
it elsewhere, and a lawyer who speaks for a name whatever type the name was read as, on short invented articles."""

from __future__ import annotations

from test_quotes import table  # the quotes table of an article given as text


def test_an_age_read_as_an_adjective_of_the_noun_after_said_is_the_speaker():
    found = table(
        "date 2026-03-12 Steelworks to stay open\n\n"
        "Harlan Steel will invest £40m in its Sheffield works, chairman George Pike announced on Thursday.\n\n"
        "The 61-year-old said investment would continue for a decade, and jobs were safe.\n\n"
        "Rangers have signed midfielder Tom Lawrie from Aberdeen on a three-year deal.\n\n"
        "The 34-year-old said training had gone well."
    )
    rows = found[["cue", "speaker", "speaker_text", "text"]].values.tolist()
    assert [
        "said",
        "George Pike",
        "The 61-year-old",
        "investment would continue for a decade, and jobs were safe",
    ] in rows
    assert ["said", "Tom Lawrie", "The 34-year-old", "training had gone well"] in rows


def test_its_on_a_noun_of_saying_is_the_description_opening_the_clause():
    found = table(
        "date 2026-04-02 Profit warning hits shares\n\n"
        "Shares in Northgate Retail fell 8% after the chain warned on profits.\n\n"
        "The company dropped its claim that the warm weather had hurt sales, and analysts said the problems ran "
        "deeper."
    )
    rows = found[["cue", "speaker", "speaker_text", "text"]].values.tolist()
    assert ["claim", "Northgate Retail", "its", "that the warm weather had hurt sales"] in rows
    named = table(
        "date 2026-04-02 Bakery to cut jobs\n\n"
        "Harlow Foods said on Tuesday it would cut 300 jobs at its bakery in Leeds.\n\n"
        "The company dropped its claim that rising flour prices were to blame."
    )
    rows = named[["cue", "speaker", "text"]].values.tolist()
    # (a firm's name the recogniser did not read, ending in a word of trade, is the firm "the company" stands for)
    assert ["claim", "Harlow Foods", "that rising flour prices were to blame"] in rows
    unnamed = table(
        "date 2026-04-02 Bakery to cut jobs\n\n"
        "A bakery firm said on Tuesday it would cut 300 jobs at its site in Leeds.\n\n"
        "The company dropped its claim that rising flour prices were to blame."
    )
    rows = unnamed[["cue", "speaker", "text"]].values.tolist()
    assert ["claim", "The company", "that rising flour prices were to blame"] in rows


def test_a_description_takes_the_gender_the_article_gives_it_elsewhere():
    found = table(
        "date 2026-02-14 Celtic beat Hearts\n\n"
        "Celtic beat Hearts 3-1 at Parkhead on Saturday to stay top of the Premiership.\n\n"
        "Kyogo Furuhashi scored twice before the break. The striker said he had felt sharp all week.\n\n"
        "Referee Kate Burns booked three players and awarded Hearts a late penalty.\n\n"
        "The striker said the team had deserved the win."
    )
    rows = found[["speaker", "speaker_text", "text"]].values.tolist()
    assert ["Kyogo Furuhashi", "The striker", "the team had deserved the win"] in rows


def test_a_lawyer_speaking_for_a_name_is_the_lawyer_whatever_the_name_was_read_as():
    found = table(
        "date 2026-06-09 Builder denies fraud\n\n"
        "A builder accused of fraud told a court he had never met the victims.\n\n"
        "Whitmore's lawyer said the case against his client was weak.\n\n"
        "Meta has been fined €200m by the Irish data regulator. Meta's lawyers said the company would appeal."
    )
    rows = found[["speaker", "speaker_text", "text"]].values.tolist()
    assert ["Whitmore's lawyer", "Whitmore's lawyer", "the case against his client was weak"] in rows
    assert ["Meta's lawyers", "Meta's lawyers", "the company would appeal"] in rows
