"""Sentiment: scores as TextBlob and VADER give them, the combined tone's rule, quotations, entity tone, charts,
and (when the dev data is present) the combined tone measured against each lexicon alone on NewsMTSC."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st
from textblob import TextBlob
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from newsframe import config, sentiment, tone_model, training

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
        assert list(scored.columns) == sentiment.PARAGRAPH_COLUMNS
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


# --- the tone ------------------------------------------------------------------------------------------------
def test_no_sentiment_words_is_neutral_and_empty_text_is_neutral():
    for text in ("", "   ", "…", None):
        assert sentiment.text_tone(text) == "neutral"
    empty = sentiment.score_texts(["", "  "])
    assert (empty[["polarity", "subjectivity", "vader", "tone_score"]] == 0).all().all()
    assert empty["tone"].tolist() == ["neutral", "neutral"]


# The model learned from political news about people: the wording of a sport result (a rout) is rare there. A known
# miss, kept so that a fix shows.
@pytest.mark.parametrize(
    ("text", "tone"),
    [
        (
            "The bank said it could not afford to pay the guarantee, leaving thousands of savers without their money.",
            "negative",
        ),
        ("Profits fell 40% in the third quarter as sales collapsed, the company said on Tuesday.", "negative"),
        ("Carmaker Voltra cuts 2,000 jobs as quarterly profit halves", "negative"),
        ("Unemployment rose to 5.2% in May, the highest in a decade.", "negative"),
        ("Its shares rose 3% after the deal was announced.", "positive"),
        ("The council said the bridge will be closed for repairs from Monday.", "neutral"),
        ("“We were pleased that the court agreed with us,” the family’s lawyer said after the hearing.", "positive"),
        ("The team celebrated a stunning victory, their best season in decades.", "positive"),
    ],
)
def test_tone_of_sentences_whose_tone_is_not_in_doubt(text, tone):
    assert sentiment.text_tone(text) == tone


def test_the_side_that_was_demolished_reads_negative():
    text = "Leicester demolished Bath 52-3 at Welford Road on Saturday, handing the visitors their worst defeat."
    start = text.index("Bath")
    tone, score = sentiment.target_tone(text, start, start + 4)
    assert tone == "negative" and score < 0


@pytest.mark.parametrize(
    ("text", "name", "tone"),
    [
        ("Leicester demolished Bath 52-3 at Welford Road on Saturday.", "Leicester", "positive"),
        ("Arsenal lost to Chelsea 2-1 after extra time.", "Arsenal", "negative"),
        ("Arsenal lost to Chelsea 2-1 after extra time.", "Chelsea", "positive"),
        ("Sampras was beaten by Agassi in the final.", "Sampras", "negative"),
        ("Okonkwo scored twice in a 3-1 win over Brayford City at Millfield Park.", "Brayford City", "negative"),
        ("The champions slumped to a 2-0 defeat to Hull on a wet evening.", "Hull", "positive"),
        ("The incumbent was ousted by Maria Lopez, who defeated Tom Reyes in the primary.", "Tom Reyes", "negative"),
    ],
)
def test_a_contest_won_or_lost_decides_the_tone_towards_each_side(text, name, tone):
    start = text.index(name)
    found, score = sentiment.target_tone(text, start, start + len(name))
    assert found == tone and (score > 0) == (tone == "positive")


@pytest.mark.parametrize(
    ("text", "name", "tone"),
    [
        ("Kelby Foods profit falls 40% as costs bite", "Kelby Foods", "negative"),
        ("Kelby Foods said on Thursday that its pre-tax profit fell 40% in the half year.", "Kelby Foods", "negative"),
        ("Shares in Dunmore Mining fell 8% by mid-morning.", "Dunmore Mining", "negative"),
        ("Harwick's sales jumped 20% in March.", "Harwick", "positive"),
        ("Losses at Orwell Steel narrowed to 3 million dollars.", "Orwell Steel", "positive"),
        ("Senator Ames said unemployment rose under the governor.", "Ames", None),  # a speaker owns no results
        ("Kelby said jobs grew by 2,000 in May.", "Kelby", None),
    ],
)
def test_a_names_own_results_give_the_tone_towards_it(text, name, tone):
    start = text.index(name)
    assert sentiment.results_tone(text, start, start + len(name)) == tone
    if tone:
        p = np.array([0.2, 0.6, 0.2])
        assert sentiment.target_decision(text, start, start + len(name), p)[0] == tone


def test_a_beating_without_a_score_is_no_win():
    text = "Police beat the protester, witnesses said."
    assert sentiment.contest_tone(text, 0, 6) is None
    assert sentiment.contest_tone(text, text.index("protester"), text.index("protester") + 9) == "negative"


@pytest.mark.parametrize(
    ("text", "tone"),
    [
        ("Net profit fell to 410 million euros in the three months to December.", "negative"),
        ("Sales of the new phone jumped 20%.", "positive"),
        ("Its debt doubled in two years.", "negative"),
        ("Inflation eased and losses shrank to 3 million dollars.", "positive"),
        ("The firm will shed about a third of its staff.", "negative"),
        ("The city was unable to pay its teachers in March.", "negative"),
        ("Sales rose 5% but profit fell.", None),  # results both ways: left to the model
        ("The senator said the bill would cut taxes for workers.", None),  # cutting taxes is no job cut
        ("He shares the view that taxes fell too far.", None),  # another clause: nothing of "shares" fell
        ("Republicans fell in line behind the bill.", None),
        ("Osaka shares closed lower on Friday as investors locked in profits after a record run.", "negative"),
        ("Mining stocks ended sharply higher in Sydney.", "positive"),
        ("Joblessness was higher than forecast in the north.", "negative"),
        ("The new ferry is higher than the old one.", None),
    ],
)
def test_results_stated_one_way_give_their_tone(text, tone):
    assert sentiment.outcome_tone(text) == tone


def test_both_lexicons_far_from_zero_on_one_side_decide():
    model_says_negative = np.array([0.6, 0.3, 0.1])
    assert sentiment.combined_tone(model_says_negative, 0.5, 0.8) == "positive"
    assert sentiment.combined_tone(np.array([0.2, 0.5, 0.3]), 0.3, 0.5) == "positive"  # at the thresholds
    # One lexicon alone, or both only mildly positive, leave the model's label.
    assert sentiment.combined_tone(model_says_negative, 0.5, 0.2) == "negative"
    assert sentiment.combined_tone(model_says_negative, 0.1, 0.8) == "negative"
    assert sentiment.combined_tone(model_says_negative, 0.29, 0.49) == "negative"
    model_says_positive = np.array([0.1, 0.2, 0.7])
    assert sentiment.combined_tone(model_says_positive, -0.4, -0.6) == "negative"


def test_strong_lexicon_sentences_in_a_table_carry_the_lexicons_side(seed_analysis):
    table = sentiment.sentence_sentiment(
        sentences_of({1: ["We were delighted, it was a wonderful and excellent result.", "Nothing happened."]})
    )
    strong = sentiment.overridden(table)
    assert len(strong) == 1 and (strong["tone"] == strong["lexicons"]).all()


def test_tone_score_is_the_difference_of_the_models_probabilities():
    text = "Critics said the plan was a disaster that would hurt thousands of poor families."
    p = sentiment.tone_probabilities(text)
    assert p.sum() == pytest.approx(1.0) and p[0] == max(p)
    assert sentiment.score_texts([text])["tone_score"][0] == pytest.approx(p[2] - p[0], abs=1e-4)


def test_threshold_tone_is_strict_at_the_thresholds():
    low, high = -0.1, 0.2
    assert sentiment.threshold_tone(low, (low, high)) == "neutral"
    assert sentiment.threshold_tone(high, (low, high)) == "neutral"
    assert sentiment.threshold_tone(low - 0.001, (low, high)) == "negative"
    assert sentiment.threshold_tone(high + 0.001, (low, high)) == "positive"


# --- the model file ----------------------------------------------------------------------------------------------
def test_the_model_ships_as_plain_json_with_its_data_and_licence():
    data = json.loads(tone_model.MODEL_PATH.read_text(encoding="utf-8"))
    assert "NewsMTSC" in data["data"] and "MIT" in data["data_licence"]
    assert data["settings"]["classes"] == list(sentiment.TONES)
    assert len(data["intercept"]) == 3 and all(len(row) == 3 for row in data["coefficients"].values())
    assert {"polarity", "vader", "has_target"} <= data["coefficients"].keys()
    model = tone_model.load_model()
    assert model.to_json() == tone_model.MODEL_PATH.read_text(encoding="utf-8")  # written as it is read


def test_a_damaged_model_file_is_named_in_the_error(tmp_path):
    bad = tmp_path / "tone_model.json"
    bad.write_text('{"settings": {}}', encoding="utf-8")
    with pytest.raises(ValueError, match="tone_model.json"):
        tone_model.read_model(bad)


# --- long texts --------------------------------------------------------------------------------------------------
def test_vader_scores_short_texts_whole_and_long_ones_in_pieces_that_join_to_the_text():
    text = OWN_PARAGRAPHS[1]
    assert sentiment.text_scores(text)["vader"] == VADER.polarity_scores(text)["compound"]
    long = " ".join(OWN_PARAGRAPHS * 40) + " " + "x" * 2500
    parts = sentiment.vader_pieces(long)
    assert "".join(parts) == long and all(len(p) <= sentiment.VADER_PIECE_CHARS for p in parts)
    assert all(p.rstrip().endswith((".", "x")) for p in parts)  # cut after sentence ends where there are some
    weights = [len(p) for p in parts]
    expected = sum(w * VADER.polarity_scores(p)["compound"] for w, p in zip(weights, parts)) / sum(weights)
    assert sentiment.text_scores(long)["vader"] == pytest.approx(expected)


# --- paragraph tone ------------------------------------------------------------------------------------------------
def test_paragraph_tone_is_its_largest_share_of_text_by_sentence_length():
    sentences = sentences_of(
        {1: ["Prices fell sharply and thousands lost their jobs in a terrible year.", "It rained."]}
    )
    scored = sentiment.sentence_sentiment(sentences)
    assert scored["tone"].tolist() == ["negative", "neutral"]
    paragraphs = pd.DataFrame({"paragraph": [1], "text": [" ".join(sentences["text"])]})
    row = sentiment.paragraph_sentiment(paragraphs, None, scored).iloc[0]
    long, short = (len(t.replace(" ", "")) for t in sentences["text"])
    assert row["tone"] == "negative"
    assert row["share_negative"] == pytest.approx(long / (long + short), abs=1e-4)
    assert row["share_negative"] + row["share_neutral"] + row["share_positive"] == pytest.approx(1.0, abs=1e-3)


def test_a_paragraph_never_reads_against_both_lexicons_far_from_zero():
    # the angry sentence is the shorter: by share alone the paragraph would read neutral, against a polarity of -1.0
    # and a VADER of -0.88 for the paragraph
    sentences = sentences_of(
        {
            1: [
                "The mayor said she was furious and disgusted with the awful decision.",
                "According to the mayor, the ferry company had also raised fares on the island route twice this "
                "winter.",
            ]
        }
    )
    scored = sentiment.sentence_sentiment(sentences)
    assert scored["tone"].tolist() == ["negative", "neutral"]
    paragraphs = pd.DataFrame({"paragraph": [1], "text": [" ".join(sentences["text"])]})
    row = sentiment.paragraph_sentiment(paragraphs, None, scored).iloc[0]
    assert row["share_neutral"] > row["share_negative"] > 0
    assert row["polarity"] <= -sentiment.OVERRIDE_POLARITY and row["vader"] <= -sentiment.OVERRIDE_VADER
    assert row["tone"] == "negative"
    shares = {"share_negative": 0.0, "share_neutral": 1.0, "share_positive": 0.0}
    assert sentiment.paragraph_tone(shares, -0.6, -0.9) == "neutral"  # no sentence of it reads negative
    assert sentiment.paragraph_tone({**shares, "share_positive": 0.3, "share_neutral": 0.7}, 0.4, 0.6) == "positive"
    assert sentiment.paragraph_tone({**shares, "share_positive": 0.3, "share_neutral": 0.7}, 0.4, 0.3) == "neutral"


def test_equal_shares_go_to_neutral():
    assert sentiment.leading_tone({"share_negative": 0.5, "share_neutral": 0.5, "share_positive": 0.0}) == "neutral"
    assert sentiment.leading_tone({"share_negative": 0.5, "share_neutral": 0.0, "share_positive": 0.5}) == "neutral"
    assert sentiment.leading_tone({"share_negative": 0.0, "share_neutral": 0.0, "share_positive": 0.0}) == ""


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
        '"It has been the worst June I can remember," said Ora Vale, who runs a café on the harbour front.',
        "“We will be back next year,” the Kelby captain told reporters after the final at Dunmore Park on Sunday.",
        'Judge Ann Lee, sitting at the crown court in Harwick on Tuesday, said: "You abused that trust."',
    ],
)
def test_a_quotation_with_only_its_attribution_outside_is_quoted_however_long_the_attribution(text):
    table = sentiment.sentence_sentiment(sentences_of({1: [text]}))
    assert table["quoted"].tolist() == [True]


@pytest.mark.parametrize(
    "text",
    [
        "“Constructive” talks were held in the capital on Tuesday, officials said.",
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
            "tone_score": 0.0,
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
    assert table[sentiment.SHARE_COLUMNS].sum(axis=1).tolist() == pytest.approx([1.0, 1.0], abs=1e-3)


def test_entity_tone_reuses_the_sentences_scores_and_gives_the_same_table(seed_analysis, monkeypatch):
    t = seed_analysis.tables
    scored: dict[str, dict] = {}
    table = sentiment.sentence_sentiment(t["sentences"], scored)
    fresh = sentiment.entity_sentiment(table, t["mentions"], t["sentences"])

    def no_rescoring(text):
        raise AssertionError(f"scored again: {text[:40]}")

    monkeypatch.setattr(sentiment, "text_scores", no_rescoring)
    reused = sentiment.entity_sentiment(table, t["mentions"], t["sentences"], scored)
    pd.testing.assert_frame_equal(reused, fresh)


def test_entity_tone_is_read_from_each_names_own_context():
    text = "Police praised the brave firefighters, while prosecutors charged the arsonist Tom Reed with murder."
    sentences = sentences_of({1: [text]})
    start = text.index("Tom Reed")
    mentions = pd.DataFrame(
        [(1, 1, start, start + 8, "Tom Reed", "PERSON", "Tom Reed")],
        columns=["paragraph", "sentence", "start_char", "end_char", "text", "entity_type", "entity"],
    )
    table = sentiment.entity_sentiment(sentiment.sentence_sentiment(sentences), mentions, sentences)
    row = table.iloc[0]
    assert row["tone"] == "negative" and row["share_negative"] == 1.0 and row["tone_score"] < 0


def test_entity_sentiment_of_no_mentions_is_empty():
    table = sentiment.entity_sentiment(pd.DataFrame(columns=sentiment.SENTENCE_COLUMNS), mentions_fixture().iloc[:0])
    assert table.empty and list(table.columns) == sentiment.ENTITY_COLUMNS


def test_extreme_sentences_are_the_most_positive_and_most_negative():
    table = sentiment.sentence_sentiment(sentences_of({1: OWN_PARAGRAPHS}))
    extremes = sentiment.extreme_sentences(table, n=1)
    assert extremes["text"].tolist() == [OWN_PARAGRAPHS[0], OWN_PARAGRAPHS[1]]


# --- measured on NewsMTSC (skipped without the dev data) ------------------------------------------------------
NEWSMTSC = config.DEV_DATA_DIR / "newsmtsc" / "train.jsonl"


@pytest.fixture(scope="module")
def held_out() -> list[dict]:
    """NewsMTSC's held-out sentences (articles never used to fit), scored by both lexicons."""
    if not NEWSMTSC.is_file():
        pytest.skip(f"{NEWSMTSC} not found")
    return [row for row in training.load_newsmtsc(NEWSMTSC) if row["held_out"]]


