"""Many articles: stream them through the analysis in worker processes (or on a Dask cluster), write each article's
tables as it goes, skip articles whose outputs are current, and gather the corpus tables in DIR/corpus/.

Each worker loads the spaCy pipeline once and does the whole per-article job (parse, tables, write), so the work
scales with the number of workers and the main process only reads inputs and appends summary rows.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import chain, islice
from pathlib import Path

import numpy as np
import pandas as pd

from .article import ARTICLE_SUFFIXES, Article, ArticleError, dangling_link, iter_articles, safe_id
from .io import atomic_path, locked, remove_stale_temporaries, write_json
from .pipeline import TABLE_SCHEMA, code_version
from .workers import exit_with_parent, usable_cores

MANIFEST = ".manifest.json"
# The files of an article's folder that its manifest vouches for: complete only when every one is as written.
ARTICLE_FILES = frozenset({"article.json", *(f"{name}.csv" for name in TABLE_SCHEMA)})
CORPUS_FOLDER = "corpus"
# Held by a run for as long as it writes into its DIR (kept in DIR/corpus/, so that DIR holds only article folders
# and corpus/): a second run into the same DIR stops at once.
LOCK_FILE = f"{CORPUS_FOLDER}/.newsframe.lock"
# What a worker process that ended abruptly leaves of its articles: this error, for the article it took down.
LOST_WORKER = "the worker process analyzing it ended abruptly (killed by a signal, or out of memory)"
# Tasks in flight per worker: enough to keep every worker busy, few enough to keep memory flat.
IN_FLIGHT_PER_WORKER = 2
# Headlines and paragraphs parsed together in one task (a few articles): spaCy parses larger batches faster, by
# about 4% from one article's 18 paragraphs to 64 texts; the first task of each worker is one article.
TEXTS_PER_TASK = 64
# Characters of text in one task at most (a news article has a few thousand): memory stays bounded when articles
# are long.
TASK_CHARS = 100_000
# The corpus tables and their columns (see docs/data-dictionary.md).
CORPUS_COLUMNS = {
    "entities": ["article", "entity", "entity_type", "mentions"],
    "article_sentiment": [
        "article",
        "published",
        "title",
        "paragraphs",
        "words",
        "polarity",
        "subjectivity",
        "vader",
        "tone",
        "share_negative",
        "share_neutral",
        "share_positive",
        "headline_tone",
    ],
    "timeline": [
        "article",
        "published",
        "paragraph",
        "expression",
        "type",
        "value",
        "date",
        "date_end",
        "anchor",
        "event",
        "entities",
    ],
    "quotes": [
        "article",
        "paragraph",
        "end_paragraph",
        "start_char",
        "end_char",
        "text",
        "kind",
        "cue",
        "speaker",
        "speaker_text",
        "speaker_paragraph",
        "speaker_start",
        "speaker_end",
        "tone",
    ],
    "errors": ["source", "article", "error"],
}


@dataclass
class Tally:
    """What one run wrote: articles analyzed now and their tables, articles already current (kept as they were),
    corpus tables, and failures (articles or inputs that could not be analyzed)."""

    articles: int = 0
    tables: int = 0
    current: int = 0
    corpus_tables: int = 0
    failed: int = 0

    def line(self, out: Path | str) -> str:
        """The run in one line: `wrote 1 article (9 tables) and 4 corpus tables to out/; 0 failed`."""
        articles = f"{self.articles} article{'' if self.articles == 1 else 's'}"
        current = f"; {self.current} already current" if self.current else ""
        wrote = f"wrote {articles} ({self.tables} tables) and {self.corpus_tables} corpus tables"
        return f"{wrote} to {os.path.join(str(out), '')}{current}; {self.failed} failed"


@dataclass
class Job:
    """One article to analyze, the folder its tables go to, and the key its outputs are current for."""

    article: Article
    folder: Path
    key: str
    wanted: str = ""  # the id its name gives, when another article of the run took it first


def model_identity() -> str:
    """The loaded pipeline's identity, part of every output key."""
    from .nlp import model_id

    return model_id()


