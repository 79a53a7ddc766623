"""Throughput and memory of corpus mode, against a bare spaCy parse of the same texts.

    python benchmarks/throughput.py [--articles N] [--workers W]

Builds a corpus of N articles from the shipped seed (its paragraphs rotated and re-dated, so no two are the same
text), then measures in one run:
  (a) a bare `nlp.pipe` parse of every paragraph with the same model and the same number of processes;
  (b) the full `python -m newsframe analyze` on the corpus;
and prints words per second of both and the ratio b/a (target at least 0.8); the peak memory (all processes) of
`analyze` at N and at 10 N articles (target: 10 N within 1.2 times N); and the time of executing the notebooks on the
shipped article against `analyze` on it (target: within 3 times).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from newsframe import config  # noqa: E402
from newsframe.article import count_words, load_article  # noqa: E402


def build_corpus(folder: Path, n: int) -> tuple[list[str], int]:
    """Write n JSON-Lines articles from the seed into folder/corpus.jsonl; return their paragraph texts and words."""
    seed = load_article(config.DEFAULT_ARTICLE)
    body = [p.text for p in seed.body]
    texts, lines = [], []
    for i in range(n):
        k = i % len(body)
        paragraphs = body[k:] + body[:k]
        title = f"{seed.title} ({i})"
        texts += [title] + paragraphs
        day = 1 + i % 28
        lines.append(json.dumps({"id": f"a{i:06d}", "date": f"2022-{1 + i % 12:02d}-{day:02d}", "title": title, "text": "\n\n".join(paragraphs)}))
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "corpus.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return texts, sum(count_words(t) for t in texts)


def bare_parse(texts: list[str], workers: int) -> float:
    """Seconds for a bare nlp.pipe over texts with `workers` processes (model load excluded)."""
    from newsframe.nlp import load

    nlp = load()
    start = time.perf_counter()
    for _ in nlp.pipe(texts, n_process=workers, batch_size=64):
        pass
    return time.perf_counter() - start


def run_measured(command: list[str], env: dict | None = None) -> tuple[float, float]:
    """Run a command; return (seconds, peak resident memory in MiB of it and all its children together)."""
    start = time.perf_counter()
    process = psutil.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env={**os.environ, **(env or {})})
    peak = 0
    while process.poll() is None:
        try:
            tree = [process] + process.children(recursive=True)
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.05)
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed: {process.stderr.read().decode()[-500:]}")
    return time.perf_counter() - start, peak / 2**20


def main() -> int:
    """Measure and print the figures."""
    cli = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    cli.add_argument("--articles", type=int, default=100, help="N, the smaller corpus (default 100)")
    cli.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = cli.parse_args()
    python = sys.executable
    with tempfile.TemporaryDirectory(prefix="newsframe-bench-") as tmp:
        tmp = Path(tmp)
        small_texts, small_words = build_corpus(tmp / "small", args.articles)
        _, big_words = build_corpus(tmp / "big", 10 * args.articles)
        bare = bare_parse(small_texts, args.workers)
        analyze = [python, "-m", "newsframe", "analyze", "--workers", str(args.workers)]
        full, peak_small = run_measured(analyze + [str(tmp / "small" / "corpus.jsonl"), "--out", str(tmp / "out-small")])
        big, peak_big = run_measured(analyze + [str(tmp / "big" / "corpus.jsonl"), "--out", str(tmp / "out-big")])
        rerun, _ = run_measured(analyze + [str(tmp / "small" / "corpus.jsonl"), "--out", str(tmp / "out-small")])
        print(f"corpus: {args.articles} articles, {small_words} words; {args.workers} workers; model load excluded from (a), included in (b)")
        print(f"(a) bare nlp.pipe:      {small_words / bare:10.0f} words/s  ({bare:.1f} s)")
        print(f"(b) analyze:            {small_words / full:10.0f} words/s  ({full:.1f} s)")
        print(f"ratio b/a:              {bare / full:10.2f}   (target >= 0.8)")
        print(f"(b) analyze at 10 N:    {big_words / big:10.0f} words/s  ({big:.1f} s; ratio to (a) {big_words / big / (small_words / bare):.2f}, start-up spread thinner)")
        print(f"rerun, all current:     {rerun:10.1f} s")
        print(f"peak memory at N:       {peak_small:10.0f} MiB  ({args.articles} articles)")
        print(f"peak memory at 10 N:    {peak_big:10.0f} MiB  ({10 * args.articles} articles, {big_words} words)")
        print(f"ratio 10 N / N:         {peak_big / peak_small:10.2f}   (target <= 1.2)")
        env = {"NEWSFRAME_DATA_DIR": str(tmp / "nb-data"), "NEWSFRAME_FIGURES_DIR": str(tmp / "nb-figures"),
               "NEWSFRAME_CACHE_DIR": str(tmp / "nb-cache"), "NEWSFRAME_REPORTS_DIR": str(tmp / "nb-reports")}
        one, _ = run_measured(analyze[:-2] + ["--workers", "1", str(config.DEFAULT_ARTICLE), "--out", str(tmp / "out-one")])
        notebooks, _ = run_measured([python, "-m", "newsframe.notebooks", "run", "--article", str(config.DEFAULT_ARTICLE)], env)
        parallel, _ = run_measured([python, "-m", "newsframe.notebooks", "run", "--jobs", str(args.workers), "--article", str(config.DEFAULT_ARTICLE)],
                                   {**env, "NEWSFRAME_CACHE_DIR": str(tmp / "nb-cache-2")})
        print(f"analyze, shipped article: {one:8.1f} s")
        print(f"notebooks, same article:  {notebooks:8.1f} s")
        print(f"ratio notebooks/analyze:  {notebooks / one:8.2f}   (target <= 3)")
        print(f"notebooks, {args.workers} at once:    {parallel:8.1f} s   (ratio {parallel / one:.2f})")
        big_inputs = tmp / "big-inputs"
        big_inputs.mkdir()
        sentence = "The council met in Leeds on Monday and voted to close the library after a long debate. "
        (big_inputs / "megabyte.txt").write_text("date 2020-01-01 One long paragraph\n\n" + sentence * 11_600, encoding="utf-8")
        (big_inputs / "paragraphs.txt").write_text(
            "date 2020-01-01 Ten thousand paragraphs\n\n" + "\n\n".join(sentence.strip() for _ in range(10_000)), encoding="utf-8")
        for name in ("megabyte.txt", "paragraphs.txt"):
            size = (big_inputs / name).stat().st_size / 2**20
            seconds, peak = run_measured(analyze[:-2] + ["--workers", "1", str(big_inputs / name), "--out", str(tmp / "out-big-inputs")])
            print(f"{name:16s} ({size:.1f} MiB): {seconds:6.1f} s, peak memory {peak:6.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