def test_the_shipped_model_scores_on_held_out_sentences_what_the_notebook_says(held_out):
    assert len(held_out) == sentiment.BENCHMARK_HELD_OUT_SENTENCES
    gold = np.array([row["gold"] for row in held_out])
    predicted = training.predict(tone_model.load_model(), held_out)
    tone = training.scores_of(gold, predicted["tone"])
    target = training.scores_of(np.array([g for row in held_out for _, _, g in row["targets"]]), predicted["target"])
    shipped = sentiment.BENCHMARK["held_out"]
    assert tone == shipped["tone"] and target == shipped["target"]
    assert tone["macro_f1"] > shipped["vader"]["macro_f1"] + 0.05 > shipped["textblob"]["macro_f1"] + 0.05


def test_no_held_out_article_is_in_the_dev_part(held_out):
    assert all(training.held_out(row["article"]) for row in held_out)
    assert training.article_key("outlet_2000_17_3_Some Target_0_2") == "outlet_2000_17"
    assert training.article_key("source_v2_123456_-1_4_Other_10_12") == "source_v2_123456"


def test_gold_is_the_majority_of_targets_with_ties_to_the_first():
    assert training.sentence_gold([2.0]) == 0
    assert training.sentence_gold([6.0, 4.0, 6.0]) == 2
    assert training.sentence_gold([4.0, 2.0]) == 1
    assert training.sentence_gold([2.0, 4.0]) == 0


