"""Sentiment: scores as TextBlob and VADER give them, the combined tone's rule, quotations, entity tone, charts,
and (when the dev data is present) the combined tone measured against each lexicon alone on NewsMTSC."""

from __future__ import annotations

import math

import matplotlib.pyplot as plt
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st
from textblob import TextBlob
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from newsframe import config, sentiment

VADER = SentimentIntensityAnalyzer()
OWN_PARAGRAPHS = [
    "The minister praised the excellent new hospital, calling it a wonderful gift to the city.",
    "Critics said the plan was a disaster that would hurt thousands of poor families.",
    "The meeting took place on Tuesday in the capital.",
]


def sentences_of(paragraphs: dict[int, list[str]]) -> pd.DataFrame:
    """A sentences table (paragraph, sentence, start_char, end_char, text) of sentences joined by one space."""
    rows = []
    for number, texts in paragraphs.items():
        start = 0
        for n, text in enumerate(texts, start=1):
            rows.append(
                {"paragraph": number, "sentence": n, "start_char": start, "end_char": start + len(text), "text": text}
            )
            start += len(text) + 1
    return pd.DataFrame(rows)


# --- scores ----------------------------------------------------------------------------------------------------
def test_paragraph_scores_are_textblob_and_vader_of_the_exact_text(seed_analysis):
    paragraphs = seed_analysis.tables["paragraphs"]
    own = pd.DataFrame({"paragraph": [1, 2, 3], "text": OWN_PARAGRAPHS})
    for table in (paragraphs, own):
        scored = sentiment.paragraph_sentiment(table)
        assert list(scored.columns) == ["paragraph", "polarity", "subjectivity", "vader", "tone"]
        assert scored["paragraph"].tolist() == table["paragraph"].tolist()
        for text, row in zip(table["text"], scored.itertuples()):
            blob = TextBlob(text).sentiment
            assert row.polarity == round(blob.polarity, 4) + 0.0  # four decimals, as VADER's
            assert row.subjectivity == round(blob.subjectivity, 4) + 0.0
            assert row.vader == pytest.approx(VADER.polarity_scores(text)["compound"])
            assert row.tone in sentiment.TONES


def test_clear_paragraphs_get_the_expected_tone():
    tones = sentiment.paragraph_sentiment(pd.DataFrame({"paragraph": [1, 2, 3], "text": OWN_PARAGRAPHS}))["tone"]
    assert tones.tolist() == ["positive", "negative", "neutral"]


def test_sentence_scores_match_the_lexicons_and_keep_the_keys(seed_analysis):
    sentences = seed_analysis.tables["sentences"]
    table = sentiment.sentence_sentiment(sentences)
    assert list(table.columns) == sentiment.SENTENCE_COLUMNS
    assert table[["paragraph", "sentence", "text"]].equals(
        sentences[["paragraph", "sentence", "text"]].reset_index(drop=True)
    )
    assert table["quoted"].dtype == bool
    for row in table.sample(5, random_state=1).itertuples():
        assert row.polarity == round(TextBlob(row.text).sentiment.polarity, 4) + 0.0  # four decimals, as VADER's
        assert row.vader == pytest.approx(VADER.polarity_scores(row.text)["compound"])


# --- the tone rule -------------------------------------------------------------------------------------------
def test_no_sentiment_words_is_neutral_and_empty_text_is_neutral():
    assert sentiment.combined_tone(0.0, 0.0, 0.0, 0.0) == "neutral"
    for text in ("", "   ", "…", None):
        assert sentiment.text_tone(text) == "neutral"
    empty = sentiment.score_texts(["", "  "])
    assert (empty[["polarity", "subjectivity", "vader"]] == 0).all().all()
    assert empty["tone"].tolist() == ["neutral", "neutral"]


