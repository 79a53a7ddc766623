"""One article through every analysis: read, parse (cached), build each table, write them to a folder."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import article as article_mod
from . import nlp
from .article import Article
from .io import write_csv, write_json


@dataclass
class Analysis:
    """An article, its parsed paragraphs and the tables built from them (name -> DataFrame)."""

    article: Article
    docs: list
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def build_tables(article: Article, docs: list) -> dict[str, pd.DataFrame]:
    """Every table of one article, by file stem: paragraphs, sentences, and the later analyses' tables."""
    from . import entities, sentiment, timeline

    tables = {
        "paragraphs": article_mod.paragraphs_table(article, docs),
        "sentences": article_mod.sentences_table(article, docs),
    }
    tables.update(entities.entity_tables(article, docs))
    tables["sentiment"] = sentiment.paragraph_sentiment(tables["paragraphs"])
    tables["sentence_sentiment"] = sentiment.sentence_sentiment(tables["sentences"])
    tables["entity_sentiment"] = sentiment.entity_sentiment(tables["sentence_sentiment"], tables["mentions"])
    tables["timeline"] = timeline.timeline_table(article, docs, tables["mentions"])
    return tables


def analyze(source: str | Path | Article, date: str | None = None, use_cache: bool = True) -> Analysis:
    """Read (unless given an Article), parse (from the disk cache when `use_cache`) and tabulate one article."""
    article = source if isinstance(source, Article) else article_mod.load_article(source, date)
    docs = nlp.parse([p.text for p in article.paragraphs], use_cache=use_cache)
    warning = nlp.language_warning("\n".join(p.text for p in article.paragraphs))
    return Analysis(article, docs, build_tables(article, docs), [warning] if warning else [])


def write_analysis(analysis: Analysis, folder: Path, names: list[str] | None = None) -> list[Path]:
    """Write article.json and the tables (all, or those in `names`) as CSV into `folder`, each atomically."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = [write_json(folder / "article.json", analysis.article.metadata())]
    for name, table in analysis.tables.items():
        if names is None or name in names:
            paths.append(write_csv(folder / f"{name}.csv", table))
    return paths
