"""Measure the tone labels on NewsMTSC, and the time of scoring one very long paragraph.

Usage: .venv/bin/python benchmarks/sentiment.py [--skip-cv | --skip-tone] [--megabytes M]

1. Tone (needs the dev data's newsmtsc/train.jsonl; skipped, saying so, without it). The split, the model and the
   baselines are those of `newsframe/training.py`: articles held out by the hash of their key, never used to fit or
   choose anything. Prints macro-F1 and accuracy on the held-out sentences of TextBlob alone and VADER alone (each
   with thresholds fitted on the dev part), the learned `tone` of a sentence alone, the tone towards the sentence's
   targets (majority of its targets) and towards each target (the NewsMTSC task); then the same by 5-fold grouped
   cross-validation on the dev part; beside the figures `newsframe/sentiment.py` ships. Also checks that the shipped
   model file is the one the dev part gives, byte for byte, and counts the labels the lexicon override changes.
2. Long paragraphs: CPU seconds to build the paragraph and sentence sentiment tables of M megabytes of news text
   (the shipped article repeated) as one paragraph, against the same text and sentences in its ordinary
   paragraphs (target: at most 2 times).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from newsframe import config, sentiment, tone_model, training  # noqa: E402
from newsframe.article import load_article  # noqa: E402

LONG_PARAGRAPH_TARGET = 2.0


def print_results(title: str, results: dict, shipped: dict) -> None:
    """One block of method lines: macro-F1 and accuracy, with the shipped figures in brackets."""
    print(title)
    for method, scores in results.items():
        ship = shipped.get(method, {"macro_f1": float("nan"), "accuracy": float("nan")})
        print(
            f"  {sentiment.BENCHMARK_NAMES[method]:38s} macro-F1 {scores['macro_f1']:.4f}  accuracy "
            f"{scores['accuracy']:.4f}   (shipped: {ship['macro_f1']:.4f} / {ship['accuracy']:.4f})"
        )


def tone_benchmark(skip_cv: bool) -> None:
    """Part 1: the held-out and cross-validated figures."""
    if not training.NEWSMTSC.is_file():
        print(f"tone: skipped, {training.NEWSMTSC} not found (the NewsMTSC dev data)")
        return
    rows = training.load_newsmtsc()
    dev = [r for r in rows if not r["held_out"]]
    held = [r for r in rows if r["held_out"]]
    print(
        f"NewsMTSC train.jsonl: {len(rows)} sentences; dev part {len(dev)} sentences "
        f"({sum(len(r['targets']) for r in dev)} targets), held out {len(held)} sentences "
        f"({sum(len(r['targets']) for r in held)} targets) from {len({r['article'] for r in held})} articles"
    )
    started = time.perf_counter()
    model = training.fit(dev)
    seconds = time.perf_counter() - started
    text = model.to_json()
    same = tone_model.MODEL_PATH.read_text(encoding="utf-8") == text
    print(
        f"model: fitted on the dev part in {seconds:.1f} s; {len(model.coefficients):,} features x 3 classes; "
        f"{len(text.encode()):,} bytes of JSON; shipped file reproduced byte for byte: {'yes' if same else 'NO'}"
    )
    results, predictions = training.evaluate(dev, held)
    print_results(
        "Held-out sentences (model and thresholds fitted on the dev part):", results, sentiment.BENCHMARK["held_out"]
    )
    plain = np.array([int(np.argmax(model.probabilities(training.sentence_row(r)))) for r in held])
    changed = int((plain != predictions["tone"]).sum())
    gold = np.array([r["gold"] for r in held])
    print(
        f"  lexicon override: changes {changed} of {len(held)} held-out labels; macro-F1 without it "
        f"{training.macro_f1(gold, plain):.4f}"
    )
    if not skip_cv:
        cv = training.cross_validate(dev)
        print_results(
            f"Dev part, {training.FOLDS}-fold cross-validation (articles kept whole):",
            cv,
            sentiment.BENCHMARK["dev_cv"],
        )


def long_paragraph_benchmark(megabytes: float) -> None:
    """Part 2: one paragraph of `megabytes` MB against the same sentences in ordinary paragraphs."""
    article = load_article(config.DEFAULT_ARTICLE)
    body = [p.text for p in article.body]
    paragraphs_text, size = [], 0
    while size < megabytes * 1_000_000:
        paragraphs_text += body
        size += sum(len(t) + 1 for t in body)
    split = [re.split(r"(?<=[.!?”])\s+", t) for t in paragraphs_text]

    def tables(groups: list[list[str]]) -> float:
        rows, texts = [], []
        for number, sentences in enumerate(groups, start=1):
            start = 0
            for n, text in enumerate(sentences, start=1):
                rows.append((number, n, start, start + len(text), text))
                start += len(text) + 1
            texts.append(" ".join(sentences))
        sentences = pd.DataFrame(rows, columns=["paragraph", "sentence", "start_char", "end_char", "text"])
        paragraphs = pd.DataFrame({"paragraph": range(1, len(groups) + 1), "text": texts})
        began = time.process_time()  # CPU time of this process: steadier than the clock on a shared machine
        scored = sentiment.sentence_sentiment(sentences)
        sentiment.paragraph_sentiment(paragraphs, None, scored)
        return time.process_time() - began

    sentiment.load_lexicons()
    ordinary = tables(split)
    one = tables([[s for group in split for s in group]])
    ratio = one / ordinary
    print(
        f"long paragraph: {size / 1e6:.2f} MB as one paragraph {one:.1f} CPU s, in {len(split):,} ordinary paragraphs "
        f"{ordinary:.1f} CPU s: {ratio:.2f}x (target at most {LONG_PARAGRAPH_TARGET:g}x)"
    )


def main(argv: list[str] | None = None) -> int:
    """Print both parts; return the exit code."""
    cli = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    cli.add_argument(
        "--skip-cv", action="store_true", help="held-out figures only (the cross-validation takes minutes)"
    )
    cli.add_argument("--skip-tone", action="store_true", help="the long-paragraph timing only")
    cli.add_argument("--megabytes", type=float, default=1.0)
    args = cli.parse_args(argv)
    if not args.skip_tone:
        tone_benchmark(args.skip_cv)
    long_paragraph_benchmark(args.megabytes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
