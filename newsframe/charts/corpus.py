"""The figures of notebook 07 (compare articles): who is named across the articles, who speaks across them, the
tone of each article, and one timeline of the dated events of every article. The corpus tables come from
`newsframe.compare`; who speaks across them from `newsframe.speakers`.

Each article is a row named by its publication date and headline; nothing joins one article to another (articles
are not points of one series). An article with a publication date is drawn whether its time of day is known or not;
one without is kept, at the end, as "date unknown".
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pandas as pd
from matplotlib.lines import Line2D

from ..compare import entities_across
from ..entities import ENTITY_KINDS
from ..speakers import speakers_across
from .entities import kind_legend
from .style import (
    KIND_COLOURS,
    LEXICON_COLOURS,
    PALETTE,
    figure_or_axes,
    legend_below,
    set_title,
    shorten,
    shorten_name,
    text_width,
    whole_number_ticks,
)
from .timeaxis import Piece, piece_axes, pieces, set_date_ticks, thin_date_ticks

# Articles shown by name in the tone and timeline charts: the most recently published (the tables hold them all).
ARTICLES_SHOWN = 30
# Characters of an article's label: its date and the start of its headline.
ARTICLE_LABEL = 44
ROW_HEIGHT = 0.24
NAME_CHARS = 30


def published_days(published: pd.Series) -> pd.Series:
    """Publication times as days (a clock time, where there is one, dropped), for plotting and ordering."""
    return pd.to_datetime(published, errors="coerce").dt.normalize()


def article_labels(articles: pd.DataFrame) -> list[str]:
    """'2022-12-19 · Russian President Vladimir Putin is…' for rows with article, published (a day) and title."""
    labels = []
    for r in articles.itertuples():
        when = r.published.strftime("%Y-%m-%d") if pd.notna(r.published) else "date unknown"
        name = r.title if isinstance(r.title, str) and r.title.strip() else r.article
        labels.append(shorten(f"{when} · {name}", ARTICLE_LABEL))
    return labels


def shown_articles(article_sentiment: pd.DataFrame, n: int = ARTICLES_SHOWN) -> pd.DataFrame:
    """The articles a corpus chart names, in publication order (undated last): article, published (a day), title;
    the `n` most recently published when there are more."""
    table = article_sentiment.copy()
    table["published"] = published_days(table["published"])
    if "title" not in table:
        table["title"] = ""
    table = table.sort_values(["published", "article"], na_position="first", kind="stable")
    dated, undated = table[table["published"].notna()], table[table["published"].isna()]
    return pd.concat([dated.tail(n), undated.head(max(0, n - len(dated)))], ignore_index=True)


def _counted_title(what: str, shown: int, total: int) -> str:
    """'What (12 articles)' or 'What (30 most recent of 60 articles)'."""
    if shown < total:
        return f"{what} ({shown} most recent of {total} articles)"
    return f"{what} ({total} article{'s' if total != 1 else ''})"


def plot_entities_across(entities: pd.DataFrame, title: str = ""):
    """Bars of mentions per entity across the corpus (length = mentions, colour = kind of entity), each labelled
    with the number of articles naming it; returns (fig, data)."""
    data = entities_across(entities)
    data["kind"] = data["entity_type"].map(ENTITY_KINDS).fillna("other")
    fig, ax, _ = figure_or_axes(None, height=max(2.0, 0.24 * len(data) + 1.7))
    ax.barh(range(len(data)), data["mentions"], color=[KIND_COLOURS[k] for k in data["kind"]])
    ax.set_yticks(range(len(data)), [shorten_name(e, NAME_CHARS) for e in data["entity"]])
    ax.invert_yaxis()
    for y, (m, a) in enumerate(zip(data["mentions"], data["articles"])):
        ax.text(m, y, f" {m} in {a} article{'s' if a != 1 else ''}", va="center", fontsize=7)
    ax.set_xlim(0, max(data["mentions"].max() if len(data) else 1, 1) * 1.45)  # room for the labels after the bars
    whole_number_ticks(ax.xaxis)
    ax.set_xlabel("mentions across the corpus (headlines included)")
    kind_legend(ax, data["kind"])
    set_title(ax, title or "Who is named across the articles", figure_left=True)
    fig.tight_layout()
    return fig, data


def plot_speakers_across(quotes: pd.DataFrame, entities: pd.DataFrame, title: str = ""):
    """Bars of statements per named speaker across the corpus (length = statements, colour = kind of speaker), each
    labelled with the number of articles quoting it, those quoted in the most articles first; returns (fig, data)."""
    data = speakers_across(quotes, entities)
    data["kind"] = data["speaker_kind"].where(data["speaker_kind"].isin(list(KIND_COLOURS)), "other")
    fig, ax, _ = figure_or_axes(None, height=max(2.0, 0.24 * len(data) + 1.7))
    set_title(ax, title or "Who speaks across the articles", figure_left=True)
    if data.empty:
        ax.text(0.5, 0.5, "No named speaker in any article", transform=ax.transAxes, ha="center", va="center")
        ax.set_yticks([])
        ax.set_xticks([])
        fig.tight_layout()
        return fig, data
    ax.barh(range(len(data)), data["statements"], color=[KIND_COLOURS[k] for k in data["kind"]])
    ax.set_yticks(range(len(data)), [shorten_name(s, NAME_CHARS) for s in data["speaker"]])
    ax.invert_yaxis()
    for y, (n, a) in enumerate(zip(data["statements"], data["articles"])):
        ax.text(n, y, f" {n} in {a} article{'s' if a != 1 else ''}", va="center", fontsize=7)
    ax.set_xlim(0, max(int(data["statements"].max()), 1) * 1.45)  # room for the labels after the bars
    whole_number_ticks(ax.xaxis)
    ax.set_xlabel("statements across the corpus (quoted or reported)")
    kind_legend(ax, data["kind"])
    fig.tight_layout()
    return fig, data


def plot_tone_over_time(article_sentiment: pd.DataFrame, title: str = "", n: int = ARTICLES_SHOWN):
    """Each article's tone, one row per article in publication order (date and headline at the left): a dot for its
    word-weighted TextBlob polarity and a square for its VADER compound, never a line between articles. Returns
    (fig, data)."""
    data = shown_articles(article_sentiment, n)
    keep = [c for c in ("article", "published", "title", "polarity", "vader", "tone") if c in data]
    data = data[keep].copy()
    data["tick_label"] = article_labels(data)
    fig, ax, _ = figure_or_axes(None, height=max(2.2, ROW_HEIGHT * len(data) + 1.7))
    lexicons = (("polarity", "o", "TextBlob polarity", -0.13), ("vader", "s", "VADER compound", 0.13))
    for column, marker, name, shift in lexicons:  # a little above and below the row, so neither hides the other
        if column in data:
            rows = [k + shift for k in range(len(data))]
            colour = LEXICON_COLOURS[name.split()[0]]
            ax.plot(data[column], rows, marker, ls="none", color=colour, ms=5, label=name, zorder=3)
    ax.axvline(0, color=PALETTE["grey"], linewidth=0.6)
    ax.set_xlim(-1.05, 1.05)
    ax.set_yticks(range(len(data)), data["tick_label"], fontsize=7)
    ax.set_ylim(max(len(data), 1) - 0.5, -0.5)
    ax.grid(axis="y", color="#E8E8E8", linewidth=0.6)
    ax.set_axisbelow(True)
    ax.set_xlabel("tone of the article, weighted by words (−1 negative … +1 positive)")
    legend_below(ax)
    what = title or _counted_title("Tone of each article, in publication order", len(data), len(article_sentiment))
    set_title(ax, what, figure_left=True)
    fig.tight_layout()
    data["published"] = data["published"].dt.strftime("%Y-%m-%d")
    return fig, data


def _drawn(date: pd.Timestamp, end: pd.Timestamp, published: pd.Timestamp) -> tuple[str, datetime, datetime]:
    """(kind, start, end) of a corpus timeline row as drawn: a day at noon (no later than its article's publication
    day's noon when it is that day), a clock time as it is, or a period from its first day's start to its last
    day's end."""
    start = date.to_pydatetime()
    stop = (end if pd.notna(end) else date).to_pydatetime()
    clock = start.time() != datetime.min.time()
    if not clock:
        stop += timedelta(days=1)
    if stop - start > timedelta(days=1):
        return "span", start, stop
    if not clock:
        start += timedelta(hours=12)
    if pd.notna(published) and start.date() == published.date():
        start = min(start, published.to_pydatetime() + timedelta(hours=12))
    return "point", start, start


def combined_timeline_data(timeline: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Every dated event of the `articles` shown (from `shown_articles`): the timeline's columns with row (the
    article's row), tick_label (the article's label), drawn_as ('point' or 'span'), drawn_start and drawn_end (ISO)."""
    data = timeline.dropna(subset=["date"])
    if "anchor" in data:
        data = data[data["anchor"] != "vague"]
    rows = {a: k for k, a in enumerate(articles["article"])}
    data = data[data["article"].isin(rows)].copy()
    data["row"] = data["article"].map(rows)
    data["tick_label"] = data["row"].map(dict(enumerate(article_labels(articles))))
    days = dict(zip(articles["article"], articles["published"]))
    drawn = [_drawn(d, e, days.get(a)) for d, e, a in zip(data["date"], data.get("date_end"), data["article"])]
    data["drawn_as"] = [d[0] for d in drawn]
    data["drawn_start"] = [d[1].isoformat(timespec="minutes") for d in drawn]
    data["drawn_end"] = [d[2].isoformat(timespec="minutes") for d in drawn]
    for column in ("published", "date", "date_end"):  # read as times for drawing; written as the tables write them
        if column in data and pd.api.types.is_datetime64_any_dtype(data[column]):
            data[column] = [iso_text(t) for t in data[column]]
    return data.sort_values(["row", "drawn_start"], kind="stable").reset_index(drop=True)


def iso_text(moment) -> str:
    """A time as the tables write it: '2022-12-19T17:51', '2022-12-19' at midnight, '' when unknown."""
    if pd.isna(moment):
        return ""
    return moment.strftime("%Y-%m-%d") if moment == moment.normalize() else moment.strftime("%Y-%m-%dT%H:%M")


def plot_combined_timeline(
    timeline: pd.DataFrame, article_sentiment: pd.DataFrame | None = None, n: int = ARTICLES_SHOWN, title: str = ""
):
    """The dated events of the articles, one row per article in publication order (date and headline at the left),
    on one time axis in linear pieces with marked breaks: a dot for a day or moment, a bar for a period, a red tick
    at the article's publication day. Returns (fig, data).

    `article_sentiment` (the corpus table) names the articles; without it they are named by their ids."""
    if article_sentiment is None:
        article_sentiment = timeline.drop_duplicates("article")[["article", "published"]].assign(title="")
    articles = shown_articles(article_sentiment, n)
    data = combined_timeline_data(timeline, articles)
    fig, ax, _ = figure_or_axes(None, height=1.0)
    width = fig.get_figwidth()
    rows_height = ROW_HEIGHT * max(len(articles), 1) + 0.1
    bottom = 0.75
    fig.set_size_inches(width, rows_height + bottom + 0.6)
    ax.remove()  # the pieces take its place
    labels = article_labels(articles)
    label_room = text_width(fig, labels, 7) + 0.1
    publications = [d.to_pydatetime() + timedelta(hours=12) for d in articles["published"].dropna()]
    intervals = [tuple(map(datetime.fromisoformat, p)) for p in zip(data["drawn_start"], data["drawn_end"])]
    intervals += [(t, t) for t in publications]
    parts = pieces(intervals) if intervals else [Piece(datetime(2000, 1, 1), datetime(2000, 1, 2), 1.0)]
    axes = piece_axes(fig, (0.1 + label_room, bottom, width - 0.3 - label_room, rows_height), parts)
    for piece_ax, part in zip(axes, parts):
        for r in data.itertuples():
            start, end = datetime.fromisoformat(r.drawn_start), datetime.fromisoformat(r.drawn_end)
            if r.drawn_as == "span":
                piece_ax.plot([start, end], [r.row, r.row], color=PALETTE["orange"], lw=4, solid_capstyle="butt")
            elif part.start <= start <= part.end:
                piece_ax.plot([start], [r.row], "o", color=PALETTE["blue"], ms=4, zorder=3)
        for row, day in enumerate(articles["published"]):
            moment = day.to_pydatetime() + timedelta(hours=12) if pd.notna(day) else None
            if moment is not None and part.start <= moment <= part.end:
                piece_ax.plot([moment], [row], "|", color=PALETTE["vermillion"], ms=11, mew=1.6, zorder=4)
        piece_ax.set_ylim(max(len(articles), 1) - 0.5, -0.5)
        piece_ax.set_yticks(range(len(articles)), labels if piece_ax is axes[0] else [""] * len(articles))
        piece_ax.grid(axis="y", color="#E8E8E8", linewidth=0.6)
        piece_ax.set_axisbelow(True)
    axes[0].tick_params(axis="y", labelsize=7)
    if data.empty:
        axes[0].set_xticks([])
    else:
        set_date_ticks(axes, parts)
        thin_date_ticks(axes)
    handles = [
        Line2D([], [], marker="o", ls="none", color=PALETTE["blue"], ms=4, label="a day or a moment"),
        Line2D([], [], color=PALETTE["orange"], lw=4, label="a period"),
        Line2D([], [], marker="|", ls="none", color=PALETTE["vermillion"], ms=9, mew=1.6, label="publication"),
    ]
    h = fig.get_figheight()
    fig.legend(handles=handles, loc="lower left", bbox_to_anchor=(0.1 / width, 0.05 / h), ncols=3, fontsize=7)
    total = len(article_sentiment)
    what = title or _counted_title("Dated events across the articles", len(articles), total)
    set_title(axes[0], what, figure_left=True)
    return fig, data
