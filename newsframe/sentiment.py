"""Sentiment of paragraphs, sentences and entities: TextBlob and VADER scores, the project's combined tone, and
quoted speech told apart from the reporter's own words.

Tables (see the README's data dictionary):
- paragraph_sentiment.csv: paragraph, polarity, subjectivity, vader, tone (one row per paragraph, headline = 0).
- sentence_sentiment.csv: paragraph, sentence, text, quoted, polarity, subjectivity, vader, tone.
- entity_sentiment.csv: entity, entity_type (as in entities.csv), sentences, polarity_mean, vader_mean.

`polarity` and `subjectivity` are `TextBlob(text).sentiment`; `vader` is VADER's compound score. `tone`
(negative / neutral / positive), the combined label, is a small multinomial logistic model on four lexicon scores,
fitted on human-labelled news sentences (NewsMTSC); its coefficients and measured accuracy are the named constants
below, and `benchmarks/sentiment.py` refits and re-measures them. The model was fitted on sentences; on a whole
paragraph it is the same rule applied to longer text, so read a paragraph's tone as a rough guide.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

TONES = ("negative", "neutral", "positive")

# ---------------------------------------------------------------------------------------------------------------
# The combined label: the `tone` column.
# tone = the largest of three scores: negative = NEGATIVE_BIAS + NEGATIVE_WEIGHTS·x, neutral = 0,
# positive = POSITIVE_BIAS + POSITIVE_WEIGHTS·x, where x holds TextBlob's polarity, VADER's compound and VADER's
# share of negative words (for the negative score) or of positive words (for the positive score). Ties go to
# neutral (negative before positive). Empty text is neutral.
# Fitted by `fit_tone_model` on all 7,758 sentences of NewsMTSC train.jsonl (gold = the majority polarity of the
# sentence's targets, ties broken by its first target): multinomial logistic regression (neutral as reference), then
# the two biases shifted on a 0.05 grid to maximise macro-F1 (the classes are unbalanced and F1 is what we report).
# Features left out on purpose: subjectivity (lowered cross-validated macro-F1) and sentence length (raised it by
# ~0.002 on sentences but would push every long paragraph towards a label). Letting positive words count towards
# the negative score too scored the same (0.547 against 0.546) but labelled mildly positive text negative.
# ---------------------------------------------------------------------------------------------------------------
TONE_FEATURES = ("polarity", "vader", "vader_pos", "vader_neg")
NEGATIVE_FEATURES = ("polarity", "vader", "vader_neg")
POSITIVE_FEATURES = ("polarity", "vader", "vader_pos")
# Read: negative words push towards negative, positive words, TextBlob's polarity and VADER's compound towards
# positive; with no sentiment words both scores are below 0, so the tone is neutral.
NEGATIVE_WEIGHTS = {"polarity": -0.0204, "vader": -0.1468, "vader_neg": 5.204}
NEGATIVE_BIAS = -0.27
POSITIVE_WEIGHTS = {"polarity": 0.9024, "vader": 1.0322, "vader_pos": 2.8852}
POSITIVE_BIAS = -0.8424

# Each lexicon alone, with the thresholds that maximise macro-F1 on the same data (negative below the first,
# positive above the second, on a 0.01 grid): used for the agreement chart and as the benchmark's baselines.
TEXTBLOB_THRESHOLDS = (0.0, 0.07)
VADER_THRESHOLDS = (-0.01, 0.43)

# Measured by `benchmarks/sentiment.py`: 5-fold cross-validation on NewsMTSC train.jsonl (folds from a seeded
# permutation, BENCHMARK_SEED); every method's thresholds or coefficients refitted on the four training folds and
# scored on the fifth; figures pooled over the out-of-fold predictions. Published reference on the NewsMTSC test
# set: TextBlob 0.43, VADER 0.52, a fine-tuned transformer 0.83 macro-F1.
BENCHMARK_FOLDS = 5
BENCHMARK_SEED = 0
BENCHMARK = {
    "textblob": {"macro_f1": 0.4328, "accuracy": 0.4365},
    "vader": {"macro_f1": 0.5335, "accuracy": 0.5334},
    "tone": {"macro_f1": 0.5465, "accuracy": 0.5522},
}
BENCHMARK_SENTENCES = 7758

BENCHMARK_NAMES = {"textblob": "TextBlob polarity alone", "vader": "VADER compound alone", "tone": "combined label"}


def benchmark_table() -> pd.DataFrame:
    """The measured figures as a table: method, macro_f1, accuracy (from BENCHMARK)."""
    return pd.DataFrame([{"method": BENCHMARK_NAMES[m], **v} for m, v in BENCHMARK.items()])


def benchmark_markdown() -> str:
    """A Markdown table of the measured figures and how they were measured, for the notebook."""
    lines = ["| method | macro-F1 | accuracy |", "| --- | ---: | ---: |"]
    lines += [f"| {r.method} | {r.macro_f1:.3f} | {r.accuracy:.3f} |" for r in benchmark_table().itertuples()]
    lines.append("")
    lines.append(
        f"{BENCHMARK_FOLDS}-fold cross-validation on {BENCHMARK_SENTENCES:,} NewsMTSC news sentences "
        "(negative / neutral / positive), each method's thresholds or coefficients refitted on the training folds. "
        f"The combined label is right on about {BENCHMARK['tone']['accuracy']:.0%} of sentences (chance: 33%): "
        "read the charts below as a rough guide to tone, not as a verdict on any one sentence."
    )
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------------------------
# Quotations.
# A quotation runs from an opening double quote to its closing mark: “…”, „…“ / „…”, «…», »…« or straight quotes
# "…" (told apart by their neighbours, see `quote_spans`). A quotation left open runs to the end of the paragraph
# (news style opens a quote again in each paragraph of a long quotation and closes it only in the last). Single
# quotes are not used: ’ is also an apostrophe.
# A sentence is `quoted` when more than QUOTED_SHARE of its non-space characters lie inside quotations, so
# “We will win,” he said. is quoted and a sentence carrying a few scare-quoted words is the reporter's.
# ---------------------------------------------------------------------------------------------------------------
QUOTE_PAIRS = {"“": "”", "„": "“”", "«": "»", "»": "«", '"': '"'}
QUOTED_SHARE = 0.5
# Every character that can open or close a quotation: the only places `quote_spans` needs to look at.
QUOTE_MARKS = re.compile("[" + re.escape("".join(sorted(set(QUOTE_PAIRS) | set("".join(QUOTE_PAIRS.values()))))) + "]")


@lru_cache(maxsize=1)
def _vader():
    """VADER's analyser, built once (it reads its lexicon from the installed package)."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


