"""Comparing articles: the corpus tables written by `analyze` (DIR/corpus/), read back for notebook 07.

Where a corpus comes from (the seeds, or the seeds with another article), where its figures go, and who is named
across the articles; `newsframe.charts.corpus` draws the figures.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd

from . import config
from .article import safe_id
from .corpus import CORPUS_COLUMNS, CORPUS_FOLDER, analyze_corpus
from .entities import fold_acronyms, name_key
from .pipeline import read_article
from .speakers import surnames_across

TOP_ACROSS = 15  # entities shown in the cross-article chart
CORPUS_NAME_CHARS = 40  # characters of a corpus folder's name kept in its figures folder's name


def seed_corpus(article: str | Path | None = None, date: str | None = None) -> tuple[Path, str]:
    """Analyze seeds/ (and `article`, when given) into a corpus, skipping current articles.

    Returns the corpus folder and the name its figures go under: data/corpus and "corpus" for the seeds alone;
    reports/<article_id>/corpus-data/corpus and <article_id> with another article, so the shipped tables stay put.
    """
    inputs, out, name = [str(config.SEEDS_DIR)], config.DATA_DIR, "corpus"
    if article:
        name = read_article(article, date).id
        inputs.append(str(article))
        out = config.REPORTS_DIR / name / "corpus-data"
    if analyze_corpus(inputs, out, date=date, workers=1, progress=False) != 0:
        raise RuntimeError(f"some articles failed: see {out / CORPUS_FOLDER / 'errors.csv'}")
    return out / CORPUS_FOLDER, name


def corpus_figures_name(folder: Path | str) -> str:
    """The figures/ folder name for a corpus of the user's (DIR/corpus): `corpus-<DIR's name>-<8 hex digits of the
    SHA-1 of its resolved path>`, so two corpora in folders of the same name never overwrite each other's figures,
    nor those of the seeds (figures/corpus/) or of an article."""
    folder = Path(folder).resolve()
    owner = folder.parent if folder.name == "corpus" else folder
    digest = hashlib.sha1(str(owner).encode("utf-8")).hexdigest()[:8]
    return f"corpus-{safe_id(owner.name or 'root')[:CORPUS_NAME_CHARS]}-{digest}"


def load_corpus(folder: Path | str) -> dict[str, pd.DataFrame]:
    """The corpus tables of `folder` (entities, article_sentiment, timeline, errors, and quotes: empty when a corpus
    made before quotes were found has none) as DataFrames."""
    folder = Path(folder)
    tables = {}
    for name in ("entities", "article_sentiment", "timeline", "errors", "quotes"):
        path = folder / f"{name}.csv"
        if name == "quotes" and not path.exists():
            tables[name] = pd.DataFrame(columns=CORPUS_COLUMNS["quotes"])
            continue
        if not path.exists():
            raise FileNotFoundError(f"{path}: no corpus table; run `python -m newsframe analyze INPUT --out DIR` first")
        tables[name] = pd.read_csv(path, keep_default_na=False, na_values=[""])
    for column in ("published", "date", "date_end"):  # a date alone or with a clock time, in one column
        for table in tables.values():
            if column in table:
                table[column] = pd.to_datetime(table[column], errors="coerce", format="ISO8601")
    return tables


def corpus_summary(corpus: dict[str, pd.DataFrame], folder: Path | str) -> str:
    """One line: how many articles the corpus tables hold, how many failed, and where they are."""
    articles, failed = corpus["article_sentiment"]["article"].nunique(), len(corpus["errors"])
    return f"{articles} article{'s' if articles != 1 else ''}, {failed} failed, from {config.display_path(folder)}"


def _mixed_case(name: str) -> bool:
    """Whether a name is written as names are (not all capitals, not all lower case); acronyms count as written."""
    letters = [c for c in name if c.isalpha()]
    return len(letters) <= 6 or not (all(c.isupper() for c in letters) or all(c.islower() for c in letters))


def entities_across(entities: pd.DataFrame, n: int = TOP_ACROSS) -> pd.DataFrame:
    """The people, places and organisations named most across the corpus: entity, entity_type, mentions, articles.

    An acronym that an article left alone ("U.S." where it never wrote "United States") joins the one longer name
    of its kind with its initials found anywhere in the corpus, as it would within one article; a surname an article
    names alone ("Mr Starmer") the one full name across the corpus ending in it (`speakers.surnames_across`)."""
    kept = entities[entities["entity_type"].isin(["PERSON", "GPE", "LOC", "FAC", "ORG"])].copy()
    names = list(dict.fromkeys(kept["entity"]))
    types = kept.groupby("entity")["entity_type"].agg(lambda s: s.mode().iloc[0]).to_dict()
    surnames = surnames_across(kept)  # "Starmer" of an article writing only "Mr Starmer" is "Keir Starmer"
    keys = [surnames.get(k, k) for k in map(name_key, names)]
    folded = fold_acronyms(keys, names, {k: types[e] for k, e in zip(keys, names)}, set(keys))
    # one name per key ("WASHINGTON" in a dateline is Washington, and a short "LONDON" London): the form written
    # most, mixed case first, a form in capitals only where no other is written
    weight = kept.groupby("entity")["mentions"].sum()
    full: dict[str, str] = {}
    order = sorted(zip(keys, names), key=lambda kn: (not _mixed_case(kn[1]), kn[1].isupper(), -weight[kn[1]]))
    for key, name in order:
        if name_key(name) not in surnames:  # the full name is the one shown
            full.setdefault(key, name)
    kept["entity"] = [full[folded.get(k, k)] for k in (surnames.get(k, k) for k in map(name_key, kept["entity"]))]
    data = kept.groupby("entity").agg(
        entity_type=("entity_type", lambda s: s.mode().iloc[0]),
        mentions=("mentions", "sum"),
        articles=("article", "nunique"),
    )
    return data.sort_values(["articles", "mentions"], ascending=False).head(n).reset_index()