def test_tone_changes_exactly_at_the_fitted_boundary():
    # With polarity = vader = 0 the negative score is NEGATIVE_BIAS + w * vader_neg: zero at the boundary.
    boundary = -sentiment.NEGATIVE_BIAS / sentiment.NEGATIVE_WEIGHTS["vader_neg"]
    assert sentiment.combined_tone(0.0, 0.0, 0.0, boundary - 1e-6) == "neutral"
    assert sentiment.combined_tone(0.0, 0.0, 0.0, boundary + 1e-6) == "negative"
    boundary = -sentiment.POSITIVE_BIAS / sentiment.POSITIVE_WEIGHTS["vader_pos"]
    assert sentiment.combined_tone(0.0, 0.0, boundary - 1e-6, 0.0) == "neutral"
    assert sentiment.combined_tone(0.0, 0.0, boundary + 1e-6, 0.0) == "positive"


def test_ties_go_to_neutral(monkeypatch):
    monkeypatch.setattr(sentiment, "NEGATIVE_BIAS", 0.0)
    monkeypatch.setattr(sentiment, "POSITIVE_BIAS", 0.0)
    assert sentiment.combined_tone(0.0, 0.0, 0.0, 0.0) == "neutral"  # all three scores 0


def test_when_the_lexicons_disagree_vaders_word_evidence_decides():
    # TextBlob positive, VADER negative with negative words: negative; and the mirror case: positive.
    assert sentiment.combined_tone(0.5, -0.5, 0.0, 0.3) == "negative"
    assert sentiment.combined_tone(-0.5, 0.6, 0.3, 0.0) == "positive"
    # Both mildly positive but neither strongly: stays neutral, as news prose mostly is.
    assert sentiment.combined_tone(0.05, 0.1, 0.05, 0.0) == "neutral"


@pytest.mark.parametrize("feature", ["polarity", "vader", "vader_pos"])
def test_more_positive_evidence_never_makes_a_tone_more_negative(feature):
    order = {tone: k for k, tone in enumerate(sentiment.TONES)}
    base = {"polarity": 0.0, "vader": 0.0, "vader_pos": 0.1, "vader_neg": 0.1}
    previous = -1
    for step in range(0, 11):
        x = dict(base, **{feature: step / 10})
        rank = order[sentiment.combined_tone(**x)]
        assert rank >= previous
        previous = rank


def test_threshold_tone_is_strict_at_the_thresholds():
    low, high = -0.1, 0.2
    assert sentiment.threshold_tone(low, (low, high)) == "neutral"
    assert sentiment.threshold_tone(high, (low, high)) == "neutral"
    assert sentiment.threshold_tone(low - 0.001, (low, high)) == "negative"
    assert sentiment.threshold_tone(high + 0.001, (low, high)) == "positive"


# --- quotations ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        '"We will never give up on this city," the mayor said.',
        "“We will never give up on this city,” the mayor said.",
        "„Wir geben diese Stadt nie auf“, sagte der Bürgermeister.",
        "«We will never give up on this city», the mayor said.",
    ],
)
def test_a_sentence_mostly_inside_quotes_is_quoted(text):
    table = sentiment.sentence_sentiment(sentences_of({1: [text]}))
    assert table["quoted"].tolist() == [True]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor called the plan “absolutely stupid” in a long interview on Monday.",
        'Officials described the talks as "constructive" but gave no details of any agreement.',
        "Russia’s minister said the country’s army wasn’t ready.",  # apostrophes, not quotes
        "The mayor said nothing.",
    ],
)
def test_scare_quotes_and_apostrophes_are_the_reporters_words(text):
    table = sentiment.sentence_sentiment(sentences_of({1: [text]}))
    assert table["quoted"].tolist() == [False]


def test_a_quote_spanning_sentences_marks_each_of_them():
    paragraph = [
        "“If problems remain, we must solve them.",
        "We came here to find a solution,” Putin said.",
        "He left on Tuesday.",
    ]
    assert sentiment.sentence_sentiment(sentences_of({3: paragraph}))["quoted"].tolist() == [True, True, False]
    straight = [s.replace("“", '"').replace("”", '"') for s in paragraph]
    assert sentiment.sentence_sentiment(sentences_of({3: straight}))["quoted"].tolist() == [True, True, False]


def test_an_unclosed_quote_runs_to_the_end_of_its_paragraph_only():
    table = sentiment.sentence_sentiment(
        sentences_of(
            {
                1: ["The minister spoke.", "“We are ready for anything.", "Nothing will stop us."],
                2: ["The talks ended at noon."],
            }
        )
    )
    assert table["quoted"].tolist() == [False, True, True, False]