def test_the_analysis_never_imports_the_fitting_code():
    import subprocess
    import sys

    code = (
        "import sys; from newsframe import pipeline, sentiment, summary, export, corpus; "
        "print('sklearn' in sys.modules or 'newsframe.training' in sys.modules)"
    )
    assert (
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
        == "False"
    )


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
        assert text[start] in sentiment.QUOTE_PAIRS or text[start] in sentiment.OTHER_OPENERS
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
    pd.testing.assert_frame_equal(
        seed_analysis.tables["paragraph_sentiment"], sentiment.paragraph_sentiment(paragraphs, None, alone[1])
    )


def test_a_side_that_was_second_best_was_the_worse_one():
    assert sentiment.text_tone('"We were second best all afternoon," the Kelby manager said.') == "negative"
    assert sentiment.text_tone("Rovers were clearly second best after the break.") == "negative"
    assert sentiment.text_tone("Kelby are the second-best team in the league.") != "negative"  # a ranking


def test_praise_held_back_reads_negative_though_the_lexicons_read_its_praise():
    for text in (
        "– This was less happy news for the town's shops, Mäkelä said.",
        "We were less convincing after the break.",
        "The residents deserve better than another year of roadworks.",
        '"We have to do better," the Harwick coach said.',
    ):
        assert sentiment.misread_by_lexicons(text) and sentiment.text_tone(text) == "negative", text
    for text in ("She was no less happy with the draw.", "The volunteers deserve credit.", "Sales were better."):
        assert not sentiment.misread_by_lexicons(text), text