@lru_cache(maxsize=1)
def _textblob():
    """The function behind `TextBlob(text).sentiment`: text -> (polarity, subjectivity).

    TextBlob's default analyser (PatternAnalyzer) calls `textblob.en.sentiment` on the raw text; calling it directly
    gives the same numbers without building a TextBlob and a new namedtuple class for every text (about 40% of
    TextBlob's time on news sentences). Another default analyser falls back to `TextBlob(text).sentiment`.
    """
    from textblob import TextBlob
    from textblob.en import sentiment
    from textblob.en.sentiments import PatternAnalyzer

    if type(TextBlob.analyzer) is PatternAnalyzer:
        return sentiment
    return lambda text: tuple(TextBlob(text).sentiment)


def load_lexicons() -> None:
    """Load TextBlob's and VADER's lexicons now rather than at the first score (TextBlob parses its XML lexicon
    lazily, 0.15 s): a process that forks the analysis and notebook kernels calls it once for all of them."""
    _textblob()("good")
    _vader()


def text_scores(text: str) -> dict[str, float]:
    """TextBlob polarity and subjectivity, VADER compound and VADER's positive and negative shares of one text."""
    text = "" if text is None or (isinstance(text, float) and math.isnan(text)) else str(text)
    polarity, subjectivity = _textblob()(text)
    vader = _vader().polarity_scores(text)
    return {
        "polarity": float(polarity),
        "subjectivity": float(subjectivity),
        "vader": float(vader["compound"]),
        "vader_pos": float(vader["pos"]),
        "vader_neg": float(vader["neg"]),
    }


