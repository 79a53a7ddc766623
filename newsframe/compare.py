"""Comparing articles: the corpus tables written by `analyze` (DIR/corpus/) as figures.

Who is named across the articles, the tone of each article over publication time, and one timeline of every dated
event of every article.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from matplotlib.dates import ConciseDateFormatter

from . import config
from .plots import PALETTE, ROLE_COLOURS, new_figure, shorten

TOP_ACROSS = 15  # entities shown in the cross-article chart
TONE_LINE_MAX = 20  # up to this many articles the tone chart joins them with lines; beyond, dots and a running mean
TIMELINE_ARTICLES = 30  # articles shown in the combined timeline (the most recently published)
WINDOW_DAYS = 365  # events further than this from their article's publication are drawn as arrows at the edge


def seed_corpus(article: str | Path | None = None, date: str | None = None) -> tuple[Path, str]:
    """Analyze seeds/ (and `article`, when given) into a corpus, skipping current articles.

    Returns the corpus folder and the name its figures go under: data/corpus and "corpus" for the seeds alone;
    reports/<article_id>/corpus-data/corpus and <article_id> with another article, so the shipped tables stay put.
    """
    from .corpus import CORPUS_FOLDER, analyze_corpus
    from .pipeline import read_article

    inputs, out, name = [str(config.SEEDS_DIR)], config.DATA_DIR, "corpus"
    if article:
        name = read_article(article, date).id
        inputs.append(str(article))
        out = config.REPORTS_DIR / name / "corpus-data"
    if analyze_corpus(inputs, out, date=date, workers=1, progress=False) != 0:
        raise RuntimeError(f"some articles failed: see {out / CORPUS_FOLDER / 'errors.csv'}")
    return out / CORPUS_FOLDER, name


def corpus_figures_name(folder: Path | str) -> str:
    """The figures/ folder name for a corpus of the user's (DIR/corpus): `corpus-<DIR's name>`, so its figures never
    overwrite those of the seeds (figures/corpus/) or of an article."""
    from .article import safe_id

    folder = Path(folder).resolve()
    owner = folder.parent if folder.name == "corpus" else folder
    return safe_id(f"corpus-{owner.name or 'root'}")


def load_corpus(folder: Path | str) -> dict[str, pd.DataFrame]:
    """The corpus tables of `folder` (entities, article_sentiment, timeline, errors) as DataFrames."""
    folder = Path(folder)
    tables = {}
    for name in ("entities", "article_sentiment", "timeline", "errors"):
        path = folder / f"{name}.csv"
        if not path.exists():
            raise FileNotFoundError(f"{path}: no corpus table; run `python -m newsframe analyze INPUT --out DIR` first")
        tables[name] = pd.read_csv(path, keep_default_na=False, na_values=[""])
    for column in ("published", "date", "date_end"):
        for table in tables.values():
            if column in table:
                table[column] = pd.to_datetime(table[column], errors="coerce")
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
    of its kind with its initials found anywhere in the corpus, as it would within one article."""
    from .entities import fold_acronyms, name_key

    kept = entities[entities["entity_type"].isin(["PERSON", "GPE", "LOC", "FAC", "ORG"])].copy()
    names = list(dict.fromkeys(kept["entity"]))
    types = kept.groupby("entity")["entity_type"].agg(lambda s: s.mode().iloc[0]).to_dict()
    keys = [name_key(e) for e in names]
    folded = fold_acronyms(keys, names, {k: types[e] for k, e in zip(keys, names)}, set(keys))
    # one name per key ("WASHINGTON" in a dateline is Washington): the form written most, mixed case first
    weight = kept.groupby("entity")["mentions"].sum()
    full: dict[str, str] = {}
    for key, name in sorted(zip(keys, names), key=lambda kn: (not _mixed_case(kn[1]), -weight[kn[1]])):
        full.setdefault(key, name)
    kept["entity"] = [full[folded.get(k, k)] for k in map(name_key, kept["entity"])]
    data = kept.groupby("entity").agg(
        entity_type=("entity_type", lambda s: s.mode().iloc[0]),
        mentions=("mentions", "sum"),
        articles=("article", "nunique"),
    )
    return data.sort_values(["articles", "mentions"], ascending=False).head(n).reset_index()


def plot_entities_across(entities: pd.DataFrame, title: str = ""):
    """Bars of mentions per entity across the corpus, annotated with the number of articles; returns (fig, data)."""
    data = entities_across(entities)
    fig, ax = new_figure(height=max(2.0, 0.26 * len(data) + 1.0))
    ax.barh(
        range(len(data)),
        data["mentions"],
        color=[ROLE_COLOURS.get(t, ROLE_COLOURS["OTHER"]) for t in data["entity_type"]],
    )
    ax.set_yticks(range(len(data)), [shorten(e, 30) for e in data["entity"]])
    ax.invert_yaxis()
    for y, (m, a) in enumerate(zip(data["mentions"], data["articles"])):
        ax.text(m, y, f" {m} in {a} article{'s' if a != 1 else ''}", va="center", fontsize=7)
    ax.margins(x=0.25)
    ax.set_xlabel("mentions across the corpus (headlines included)")
    ax.set_title(title or "Who is named across the articles", loc="left")
    fig.tight_layout()
    return fig, data


def plot_tone_over_time(article_sentiment: pd.DataFrame, title: str = ""):
    """Each article's tone (word-weighted TextBlob polarity, VADER) against its publication time; returns (fig,
    data)."""
    data = article_sentiment.dropna(subset=["published"]).sort_values("published")
    keep = [c for c in ("article", "published", "title", "polarity", "vader", "tone") if c in data]
    data = data[keep].reset_index(drop=True)
    fig, ax = new_figure(height=3.2)
    many = len(data) > TONE_LINE_MAX
    window = max(5, len(data) // 20)
    for column, marker, style, colour, name in (
        ("polarity", "o", "-", PALETTE["orange"], "TextBlob polarity"),
        ("vader", "s", "--", PALETTE["sky"], "VADER compound"),
    ):
        if column not in data:
            continue
        if not many:  # a few articles: each joined to the next
            ax.plot(data["published"], data[column], marker + style, color=colour, label=name)
            continue
        # many articles: each a dot, and a running mean of `window` articles in publication order
        ax.scatter(data["published"], data[column], marker=marker, s=10, color=colour, alpha=0.45, linewidths=0)
        smooth = data[column].rolling(window, center=True, min_periods=max(2, window // 2)).mean()
        ax.plot(
            data["published"],
            smooth,
            style,
            color=colour,
            linewidth=1.6,
            label=f"{name}, running mean of {window} articles",
        )
    ax.axhline(0, color=PALETTE["grey"], linewidth=0.6)
    ax.set_ylim(-1, 1)
    ax.set_ylabel("tone (−1 negative … +1 positive)")
    ax.set_xlabel("publication time")
    ax.legend(loc="lower left")
    undated = len(article_sentiment) - len(data)
    count = f"{len(data)} article{'s' if len(data) != 1 else ''}" + (f"; {undated} undated left out" if undated else "")
    ax.set_title(title or f"Tone per article over publication time ({count})", loc="left")
    fig.autofmt_xdate()
    fig.tight_layout()
    return fig, data


def plot_combined_timeline(timeline: pd.DataFrame, n: int = TIMELINE_ARTICLES, title: str = ""):
    """The dated events of the `n` most recently published articles on one time axis, one row per article in
    publication order; returns (fig, data).

    The axis spans the publication dates and the events within WINDOW_DAYS of their article's publication; an
    event further away ("the 1990s", "by 2030") is drawn as an arrow at the edge it lies beyond. `data` holds every
    dated event of the articles shown, with `row` (its row, 0 at the top) and `beyond` ("", "before", "after").
    """
    data = timeline.dropna(subset=["date"])
    if "anchor" in data:
        data = data[data["anchor"] != "vague"]
    published = (
        data.groupby("article", sort=False)["published"].first()
        if "published" in data
        else pd.Series(dtype="datetime64[ns]")
    )
    order = sorted(
        dict.fromkeys(data["article"]),
        key=lambda a: (pd.isna(published.get(a)), published.get(a) or pd.Timestamp.min, a),
    )
    total = len(order)
    dated_articles = [a for a in order if pd.notna(published.get(a))]
    articles = (dated_articles or order)[-n:]
    data = data[data["article"].isin(articles)].copy()
    data["row"] = data["article"].map({a: i for i, a in enumerate(articles)})
    data = data.sort_values(["row", "date"], kind="stable").reset_index(drop=True)
    pub = pd.to_datetime(data["published"]) if "published" in data else pd.Series(pd.NaT, index=data.index)
    near = (data["date"] - pub).abs() <= pd.Timedelta(days=WINDOW_DAYS)
    anchors = pd.concat([pub.dropna(), data.loc[near | pub.isna(), "date"]])
    low, high = (anchors.min(), anchors.max()) if len(anchors) else (data["date"].min(), data["date"].max())
    pad = max((high - low) * 0.05, pd.Timedelta(days=1)) if pd.notna(low) else pd.Timedelta(days=1)
    low, high = low - pad, high + pad
    data["beyond"] = ["before" if d < low else "after" if d > high else "" for d in data["date"]]
    fig, ax = new_figure(height=max(2.0, 0.3 * len(articles) + 1.4))
    inside = data[data["beyond"] == ""]
    ax.scatter(inside["date"], inside["row"], color=PALETTE["blue"], s=18, zorder=3)
    if "date_end" in data:
        for start, end, row in zip(inside["date"], inside["date_end"], inside["row"]):
            if pd.notna(end) and end > start:
                ax.plot([start, min(end, high)], [row, row], color=PALETTE["sky"], linewidth=4, alpha=0.6, zorder=2)
    for side, marker, x, align in (("before", "<", low, "left"), ("after", ">", high, "right")):
        far = data[data["beyond"] == side]
        for row, group in far.groupby("row"):
            ax.scatter([x], [row], marker=marker, color=PALETTE["grey"], s=28, zorder=3, clip_on=False)
            first, last = group["date"].min().year, group["date"].max().year
            years = f"{first}" if first == last else f"{first}–{last}"
            ax.annotate(
                years,
                (x, row),
                xytext=(7 if side == "before" else -7, 0),
                textcoords="offset points",
                ha=align,
                va="center",
                fontsize=6.5,
                color="#555555",
                zorder=5,
                bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.85, "pad": 0.6},
            )
    if "published" in data:
        for article, i in zip(articles, range(len(articles))):
            when = published.get(article)
            if pd.notna(when):
                ax.plot(pd.to_datetime(when), i, marker="|", markersize=12, color=PALETTE["vermillion"], zorder=4)
    ax.set_xlim(low, high)
    ax.set_yticks(range(len(articles)), [shorten(a, 24) for a in articles])
    ax.set_ylim(len(articles) - 0.5, -0.5)
    ax.xaxis.set_major_formatter(ConciseDateFormatter(ax.xaxis.get_major_locator()))
    ax.set_xlabel("red tick: publication · arrow: events over a year away", loc="left")
    shown = f" ({len(articles)} most recent of {total} articles)" if len(articles) < total else ""
    ax.set_title(title or f"Dated events across the articles{shown}", loc="left")
    fig.tight_layout()
    return fig, data