def test_a_game_that_should_have_been_won_was_not():
    for text in ('"We should have won that match," the Orwell manager said.', "Dunmore ought to have been ahead."):
        assert sentiment.misread_by_lexicons(text) and sentiment.text_tone(text) == "negative", text
    assert not sentiment.misread_by_lexicons("Nothing could be better for the harbour.")
    assert not sentiment.misread_by_lexicons("They have won three of their last four matches.")


def test_praise_through_a_negation_reads_positive():
    for text in (
        '"I could not be prouder of these players," the Kelby coach said.',
        "We couldn't have been happier with the new ferry.",
        "The residents could not be more pleased with the park.",
    ):
        assert sentiment.praised_by_negation(text) and sentiment.text_tone(text) == "positive", text
    for text in ("The minister could not be reached for comment.", "She could not be more wrong."):
        assert not sentiment.praised_by_negation(text), text


def test_lives_lost_counted_read_negative_where_the_model_read_a_flat_report_as_neutral():
    for text in (
        "Three hikers died in an avalanche above the Selva pass on Sunday.",
        "A bus left the mountain road near Tarvel on Friday, killing 16 passengers, the regional governor said.",
        "Raiders kill 9 farmers in the hill village of Oromba, officials say.",
        "Malaria kills about 600,000 people a year in the region, according to the agency.",
        "Nineteen people are shot dead at a market in the border town.",
        "Two fishermen drowned off the coast of Vass on Monday.",
        "A ferry capsized on Lake Orma, and 31 people died.",
    ):
        assert sentiment.casualty_tone(text) == "negative" and sentiment.text_tone(text) == "negative", text
    for text in (
        "The painter Ilse Marrow, 91, died on Tuesday.",  # an age, not a count of the dead
        "He was 27 when he was killed in the crash.",
        "Elsewhere in the war thousands have died.",  # a rough number before the fate is background
        "The 22-year-old driver died in hospital.",
    ):
        assert sentiment.casualty_tone(text) is None, text