def tone_scores(polarity: float, vader: float, vader_pos: float, vader_neg: float) -> dict[str, float]:
    """The three class scores of the combined label (neutral is 0) for one text's lexicon scores."""
    x = {"polarity": polarity, "vader": vader, "vader_pos": vader_pos, "vader_neg": vader_neg}
    return {
        "negative": NEGATIVE_BIAS + sum(NEGATIVE_WEIGHTS[f] * x[f] for f in NEGATIVE_FEATURES),
        "neutral": 0.0,
        "positive": POSITIVE_BIAS + sum(POSITIVE_WEIGHTS[f] * x[f] for f in POSITIVE_FEATURES),
    }


def combined_tone(polarity: float, vader: float, vader_pos: float, vader_neg: float) -> str:
    """The project's tone (negative / neutral / positive) from TextBlob and VADER scores: the combined label.

    Ties go to neutral; a tie between negative and positive (both above neutral) goes to negative.
    """
    scores = tone_scores(polarity, vader, vader_pos, vader_neg)
    best = max(scores.values())
    return "neutral" if scores["neutral"] == best else max(("negative", "positive"), key=lambda k: scores[k])


def text_tone(text: str) -> str:
    """The project's tone of one text; neutral when it has no letters or digits."""
    if not re.search(r"\w", str(text or "")):
        return "neutral"
    s = text_scores(text)
    return combined_tone(s["polarity"], s["vader"], s["vader_pos"], s["vader_neg"])


def threshold_tone(score: float, thresholds: tuple[float, float]) -> str:
    """negative below thresholds[0], positive above thresholds[1], else neutral (one lexicon on its own)."""
    low, high = thresholds
    return "negative" if score < low else "positive" if score > high else "neutral"


def score_texts(texts: list[str]) -> pd.DataFrame:
    """polarity, subjectivity, vader, tone for each text (one row per text, in order)."""
    return pd.DataFrame(_score_columns(texts))


def _score_columns(texts: list[str], known: dict[str, dict] | None = None) -> dict:
    """The columns of `score_texts` by name: polarity, subjectivity, vader (float arrays), tone (strings).
    `known`, when given, holds the scores of texts scored before (by text) and gets those of the new ones."""
    columns: dict[str, list] = {"polarity": [], "subjectivity": [], "vader": [], "tone": []}
    for text in texts:
        s = known.get(text) if known is not None else None
        if s is None:
            s = text_scores(text)
            if known is not None:
                known[text] = s
        empty = not re.search(r"\w", str(text or ""))
        columns["tone"].append(
            "neutral" if empty else combined_tone(s["polarity"], s["vader"], s["vader_pos"], s["vader_neg"])
        )
        for name in ("polarity", "subjectivity", "vader"):
            columns[name].append(s[name])
    # Built as typed arrays at once: the same dtypes as casting a table, without the cost of a cast per call.
    # Four decimals, as VADER gives them: TextBlob's averages otherwise leave float noise such as 6.9e-18 for 0.
    return {
        **{
            name: np.round(np.array(columns[name], dtype=float), SCORE_DECIMALS) + 0.0
            for name in ("polarity", "subjectivity", "vader")
        },
        "tone": pd.array(columns["tone"], dtype=str),
    }


# ---------------------------------------------------------------------------------------------------------------
# Tables.
# ---------------------------------------------------------------------------------------------------------------
PARAGRAPH_COLUMNS = ["paragraph", "polarity", "subjectivity", "vader", "tone"]
SCORE_DECIMALS = 4
SENTENCE_COLUMNS = ["paragraph", "sentence", "text", "quoted", "polarity", "subjectivity", "vader", "tone"]
ENTITY_COLUMNS = ["entity", "entity_type", "sentences", "polarity_mean", "vader_mean"]


