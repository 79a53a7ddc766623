"""One article through every analysis: read, parse (cached), build each table, write them to a folder.

The tables of an article are cached on disk too, keyed by its text and metadata, the model and the package's own
code, so a notebook that reruns gets them back at once without loading the parser; any change to one of the three
builds them again.
"""

from __future__ import annotations

import hashlib
import json
import pickle
from functools import lru_cache
from pathlib import Path

import pandas as pd

from . import __version__, config, nlp
from . import article as article_mod
from .article import Article
from .io import atomic_path, write_csv, write_json


class Analysis:
    """An article, its parsed paragraphs (parsed on first use) and its tables (name -> DataFrame)."""

    def __init__(
        self, article: Article, docs: list | None, tables: dict[str, pd.DataFrame], warnings: list[str] | None = None
    ):
        self.article = article
        self._docs = docs
        self.tables = tables
        self.warnings = warnings or []

    @property
    def docs(self) -> list:
        """One spaCy Doc per paragraph (from the parse cache when the tables came from theirs)."""
        if self._docs is None:
            self._docs = nlp.article_docs(self.article)
        return self._docs


def build_tables(article: Article, docs: list) -> dict[str, pd.DataFrame]:
    """Every table of one article, by file stem: paragraphs, sentences, mentions, entities, repairs,
    paragraph_sentiment, sentence_sentiment, entity_sentiment, timeline, quotes."""
    from . import entities, quotes, sentiment, timeline

    tables = {
        "paragraphs": article_mod.paragraphs_table(article, docs),
        "sentences": article_mod.sentences_table(article, docs),
    }
    tables.update(entities.mentions_entities_repairs(article, docs))
    scored: dict[str, dict] = {}  # text -> scores: a one-sentence paragraph is scored once, as paragraph and sentence
    sentence_sentiment = sentiment.sentence_sentiment(tables["sentences"], scored)
    tables["paragraph_sentiment"] = sentiment.paragraph_sentiment(tables["paragraphs"], scored, sentence_sentiment)
    tables["sentence_sentiment"] = sentence_sentiment
    tables["entity_sentiment"] = sentiment.entity_sentiment(
        tables["sentence_sentiment"], tables["mentions"], tables["sentences"]
    )
    tables["timeline"] = timeline.timeline_table(article, docs, tables["mentions"])
    tables["quotes"] = quotes.quotes_table(article, docs, tables["mentions"])
    return tables


