"""Who speaks (notebook 05): the quotes table gathered by speaker, counted again here from the quotes table itself."""

from __future__ import annotations

import re

import pandas as pd
import pytest
from sample_articles import ARTICLES

from newsframe import speakers
from newsframe.article import count_words

ARTICLE_NAMES = ["seed", *ARTICLES]


def quotes_table(rows: list[tuple]) -> pd.DataFrame:
    """A quotes table of (paragraph, kind, speaker, tone, text) rows."""
    return pd.DataFrame(rows, columns=["paragraph", "kind", "speaker", "tone", "text"])


ENTITIES = pd.DataFrame(
    {
        "entity": ["Ann Lee", "Acme", "Bonn", "Bo Kim", "Tax Office"],
        "entity_type": ["PERSON", "ORG", "GPE", "PERSON", "ORG"],
        "mentions": [4, 3, 2, 1, 1],
        "paragraphs": [3, 2, 2, 1, 1],
        "first_paragraph": [1, 2, 1, 5, 6],
    }
)


@pytest.mark.parametrize("name", ARTICLE_NAMES)
def test_every_statement_with_a_speaker_is_counted_once_for_its_speaker(name, sample):
    quotes, entities = sample(name).tables["quotes"], sample(name).tables["entities"]
    table = speakers.speakers_table(quotes, entities)
    spoken = quotes[quotes["speaker"].fillna("").astype(str).str.strip() != ""]
    spoken = spoken.assign(speaker=[speakers.speaker_name(s, set(entities["entity"])) for s in spoken["speaker"]])
    assert table["statements"].sum() == len(spoken) == len(quotes) - speakers.unattributed(quotes)
    assert table["speaker"].is_unique and set(table["speaker"]) == set(spoken["speaker"])
    for row in table.itertuples():
        own = spoken[spoken["speaker"] == row.speaker]
        assert [getattr(row, k) for k in speakers.QUOTE_KINDS] == [
            (own["kind"] == k).sum() for k in speakers.QUOTE_KINDS
        ]
        assert row.words == sum(count_words(str(t)) for t in own["text"])
        assert row.words == sum(getattr(row, f"words_{k}") for k in speakers.QUOTE_KINDS)
        assert row.negative + row.neutral + row.positive == row.statements
        assert row.first_paragraph == own["paragraph"].min()
        named = entities.set_index("entity")
        if row.speaker in named.index:
            assert (row.entity_type, row.mentions) == (
                named.loc[row.speaker, "entity_type"],
                named.loc[row.speaker, "mentions"],
            )
        else:
            assert (row.speaker_kind, row.entity_type, row.mentions) == (speakers.UNNAMED, "", 0)
    order = list(zip(-table["statements"], -table["words"], table["first_paragraph"]))
    assert order == sorted(order)


def heard_by_rule(heard: set[str], quotes: pd.DataFrame, people: pd.DataFrame) -> set[str]:
    """The people and organisations of `people` heard, by the rules the tests check independently: the speakers
    `heard`, each of two who speak together, a body through one who speaks for it, a court through its judge."""
    heard = set(heard)
    # two named together speak together: "the World Bank and the International Monetary Fund said"
    heard |= {e for e in people["entity"] for s in heard if s.startswith(f"{e} and ") or s.endswith(f" and {e}")}
    # an organisation heard through one who speaks for it ("the Arsenal manager", "a spokesman for the Kremlin")
    offices = r"(?:spokes\w+|secretary|director|chief|leader|manager|owners)\b"
    written = " | ".join(quotes["speaker_text"].dropna().astype(str))
    bodies = people.loc[people["entity_type"] == "ORG", "entity"]
    near = r"{o} (?:for|of|at) (?:the )?{e}\b|\b{e}(?:'s)?(?: [a-z]+){{0,2}} {o}"
    # by any of its names ("Luton manager Rob Edwards" speaks for Luton Town)
    aliases = people["aliases"] if "aliases" in people.columns else people["entity"]
    forms = aliases[people["entity_type"] == "ORG"].fillna("").astype(str).str.split("|")
    names = {e: {e, *f} - {""} for e, f in zip(bodies, forms)}
    heard |= {e for e in bodies for a in names[e] if re.search(near.format(o=offices, e=re.escape(a)), written)}
    # a judge who speaks in a story that names one court is that court heard ("Judge Susan Clarke told him")
    courts = [e for e in bodies if re.search(r"\b(?:Court|Tribunal)\b", e)]
    if len(courts) == 1 and re.search(r"(?:^|\| )(?:the )?judge\b", written, re.IGNORECASE):
        heard.add(courts[0])
    return heard