def paragraph_sentiment(paragraphs: pd.DataFrame, known: dict[str, dict] | None = None) -> pd.DataFrame:
    """paragraph_sentiment.csv from paragraphs (paragraph, text): paragraph, polarity, subjectivity, vader, tone.
    `known` (text -> scores), when given, is shared with sentence_sentiment: a one-sentence paragraph is scored once."""
    paragraph = paragraphs["paragraph"].reset_index(drop=True)
    return pd.DataFrame(
        {"paragraph": paragraph, **_score_columns(paragraphs["text"].tolist(), known)}
    )  # PARAGRAPH_COLUMNS


def _straight_quote_role(text: str, i: int) -> str:
    """Whether the straight quote at text[i] opens ('open'), closes ('close') or cannot be told ('either')."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    opens = (before.isspace() or before in "([{—–-/") and not after.isspace()
    closes = not before.isspace() and (after.isspace() or after in ".,;:!?)]}—–-/")
    return "open" if opens and not closes else "close" if closes and not opens else "either"


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of each quotation in `text`, quote marks included (rules above).

    A straight quote opens or closes by its neighbours: after a space it opens, before a space or punctuation it
    closes. An opening mark inside an open quotation continues it (a quote reopened for its next part); a lone
    closing-looking straight quote outside any quotation (an inch mark, a stray) is ignored.
    """
    spans: list[tuple[int, int]] = []
    start, closers = None, ""
    for found in QUOTE_MARKS.finditer(text):
        i, mark = found.start(), found.group()
        if start is None:
            if mark in QUOTE_PAIRS and not (mark == '"' and _straight_quote_role(text, i) == "close"):
                start, closers = i, QUOTE_PAIRS[mark]
        elif mark in closers and not (mark == '"' and _straight_quote_role(text, i) == "open"):
            spans.append((start, i + 1))
            start = None
    if start is not None:
        spans.append((start, len(text)))
    return spans