@lru_cache(maxsize=1)
def code_version() -> str:
    """A digest of the package version and every source file of the package, the tone model's file included: the
    code that made the tables."""
    digest = hashlib.sha256(__version__.encode())
    package = Path(__file__).parent
    for path in sorted([*package.rglob("*.py"), package / "tone_model.json"]):
        digest.update(path.relative_to(Path(__file__).parent).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def tables_key(article: Article) -> str:
    """The hex digest identifying an article's tables: its text and metadata, the model, the code, and the pandas
    version that pickles them."""
    payload = [
        nlp.model_id(),
        code_version(),
        pd.__version__,
        article.metadata(),
        [[p.number, p.text] for p in article.paragraphs],
    ]
    return hashlib.sha256(json.dumps(payload, ensure_ascii=False).encode("utf-8", "surrogatepass")).hexdigest()


def analyze(
    source: str | Path | Article, date: str | None = None, use_cache: bool = True, write_cache: bool | None = None
) -> Analysis:
    """Read (unless given an Article) and tabulate one article, from the disk caches when `use_cache`; what is
    computed is added to the caches when `write_cache` (by default, when `use_cache`)."""
    article = source if isinstance(source, Article) else article_mod.load_article(source, date)
    result = analyze_many([article], use_cache, write_cache)[0]
    if isinstance(result, Exception):
        raise result
    return result


def analyze_many(
    articles: list[Article], use_cache: bool = True, write_cache: bool | None = None
) -> list[Analysis | Exception]:
    """`analyze` for several articles, in order: those not in the table cache are parsed together (larger batches
    parse faster than one article's paragraphs), then tabulated one by one. An article that fails gets its
    exception in its place; the others are analyzed all the same."""
    write_cache = use_cache if write_cache is None else write_cache
    results: list[Analysis | Exception | None] = [None] * len(articles)
    paths = [
        config.CACHE_DIR / "tables" / f"{tables_key(a)}.pickle" if use_cache or write_cache else None for a in articles
    ]
    for i, path in enumerate(paths):
        if use_cache and path.exists():
            try:
                with path.open("rb") as handle:
                    tables, warnings = pickle.load(handle)
                results[i] = Analysis(articles[i], None, tables, warnings)
            except Exception:  # a corrupt cache entry is rebuilt
                pass
    todo = [i for i, result in enumerate(results) if result is None]
    if not todo:  # every table from the cache: the parser is not even loaded
        return results
    groups = [[p.text for p in articles[i].paragraphs] for i in todo]
    try:
        parsed = nlp.parse_groups(groups, use_cache=use_cache, write_cache=write_cache)
    except Exception:  # parsed one by one, so that a failure is the failing article's alone
        parsed = []
        for texts in groups:
            try:
                parsed.append(nlp.parse(texts, use_cache=use_cache, write_cache=write_cache))
            except Exception as error:
                parsed.append(error)
    for i, docs in zip(todo, parsed):
        try:
            results[i] = (
                docs if isinstance(docs, Exception) else _tabulate(articles[i], docs, paths[i] if write_cache else None)
            )
        except Exception as error:
            results[i] = error
    return results


def _tabulate(article: Article, docs: list, cache: Path | None) -> Analysis:
    """The Analysis of a parsed article; its tables and warnings are written to `cache` when given."""
    warning = nlp.language_warning("\n".join(p.text for p in article.paragraphs))
    analysis = Analysis(article, docs, build_tables(article, docs), [warning] if warning else [])
    if cache is not None:
        with atomic_path(cache) as tmp, tmp.open("wb") as handle:
            pickle.dump((analysis.tables, analysis.warnings), handle, protocol=pickle.HIGHEST_PROTOCOL)
    return analysis


def write_analysis(analysis: Analysis, folder: Path, names: list[str] | None = None) -> list[Path]:
    """Write article.json and the tables (all, or those in `names`) as CSV into `folder`, each atomically."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = [write_json(folder / "article.json", analysis.article.metadata())]
    for name, table in analysis.tables.items():
        if names is None or name in names:
            paths.append(write_csv(folder / f"{name}.csv", table))
    return paths


def save_tables(analysis: Analysis, names: list[str] | None = None) -> pd.DataFrame:
    """Write article.json and the tables named (default all) to data/<article_id>/ (as write_analysis does); return
    what was written: file (shown relative to the project) and rows (of a table; empty for article.json)."""
    paths = write_analysis(analysis, config.data_dir(analysis.article.id), names)
    rows = [len(analysis.tables[p.stem]) if p.stem in analysis.tables else None for p in paths]
    return pd.DataFrame({"file": [config.display_path(p) for p in paths], "rows": pd.array(rows, dtype="Int64")})


def cache_tables(source: str | Path, date: str | None = None) -> str:
    """Analyze an article into the table cache, for a process that only prepares it; returns "cached"."""
    analyze(source, date)
    return "cached"


def main(argv: list[str] | None = None) -> int:
    """`python -m newsframe.pipeline ARTICLE [--date YYYY-MM-DD]`: analyze one article into the table cache, then
    print `cached`. The notebook runner starts it while its kernels start, so that every notebook reads the
    analysis back; an unreadable article is one line on stderr and exit code 1."""
    import argparse
    import sys

    cli = argparse.ArgumentParser(prog="python -m newsframe.pipeline", description=main.__doc__.splitlines()[0])
    cli.add_argument("article")
    cli.add_argument("--date", help="its publication date (YYYY-MM-DD) when the file has no date line")
    args = cli.parse_args(argv)
    try:
        print(cache_tables(args.article, args.date), flush=True)
    except article_mod.ArticleError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    import os
    import sys

    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    # The cache entry is written and closed: end as a multiprocessing worker does, without tearing down the parser
    # (0.6 s of freeing memory the system reclaims at once), which would compete with the notebooks for the cores.
    os._exit(code)
