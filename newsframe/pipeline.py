"""One article through every analysis: read, parse (cached), build each table, write them to a folder.

The tables of an article are cached on disk too, keyed by its text and metadata, the model and the package's own
code, so a notebook that reruns gets them back at once without loading the parser; any change to one of the three
builds them again. The cache holds data only, never code: an entry is a ZIP archive of one Parquet file per table
and the warnings as JSON, and it is used only when it has every table of TABLE_SCHEMA with its columns and their
kinds; any other entry is built again and replaced.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from functools import lru_cache
from pathlib import Path

import pandas as pd

from . import __version__, config, nlp
from . import article as article_mod
from .article import Article
from .io import atomic_path, write_csv, write_json

# Every table of an article (build_tables makes them), each column's kind: int (numpy integers), Int (pandas'
# nullable integers), float, bool, or text (str, or empty). A table without rows may hold any dtype.
TABLE_SCHEMA: dict[str, dict[str, str]] = {
    "paragraphs": {"paragraph": "int", "text": "text", "words": "int", "sentences": "int"},
    "sentences": {"paragraph": "int", "sentence": "int", "start_char": "int", "end_char": "int", "text": "text"},
    "mentions": {
        "paragraph": "int",
        "sentence": "int",
        "start_char": "int",
        "end_char": "int",
        "text": "text",
        "entity_type": "text",
        "entity": "text",
    },
    "entities": {
        "entity": "text",
        "entity_type": "text",
        "mentions": "int",
        "paragraphs": "int",
        "first_paragraph": "int",
        "aliases": "text",
    },
    "repairs": {"paragraph": "int", "rule": "text", "before": "text", "after": "text"},
    "paragraph_sentiment": {
        "paragraph": "int",
        "polarity": "float",
        "subjectivity": "float",
        "vader": "float",
        "tone": "text",
        **dict.fromkeys(["share_negative", "share_neutral", "share_positive"], "float"),
    },
    "sentence_sentiment": {
        "paragraph": "int",
        "sentence": "int",
        "text": "text",
        "quoted": "bool",
        "polarity": "float",
        "subjectivity": "float",
        "vader": "float",
        "tone": "text",
        "tone_score": "float",
    },
    "entity_sentiment": {
        "entity": "text",
        "entity_type": "text",
        "sentences": "int",
        "polarity_mean": "float",
        "vader_mean": "float",
        "tone": "text",
        "tone_score": "float",
        **dict.fromkeys(["share_negative", "share_neutral", "share_positive"], "float"),
    },
    "timeline": {
        "paragraph": "int",
        "start_char": "int",
        "end_char": "int",
        **dict.fromkeys(
            ["expression", "type", "value", "date", "date_end", "anchor", "event", "sentence", "entities"], "text"
        ),
    },
    "quotes": {
        "paragraph": "int",
        "end_paragraph": "int",
        "start_char": "int",
        "end_char": "int",
        **dict.fromkeys(["text", "kind", "cue", "speaker", "speaker_text"], "text"),
        **dict.fromkeys(["speaker_paragraph", "speaker_start", "speaker_end"], "Int"),
        "tone": "text",
    },
}


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
        tables["sentence_sentiment"], tables["mentions"], tables["sentences"], scored
    )
    tables["timeline"] = timeline.timeline_table(article, docs, tables["mentions"])
    tables["quotes"] = quotes.quotes_table(article, docs, tables["mentions"])
    return tables


@lru_cache(maxsize=1)
def code_version() -> str:
    """A digest of the package version and every file of the package (its source, the tone model and the name
    recogniser included): the code that made the tables."""
    digest = hashlib.sha256(__version__.encode())
    package = Path(__file__).parent
    shipped = (p for p in package.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    for path in sorted(shipped):
        digest.update(path.relative_to(Path(__file__).parent).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def tables_key(article: Article) -> str:
    """The hex digest identifying an article's tables: its text and metadata, the model, the code, and the pandas
    version that builds them."""
    payload = [
        nlp.model_id(),
        code_version(),
        pd.__version__,
        article.metadata(),
        [[p.number, p.text] for p in article.paragraphs],
    ]
    return hashlib.sha256(json.dumps(payload, ensure_ascii=False).encode("utf-8", "surrogatepass")).hexdigest()


# Ids no article's outputs may take: the corpus tables and figures (data/corpus/, figures/corpus/) and those of a
# corpus of one's own (figures/corpus-<DIR>/).
CORPUS_ID = "corpus"
# Hex digits of a path's hash that follow the file's stem in the id of an article whose stem is taken.
ID_HASH_DIGITS = 8


def read_article(path: str | Path, date: str | None = None) -> Article:
    """An article file read for the notebooks and reports: its path made absolute, and its id the one its outputs
    go under (see output_id)."""
    article = article_mod.load_article(Path(path).absolute(), date)
    article.id = output_id(article)
    return article


def output_id(article: Article) -> str:
    """The id under which an article read from a file gets its folders in data/, figures/ and reports/: the file's
    stem, or, when that is taken by other outputs, the stem and a short hash of the file's path ("story-1a2b3c4d"),
    the same on every run. A stem is taken when it names the corpus outputs (`corpus`, `corpus-…`), a file of
    seeds/ other than this one, or a folder data/<id>/ whose article.json records another source; so neither the
    committed outputs nor another article's are ever overwritten."""
    path = _real(Path(article.source))
    wanted = article.id
    if _id_free(wanted, path):
        return wanted
    suffix = hashlib.sha256(str(path).encode("utf-8", "surrogatepass")).hexdigest()[:ID_HASH_DIGITS]
    return f"{wanted[: article_mod.MAX_ID_LENGTH - ID_HASH_DIGITS - 1]}-{suffix}"