def output_key(article: Article, model: str) -> str:
    """The hex digest of what an article's outputs depend on: its text and metadata, the model, and the package's
    code (its version and every source file), so a change to any rule makes the outputs stale."""
    payload = json.dumps(
        [model, code_version(), article.metadata(), [[p.number, p.text] for p in article.paragraphs]],
        ensure_ascii=False,
    )
    return hashlib.sha256(payload.encode("utf-8", "surrogatepass")).hexdigest()


def read_manifest(folder: Path) -> dict | None:
    """The manifest of an article's folder (key, source, files: name -> SHA-256), or None when there is none."""
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return manifest if isinstance(manifest, dict) else None


def is_complete(folder: Path, manifest: dict | None) -> bool:
    """Whether `folder` holds every file of an article (ARTICLE_FILES), each exactly as its manifest records it."""
    files = manifest.get("files") if manifest else None
    return (
        isinstance(files, dict)
        and set(files) == ARTICLE_FILES
        and all(file_digest(folder / name) == digest for name, digest in files.items())
    )


def is_current(folder: Path, key: str) -> bool:
    """Whether `folder` holds complete outputs made for `key`: its manifest names the key, and every file of an
    article is there as it was written (a half-written or altered folder is not current)."""
    manifest = read_manifest(folder)
    return manifest is not None and manifest.get("key") == key and is_complete(folder, manifest)


def file_digest(path: Path) -> str | None:
    """The SHA-256 hex digest of a file's bytes, or None when it cannot be read."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def source_key(source: str) -> str:
    """An input's source (`file` or `file.jsonl:line`) with the file as an absolute path, to match it across runs."""
    base, colon, line = source.rpartition(":")
    if not (colon and line.isdigit() and base):
        base, line = source, ""
    return os.path.abspath(base) + (f":{line}" if line else "")


def find_inputs(inputs: list[str]) -> tuple[list[Path], list[ArticleError]]:
    """The article files named by `inputs` (files, or folders of them) and an error for each input with none. A
    file named twice (`analyze seeds seeds/a.txt`) is read once, where it is first named."""
    files, errors, seen = [], [], set()
    for name in inputs:
        path = Path(name)
        if path.is_dir():
            named = sorted(p for p in path.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES and not p.is_dir())
            found = [p for p in named if p.is_file()]
            # a link to nothing (or to itself), or a device, named like an article: an article meant, and lost
            errors += [
                ArticleError(p, dangling_link(p) if p.is_symlink() else "not a file") for p in named if not p.is_file()
            ]
            if not named:
                errors.append(ArticleError(path, f"folder has no articles ({', '.join(ARTICLE_SUFFIXES)} files)"))
        else:
            found = [path]  # a missing or unreadable file is reported when it is read
        for file in found:
            try:
                real = file.resolve()
            except (OSError, RuntimeError):  # a symbolic link loop: reported when it is read
                real = file.absolute()
            if real not in seen:
                seen.add(real)
                files.append(file)
    return files, errors


def unique_id(wanted: str, taken: set[str]) -> str:
    """`wanted`, or `wanted-2`, `-3`… so that no two articles share a folder (compared case-insensitively)."""
    candidate, n = wanted, 1
    while candidate.casefold() in taken:
        n += 1
        suffix = f"-{n}"
        candidate = wanted[: 100 - len(suffix)] + suffix
    taken.add(candidate.casefold())
    return candidate


def iter_jobs(
    files: Iterable[Path], out: Path, date: str | None, model: str, taken: set[str] | None = None
) -> Iterator[Job | ArticleError]:
    """A Job per article read from `files`, or the ArticleError that stopped one. Ids are made unique among the
    run's articles and `taken` (casefolded ids already in use; CORPUS_FOLDER always is)."""
    taken = {CORPUS_FOLDER} if taken is None else taken
    taken.add(CORPUS_FOLDER)
    for path in files:
        for item in iter_articles(path, date):
            if isinstance(item, ArticleError):
                yield item
                continue
            wanted = safe_id(item.id)
            item.id = unique_id(wanted, taken)
            yield Job(item, out / item.id, output_key(item, model), wanted if item.id != wanted else "")


