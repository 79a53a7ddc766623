"""Measure the sentence tones on NewsMTSC: TextBlob alone, VADER alone and the combined `tone`.

Usage: .venv/bin/python benchmarks/sentiment.py [--folds N] [--seed S]

Reads the dev data's newsmtsc/train.jsonl (7,758 news sentences, each with the sentiment towards one or more people;
a sentence's gold label is the majority of its targets' polarities, ties broken by the first target). Prints macro-F1
and accuracy of each method by N-fold cross-validation: every method's thresholds (TextBlob, VADER) or coefficients
(tone) are refitted on the other folds and scored on the held-out fold, and the held-out predictions are pooled.
Then refits every constant on all the data and prints it beside the value `newsframe/sentiment.py` ships, so a stale
constant shows. Exits 0 with a message when the data is absent.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from newsframe import config, sentiment  # noqa: E402


def data_path() -> Path:
    """NewsMTSC's training file under the dev data."""
    return config.DEV_DATA_DIR / "newsmtsc" / "train.jsonl"


def main(argv: list[str] | None = None) -> int:
    """Print the cross-validated scores and the refitted constants; return the exit code."""
    cli = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    cli.add_argument("--folds", type=int, default=sentiment.BENCHMARK_FOLDS)
    cli.add_argument("--seed", type=int, default=sentiment.BENCHMARK_SEED)
    args = cli.parse_args(argv)
    path = data_path()
    if not path.is_file():
        print(f"skipped: {path} not found")
        return 0
    data = sentiment.load_newsmtsc(path)
    counts = data["gold"].value_counts().reindex(range(3), fill_value=0)
    print(
        f"NewsMTSC train.jsonl: {len(data)} sentences "
        f"({', '.join(f'{counts[k]} {sentiment.TONES[k]}' for k in range(3))})"
    )
    print(f"{args.folds}-fold cross-validation (seed {args.seed}), pooled held-out predictions:")
    results = sentiment.cross_validate(data, args.folds, args.seed)
    for method, scores in results.items():
        shipped = sentiment.BENCHMARK[method]
        print(
            f"  {sentiment.BENCHMARK_NAMES[method]:24s} macro-F1 {scores['macro_f1']:.4f}  accuracy "
            f"{scores['accuracy']:.4f}"
            f"   (shipped: {shipped['macro_f1']:.4f} / {shipped['accuracy']:.4f})"
        )
    print("Constants refitted on all sentences (shipped value in brackets):")
    for name, value in sentiment.fitted_constants(data).items():
        print(f"  {name} = {value}   ({getattr(sentiment, name)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