def test_disappointment_and_doubt_the_lexicons_read_kindly_read_negative():
    for text in (
        '"We were outplayed from start to finish and we let our fans down," the Orwell captain said.',
        '"I will not pretend this service is good enough," the minister said.',
        "Not everyone on the harbour board is convinced.",
        "According to the coach, the squad must improve before the World Cup.",
    ):
        assert sentiment.misread_by_lexicons(text) and sentiment.text_tone(text) == "negative", text
    for text in (
        "We will never let our supporters down.",
        "The bank will let interest rates come down slowly.",
        "The soup was good enough to win a prize.",
    ):
        assert not sentiment.misread_by_lexicons(text), text


def test_charges_going_up_and_places_closed_read_negative():
    for text in (
        "The county has approved a council tax rise of 3.9% and the closure of four village libraries.",
        "Rail fares will rise by 5% in January, the operator confirmed.",
        "The board voted to close two rural schools next summer.",
        "The chain will shut 40 stores in the north next year.",
        "The cost of the sea wall has risen to 2m.",
    ):
        assert sentiment.outcome_tone(text) == "negative" and sentiment.text_tone(text) == "negative", text
    for text in ("Share prices rose sharply.", "He closed the door on talks.", "The bill on capital gains passed."):
        assert sentiment.outcome_tone(text) is None, text