@pytest.mark.parametrize("name", ARTICLE_NAMES)
def test_the_unheard_are_the_people_and_organisations_no_statement_is_attributed_to(name, sample):
    quotes, entities = sample(name).tables["quotes"], sample(name).tables["entities"]
    silent = speakers.unheard(entities, quotes)
    people = entities[entities["entity_type"].isin(["PERSON", "ORG"])]
    heard = heard_by_rule(set(quotes["speaker"].dropna()), quotes, people)
    assert set(silent["entity"]) == set(people["entity"]) - heard
    assert silent["mentions"].tolist() == sorted(silent["mentions"], reverse=True)


def test_kinds_words_tones_and_ties_of_a_small_table():
    quotes = quotes_table(
        [
            (1, "direct", "Ann Lee", "negative", "“We will not pay,” she said"),
            (2, "reported", "Acme", "positive", "that it would pay in full"),
            (3, "partial", "Ann Lee", "positive", "the offer was “an insult”"),
            (4, "reported", "officials", "neutral", "talks would resume"),
            (5, "reported", None, "neutral", "the strike would end"),
        ]
    )
    table = speakers.speakers_table(quotes, ENTITIES).set_index("speaker")
    assert table.index.tolist() == ["Ann Lee", "Acme", "officials"]
    assert table.loc["Ann Lee", ["statements", "direct", "partial", "reported"]].tolist() == [2, 1, 1, 0]
    assert table.loc["Ann Lee", "tone"] == speakers.MIXED  # one negative, one positive
    assert table.loc["Acme", ["speaker_kind", "mentions", "tone"]].tolist() == ["organisation", 3, "positive"]
    assert table.loc["officials", ["speaker_kind", "entity_type", "mentions"]].tolist() == ["unnamed", "", 0]
    assert speakers.unattributed(quotes) == 1
    kinds = speakers.quote_kinds(quotes).set_index("kind")
    assert kinds["statements"].tolist() == [1, 1, 3]
    assert kinds["words"].sum() == sum(count_words(t) for t in quotes["text"])
    assert kinds["share_words"].sum() == pytest.approx(1.0)
    assert speakers.unheard(ENTITIES, quotes)["entity"].tolist() == ["Bo Kim", "Tax Office"]  # Bonn is a place


def test_no_quotes_no_speakers():
    empty = quotes_table([])
    assert speakers.speakers_table(empty, ENTITIES).empty
    assert list(speakers.speakers_table(empty, ENTITIES).columns) == speakers.SPEAKER_COLUMNS
    assert speakers.quote_kinds(empty)["statements"].tolist() == [0, 0, 0]
    assert speakers.unheard(ENTITIES, empty)["entity"].tolist() == ["Ann Lee", "Acme", "Bo Kim", "Tax Office"]
    assert speakers.main_tone({"negative": 0, "neutral": 0, "positive": 0}) == ""


def test_across_the_corpus_a_named_speaker_counts_once_per_article_and_descriptions_are_left_out():
    quotes = quotes_table(
        [
            (1, "direct", "Ann Lee", "neutral", "“Yes,” she said"),
            (2, "reported", "Ann Lee", "neutral", "that it was over"),
            (1, "reported", "ANN LEE", "neutral", "no deal"),
            (1, "reported", "officials", "neutral", "talks go on"),
            (1, "reported", "officials", "neutral", "talks stop"),
        ]
    ).assign(article=["a", "a", "b", "a", "b"])
    entities = pd.DataFrame(
        {
            "article": ["a", "b"],
            "entity": ["Ann Lee", "ANN LEE"],
            "entity_type": ["PERSON", "PERSON"],
            "mentions": [3, 1],
        }
    )
    across = speakers.speakers_across(quotes, entities)
    assert across[["speaker", "statements", "direct", "articles"]].values.tolist() == [["Ann Lee", 3, 1, 2]]


