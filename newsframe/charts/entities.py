"""The figures of notebook 02 (count the entities): the most-mentioned names, where each appears, and the article
with every mention highlighted (displaCy).

The tables they draw come from `newsframe.entities` (`top_entities`, `entity_paragraphs`); this module only draws.
"""

from __future__ import annotations

import pandas as pd

from ..entities import (
    ENTITY_KINDS,
    PARAGRAPH_CHART_ENTITIES,
    TOP_ENTITIES,
    entity_paragraphs,
    entity_types,
    top_entities,
)
from .style import (
    KIND_COLOURS,
    TYPE_COLOURS,
    figure_or_axes,
    finish_figure,
    legend_below,
    patches,
    set_title,
    shorten_name,
    whole_number_ticks,
)

NO_ENTITIES = "No people, places or organisations found"
# Characters of an entity's name shown on an axis: long organisation names are cut (the CSV keeps them whole).
ENTITY_LABEL_WIDTH = 28
# Inches of axis each labelled paragraph number needs (two digits at the tick size and a gap); beyond that only
# every k-th paragraph is labelled, so the numbers never run together.
PARAGRAPH_TICK_SPACING = 0.24


def kind_legend(ax, kinds, drop: float | None = None) -> None:
    """A legend under the axes with one entry per kind of entity shown (person, place, organisation), in that
    order."""
    shown = {k: c for k, c in KIND_COLOURS.items() if k in set(kinds)}
    if shown:
        legend_below(ax, patches(shown), **({"drop": drop} if drop is not None else {}))


def plot_top_entities(
    entities: pd.DataFrame, n: int = TOP_ENTITIES, title: str = "", ax=None, label_chars: int = ENTITY_LABEL_WIDTH
):
    """Horizontal bars of mentions per entity (length = mentions), coloured by kind of entity (person, place,
    organisation: one colour and one legend entry per kind); returns (fig, data).

    With `ax`, draws into that axes of a larger figure (and leaves its layout to the caller); names are cut to
    `label_chars` characters."""
    data = top_entities(entities, n)
    fig, ax, own = figure_or_axes(ax, height=max(2.0, 0.26 * len(data) + 1.6))
    ax.barh(range(len(data)), data["mentions"], color=[KIND_COLOURS[k] for k in data["kind"]])
    ax.set_yticks(range(len(data)), [shorten_name(e, label_chars) for e in data["entity"]])
    ax.invert_yaxis()
    for y, value in enumerate(data["mentions"]):
        ax.text(value, y, f" {value}", va="center", fontsize=7)
    named = entities[entities["entity_type"].isin(list(ENTITY_KINDS))]
    hidden = len(named) - len(data)
    left_out = named["mentions"].iloc[len(data) :].astype(int)
    tied = int((left_out == int(data["mentions"].iloc[-1])).sum()) if len(data) else 0  # a tie cut for room
    more = f"; {hidden} more in the table" if hidden else ""
    if tied:
        more = f"; {hidden} more named as often in the table" if tied == hidden else f"{more}, {tied} named as often"
    ax.set_xlabel("mentions (headline included)" + more)
    ax.margins(x=0.1)
    whole_number_ticks(ax.xaxis)
    kind_legend(ax, data["kind"])
    set_title(ax, title or "Most-mentioned people, places and organisations", own)
    _note_if_empty(ax, data)
    finish_figure(fig, own)
    return fig, data


def _note_if_empty(ax, data: pd.DataFrame) -> None:
    """Say so on the axes when there is nothing to plot."""
    if data.empty:
        ax.text(0.5, 0.5, NO_ENTITIES, transform=ax.transAxes, ha="center", va="center")
        ax.set_yticks([])
        ax.set_xticks([])


def plot_entity_paragraphs(
    mentions: pd.DataFrame,
    entities: pd.DataFrame,
    paragraphs: list[int] | None = None,
    n: int = PARAGRAPH_CHART_ENTITIES,
    title: str = "",
    ax=None,
):
    """A dot where each main entity is mentioned, one column per paragraph (dot area = mentions, colour = kind of
    entity); returns (fig, data).

    With `ax`, draws into that axes of a larger figure (and leaves its layout to the caller)."""
    data = entity_paragraphs(mentions, entities, n)
    data["kind"] = data["entity_type"].map(ENTITY_KINDS)
    names = list(dict.fromkeys(data["entity"]))
    columns = sorted(set(paragraphs if paragraphs is not None else mentions["paragraph"]))
    fig, ax, own = figure_or_axes(ax, height=max(2.0, 0.3 * len(names) + 1.6))
    y = data["entity"].map({e: i for i, e in enumerate(names)})
    ax.scatter(data["paragraph"], y, s=40 * data["mentions"], color=[KIND_COLOURS[k] for k in data["kind"]], zorder=3)
    for x, yy, value in zip(data["paragraph"], y, data["mentions"]):
        if value > 1:
            ax.annotate(str(value), (x, yy), ha="center", va="center", fontsize=6, color="white", zorder=4)
    ax.set_yticks(range(len(names)), [shorten_name(e, ENTITY_LABEL_WIDTH) for e in names])
    ax.set_ylim(max(len(names), 1) - 0.5, -0.5)
    ax.set_xticks(columns, ["H" if c == 0 else str(c) for c in columns])
    room = max(2, int(ax.get_position().width * fig.get_figwidth() / PARAGRAPH_TICK_SPACING))
    if len(columns) > room:  # a long article or a narrow panel: label every k-th paragraph so the numbers stay apart
        step = -(-len(columns) // room)
        for k, tick in enumerate(ax.get_xticklabels()):
            tick.set_visible(k % step == 0)
    ax.set_xlim(min(columns, default=0) - 0.6, max(columns, default=0) + 0.6)
    ax.grid(axis="x", color="#dddddd", linewidth=0.5, zorder=0)
    ax.set_xlabel("paragraph (H = headline); dot area = mentions in the paragraph")
    kind_legend(ax, data["kind"])
    set_title(ax, title or "Where each main entity appears", own)
    _note_if_empty(ax, data)
    finish_figure(fig, own)
    return fig, data


def displacy_html(article, mentions: pd.DataFrame) -> str:
    """HTML of the article (headline first) with each repaired mention highlighted under its entity's voted type,
    in light tints of the charts' colours."""
    from spacy import displacy  # 0.45 s to import: only when a notebook asks for the highlighted text

    types = entity_types(mentions)
    pages = []
    for p in article.paragraphs:
        rows = mentions[mentions["paragraph"] == p.number].sort_values("start_char")
        ents = [
            {"start": int(r.start_char), "end": int(r.end_char), "label": types[r.entity]} for r in rows.itertuples()
        ]
        pages.append({"text": p.text, "ents": ents, "title": "Headline" if p.number == 0 else None})
    colours = {label: colour + "55" for label, colour in TYPE_COLOURS.items()}
    return displacy.render(pages, style="ent", manual=True, jupyter=False, options={"colors": colours})