def test_the_strength_of_a_hazard_is_no_praise():
    for text in ("Two aftershocks followed, the strongest of magnitude 5.1.", "A powerful cyclone struck Vell."):
        assert sentiment.without_hazard_strength(text) != text and sentiment.text_tone(text) != "positive", text
    assert sentiment.without_hazard_strength("She gave a powerful speech.") == "She gave a powerful speech."


def test_a_movement_short_of_what_was_expected_turns_the_other_way():
    cases = {
        "The central bank said inflation was falling more slowly than it had hoped.": "negative",
        "Orders rose 2%, less than the 5% economists had forecast.": "negative",
        "Operating profit fell less than analysts had expected.": "positive",
    }
    for text, tone in cases.items():
        assert sentiment.outcome_tone(text) == tone and sentiment.text_tone(text) == tone, text


def test_people_driven_from_home_or_missing_counted_read_negative():
    for text in ("More than 9,000 people have fled their homes since March.", "Four climbers are missing."):
        assert sentiment.casualty_tone(text) == "negative" and sentiment.text_tone(text) == "negative", text


def test_a_names_own_results_are_read_in_its_clause_when_the_sentence_states_results_both_ways():
    text = "Harbridge's sales fell 6% in the quarter, while sales at rival Olwen rose 2%."
    start = text.index("Harbridge")
    assert sentiment.outcome_tone(text) is None  # both ways in the sentence
    assert sentiment.results_tone(text, start, start + len("Harbridge")) == "negative"