def quoted_share(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> float:
    """Share of the non-space characters of text[start:end] that lie inside the quotation `spans` (0 when none)."""
    start, end = max(start, 0), min(end, len(text))
    total = _non_space(text[start:end])
    if not total:
        return 0.0
    inside, covered = 0, start  # characters before `covered` are counted already (spans may overlap)
    for a, b in sorted(spans):
        a, b = max(a, covered), min(b, end)
        if a < b:
            inside += _non_space(text[a:b])
            covered = b
    return inside / total


def _non_space(text: str) -> int:
    """The number of non-whitespace characters in `text`."""
    return len("".join(text.split()))


QUOTATION_COLUMNS = ["paragraph", "start_char", "end_char", "text", "polarity", "subjectivity", "vader", "tone"]


def quotations(paragraphs: pd.DataFrame) -> pd.DataFrame:
    """Every quoted passage of paragraphs (paragraph, text), whole quotes or a few words, scored: paragraph,
    start_char, end_char (offsets in the paragraph, quote marks included), text, polarity, subjectivity, vader, tone."""
    rows = [
        {"paragraph": number, "start_char": a, "end_char": b, "text": text[a:b]}
        for number, text in zip(paragraphs["paragraph"], paragraphs["text"])
        for a, b in quote_spans(str(text))
    ]
    table = pd.DataFrame(rows, columns=QUOTATION_COLUMNS[:4])
    return pd.concat([table, score_texts(table["text"].tolist())], axis=1)[QUOTATION_COLUMNS]


def _paragraph_texts(sentences: pd.DataFrame) -> dict[int, str]:
    """Each paragraph's text rebuilt from its sentences placed at their offsets (the gaps between are whitespace)."""
    groups: dict[int, list[tuple[int, int, str]]] = {}
    columns = (sentences[c].tolist() for c in ("paragraph", "start_char", "end_char", "text"))
    for paragraph, start, end, text in zip(*columns):
        groups.setdefault(paragraph, []).append((int(start), end, str(text)))
    texts = {}
    for paragraph, rows in groups.items():
        chars = [" "] * int(max(max(end for _, end, _ in rows), 0))
        for start, _, text in rows:
            piece = text[: max(len(chars) - start, 0)]  # a sentence never runs past the paragraph's last end
            chars[start : start + len(piece)] = piece
        texts[paragraph] = "".join(chars)
    return texts


def quoted_flags(sentences: pd.DataFrame) -> pd.Series:
    """Whether each sentence (paragraph, start_char, end_char, text) is mainly a quotation, quotes read per
    paragraph."""
    texts = _paragraph_texts(sentences)
    spans = {p: quote_spans(t) for p, t in texts.items()}
    flags = [
        quoted_share(texts[p], int(a), int(b), spans[p]) > QUOTED_SHARE
        for p, a, b in zip(sentences["paragraph"], sentences["start_char"], sentences["end_char"])
    ]
    return pd.Series(flags, index=sentences.index, dtype=bool, name="quoted")


def sentence_sentiment(sentences: pd.DataFrame, known: dict[str, dict] | None = None) -> pd.DataFrame:
    """sentence_sentiment.csv from sentences (paragraph, sentence, start_char, end_char, text); `known` as in
    paragraph_sentiment."""
    columns = {name: sentences[name].reset_index(drop=True) for name in ("paragraph", "sentence", "text")}
    columns["quoted"] = quoted_flags(sentences).to_numpy()
    return pd.DataFrame({**columns, **_score_columns(sentences["text"].tolist(), known)})  # in SENTENCE_COLUMNS order


def entity_sentiment(sentence_sentiment: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """entity_sentiment.csv: the mean scores of the sentences mentioning each entity (a sentence counts once).

    In: sentence_sentiment (paragraph, sentence, polarity, vader, …) and mentions (paragraph, sentence, entity_type,
    entity, …). Out: entity, entity_type (its most common type; ties to the first seen), sentences, polarity_mean,
    vader_mean; most-mentioned first, then by name.
    """
    if mentions.empty:
        return pd.DataFrame(columns=ENTITY_COLUMNS)
    keys = ["paragraph", "sentence"]
    scores: dict[tuple, list[tuple[float, float]]] = {}
    for key in zip(*(sentence_sentiment[c].tolist() for c in keys + ["polarity", "vader"])):
        scores.setdefault(key[:2], []).append(key[2:])
    types: dict[str, Counter] = {}
    found: dict[str, list[tuple[float, float]]] = {}  # each entity's sentence scores, a sentence once
    seen = set()
    for entity, entity_type, *key in zip(*(mentions[c].tolist() for c in ["entity", "entity_type"] + keys)):
        types.setdefault(entity, Counter())[entity_type] += 1  # first-seen order breaks ties
        if (entity, *key) not in seen:
            seen.add((entity, *key))
            found.setdefault(entity, []).extend(scores.get(tuple(key), [(math.nan, math.nan)]))
    rows = []
    for entity, counts in types.items():
        polarity = [p for p, _ in found[entity]]
        rows.append(
            {
                "entity": entity,
                "entity_type": max(counts, key=counts.get),
                "sentences": sum(not math.isnan(p) for p in polarity),
                "polarity_mean": _mean(polarity),
                "vader_mean": _mean([v for _, v in found[entity]]),
            }
        )
    rows.sort(key=lambda row: (-row["sentences"], row["entity"]))  # most sentences first, then by name
    table = pd.DataFrame(rows, columns=ENTITY_COLUMNS)
    table[["polarity_mean", "vader_mean"]] = table[["polarity_mean", "vader_mean"]].astype(float).round(4)
    return table


def _mean(values: list[float]) -> float:
    """The mean of the non-NaN `values` (NaN when none), summed with Kahan compensation as pandas does, so the
    result is the same to the last bit as a pandas group mean."""
    total = compensation = 0.0
    count = 0
    for value in values:
        if math.isnan(value):
            continue
        count += 1
        y = value - compensation
        t = total + y
        compensation = t - total - y
        if math.isnan(compensation):  # an infinite value: keep the sum infinite rather than NaN
            compensation = 0.0
        total = t
    return total / count if count else math.nan


def extreme_sentences(sentence_sentiment: pd.DataFrame, n: int = 3) -> pd.DataFrame:
    """The n most positive and n most negative sentences by the mean of polarity and VADER: side, then the row."""
    table = sentence_sentiment.assign(mean_score=(sentence_sentiment["polarity"] + sentence_sentiment["vader"]) / 2)
    top = table[table["mean_score"] > 0].nlargest(n, "mean_score").assign(side="most positive")
    bottom = table[table["mean_score"] < 0].nsmallest(n, "mean_score").assign(side="most negative")
    columns = ["side", "paragraph", "sentence", "text", "quoted", "polarity", "vader", "tone"]
    return pd.concat([top, bottom], ignore_index=True)[columns]


def agreement(table: pd.DataFrame) -> float:
    """Share of rows (polarity, vader) where TextBlob and VADER, each with its own thresholds, give the same tone."""
    if table.empty:
        return float("nan")
    tb = table["polarity"].map(lambda s: threshold_tone(s, TEXTBLOB_THRESHOLDS))
    vd = table["vader"].map(lambda s: threshold_tone(s, VADER_THRESHOLDS))
    return float((tb == vd).mean())


def voice_summary(sentence_sentiment: pd.DataFrame) -> pd.DataFrame:
    """Quoted speech against the reporter's words: voice, sentences, subjectivity_mean, polarity_mean, vader_mean and
    the share of each tone (share_negative, share_neutral, share_positive)."""
    rows = []
    for voice, quoted in (("reporter", False), ("quoted", True)):
        group = sentence_sentiment[sentence_sentiment["quoted"] == quoted]
        row = {
            "voice": voice,
            "sentences": len(group),
            "subjectivity_mean": round(float(group["subjectivity"].mean()), 4) if len(group) else float("nan"),
            "polarity_mean": round(float(group["polarity"].mean()), 4) if len(group) else float("nan"),
            "vader_mean": round(float(group["vader"].mean()), 4) if len(group) else float("nan"),
        }
        for tone in TONES:
            row[f"share_{tone}"] = round(float((group["tone"] == tone).mean()), 4) if len(group) else 0.0
        rows.append(row)
    return pd.DataFrame(rows)


# ---------------------------------------------------------------------------------------------------------------
# Measuring and fitting the tone model on NewsMTSC (used by benchmarks/sentiment.py and the tests; needs the dev data).
# ---------------------------------------------------------------------------------------------------------------
NEWSMTSC_POLARITY = {2.0: 0, 4.0: 1, 6.0: 2}  # NewsMTSC's codes -> index in TONES
THRESHOLD_GRID = np.round(np.arange(-1.0, 1.0001, 0.01), 2)
BIAS_GRID = np.round(np.arange(-1.0, 1.0001, 0.05), 2)


def sentence_gold(polarities: list[float]) -> int:
    """A sentence's class index from its targets' polarities: the majority, ties broken by the first target."""
    counts = Counter(polarities)
    top = max(counts.values())
    winners = [p for p in polarities if counts[p] == top]  # in target order, so a tie goes to the first target
    return NEWSMTSC_POLARITY[winners[0]]


def load_newsmtsc(path: Path) -> pd.DataFrame:
    """NewsMTSC sentences scored: text, gold (0/1/2 = negative/neutral/positive), polarity, subjectivity, vader,
    vader_pos, vader_neg."""
    rows = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            record = json.loads(line)
            text = record["sentence_normalized"]
            rows.append(
                {"text": text, "gold": sentence_gold([t["polarity"] for t in record["targets"]]), **text_scores(text)}
            )
    return pd.DataFrame(rows)


def macro_f1(gold: np.ndarray, predicted: np.ndarray) -> float:
    """Macro-averaged F1 over the three classes (class indices 0, 1, 2)."""
    scores = []
    for k in range(3):
        tp = int(((predicted == k) & (gold == k)).sum())
        wrong = int(((predicted == k) != (gold == k)).sum())
        scores.append(2 * tp / (2 * tp + wrong) if tp else 0.0)
    return float(np.mean(scores))


def fit_thresholds(scores: np.ndarray, gold: np.ndarray, grid: np.ndarray = THRESHOLD_GRID) -> tuple[float, float]:
    """The (low, high) thresholds on `grid` maximising macro-F1 of 'negative below low, positive above high'."""
    order = np.sort(scores)
    per_class = [np.sort(scores[gold == k]) for k in range(3)]
    below = np.array([np.searchsorted(c, grid, side="left") for c in per_class])  # (3, G): class counts < g
    above = np.array([len(c) - np.searchsorted(c, grid, side="right") for c in per_class])  # class counts > g
    totals = np.array([len(c) for c in per_class])
    neg_tp, neg_pred = below[0][:, None], np.searchsorted(order, grid, side="left")[:, None]
    pos_tp, pos_pred = above[2][None, :], (len(order) - np.searchsorted(order, grid, side="right"))[None, :]
    neu_tp = totals[1] - below[1][:, None] - above[1][None, :]
    neu_pred = len(order) - neg_pred - pos_pred
    with np.errstate(divide="ignore", invalid="ignore"):  # empty cells of the impossible low > high half
        f1 = [
            2 * tp / (pred + total)
            for tp, pred, total in (
                (neg_tp, neg_pred, totals[0]),
                (neu_tp, neu_pred, totals[1]),
                (pos_tp, pos_pred, totals[2]),
            )
        ]
        score = np.mean(np.broadcast_arrays(*f1), axis=0)
    score[grid[:, None] > grid[None, :]] = -1.0  # low must not exceed high
    i, j = np.unravel_index(int(np.argmax(score)), score.shape)
    return float(grid[i]), float(grid[j])


def _design(features: np.ndarray) -> np.ndarray:
    """Features with a leading column of ones."""
    return np.c_[np.ones(len(features)), features]


def tone_mask() -> np.ndarray:
    """Which [bias, TONE_FEATURES…] coefficients the negative (row 0) and positive (row 1) scores may use."""
    return np.array([[True] + [f in used for f in TONE_FEATURES] for used in (NEGATIVE_FEATURES, POSITIVE_FEATURES)])


def fit_logistic(
    features: np.ndarray, gold: np.ndarray, mask: np.ndarray | None = None, ridge: float = 1e-4, steps: int = 50
) -> np.ndarray:
    """Multinomial logistic regression by Newton's method, neutral as reference: a (2, 1 + features) array of
    [bias, weights] for negative (row 0) and positive (row 1); coefficients outside `mask` stay 0."""
    x = _design(features)
    n, d = x.shape
    free = (np.ones((2, d), dtype=bool) if mask is None else mask).ravel()
    y = np.c_[gold == 0, gold == 2].astype(float)
    theta = np.zeros((2, d))
    penalty = np.eye(d) * ridge * n
    penalty[0, 0] = 0.0
    for _ in range(steps):
        z = np.c_[x @ theta[0], np.zeros(n), x @ theta[1]]
        p = np.exp(z - z.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        p = p[:, [0, 2]]
        grad = np.concatenate([x.T @ (p[:, a] - y[:, a]) + penalty @ theta[a] for a in range(2)])
        hess = np.block(
            [
                [x.T @ (x * (p[:, a] * ((a == b) - p[:, b]))[:, None]) + (penalty if a == b else 0) for b in range(2)]
                for a in range(2)
            ]
        )
        step = np.zeros(2 * d)
        step[free] = np.linalg.solve(hess[np.ix_(free, free)], grad[free])
        step = step.reshape(2, d)
        theta -= step
        if np.abs(step).max() < 1e-9:
            break
    return theta


def predict_classes(features: np.ndarray, theta: np.ndarray) -> np.ndarray:
    """Class indices (0 negative, 1 neutral, 2 positive) from the model `theta`; ties go to neutral."""
    x = _design(features)
    return _classes(x @ theta[0], x @ theta[1])


def _classes(negative: np.ndarray, positive: np.ndarray) -> np.ndarray:
    """Class indices from the negative and positive scores (neutral = 0), with `combined_tone`'s tie rule."""
    return np.where((negative <= 0) & (positive <= 0), 1, np.where(negative >= positive, 0, 2))


def fit_tone_model(features: np.ndarray, gold: np.ndarray, grid: np.ndarray = BIAS_GRID) -> np.ndarray:
    """The tone model (the combined label): logistic regression, then both biases shifted on `grid` to maximise
    macro-F1."""
    theta = fit_logistic(features, gold, tone_mask())
    x = _design(features)
    negative, positive = x @ theta[0], x @ theta[1]
    best, shift = -1.0, (0.0, 0.0)
    for dn in grid:
        for dp in grid:
            score = macro_f1(gold, _classes(negative + dn, positive + dp))
            if score > best + 1e-12:
                best, shift = score, (float(dn), float(dp))
    theta = theta.copy()
    theta[0, 0] += shift[0]
    theta[1, 0] += shift[1]
    return theta


def _threshold_classes(scores: np.ndarray, thresholds: tuple[float, float]) -> np.ndarray:
    """Class indices from one score and (low, high) thresholds."""
    return np.where(scores < thresholds[0], 0, np.where(scores > thresholds[1], 2, 1))


def cross_validate(
    data: pd.DataFrame, folds: int = BENCHMARK_FOLDS, seed: int = BENCHMARK_SEED
) -> dict[str, dict[str, float]]:
    """Out-of-fold macro-F1 and accuracy of TextBlob alone, VADER alone and the combined tone on scored NewsMTSC rows.

    Each method's thresholds or coefficients are refitted on the other folds; the figures pool every held-out
    prediction. In: `load_newsmtsc` rows. Out: {method: {macro_f1, accuracy}}.
    """
    gold = data["gold"].to_numpy()
    features = data[list(TONE_FEATURES)].to_numpy(float)
    fold = np.random.default_rng(seed).permutation(len(data)) % folds
    predicted = {m: np.zeros(len(data), dtype=int) for m in ("textblob", "vader", "tone")}
    for k in range(folds):
        train, test = fold != k, fold == k
        for method, column in (("textblob", "polarity"), ("vader", "vader")):
            scores = data[column].to_numpy(float)
            predicted[method][test] = _threshold_classes(scores[test], fit_thresholds(scores[train], gold[train]))
        predicted["tone"][test] = predict_classes(features[test], fit_tone_model(features[train], gold[train]))
    return {
        m: {"macro_f1": round(macro_f1(gold, p), 4), "accuracy": round(float((p == gold).mean()), 4)}
        for m, p in predicted.items()
    }


def fitted_constants(data: pd.DataFrame) -> dict:
    """The constants this module ships, refitted on all of `data` (scored NewsMTSC rows)."""
    gold = data["gold"].to_numpy()
    theta = fit_tone_model(data[list(TONE_FEATURES)].to_numpy(float), gold)
    return {
        "NEGATIVE_BIAS": round(float(theta[0, 0]), 4),
        "NEGATIVE_WEIGHTS": {
            f: round(float(w), 4) for f, w in zip(TONE_FEATURES, theta[0, 1:]) if f in NEGATIVE_FEATURES
        },
        "POSITIVE_BIAS": round(float(theta[1, 0]), 4),
        "POSITIVE_WEIGHTS": {
            f: round(float(w), 4) for f, w in zip(TONE_FEATURES, theta[1, 1:]) if f in POSITIVE_FEATURES
        },
        "TEXTBLOB_THRESHOLDS": fit_thresholds(data["polarity"].to_numpy(float), gold),
        "VADER_THRESHOLDS": fit_thresholds(data["vader"].to_numpy(float), gold),
    }