def test_the_sample_corpus_names_each_speaker_of_each_article(sample_corpus):
    quotes, entities = sample_corpus["quotes"], sample_corpus["entities"]
    across = speakers.speakers_across(quotes, entities, n=1000)
    named = {(a, e) for a, e in zip(entities["article"], entities["entity"])}
    # a statement of named speakers together ("Ryanair and easyJet said") is one of each one's
    parts = [
        re.split(r", (?:and )?| and ", str(s)) if (a, s) not in named else [s]
        for a, s in zip(quotes["article"], quotes["speaker"])
    ]
    counted = sum(len(p) for a, p in zip(quotes["article"], parts) if all((a, s) in named for s in p))
    assert across["statements"].sum() == counted
    assert across["articles"].tolist() == sorted(across["articles"], reverse=True)


def test_a_description_that_opened_a_sentence_is_one_speaker_written_in_lower_case():
    named = {"Bank of Tarrow", "The Hague Forum"}
    assert speakers.speaker_name("The authority") == "the authority"
    assert speakers.speaker_name("Passenger groups") == "passenger groups"
    assert speakers.speaker_name("A spokesperson") == "a spokesperson"
    assert speakers.speaker_name("I") == speakers.WRITER
    # names, and words that may be names, stay as written
    for name in ("Bank of Tarrow", "The Hague Forum", "UN officials", "Ora Vale", "Department for Roads"):
        assert speakers.speaker_name(name, named) == name
    assert speakers.speaker_name("The Hague") == "The Hague"
    assert speakers.speaker_name("Médecins sans Frontières") == "Médecins sans Frontières"
    quotes = pd.DataFrame(
        [
            (1, "reported", "The authority", "neutral", "that the rise was fair"),
            (4, "reported", "the authority", "negative", "that bills would rise"),
            (5, "reported", "I", "neutral", "that the lanes are a start"),
        ],
        columns=["paragraph", "kind", "speaker", "tone", "text"],
    )
    table = speakers.speakers_table(quotes, ENTITIES)
    assert table["speaker"].tolist() == ["the authority", speakers.WRITER]
    assert table.loc[0, ["statements", "first_paragraph"]].tolist() == [2, 1]


def test_a_one_word_group_opening_a_sentence_is_the_group_written_in_lower_case_elsewhere():
    """ "Prosecutors said" opening a sentence and "prosecutors said" after a comma are one source; a capitalised
    plural common noun the article never writes in lower case ("Critics") is a description all the same."""
    quotes = pd.DataFrame(
        [
            (1, "reported", "prosecutors", "negative", "that he was sentenced"),
            (3, "reported", "Prosecutors", "neutral", "that he diverted checks"),
            (3, "reported", "Prosecutors", "neutral", "that he hid the losses"),
            (4, "reported", "Critics", "negative", "that the term was short"),
        ],
        columns=["paragraph", "kind", "speaker", "tone", "text"],
    )
    table = speakers.speakers_table(quotes, ENTITIES)
    assert table["speaker"].tolist() == ["prosecutors", "critics"]
    assert table.loc[0, ["statements", "first_paragraph"]].tolist() == [3, 1]


def test_a_body_is_heard_through_an_officer_named_with_its_short_name_or_its_economist():
    entities = pd.DataFrame(
        {
            "entity": ["Federal Reserve", "Pantheon Macroeconomics", "Monetary Policy Committee"],
            "entity_type": ["ORG", "ORG", "ORG"],
            "mentions": [2, 1, 1],
            "paragraphs": [1, 1, 1],
            "first_paragraph": [7, 5, 2],
            "aliases": ["Federal Reserve|Fed", "Pantheon Macroeconomics", "Monetary Policy Committee"],
        }
    )
    quotes = pd.DataFrame(
        {
            "speaker": ["Jerome Powell", "Rob Wood"],
            "speaker_text": ["Fed Chair Jerome Powell", "Rob Wood, chief UK economist at Pantheon Macroeconomics"],
            "kind": ["partial", "partial"],
            "text": ["it a “risk management cut”", "the vote was “more hawkish than it looks”"],
        }
    )
    assert list(speakers.unheard(entities, quotes)["entity"]) == ["Monetary Policy Committee"]