def test_quote_spans_pair_marks_in_order():
    text = 'He said "yes" and then “no”.'
    spans = sentiment.quote_spans(text)
    assert [text[a:b] for a, b in spans] == ['"yes"', "“no”"]
    assert sentiment.quoted_share(text, 0, len(text), spans) < sentiment.QUOTED_SHARE


# --- entities ------------------------------------------------------------------------------------------------
def mentions_fixture() -> pd.DataFrame:
    """Mentions in the entities module's schema."""
    rows = [
        (1, 1, 0, 5, "Smith", "PERSON", "Anna Smith"),
        (1, 1, 20, 25, "Smith", "PERSON", "Anna Smith"),  # twice in one sentence: counts once
        (1, 2, 0, 10, "Anna Smith", "PERSON", "Anna Smith"),
        (2, 1, 4, 10, "Berlin", "GPE", "Berlin"),
        (2, 1, 30, 36, "Berlin", "ORG", "Berlin"),
        (2, 2, 0, 6, "Berlin", "GPE", "Berlin"),
    ]
    return pd.DataFrame(
        rows, columns=["paragraph", "sentence", "start_char", "end_char", "text", "entity_type", "entity"]
    )


def test_entity_sentiment_averages_each_mentioning_sentence_once():
    scores = pd.DataFrame(
        {
            "paragraph": [1, 1, 2, 2],
            "sentence": [1, 2, 1, 2],
            "text": ["a", "b", "c", "d"],
            "quoted": False,
            "polarity": [0.5, -0.1, 0.2, 0.0],
            "subjectivity": 0.5,
            "vader": [0.8, -0.4, 0.0, -0.6],
            "tone": "neutral",
        }
    )
    table = sentiment.entity_sentiment(scores, mentions_fixture())
    assert list(table.columns) == sentiment.ENTITY_COLUMNS
    assert table["entity"].tolist() == ["Anna Smith", "Berlin"]  # equal counts: by name
    smith = table.set_index("entity").loc["Anna Smith"]
    assert smith["sentences"] == 2
    assert smith["polarity_mean"] == pytest.approx(0.2)
    assert smith["vader_mean"] == pytest.approx(0.2)
    berlin = table.set_index("entity").loc["Berlin"]
    assert berlin["entity_type"] == "GPE"
    assert berlin["vader_mean"] == pytest.approx(-0.3)


def test_entity_sentiment_of_no_mentions_is_empty():
    table = sentiment.entity_sentiment(pd.DataFrame(columns=sentiment.SENTENCE_COLUMNS), mentions_fixture().iloc[:0])
    assert table.empty and list(table.columns) == sentiment.ENTITY_COLUMNS


# --- charts ----------------------------------------------------------------------------------------------------
def test_charts_return_the_data_they_plot(seed_analysis):
    paragraphs = seed_analysis.tables["paragraphs"]
    scored = sentiment.paragraph_sentiment(paragraphs)
    sentences = sentiment.sentence_sentiment(seed_analysis.tables["sentences"])
    fig, data = sentiment.plot_paragraph_polarity(scored, paragraphs)
    assert data["paragraph"].tolist() == paragraphs["paragraph"].tolist()
    assert data["first_words"].iloc[1].startswith("1. ")
    plt.close(fig)
    fig, data = sentiment.plot_lexicon_agreement(scored, paragraphs)
    assert data["agree"].mean() == pytest.approx(sentiment.agreement(scored))
    plt.close(fig)
    fig, data = sentiment.plot_voices(sentences)
    assert data["sentences"].sum() == len(sentences)
    assert data.filter(like="share_").sum(axis=1).round(3).isin([0.0, 1.0]).all()
    plt.close(fig)
    tones = sentiment.entity_sentiment(sentences, mentions_fixture())
    fig, data = sentiment.plot_entity_tone(tones, min_sentences=1)
    assert data["entity"].tolist() == tones["entity"].tolist() == ["Berlin", "Anna Smith"]  # named in 2 and 1
    plt.close(fig)
    fig, data = sentiment.plot_entity_tone(tones, n=1, min_sentences=1)
    assert data["entity"].tolist() == ["Berlin"] and data["sentences"].tolist() == [2]
    plt.close(fig)


