"""Fit and measure the tone model on NewsMTSC (the dev data); the analysis never imports this module.

    python -m newsframe.training [--data PATH] [--out PATH] [--check]

Data: NewsMTSC train.jsonl (Hamborg & Donnay, EACL 2021; MIT licence, copyright 2020 Felix Hamborg): 7,758 English
news sentences, each with one to three targets (a person named or referred to) and the sentiment the sentence
expresses towards each, voted by at least five coders. A sentence's own gold label is the majority of its targets'
labels, ties broken by the first target.

Split: the sentences of one article stay together. An article (the first three `_`-fields of `primary_gid`) is held
out when the SHA-256 of its key is 0 modulo HELD_OUT_MODULUS: 1,639 sentences, used only to measure, never to fit or
choose anything. Every choice (features, C, the lexicon override) was made by grouped cross-validation on the rest,
the dev part (6,119 sentences), which alone fits the shipped model.

Fit: scikit-learn's multinomial LogisticRegression (lbfgs, C = C_VALUE, classes weighted to balance), on two kinds
of rows from the dev part: each sentence without a target (its own label) and each target with its context (its
label), on one BLAS thread (the order of the sums, so the bytes, would otherwise follow the machine's cores). Features
seen in fewer than MIN_COUNT rows are dropped; coefficients rounded to DECIMALS places. Writes
`newsframe/tone_model.json`; `--check` refits and fails when the shipped file differs.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

from . import config, sentiment, tone_model

NEWSMTSC = config.DEV_DATA_DIR / "newsmtsc" / "train.jsonl"
NEWSMTSC_POLARITY = {2.0: 0, 4.0: 1, 6.0: 2}  # NewsMTSC's codes -> index in TONES
HELD_OUT_MODULUS = 5
C_VALUE = 1.0
MIN_COUNT = 2
DECIMALS = 6
FOLDS = 5
THRESHOLD_GRID = np.round(np.arange(-1.0, 1.0001, 0.01), 2)
DATA_NOTE = {
    "data": "NewsMTSC train.jsonl (Hamborg and Donnay, EACL 2021), dev part only (held-out articles excluded)",
    "data_licence": "MIT, copyright 2020 Felix Hamborg",
}


def sentence_gold(polarities: list[float]) -> int:
    """A sentence's class index from its targets' polarities: the majority, ties broken by the first target."""
    counts = Counter(polarities)
    top = max(counts.values())
    winners = [p for p in polarities if counts[p] == top]  # in target order, so a tie goes to the first target
    return NEWSMTSC_POLARITY[winners[0]]


def article_key(gid: str) -> str:
    """The article a NewsMTSC sentence comes from: the first three `_`-fields of its primary_gid."""
    return "_".join(gid.split("_")[:3])


def held_out(key: str) -> bool:
    """Whether an article belongs to the held-out part (fixed by its key alone, whatever the file's order)."""
    return int(hashlib.sha256(key.encode()).hexdigest(), 16) % HELD_OUT_MODULUS == 0


def load_newsmtsc(path: Path = NEWSMTSC) -> list[dict]:
    """NewsMTSC sentences: text, gold (0/1/2), article, held_out, scores (`sentiment.text_scores`), targets [(from,
    to, gold)]."""
    rows = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            record = json.loads(line)
            text = record["sentence_normalized"]
            key = article_key(record["primary_gid"])
            targets = [(t["from"], t["to"], NEWSMTSC_POLARITY[t["polarity"]]) for t in record["targets"]]
            rows.append(
                {
                    "text": text,
                    "gold": sentence_gold([t["polarity"] for t in record["targets"]]),
                    "article": key,
                    "held_out": held_out(key),
                    "scores": sentiment.text_scores(text),
                    "targets": targets,
                }
            )
    return rows


def sentence_row(row: dict) -> dict[str, float]:
    """The model's features of a sentence without a target."""
    return tone_model.text_features(row["text"], row["scores"])


def target_rows(row: dict) -> list[dict[str, float]]:
    """The model's features of each target of a sentence."""
    own = sentence_row(row)
    return [
        {**own, **tone_model.target_features(row["text"], a, b, sentiment.vader_compound)} for a, b, _ in row["targets"]
    ]


def fit(rows: list[dict]) -> tone_model.ToneModel:
    """The tone model fitted on `rows` (each sentence alone and each of its targets)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from threadpoolctl import threadpool_limits

    samples, labels = [], []
    for row in rows:
        samples.append(sentence_row(row))
        labels.append(row["gold"])
        samples += target_rows(row)
        labels += [gold for _, _, gold in row["targets"]]
    seen = Counter(name for sample in samples for name in sample)
    samples = [{k: v for k, v in s.items() if seen[k] >= MIN_COUNT} for s in samples]
    vectorizer = DictVectorizer(sort=True)
    x = vectorizer.fit_transform(samples)
    model = LogisticRegression(C=C_VALUE, class_weight="balanced", max_iter=10_000, tol=1e-8)
    with threadpool_limits(limits=1):  # BLAS on more threads sums in another order: other bytes on other machines
        model.fit(x, np.array(labels))
    names = vectorizer.get_feature_names_out()
    coefficients = {
        str(name): [round(float(w), DECIMALS) + 0.0 for w in model.coef_[:, j]] for j, name in enumerate(names)
    }
    meta = {
        **DATA_NOTE,
        "model": "multinomial logistic regression (scikit-learn LogisticRegression, lbfgs, class_weight=balanced)",
        "settings": {
            "classes": list(tone_model.TONES),
            "lexicon_scale": tone_model.LEXICON_SCALE,
            "context_words": tone_model.CONTEXT_WORDS,
            "context_value": tone_model.CONTEXT_VALUE,
            "context_chars": tone_model.CONTEXT_CHARS,
            "C": C_VALUE,
            "min_count": MIN_COUNT,
        },
        "rows": {"sentences": len(rows), "targets": sum(len(r["targets"]) for r in rows)},
    }
    return tone_model.ToneModel([round(float(b), DECIMALS) + 0.0 for b in model.intercept_], coefficients, meta)


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


def _threshold_classes(scores: np.ndarray, thresholds: tuple[float, float]) -> np.ndarray:
    """Class indices from one score and (low, high) thresholds."""
    return np.where(scores < thresholds[0], 0, np.where(scores > thresholds[1], 2, 1))


def predict(model: tone_model.ToneModel, rows: list[dict]) -> dict[str, np.ndarray]:
    """Class indices for each sentence (`tone`, with the lexicon override), each target (`target`) and each sentence
    read through its targets (`target_sentence`: the majority of its targets, ties to the first)."""
    tone, target, by_sentence = [], [], []
    for row in rows:
        s = row["scores"]
        p = model.probabilities(sentence_row(row))
        tone.append(sentiment.TONES.index(sentiment.combined_tone(p, s["polarity"], s["vader"], row["text"])))
        own = [
            sentiment.TONES.index(sentiment.target_decision(row["text"], a, b, model.probabilities(f))[0])
            for (a, b, _), f in zip(row["targets"], target_rows(row))
        ]
        target += own
        by_sentence.append(sentence_gold([[2.0, 4.0, 6.0][k] for k in own]))
    return {"tone": np.array(tone), "target": np.array(target), "target_sentence": np.array(by_sentence)}


def scores_of(gold: np.ndarray, predicted: np.ndarray) -> dict[str, float]:
    """macro_f1 and accuracy, rounded to 4 places."""
    return {"macro_f1": round(macro_f1(gold, predicted), 4), "accuracy": round(float((predicted == gold).mean()), 4)}


def evaluate(train: list[dict], test: list[dict]) -> tuple[dict[str, dict], dict[str, np.ndarray]]:
    """Fit every method on `train`, score it on `test`: {method: {macro_f1, accuracy}} and the test predictions."""
    gold = np.array([r["gold"] for r in train])
    test_gold = np.array([r["gold"] for r in test])
    predictions = {}
    for method, name in (("textblob", "polarity"), ("vader", "vader")):
        thresholds = fit_thresholds(np.array([r["scores"][name] for r in train]), gold)
        predictions[method] = _threshold_classes(np.array([r["scores"][name] for r in test]), thresholds)
    predictions.update(predict(fit(train), test))
    target_gold = np.array([g for r in test for _, _, g in r["targets"]])
    results = {m: scores_of(test_gold, predictions[m]) for m in ("textblob", "vader", "tone", "target_sentence")}
    results["target"] = scores_of(target_gold, predictions["target"])
    return results, predictions


def cross_validate(rows: list[dict], folds: int = FOLDS) -> dict[str, dict]:
    """Grouped cross-validation on `rows` (articles kept whole, folds by article key's hash): each method fitted on
    the other folds, every held-out prediction pooled."""
    fold = np.array(
        [int(hashlib.sha256(r["article"].encode()).hexdigest()[:8], 16) // HELD_OUT_MODULUS % folds for r in rows]
    )
    pooled: dict[str, list] = {}
    gold: dict[str, list] = {"sentence": [], "target": []}
    for k in range(folds):
        train = [r for r, f in zip(rows, fold) if f != k]
        test = [r for r, f in zip(rows, fold) if f == k]
        _, predictions = evaluate(train, test)
        for method, values in predictions.items():
            pooled.setdefault(method, []).extend(values)
        gold["sentence"] += [r["gold"] for r in test]
        gold["target"] += [g for r in test for _, _, g in r["targets"]]
    return {
        m: scores_of(np.array(gold["target" if m == "target" else "sentence"]), np.array(p)) for m, p in pooled.items()
    }


def main(argv: list[str] | None = None) -> int:
    """Fit the model on the dev part and write it (or, with --check, compare it with the shipped file)."""
    cli = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    cli.add_argument("--data", type=Path, default=NEWSMTSC)
    cli.add_argument("--out", type=Path, default=tone_model.MODEL_PATH)
    cli.add_argument("--check", action="store_true", help="fail when the refitted model differs from --out")
    args = cli.parse_args(argv)
    if not args.data.is_file():
        print(f"skipped: {args.data} not found (the NewsMTSC dev data)")
        return 0
    rows = [r for r in load_newsmtsc(args.data) if not r["held_out"]]
    text = fit(rows).to_json()
    if args.check:
        same = args.out.is_file() and args.out.read_text(encoding="utf-8") == text
        print(f"{args.out}: {'identical to the refitted model' if same else 'DIFFERS from the refitted model'}")
        return 0 if same else 1
    from .io import write_text

    write_text(args.out, text)
    print(f"wrote {args.out} ({len(text):,} bytes) from {len(rows):,} dev sentences")
    return 0


if __name__ == "__main__":
    sys.exit(main())