def analyze_jobs(jobs: list[Job]) -> list[dict]:
    """Analyze articles in this process, their paragraphs parsed together (see pipeline.analyze_many); write each
    one's tables and manifest; return each one's corpus summary rows, or its error."""
    from .pipeline import analyze_many

    # Tables already cached (by a notebook, say) are reused; a corpus adds nothing to the cache, which would
    # otherwise grow by one entry per article.
    analyses = analyze_many([job.article for job in jobs], use_cache=True, write_cache=False)
    return [_write_outputs(job, analysis) for job, analysis in zip(jobs, analyses)]


def _write_outputs(job: Job, analysis) -> dict:
    """Write one analyzed article's tables and manifest; its summary rows, or its error (of the analysis or here)."""
    from .pipeline import write_analysis

    try:
        if isinstance(analysis, Exception):
            raise analysis
        if job.folder.exists():
            remove_stale_temporaries(job.folder)
            (job.folder / MANIFEST).unlink(missing_ok=True)  # until every file is rewritten, the folder is not current
        paths = write_analysis(analysis, job.folder)
        files = {p.name: file_digest(p) for p in paths}
        write_json(job.folder / MANIFEST, {"key": job.key, "source": source_key(job.article.source), "files": files})
        return {
            "article": job.article.id,
            "source": job.article.source,
            "summary": summarise(job.article.metadata(), analysis.tables),
            "warnings": analysis.warnings,
            "tables": sum(path.suffix == ".csv" for path in paths),
        }
    except Exception as error:  # one article's failure is reported, never fatal to the run
        return {"article": job.article.id, "source": job.article.source, "error": f"{type(error).__name__}: {error}"}


def read_summary(folder: Path) -> dict:
    """The corpus summary rows of an article whose outputs are complete, read back from its folder."""
    meta = json.loads((folder / "article.json").read_text(encoding="utf-8"))
    tables = {}
    for name in ("entities", "paragraph_sentiment", "sentence_sentiment", "timeline", "paragraphs", "quotes"):
        path = folder / f"{name}.csv"
        if path.exists():
            tables[name] = pd.read_csv(path, keep_default_na=False, na_values=[""])
    return {"article": meta["id"], "summary": summarise(meta, tables), "skipped": True}


def summarise(meta: dict, tables: dict[str, pd.DataFrame]) -> dict[str, list[dict]]:
    """The rows one article (its article.json record `meta`) adds to each corpus table (read column by column: a
    few rows, many articles)."""
    article_id = meta["id"]
    rows: dict[str, list[dict]] = {"entities": [], "article_sentiment": [], "timeline": [], "quotes": []}
    entities = tables.get("entities")
    if entities is not None:
        columns = (entities[c].tolist() for c in ("entity", "entity_type", "mentions"))
        rows["entities"] = [
            {"article": article_id, "entity": e, "entity_type": t, "mentions": int(m)} for e, t, m in zip(*columns)
        ]
    paragraph_sentiment = tables.get("paragraph_sentiment")
    row = {
        "article": article_id,
        "published": meta["published"],
        "title": meta["title"],
        "paragraphs": meta["paragraphs"],
        "words": meta["words"],
    }
    if paragraph_sentiment is not None and len(paragraph_sentiment):
        row.update(article_tone(paragraph_sentiment, tables.get("paragraphs"), tables.get("sentence_sentiment")))
    rows["article_sentiment"] = [row]
    timeline = tables.get("timeline")
    if timeline is not None:
        keep = [c for c in CORPUS_COLUMNS["timeline"] if c in timeline.columns]
        head = {"article": article_id, "published": meta["published"]}
        rows["timeline"] = [
            {**head, **dict(zip(keep, values))} for values in zip(*(timeline[c].tolist() for c in keep))
        ]
    quotes = tables.get("quotes")
    if quotes is not None:
        keep = [c for c in CORPUS_COLUMNS["quotes"][1:] if c in quotes.columns]
        rows["quotes"] = [
            {"article": article_id, **dict(zip(keep, values))} for values in zip(*(quotes[c].tolist() for c in keep))
        ]
    return rows