def test_extreme_sentences_are_the_most_positive_and_most_negative():
    table = sentiment.sentence_sentiment(sentences_of({1: OWN_PARAGRAPHS}))
    extremes = sentiment.extreme_sentences(table, n=1)
    assert extremes["text"].tolist() == [OWN_PARAGRAPHS[0], OWN_PARAGRAPHS[1]]


# --- measured on NewsMTSC (skipped without the dev data) ------------------------------------------------------
NEWSMTSC = config.DEV_DATA_DIR / "newsmtsc" / "train.jsonl"


@pytest.fixture(scope="module")
def newsmtsc() -> pd.DataFrame:
    """NewsMTSC's training sentences scored by both lexicons."""
    if not NEWSMTSC.is_file():
        pytest.skip(f"{NEWSMTSC} not found")
    return sentiment.load_newsmtsc(NEWSMTSC)


def test_combined_tone_beats_each_lexicon_alone_in_cross_validation(newsmtsc):
    results = sentiment.cross_validate(newsmtsc)
    assert results["tone"]["macro_f1"] > results["vader"]["macro_f1"] > results["textblob"]["macro_f1"]
    assert results["tone"]["accuracy"] > results["vader"]["accuracy"]
    # The figures the notebook quotes are the ones this measurement gives.
    for method, scores in results.items():
        for name, value in scores.items():
            assert value == pytest.approx(sentiment.BENCHMARK[method][name], abs=0.002)
    assert len(newsmtsc) == sentiment.BENCHMARK_SENTENCES


def test_shipped_constants_are_the_ones_the_data_gives(newsmtsc):
    fitted = sentiment.fitted_constants(newsmtsc)
    for name, value in fitted.items():
        shipped = getattr(sentiment, name)
        if isinstance(value, dict):
            assert value.keys() == shipped.keys()
            assert all(math.isclose(value[k], shipped[k], abs_tol=0.01) for k in value), name
        else:
            assert value == pytest.approx(shipped, abs=0.01), name


def test_gold_is_the_majority_of_targets_with_ties_to_the_first():
    assert sentiment.sentence_gold([2.0]) == 0
    assert sentiment.sentence_gold([6.0, 4.0, 6.0]) == 2
    assert sentiment.sentence_gold([4.0, 2.0]) == 1
    assert sentiment.sentence_gold([2.0, 4.0]) == 0


def test_straight_quotes_are_told_apart_by_their_neighbours():
    reopened = 'The resident said: "People are angry.\n"We will keep fighting." Then she left.'
    spans = sentiment.quote_spans(reopened)
    assert [reopened[a:b] for a, b in spans] == ['"People are angry.\n"We will keep fighting."']
    inches = 'The 6" pipe burst on Monday, officials said.'
    assert sentiment.quote_spans(inches) == []


@given(st.text(alphabet='ab .,\n"“”„«»’', max_size=60))
def test_quote_spans_are_ordered_disjoint_and_start_on_a_quote_mark(text):
    spans = sentiment.quote_spans(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert text[start] in sentiment.QUOTE_PAIRS
        previous_end = end
    assert 0.0 <= sentiment.quoted_share(text, 0, len(text), spans) <= 1.0


def test_a_one_sentence_paragraph_is_scored_once_with_the_same_scores(seed_analysis, monkeypatch):
    paragraphs, sentences = seed_analysis.tables["paragraphs"], seed_analysis.tables["sentences"]
    scored = []
    original = sentiment.text_scores
    monkeypatch.setattr(sentiment, "text_scores", lambda text: scored.append(text) or original(text))
    known: dict = {}
    shared = sentiment.paragraph_sentiment(paragraphs, known), sentiment.sentence_sentiment(sentences, known)
    once = set(paragraphs["text"]) & set(sentences["text"])
    assert once and len(scored) == len(paragraphs) + len(sentences) - len(once) == len(set(scored))
    alone = sentiment.paragraph_sentiment(paragraphs), sentiment.sentence_sentiment(sentences)
    for with_known, without in zip(shared, alone):
        pd.testing.assert_frame_equal(with_known, without)
    pd.testing.assert_frame_equal(seed_analysis.tables["paragraph_sentiment"], alone[0])
