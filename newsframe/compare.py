"""Comparing articles: the corpus tables written by `analyze` (DIR/corpus/) as figures.

Who is named across the articles, the tone of each article over publication time, and one timeline of every dated
event of every article.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from . import config
from .plots import PALETTE, ROLE_COLOURS, new_figure, shorten

TOP_ACROSS = 15  # entities shown in the cross-article chart
TIMELINE_EVENTS = 40  # dated events shown in the combined timeline (the most recent ones before publication)


def seed_corpus(article: str | Path | None = None, date: str | None = None) -> tuple[Path, str]:
    """Analyse seeds/ (and `article`, when given) into a corpus, skipping current articles.

    Returns the corpus folder and the name its figures go under: data/corpus and "corpus" for the seeds alone;
    reports/<article_id>/corpus-data/corpus and <article_id> with another article, so the shipped tables stay put.
    """
    from .article import load_article
    from .corpus import CORPUS_FOLDER, run

    inputs, out, name = [str(config.SEEDS_DIR)], config.DATA_DIR, "corpus"
    if article:
        name = load_article(article, date).id
        inputs.append(str(article))
        out = config.REPORTS_DIR / name / "corpus-data"
    if run(inputs, out, date=date, workers=1, progress=False) != 0:
        raise RuntimeError(f"some articles failed: see {out / CORPUS_FOLDER / 'errors.csv'}")
    return out / CORPUS_FOLDER, name


def load_corpus(folder: Path | str) -> dict[str, pd.DataFrame]:
    """The corpus tables of `folder` (entities, sentiment, timeline, errors) as DataFrames."""
    folder = Path(folder)
    tables = {}
    for name in ("entities", "sentiment", "timeline", "errors"):
        path = folder / f"{name}.csv"
        if not path.exists():
            raise FileNotFoundError(f"{path}: no corpus table; run `python -m newsframe analyze INPUT --out DIR` first")
        tables[name] = pd.read_csv(path, keep_default_na=False, na_values=[""])
    for column in ("published", "date", "date_end"):
        for table in tables.values():
            if column in table:
                table[column] = pd.to_datetime(table[column], errors="coerce")
    return tables


def entities_across(entities: pd.DataFrame, n: int = TOP_ACROSS) -> pd.DataFrame:
    """The people, places and organisations named most across the corpus: entity, label, mentions, articles."""
    kept = entities[entities["label"].isin(["PERSON", "GPE", "LOC", "FAC", "ORG"])]
    data = kept.groupby("entity").agg(label=("label", lambda s: s.mode().iloc[0]), mentions=("mentions", "sum"), articles=("article", "nunique"))
    return data.sort_values(["articles", "mentions"], ascending=False).head(n).reset_index()


def plot_entities_across(entities: pd.DataFrame, title: str = ""):
    """Bars of mentions per entity across the corpus, annotated with the number of articles; returns (fig, data)."""
    data = entities_across(entities)
    fig, ax = new_figure(height=max(2.0, 0.26 * len(data) + 1.0))
    ax.barh(range(len(data)), data["mentions"], color=[ROLE_COLOURS.get(label, ROLE_COLOURS["OTHER"]) for label in data["label"]])
    ax.set_yticks(range(len(data)), [shorten(e, 30) for e in data["entity"]])
    ax.invert_yaxis()
    for y, (m, a) in enumerate(zip(data["mentions"], data["articles"])):
        ax.text(m, y, f" {m} in {a} article{'s' if a != 1 else ''}", va="center", fontsize=7)
    ax.margins(x=0.25)
    ax.set_xlabel("mentions across the corpus (headlines included)")
    ax.set_title(title or "Who is named across the articles", loc="left")
    fig.tight_layout()
    return fig, data


def plot_tone_over_time(sentiment: pd.DataFrame, title: str = ""):
    """Each article's tone (word-weighted TextBlob polarity, VADER) against its publication time; returns (fig, data)."""
    data = sentiment.dropna(subset=["published"]).sort_values("published")
    keep = [c for c in ("article", "published", "title", "polarity", "vader", "label") if c in data]
    data = data[keep].reset_index(drop=True)
    fig, ax = new_figure(height=3.2)
    if "polarity" in data:
        ax.plot(data["published"], data["polarity"], "o-", color=PALETTE["orange"], label="TextBlob polarity")
    if "vader" in data:
        ax.plot(data["published"], data["vader"], "s--", color=PALETTE["sky"], label="VADER compound")
    ax.axhline(0, color=PALETTE["grey"], linewidth=0.6)
    ax.set_ylim(-1, 1)
    ax.set_ylabel("tone (−1 negative … +1 positive)")
    ax.set_xlabel("publication time")
    ax.legend(loc="lower left")
    ax.set_title(title or f"Tone per article over publication time ({len(data)} article{'s' if len(data) != 1 else ''})", loc="left")
    fig.autofmt_xdate()
    fig.tight_layout()
    return fig, data


def plot_combined_timeline(timeline: pd.DataFrame, n: int = TIMELINE_EVENTS, title: str = ""):
    """Every dated event of every article on one time axis, one row per article; returns (fig, data)."""
    data = timeline.dropna(subset=["date"]).sort_values("date")
    if "anchor" in data:
        data = data[data["anchor"] != "vague"]
    data = data.tail(n).reset_index(drop=True)
    articles = list(dict.fromkeys(data["article"]))
    fig, ax = new_figure(height=max(2.0, 0.35 * len(articles) + 1.3))
    rows = data["article"].map({a: i for i, a in enumerate(articles)})
    ax.scatter(data["date"], rows, color=PALETTE["blue"], zorder=3)
    if "date_end" in data:
        for start, end, row in zip(data["date"], data["date_end"], rows):
            if pd.notna(end) and end > start:
                ax.plot([start, end], [row, row], color=PALETTE["sky"], linewidth=4, alpha=0.6, zorder=2)
    if "published" in data:
        for i, article in enumerate(articles):
            published = data.loc[data["article"] == article, "published"].dropna()
            if len(published):
                ax.plot(pd.to_datetime(published.iloc[0]), i, marker="|", markersize=14, color=PALETTE["vermillion"], zorder=4)
    ax.set_yticks(range(len(articles)), [shorten(a, 24) for a in articles])
    ax.set_ylim(len(articles) - 0.5, -0.5)
    ax.set_xlabel("date of the event (red tick: publication)")
    ax.set_title(title or "Dated events across the articles", loc="left")
    fig.autofmt_xdate()
    fig.tight_layout()
    return fig, data