def article_tone(
    paragraph_sentiment: pd.DataFrame, paragraphs: pd.DataFrame | None, sentence_sentiment: pd.DataFrame | None = None
) -> dict:
    """An article's tone, headline apart: polarity, subjectivity and vader are the means of its body paragraphs
    weighted by their words (at least 1 a paragraph; 1 where the words are not known); share_negative,
    share_neutral and share_positive are the shares of the body's text (sentences by length, from
    `sentence_sentiment`; without it, paragraphs' shares weighted by words) in each tone; tone is the tone of the
    largest share (`sentiment.leading_tone`); headline_tone is the headline's own tone ('' without a headline). An
    article with no body paragraph is read from its headline."""
    from .sentiment import SHARE_COLUMNS, leading_tone, tone_shares

    numbers = paragraph_sentiment["paragraph"].tolist()
    body = [p != 0 for p in numbers] if any(p != 0 for p in numbers) else [True] * len(numbers)
    words = {}
    if paragraphs is not None and "words" in paragraphs:
        words = dict(zip(paragraphs["paragraph"].tolist(), paragraphs["words"].tolist()))
    weights = np.array([1.0 if _missing(words.get(p)) else max(float(words.get(p)), 1.0) for p in numbers]) * body
    scores = {
        name: round(float(np.sum(paragraph_sentiment[name].to_numpy(dtype=float) * weights) / np.sum(weights)), 4)
        for name in ("polarity", "subjectivity", "vader")
    }
    kept = {p for p, b in zip(numbers, body) if b}
    if sentence_sentiment is not None and len(sentence_sentiment) and "tone" in sentence_sentiment:
        picked = sentence_sentiment[sentence_sentiment["paragraph"].isin(kept)]
        lengths = [float(len("".join(str(t).split()))) for t in picked["text"].tolist()]
        shares = tone_shares(picked["tone"].tolist(), lengths)
    elif all(c in paragraph_sentiment for c in SHARE_COLUMNS):
        total = float(np.sum(weights))
        shares = {
            c: round(float(np.sum(paragraph_sentiment[c].to_numpy(dtype=float) * weights) / total), 4)
            for c in SHARE_COLUMNS
        }
    else:  # tables of an older version: the paragraphs' tones, weighted by words
        tones = paragraph_sentiment["tone"].fillna("").astype(str).tolist() if "tone" in paragraph_sentiment else []
        shares = tone_shares(tones, list(weights)) if tones else dict.fromkeys(SHARE_COLUMNS, 0.0)
    scores.update(shares)
    scores["tone"] = leading_tone(shares)
    headline = (
        paragraph_sentiment.loc[paragraph_sentiment["paragraph"] == 0, "tone"].tolist()
        if "tone" in paragraph_sentiment
        else []
    )
    scores["headline_tone"] = str(headline[0]) if headline and not _missing(headline[0]) else ""
    return scores


def _missing(value) -> bool:
    """Whether a cell value stands for nothing (None, NaN, NaT, pd.NA)."""
    return value is None or (not isinstance(value, (str, bytes, list, dict)) and bool(pd.isna(value)))


# The order of each corpus table, whatever order the articles finished in: the timeline in time order (events
# without a date last), articles by publication time, entities by article, errors by input.
SORT_ORDER = {
    "timeline": ["date", "published", "article"],
    "article_sentiment": ["published", "article"],
    "entities": ["article"],
    "quotes": ["article"],
    "errors": ["source", "article"],
}


