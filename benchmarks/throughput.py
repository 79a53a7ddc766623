"""Throughput and memory of corpus mode, against a bare spaCy parse of the same texts.

    python benchmarks/throughput.py [--articles N] [--workers W]

Builds a corpus of N articles from the shipped seed (its paragraphs rotated and re-dated, so no two are the same
text), then measures in one run:
  (a) a bare `nlp.pipe` parse of every paragraph with the same English model (without the name recogniser newsframe
      adds) and the same number of processes, as a command of its own (Python start, spaCy import and model load
      included, as they are in (b)); also in a process that loaded the model beforehand, for the parse alone;
  (b) the full `python -m newsframe analyze` on the corpus;
at N, five runs of each taken in turns (a, b, a, b, …, so that the machine's drift falls on both alike), and prints
words per second of both (medians), the ratio b/a of the medians (target at least 0.8) and of each turn; the
peak memory (all processes) of `analyze` at N and at 10 N articles (target: 10 N within 1.2 times N); and the time of
executing the notebooks on the shipped article, as `make run` does (from an empty cache), against `analyze` on it
(target: within 3 times), with the CPU time (user + system, all processes) the notebook runs take.

    python benchmarks/throughput.py --bare CORPUS.jsonl WORKERS   # (a) alone, as the benchmark runs it
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

# Runs of (a) and of (b) at N, taken in turns.
PAIRED_RUNS = 5

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
        lines.append(
            json.dumps(
                {
                    "id": f"a{i:06d}",
                    "date": f"2022-{1 + i % 12:02d}-{day:02d}",
                    "title": title,
                    "text": "\n\n".join(paragraphs),
                }
            )
        )
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "corpus.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return texts, sum(count_words(t) for t in texts)


def corpus_texts(path: Path) -> list[str]:
    """Every headline and paragraph of a JSON-Lines corpus written by build_corpus, in order."""
    texts = []
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        texts += [record["title"]] + record["text"].split("\n\n")
    return texts


def bare_model():
    """The English model as installed, without the components newsframe adds (its name recogniser): the bare parse
    the analysis is measured against."""
    import spacy

    from newsframe.nlp import model_name

    return spacy.load(model_name())


def bare_parse(texts: list[str], workers: int) -> float:
    """Seconds for a bare nlp.pipe over texts with `workers` processes (model load excluded)."""
    nlp = bare_model()
    start = time.perf_counter()
    for _ in nlp.pipe(texts, n_process=workers, batch_size=64):
        pass
    return time.perf_counter() - start


def bare_command(corpus: Path, workers: int) -> None:
    """(a) as a command: load the model, parse every text of `corpus` with nlp.pipe on `workers` processes."""
    for _ in bare_model().pipe(corpus_texts(corpus), n_process=workers, batch_size=64):
        pass


def run_measured(command: list[str], env: dict | None = None) -> tuple[float, float]:
    """Run a command; return (seconds, peak resident memory in MiB of it and all its children together)."""
    start = time.perf_counter()
    process = psutil.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env={**os.environ, **(env or {})}
    )
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
    if sys.argv[1:2] == ["--bare"]:
        bare_command(Path(sys.argv[2]), int(sys.argv[3]))
        return 0
    cli = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    cli.add_argument("--articles", type=int, default=100, help="N, the smaller corpus (default 100)")
    cli.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = cli.parse_args()
    python = sys.executable
    with tempfile.TemporaryDirectory(prefix="newsframe-bench-") as tmp:
        tmp = Path(tmp)
        small_texts, small_words = build_corpus(tmp / "small", args.articles)
        _, big_words = build_corpus(tmp / "big", 10 * args.articles)
        # analyze reads tables a notebook cached; an empty cache makes every run here analyze from scratch
        cold = {"NEWSFRAME_CACHE_DIR": str(tmp / "empty-cache")}
        parse_only = bare_parse(small_texts, args.workers)
        analyze = [python, "-m", "newsframe", "analyze", "--workers", str(args.workers)]
        # (a) and (b) in turns, so that the machine's drift over minutes falls on both alike
        pairs = [
            (
                run_measured([python, __file__, "--bare", str(tmp / "small" / "corpus.jsonl"), str(args.workers)]),
                run_measured(
                    analyze + [str(tmp / "small" / "corpus.jsonl"), "--out", str(tmp / f"out-small-{k}")], cold
                ),
            )
            for k in range(PAIRED_RUNS)
        ]
        bare, full = (sorted(p[i][0] for p in pairs)[PAIRED_RUNS // 2] for i in (0, 1))
        ratios = sorted(p[0][0] / p[1][0] for p in pairs)
        peak_small = max(p[1][1] for p in pairs)
        big, peak_big = run_measured(analyze + [str(tmp / "big" / "corpus.jsonl"), "--out", str(tmp / "out-big")], cold)
        big_bare, _ = run_measured([python, __file__, "--bare", str(tmp / "big" / "corpus.jsonl"), str(args.workers)])
        rerun, _ = run_measured(
            analyze + [str(tmp / "small" / "corpus.jsonl"), "--out", str(tmp / "out-small-0")], cold
        )
        print(
            f"corpus: {args.articles} articles, {small_words} words; {args.workers} workers; medians of {PAIRED_RUNS} "
            f"runs of (a) and (b) in turns at N"
        )
        print(
            f"(a) bare nlp.pipe, as a command:     {small_words / bare:8.0f} words/s  ({bare:.1f} s, start-up and "
            f"model load included)"
        )
        print(f"    the parse alone, model loaded:   {small_words / parse_only:8.0f} words/s  ({parse_only:.1f} s)")
        print(f"(b) analyze:                         {small_words / full:8.0f} words/s  ({full:.1f} s)")
        print(
            f"ratio b/a:                           {bare / full:8.2f}   (target >= 0.8; against the parse alone "
            f"{parse_only / full:.2f})"
        )
        print(f"    b/a of each turn:                {' '.join(f'{r:.2f}' for r in ratios)}")
        print(
            f"at 10 N: (a) {big_words / big_bare:.0f} words/s, (b) {big_words / big:.0f} words/s ({big:.1f} s), ratio "
            f"b/a {big_bare / big:.2f}"
        )
        print(f"rerun, all current:     {rerun:10.1f} s")
        print(f"peak memory at N:       {peak_small:10.0f} MiB  ({args.articles} articles)")
        print(f"peak memory at 10 N:    {peak_big:10.0f} MiB  ({10 * args.articles} articles, {big_words} words)")
        print(f"ratio 10 N / N:         {peak_big / peak_small:10.2f}   (target <= 1.2)")
        env = {
            "NEWSFRAME_DATA_DIR": str(tmp / "nb-data"),
            "NEWSFRAME_FIGURES_DIR": str(tmp / "nb-figures"),
            "NEWSFRAME_CACHE_DIR": str(tmp / "nb-cache"),
            "NEWSFRAME_REPORTS_DIR": str(tmp / "nb-reports"),
        }
        ones = [
            run_measured(
                analyze[:-2] + ["--workers", "1", str(config.DEFAULT_ARTICLE), "--out", str(tmp / f"out-one-{k}")], cold
            )[0]
            for k in range(3)
        ]
        one = sorted(ones)[1]
        notebook_runs = {}
        for jobs in (None, 1):  # None: as `make run` runs them (one more at once than the cores)
            command = [python, "-m", "newsframe.notebooks", "run", "--article", str(config.DEFAULT_ARTICLE)]
            runs = []
            for k in range(3):  # each run starts from an empty cache: nothing analyzed yet
                before = os.times()
                seconds, _ = run_measured(
                    command + (["--jobs", str(jobs)] if jobs else []),
                    {**env, "NEWSFRAME_CACHE_DIR": str(tmp / f"nb-cache-{jobs}-{k}")},
                )
                after = os.times()
                runs.append(
                    (
                        seconds,
                        (after.children_user - before.children_user) + (after.children_system - before.children_system),
                    )
                )
            notebook_runs[jobs] = sorted(runs)[1]
        from newsframe.notebooks import DEFAULT_JOBS

        print(f"analyze, shipped article:            {one:8.1f} s")
        for jobs, label in ((None, f"{DEFAULT_JOBS} at once (make run):   "), (1, "one at a time:           ")):
            seconds, cpu = notebook_runs[jobs]
            print(
                f"notebooks, {label}  {seconds:8.1f} s   ratio {seconds / one:.2f}"
                f"{' (target <= 3)' if jobs is None else ''}; CPU {cpu:.1f} s"
            )
        big_inputs = tmp / "big-inputs"
        big_inputs.mkdir()
        sentence = "The council met in Leeds on Monday and voted to close the library after a long debate. "
        (big_inputs / "megabyte.txt").write_text(
            "date 2020-01-01 One long paragraph\n\n" + sentence * 11_600, encoding="utf-8"
        )
        (big_inputs / "paragraphs.txt").write_text(
            "date 2020-01-01 Ten thousand paragraphs\n\n" + "\n\n".join(sentence.strip() for _ in range(10_000)),
            encoding="utf-8",
        )
        for name in ("megabyte.txt", "paragraphs.txt"):
            size = (big_inputs / name).stat().st_size / 2**20
            seconds, peak = run_measured(
                analyze[:-2] + ["--workers", "1", str(big_inputs / name), "--out", str(tmp / "out-big-inputs")], cold
            )
            print(f"{name:16s} ({size:.1f} MiB): {seconds:6.1f} s, peak memory {peak:6.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