def test_a_best_not_reached_and_an_excess_read_negative():
    for text in (
        "The Marsden captain admitted his side had been below their best with the bat.",
        "Oakley were well short of their best after the interval.",
        '"The dangers are simply too great," the councillor said.',
    ):
        assert sentiment.misread_by_lexicons(text) and sentiment.text_tone(text) == "negative", text
    for text in (
        "She was not far from her best.",  # near her best
        "The pull of the sea was too great to resist.",
        "a composer almost too great for his own time",
        "It was the best afternoon of the summer.",
    ):
        assert not sentiment.misread_by_lexicons(text), text


def test_a_demand_for_better_reads_negative():
    for text in (
        "The opposition spokesman said the scheme was flawed and that ministers should be offering better support.",
        "Tenants must be given far better protection, the charity said.",
    ):
        assert sentiment.misread_by_lexicons(text) and sentiment.text_tone(text) == "negative", text
    for text in ("Things should get better in the spring.", "The new ward will provide better care."):
        assert not sentiment.misread_by_lexicons(text), text


def test_harm_denied_is_no_count_of_casualties_nor_bad_news():
    for text in (
        "No one was injured.",
        "Nobody was hurt, the fire service said.",
        "No injuries were reported.",
        "None of the passengers needed hospital treatment.",
    ):
        assert sentiment.casualty_tone(text) is None and sentiment.text_tone(text) != "negative", text
    assert sentiment.casualty_tone("Two walkers died and no one else was hurt.") == "negative"


def test_services_called_off_counted_read_negative():
    for text in (
        "More than 1,200 flights were cancelled at the two airports on Tuesday.",
        "About 600 planned operations were postponed in the first week.",
        "Gales forced the organisers to cancel the final day.",
        "The operator had to cancel a large part of its trains.",
        "Rail strike: 40 services axed on the coast line",
    ):
        assert sentiment.outcome_tone(text) == "negative" and sentiment.text_tone(text) == "negative", text
    for text in ("No flights were cancelled.", "She cancelled the meeting.", "A spring fair was also cancelled."):
        assert sentiment.outcome_tone(text) is None, text


def test_a_forecast_cut_or_raised_a_profit_warning_and_a_record_sale():
    cases = {
        "The retailer cut its full-year profit forecast for the second time.": "negative",
        "The firm raised its sales guidance after a strong summer.": "positive",
        "The central bank lowered its inflation forecast.": "positive",  # a bad measure, the other way
        "The profit warning sent the shares down.": "negative",
        "Forgotten portrait sells for record £4.1m at auction": "positive",
    }
    for text, tone in cases.items():
        assert sentiment.outcome_tone(text) == tone and sentiment.text_tone(text) == tone, text
    assert sentiment.outcome_tone("The bank cut its interest rate forecast.") is None  # who gains is not said


def test_a_short_question_states_nothing():
    for text in ("Have any records been stolen?", "When will the trains run again?", "Did you think about quitting?"):
        assert sentiment.short_question(text) and sentiment.text_tone(text) == "neutral", text
    long = "Why did the council spend two million pounds on a bridge that nobody uses and that floods every winter?"
    assert not sentiment.short_question(long)


def test_an_obituarys_survivors_are_no_good_news():
    text = "She is survived by her husband, Tom, and three sons."
    assert sentiment.without_misread_words(text) != text and sentiment.text_tone(text) != "positive"
    assert sentiment.without_misread_words("He survived the crash.") == "He survived the crash."