class CorpusWriter:
    """Appends rows to the corpus tables in temporary files and renames them into DIR/corpus/ at the end."""

    def __init__(self, out: Path):
        self.folder = out / CORPUS_FOLDER
        self.folder.mkdir(parents=True, exist_ok=True)
        remove_stale_temporaries(self.folder)
        self._files, self._writers, self._contexts = {}, {}, []
        for name, columns in CORPUS_COLUMNS.items():
            context = atomic_path(self.folder / f"{name}.csv")
            tmp = context.__enter__()
            self._contexts.append((name, context))
            handle = tmp.open("w", encoding="utf-8", newline="")
            writer = csv.DictWriter(handle, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
            writer.writeheader()
            self._files[name], self._writers[name] = handle, writer

    def add(self, name: str, rows: list[dict]) -> None:
        """Append rows to corpus table `name`; a missing value (None, NaN, NaT) is written as an empty field, so an
        article read back from its files (skipped as current) gives the same rows as one analyzed now."""
        self._writers[name].writerows({k: "" if _missing(v) else v for k, v in row.items()} for row in rows)

    def close(self, ok: bool = True) -> None:
        """Finish: sort each table (see SORT_ORDER), then rename every table into place (or discard them when not
        ok)."""
        for handle in self._files.values():
            handle.close()
        for name, context in self._contexts:
            if ok:
                tmp = Path(self._files[name].name)
                table = pd.read_csv(tmp, keep_default_na=False, dtype=str)
                # an empty key (no date, no publication time) sorts last; ties keep an article's own row order
                table = table.sort_values(SORT_ORDER[name], kind="stable", key=lambda c: c.replace("", "\uffff"))
                table.to_csv(tmp, index=False, lineterminator="\n")
            if ok:
                context.__exit__(None, None, None)
            else:
                context.__exit__(KeyboardInterrupt, KeyboardInterrupt(), None)


def tasks(jobs: Iterator[Job], single: int) -> Iterator[list[Job]]:
    """Jobs grouped into tasks: the first `single` tasks one article each, so that every worker starts at once,
    then as many articles as make up TEXTS_PER_TASK headlines and paragraphs, parsed together in one batch, or
    TASK_CHARS characters (a long article is a task of its own: a task's parses are held until it is done)."""
    task: list[Job] = []
    texts = chars = 0
    for job in jobs:
        task.append(job)
        texts += len(job.article.paragraphs)
        chars += sum(len(p.text) for p in job.article.paragraphs)
        if single > 0 or texts >= TEXTS_PER_TASK or chars >= TASK_CHARS:
            single -= 1
            yield task
            task, texts, chars = [], 0, 0
    if task:
        yield task


def _init_worker() -> None:
    """Prepare a worker process: end it with its run, and load the pipeline once."""
    from .nlp import load

    exit_with_parent()
    load()


def _new_pool(workers: int) -> ProcessPoolExecutor:
    """A pool of `workers` processes, each with the pipeline loaded."""
    return ProcessPoolExecutor(max_workers=workers, initializer=_init_worker)


def _in_pool(pool: ProcessPoolExecutor, todo: Iterator[list[Job]], window: int, lost: list[Job]) -> Iterator[dict]:
    """The results of analyze_jobs over the tasks of `todo` in `pool`, at most `window` tasks in flight. When a
    worker ends abruptly the pool breaks: the results of tasks already done are still given, the jobs of the
    others are put in `lost`, and the results end (the tasks not yet taken stay in `todo`)."""
    running: dict = {}
    more = True
    while running or more:
        while more and len(running) < window:
            task = next(todo, None)
            if task is None:
                more = False
                break
            try:
                running[pool.submit(analyze_jobs, task)] = task
            except BrokenProcessPool:  # broken since the last results: this task goes with those in flight
                lost.extend(task)
                break
        if not running and not lost:
            break
        done, _ = wait(running, return_when=FIRST_COMPLETED)
        if lost or any(isinstance(f.exception(), BrokenProcessPool) for f in done):
            wait(running)  # a broken pool fails every unfinished task at once
            for future, task in running.items():
                if isinstance(future.exception(), BrokenProcessPool):
                    lost.extend(task)
                else:
                    yield from future.result()
            return
        for future in done:
            yield from future.result()
            del running[future]


def _one_at_a_time(jobs: list[Job]) -> Iterator[dict]:
    """analyze_jobs for each job alone, one after the other in a one-worker pool: a worker that ends abruptly now
    was taken down by that article, which fails with LOST_WORKER; the others are analyzed as usual."""
    pool = None
    try:
        for job in jobs:
            pool = pool or _new_pool(1)
            try:
                yield from pool.submit(analyze_jobs, [job]).result()
            except BrokenProcessPool:
                yield {"article": job.article.id, "source": job.article.source, "error": LOST_WORKER}
                pool.shutdown()
                pool = None
    finally:
        if pool is not None:
            pool.shutdown()


def _pool_results(jobs: Iterator[Job], workers: int) -> Iterator[dict]:
    """Run analyze_jobs over jobs in a pool of `workers` processes, IN_FLIGHT_PER_WORKER tasks a worker. A worker
    lost to a signal or to the system's out-of-memory killer breaks the pool: the articles then in flight are
    analyzed again one at a time (see _one_at_a_time), so that only an article that takes its worker down again
    fails, and the run goes on with the others in a new pool."""
    todo = tasks(jobs, single=workers)
    while (first := next(todo, None)) is not None:
        todo, lost = chain([first], todo), []
        with _new_pool(workers) as pool:
            yield from _in_pool(pool, todo, workers * IN_FLIGHT_PER_WORKER, lost)
        yield from _one_at_a_time(lost)


def analyze_corpus(
    inputs: list[str],
    out: Path,
    date: str | None = None,
    workers: int | None = None,
    dask: str | None = None,
    progress: bool | None = None,
    tally: Tally | None = None,
) -> int:
    """Analyze every article named by `inputs` into `out`; return the exit code (0 all succeeded, 1 any failed).
    `tally`, when given, is filled with what the run wrote. Workers are at most the cores and the articles to
    analyze; `out` is locked for the run (io.Busy when another run holds it)."""
    files, input_errors = find_inputs(inputs)
    out.mkdir(parents=True, exist_ok=True)
    with locked(out / LOCK_FILE, f"another run of analyze is writing into {out}"):
        return _analyze_locked(files, input_errors, out, date, workers, dask, progress, tally)


def _analyze_locked(
    files: list[Path],
    input_errors: list[ArticleError],
    out: Path,
    date: str | None,
    workers: int | None,
    dask: str | None,
    progress: bool | None,
    tally: Tally | None,
) -> int:
    """analyze_corpus once `out` is locked."""
    from tqdm import tqdm

    model = model_identity()
    earlier = earlier_outputs(out)
    writer = CorpusWriter(out)
    failures = 0
    tally = tally if tally is not None else Tally()
    taken = {CORPUS_FOLDER}

    def keep(source: str) -> Path | None:
        """The folder of an input's earlier outputs, kept for it (no article of this run takes its id)."""
        name = earlier.get(source_key(source))
        if name is None or name.casefold() in taken:
            return None
        taken.add(name.casefold())
        return out / name

    def report(source: str, article: str, error: str, folder: Path | None = None) -> None:
        """One failure: a line on stderr and a row of errors.csv. Complete earlier outputs of the same input stay,
        and so do their rows in the corpus tables."""
        nonlocal failures
        failures += 1
        manifest = read_manifest(folder) if folder is not None else None
        if manifest and manifest.get("source") == source_key(source) and is_complete(folder, manifest):
            kept = read_summary(folder)
            for name, rows in kept["summary"].items():
                writer.add(name, rows)
            article = kept["article"]
            error += f"; its earlier tables in {folder} are kept"
        print(f"error: {source}: {error}", file=sys.stderr)
        writer.add("errors", [{"source": source, "article": article, "error": error}])

    for error in input_errors:
        report(error.source, "", error.problem, keep(error.source))
    skipped: list[dict] = []

    def todo() -> Iterator[Job]:
        for item in iter_jobs(files, out, date, model, taken):
            if isinstance(item, ArticleError):
                report(item.source, "", item.problem, keep(item.source))
                continue
            if item.wanted:
                print(
                    f"note: {item.article.source}: {item.wanted} is another article's id; written to {item.folder}",
                    file=sys.stderr,
                )
            if is_current(item.folder, item.key):
                skipped.append(read_summary(item.folder))
            else:
                yield item

    cores = usable_cores()
    if workers and workers > cores:
        print(f"note: --workers {workers} lowered to {cores}, the cores this machine gives the run", file=sys.stderr)
    workers = min(workers or cores, cores)
    jobs = todo()
    first = list(islice(jobs, workers))  # no more workers than articles to analyze
    workers = max(1, min(workers, len(first)))
    bar = tqdm(unit=" articles", disable=False if progress else None, file=sys.stderr, desc="analyze")
    ok = False
    try:
        results = _results(chain(first, jobs), workers, dask)
        for result in _interleave(results, skipped):
            bar.update(1)
            if "error" in result:
                report(result["source"], result["article"], result["error"], out / result["article"])
                continue
            if result.get("skipped"):
                tally.current += 1
            else:
                tally.articles += 1
                tally.tables += result.get("tables", 0)
            for warning in result.get("warnings", []):
                print(f"warning: {result['source']}: {warning}", file=sys.stderr)
            for name, rows in result["summary"].items():
                writer.add(name, rows)
        ok = True
    finally:
        bar.close()
        writer.close(ok)
    tally.corpus_tables, tally.failed = len(CORPUS_COLUMNS), failures
    return 1 if failures else 0


def earlier_outputs(out: Path) -> dict[str, str]:
    """The article folders of `out` by the input they were made from (source_key -> folder name), from their
    manifests."""
    found = {}
    for manifest_path in sorted(out.glob(f"*/{MANIFEST}")):
        manifest = read_manifest(manifest_path.parent)
        if manifest and isinstance(manifest.get("source"), str):
            found.setdefault(manifest["source"], manifest_path.parent.name)
    return found


def _interleave(results: Iterator[dict], skipped: list[dict]) -> Iterator[dict]:
    """The results as they come, with the summaries of skipped (current) articles drained in between."""
    for result in results:
        while skipped:
            yield skipped.pop()
        yield result
    while skipped:
        yield skipped.pop()


def _results(jobs: Iterator[Job], workers: int, dask: str | None) -> Iterator[dict]:
    """Run analyze_jobs over jobs, a task at a time: here (1 worker), in a process pool, or on a Dask cluster."""
    if dask:
        yield from _dask_results(jobs, dask, workers)
    elif workers <= 1:  # the model loads on the first parse: none when every article's tables are cached
        for task in tasks(jobs, single=1):
            yield from analyze_jobs(task)
    else:
        yield from _pool_results(jobs, workers)


def _dask_results(jobs: Iterator[Job], address: str, workers: int) -> Iterator[dict]:
    """Run analyze_jobs on a Dask cluster (`local` starts a LocalCluster of `workers` processes)."""
    from dask.distributed import Client, LocalCluster, as_completed

    cluster = (
        LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
        if address == "local"
        else None
    )
    client = Client(cluster or address)
    try:
        threads = max(1, sum(client.nthreads().values()))
        queue = as_completed()
        for task in tasks(jobs, single=threads):
            queue.add(client.submit(analyze_jobs, task, pure=False))
            if queue.count() >= threads * IN_FLIGHT_PER_WORKER:
                yield from next(queue).result()
        for future in queue:
            yield from future.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