def _id_free(article_id: str, path: Path) -> bool:
    """Whether the outputs of the file `path` (absolute, links resolved) may go under `article_id` (see
    output_id)."""
    folded = article_id.casefold()
    if folded == CORPUS_ID or folded.startswith(f"{CORPUS_ID}-"):
        return False
    for seed in config.SEEDS_DIR.glob("*"):
        if article_mod.safe_id(seed.stem).casefold() == folded and _real(seed) != path:
            return False
    try:
        recorded = json.loads((config.data_dir(article_id) / "article.json").read_text(encoding="utf-8"))["source"]
    except (OSError, ValueError, KeyError, TypeError):
        return True  # no outputs under this id yet (or none that say whose they are)
    owner = Path(recorded) if Path(recorded).is_absolute() else config.PROJECT_ROOT / recorded
    return _real(owner) == path


def _real(path: Path) -> Path:
    """`path` made absolute with its symbolic links resolved (as far as they lead somewhere)."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # a link loop (RuntimeError before Python 3.13)
        return path.absolute()


def analyze(
    source: str | Path | Article, date: str | None = None, use_cache: bool = True, write_cache: bool | None = None
) -> Analysis:
    """Read (unless given an Article; see read_article) and tabulate one article, from the disk caches when
    `use_cache`; what is computed is added to the caches when `write_cache` (by default, when `use_cache`)."""
    article = source if isinstance(source, Article) else read_article(source, date)
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
    paths = [tables_path(a) if use_cache or write_cache else None for a in articles]
    for i, path in enumerate(paths):
        cached = read_cached_tables(path) if use_cache else None
        if cached is not None:
            results[i] = Analysis(articles[i], None, *cached)
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
        write_cached_tables(cache, analysis.tables, analysis.warnings)
    return analysis


def tables_path(article: Article) -> Path:
    """Where the table cache keeps an article's tables: CACHE_DIR/tables/<tables_key>.zip."""
    return config.CACHE_DIR / "tables" / f"{tables_key(article)}.zip"


def write_cached_tables(path: Path, tables: dict[str, pd.DataFrame], warnings: list[str]) -> None:
    """Write an article's tables to the table cache at `path` (atomically): a ZIP archive, stored uncompressed, of
    <table>.parquet for each table and warnings.json."""
    with atomic_path(path) as tmp, zipfile.ZipFile(tmp, "w", zipfile.ZIP_STORED) as archive:
        for name, table in tables.items():
            buffer = io.BytesIO()
            table = table.copy(deep=False)
            table.attrs = {}  # what a step memoised on a table is not part of it
            table.to_parquet(buffer, engine="pyarrow", index=False)
            archive.writestr(f"{name}.parquet", buffer.getvalue())
        archive.writestr("warnings.json", json.dumps(warnings, ensure_ascii=False))


def read_cached_tables(path: Path | None) -> tuple[dict[str, pd.DataFrame], list[str]] | None:
    """The tables and warnings of the table cache entry at `path`, or None when there is none, or when it is not
    an archive of every table of TABLE_SCHEMA, with their columns and kinds, and warnings as a list of texts (it is
    then built again and replaced)."""
    if path is None or not path.is_file():
        return None
    expected = {f"{name}.parquet" for name in TABLE_SCHEMA} | {"warnings.json"}
    try:
        with zipfile.ZipFile(path) as archive:
            if set(archive.namelist()) != expected:
                return None
            tables = {
                name: pd.read_parquet(io.BytesIO(archive.read(f"{name}.parquet")), engine="pyarrow")
                for name in TABLE_SCHEMA
            }
            warnings = json.loads(archive.read("warnings.json").decode("utf-8"))
    except Exception:  # not a ZIP archive, a damaged member, not Parquet, not JSON
        return None
    if schema_problem(tables) or not (isinstance(warnings, list) and all(isinstance(w, str) for w in warnings)):
        return None
    return tables, warnings


def schema_problem(tables: dict[str, pd.DataFrame]) -> str | None:
    """What makes `tables` differ from TABLE_SCHEMA (a missing or extra table or column, a column of another
    kind), in one line; None when they match."""
    if list(tables) != list(TABLE_SCHEMA):
        return f"tables {list(tables)}, expected {list(TABLE_SCHEMA)}"
    for name, columns in TABLE_SCHEMA.items():
        table = tables[name]
        if list(table.columns) != list(columns):
            return f"{name}: columns {list(table.columns)}, expected {list(columns)}"
        if table.empty:
            continue
        for column, kind in columns.items():
            if not _is_kind(table[column], kind):
                return f"{name}.{column}: {table[column].dtype} is not {kind}"
    return None


def _is_kind(column: pd.Series, kind: str) -> bool:
    """Whether a non-empty column holds values of `kind` (see TABLE_SCHEMA)."""
    dtype = column.dtype
    if kind == "text":
        return pd.api.types.is_object_dtype(dtype) and all(isinstance(v, str) or v is None for v in column.tolist())
    if kind == "Int":
        return isinstance(dtype, pd.Int64Dtype)
    numpy_kind = {"int": "iu", "float": "f", "bool": "b"}[kind]
    return not isinstance(dtype, pd.api.extensions.ExtensionDtype) and dtype.kind in numpy_kind


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