def test_jobs_lost_a_business_failed_and_a_dispute_ended():
    cases = {
        "Toy chain Pellwood collapses into administration with 900 jobs at risk": "negative",
        "Sawmill in Oulu shuts - 120 lose their jobs": "negative",
        "The administrators will close 14 shops, with the loss of about 300 jobs.": "negative",
        "The shipyard filed for bankruptcy on Friday.": "negative",
        "Nurses accept pay offer, ending four-week strike": "positive",
    }
    for text, tone in cases.items():
        assert sentiment.outcome_tone(text) == tone and sentiment.text_tone(text) == tone, text


def test_a_movement_before_a_measure_is_that_measures():
    text = "The bakery chain has struggled with falling sales, rising rents and cheaper rivals."
    assert sentiment.outcome_tone(text) == "negative"  # not "sales, rising": a rise in sales
    assert sentiment.outcome_tone("Falling unemployment helped the governor.") == "positive"
    assert sentiment.outcome_tone("Mounting losses forced the sale.") == "negative"


def test_harm_denied_by_neither_nor_is_read_without_the_denial():
    text = "Neither the pilot nor the co-pilot was seriously hurt."
    assert sentiment.without_harm_denied(text) != text and sentiment.text_tone(text) == "neutral"


def test_a_movement_before_a_clause_word_is_the_measures_own():
    text = "Corvan profit slides as costs bite, but sales beat forecasts"
    assert sentiment.outcome_tone(text) is None  # both ways: left to the model


def test_feeling_words_of_names_and_terms_are_no_praise():
    for text in ("Economists point to interest rates.", "The United Nations said the envoy would return next week."):
        assert sentiment.without_misread_words(text) != text and sentiment.text_tone(text) == "neutral", text
    assert sentiment.without_misread_words("She has an interest in boats.") == "She has an interest in boats."


def test_falling_short_reads_negative():
    for text in ("Vessa unveils its lightest laptop, but battery life falls short", "The rescue plan fell well short."):
        assert sentiment.misread_by_lexicons(text) and sentiment.text_tone(text) == "negative", text
    assert not sentiment.misread_by_lexicons("He fell short to Orrin in the 1998 race.")


def test_a_shortfall_misread_as_praise_reads_negative_towards_the_name_that_opens_it():
    text = "Marsden captain Lee Orr admitted his side had been below their best with the bat."
    assert sentiment.target_tone(text, 0, len("Marsden"))[0] == "negative"
    other = "Critics said Marsden had been below their best."  # the name does not open the sentence: the model's
    start = other.index("Marsden")
    assert sentiment.target_decision(other, start, start + 7, [0.1, 0.8, 0.1])[0] == "neutral"
    assert sentiment.target_decision(text, 0, 7, [0.1, 0.8, 0.1])[0] == "negative"


def test_a_gentle_death_is_no_good_news():
    text = "Orla Finch died peacefully at home on Sunday after a short illness, her family said."
    assert sentiment.without_misread_words(text) != text and sentiment.text_tone(text) != "positive"


def test_an_interviews_unlabelled_answers_are_quoted_and_an_explainers_are_not():
    interview = [
        "The painter Ida Roe talked to us before her show opens in Hull.",
        "Do you still paint every day?",
        "Most days, yes. I start at six, before my children wake up.",
        "Was the last show a disappointment?",
        "It was. We sold almost nothing, and I nearly gave up.",
        "What comes next?",
        "A rest, and then a series of harbour paintings.",
        "Her show runs until May.",
    ]
    explainer = [
        "A storm has closed the port. Here is what we know.",
        "What happened?",
        "Gales tore the roof off the ferry terminal on Monday.",
        "Who is affected?",
        "About 2,000 passengers a day use the crossing.",
        "When will it reopen?",
        "The operator said repairs would take a week.",
    ]
    for paragraphs, quoted in ((interview, {3, 5}), (explainer, set())):
        sentences = pd.DataFrame(
            {
                "paragraph": range(1, len(paragraphs) + 1),
                "sentence": 1,
                "start_char": 0,
                "end_char": [len(t) for t in paragraphs],
                "text": paragraphs,
            }
        )
        flags = sentiment.quoted_flags(sentences)
        assert set(sentences.loc[flags, "paragraph"]) == quoted
