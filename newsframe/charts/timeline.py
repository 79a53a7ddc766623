"""The figure of notebook 04 (build the timeline): the events an article mentions around its publication.

The rows come from `newsframe.timeline.timeline_table`; `plot_data` turns them into what is drawn (positions and
labels), and `plot_timeline` draws them.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import numpy as np
import pandas as pd

from ..timeline import VAGUE_ORDER
from .style import PALETTE, figure_or_axes, finish_figure, set_title, shorten

# Hour of the day a part of day is drawn at (TimeML MO, AF, EV, NI), and a whole day at its middle.
PART_OF_DAY_HOURS = {"MO": 9, "AF": 15, "EV": 19, "NI": 22}
# Offsets from publication (days) offered as axis ticks; those inside the plotted range are used.
TICK_DAYS = (-36500, -3650, -1095, -365, -90, -30, -7, -1, 0, 1, 7, 30, 365)
# Characters per label line, label lines, and the entities shown with an event.
LABEL_WIDTH = 42
LABEL_ACTORS = 2
# Vertical room of one label level, in axis data units.
LEVEL_HEIGHT = 1.0


def days_to_x(days: float) -> float:
    """Days from publication -> x position: a signed log scale, so an hour and three years both show."""
    return float(np.sign(days) * np.log10(1 + abs(days)))


def _moment(iso: str, value: str, end: bool = False) -> datetime:
    """An ISO date/datetime of a row -> the datetime drawn: a day's middle, or its part of day."""
    moment = datetime.fromisoformat(iso)
    if "T" in iso:
        return moment
    if m := re.search(r"T(MO|AF|EV|NI)$", value):
        return moment + timedelta(hours=PART_OF_DAY_HOURS[m[1]])
    return moment + timedelta(hours=24 if end else 12) if end or len(iso) == 10 else moment


def approximate_span(start: str, end: str) -> str:
    """A span reckoned from a duration, as briefly as its precision allows: '2019-06', '1923', '2013–2023'."""
    if start[:7] == end[:7]:
        return start[:7]
    if start[:4] == end[:4]:
        return start[:4] if (start[5:10], end[5:10]) == ("01-01", "12-31") else f"{start[:7]}–{end[5:7]}"
    return f"{start[:4]}–{end[:4]}"


def plot_data(table: pd.DataFrame, published: datetime | None) -> pd.DataFrame:
    """The rows a timeline draws: kind (point, span, vague), x_start/x_end, and tick_label (the text drawn); SETs are
    left out."""
    rows = []
    reference = published
    if reference is None and (table["date"] != "").any():
        reference = max(datetime.fromisoformat(d) for d in table["date"] if d)
    for _, r in table.iterrows():
        actors = [a for a in str(r["entities"]).split("|") if a][:LABEL_ACTORS]
        said = f"“{r['expression']}”"
        if r["type"] == "DURATION" and r["date"]:  # a date reckoned from a duration is approximate
            said += f" ≈ {approximate_span(r['date'], r['date_end'] or r['date'])}"
        label = shorten(r["event"] or r["expression"], LABEL_WIDTH)
        label += "\n" + shorten(" · ".join([said] + actors), LABEL_WIDTH)
        if r["date"] and reference is not None:
            start = _moment(r["date"], r["value"])
            stop = _moment(r["date_end"] or r["date"], r["value"], end=True)
            is_point = (stop - datetime.fromisoformat(r["date"])).total_seconds() <= 86400
            x0 = days_to_x((start - reference).total_seconds() / 86400)
            x1 = x0 if is_point else days_to_x((stop - reference).total_seconds() / 86400)
            if not is_point:
                x0 = days_to_x((datetime.fromisoformat(r["date"]) - reference).total_seconds() / 86400)
            rows.append(
                {
                    **r.to_dict(),
                    "kind": "point" if is_point else "span",
                    "x_start": x0,
                    "x_end": x1,
                    "tick_label": label,
                }
            )
        elif r["value"] in VAGUE_ORDER:
            rows.append({**r.to_dict(), "kind": "vague", "x_start": np.nan, "x_end": np.nan, "tick_label": label})
    return pd.DataFrame(rows, columns=list(table.columns) + ["kind", "x_start", "x_end", "tick_label"])


def _overlaps(box, boxes, pad: float = 2.0) -> bool:
    """True when display-space bbox `box` overlaps any of `boxes` (with `pad` pixels between)."""
    return any(
        box.x0 < b.x1 + pad and b.x0 < box.x1 + pad and box.y0 < b.y1 + pad and b.y0 < box.y1 + pad for b in boxes
    )


def place_labels(
    ax,
    items: list[tuple[float, str]],
    base: float,
    direction: int,
    placed: list | None = None,
    ha: str = "left",
    max_levels: int = 60,
) -> list[float]:
    """Put each (x, text) label at the first level (base, base+direction, ...) where it overlaps no placed label.

    `placed` (display-space boxes, extended in place) lets several calls share one figure. Returns each label's y.
    """
    renderer = ax.figure.canvas.get_renderer()
    placed = [] if placed is None else placed
    levels = []
    right_edge = ax.get_window_extent(renderer).x1
    for x, text in items:
        artist = ax.text(
            x,
            base,
            text,
            fontsize=6.5,
            ha=ha,
            va="bottom" if direction > 0 else "top",
            multialignment="left",
            bbox={"boxstyle": "round,pad=0.2", "fc": "white", "ec": "#BBBBBB", "lw": 0.4},
        )
        if ha == "left" and artist.get_window_extent(renderer).x1 > right_edge:
            artist.set_horizontalalignment("right")  # a label near the right edge hangs leftwards from its date
        for level in range(max_levels):
            y = base + direction * level * LEVEL_HEIGHT
            artist.set_y(y)
            box = artist.get_window_extent(renderer)
            if not _overlaps(box, placed):
                break
        placed.append(box)
        levels.append(y)
    return levels


# Narrowest a span is drawn (x units), so a month three years back still shows as a bar.
MIN_SPAN_WIDTH = 0.04
# Smallest gap between two date ticks, in x units of the log scale, so their labels do not collide.
MIN_TICK_GAP = 0.22


def _date_ticks(ax, dated: pd.DataFrame, published: datetime | None, left: float, right: float) -> None:
    """Ticks at the plotted dates (a span at its start) and at publication, thinned so labels stay apart."""
    ref = published or datetime(1970, 1, 1)
    wanted = [(0.0, ref.strftime("%Y-%m-%d"))] if published else []
    for _, r in dated.iterrows():
        fmt = (
            "%Y-%m-%d"
            if r["kind"] == "point" or re.match(r"\d{4}-(?:W|\d\d-\d\d)", r["value"])
            else ("%Y" if r["value"][:4].isdigit() and len(r["value"]) == 4 else "%Y-%m")
        )  # a week by its first day
        wanted.append((r["x_start"], datetime.fromisoformat(r["date"]).strftime(fmt)))
    if len(wanted) < 3 and published:  # few dates: add round distances from publication for scale
        wanted += [
            (days_to_x(d), (ref + timedelta(days=d)).strftime("%Y-%m-%d"))
            for d in TICK_DAYS
            if left <= days_to_x(d) <= right
        ]
    chosen: list[tuple[float, str]] = []
    for x, text in sorted(wanted, key=lambda w: (w[0] != 0.0, w[0])):  # publication first, then left to right
        if all(abs(x - cx) >= MIN_TICK_GAP for cx, _ in chosen) and all(text != ct for _, ct in chosen):
            chosen.append((x, text))
    chosen.sort()
    ax.set_xticks([x for x, _ in chosen])
    ax.set_xticklabels([t for _, t in chosen], rotation=45, ha="right", fontsize=7)


# Vertical distance between two lanes of overlapping span bars (data units) and the bars' thickness (points).
SPAN_LANE = 0.22
SPAN_WIDTH = 5


def span_lanes(spans: list[tuple[float, float]]) -> list[int]:
    """Lane 0, 1, ... for each (x0, x1) interval so that intervals in one lane do not overlap (first fit)."""
    ends: list[float] = []
    lanes = []
    for x0, x1 in spans:
        lane = next((i for i, end in enumerate(ends) if x0 >= end), len(ends))
        if lane == len(ends):
            ends.append(x1)
        else:
            ends[lane] = x1
        lanes.append(lane)
    return lanes


def _vague_band(
    ax, rows: pd.DataFrame, x0: float, x1: float, top: float, text: str, data: pd.DataFrame, placed: list
) -> None:
    """A hatched band from x0 to x1 below `top` holding the labels of vague references (no made-up dates).

    Labels start at the publication line and run away from it: leftwards for the past, rightwards after.
    """
    if rows.empty:
        return
    before = x1 <= 0
    anchor, ha = (x1 - 0.03, "right") if before else (x0 + 0.03, "left")
    ax.text(anchor, top - 0.05, text, fontsize=6.5, va="top", ha=ha, color=PALETTE["blue"])
    ys = place_labels(ax, [(anchor, r["tick_label"]) for _, r in rows.iterrows()], top - 0.6, -1, placed, ha)
    bottom = min(min(ys) - LEVEL_HEIGHT * 0.9, top - 0.3 - LEVEL_HEIGHT * (len(rows) + 0.2))  # under the lowest label
    ax.fill_between([x0, x1], bottom, top, color=PALETTE["sky"], alpha=0.15, hatch="///", lw=0)
    data.loc[rows.index, "tick_label_y"] = ys


def plot_timeline(table: pd.DataFrame, published: datetime | None, title: str = "", ax=None):
    """Timeline figure: publication marked, exact dates as points, spans as bars, vague references in a band
    before (or after) publication, each labelled with its event and actors without overlaps. Returns (fig, data).

    With `ax`, draws into that axes of a larger figure, whose layout must be final (labels are placed in display
    space) and is left to the caller."""
    data = plot_data(table, published)
    data["tick_label_y"] = np.nan
    data["lane"] = np.nan
    dated = data[data["kind"] != "vague"].sort_values("x_start")
    vague = data[data["kind"] == "vague"]
    fig, ax, own = figure_or_axes(ax, height=timeline_height(data))
    xs = list(dated["x_start"]) + list(dated["x_end"]) + [0.0]
    left, right = min(xs) - 0.35, max(max(xs), 0.0) + 0.6
    ax.set_xlim(left, right + 1.6)
    ax.set_ylim(-1 - LEVEL_HEIGHT * (len(vague) + 2), LEVEL_HEIGHT * (len(dated) + 2))
    ax.axhline(0, color=PALETTE["grey"], lw=0.8)
    if published is not None:  # without a publication time, x = 0 is the latest date mentioned, not publication
        ax.axvline(0, color=PALETTE["vermillion"], lw=1.2, ls="--")
    spans = dated[dated["kind"] == "span"]
    lanes = span_lanes([(r["x_start"], max(r["x_end"], r["x_start"] + MIN_SPAN_WIDTH)) for _, r in spans.iterrows()])
    data.loc[spans.index, "lane"] = lanes
    for (_, r), lane in zip(spans.iterrows(), lanes):
        y = -SPAN_LANE * lane
        ax.plot(
            [r["x_start"], max(r["x_end"], r["x_start"] + MIN_SPAN_WIDTH)],
            [y, y],
            "-",
            lw=SPAN_WIDTH,
            color=PALETTE["orange"],
            alpha=0.8,
            solid_capstyle="butt",
            zorder=2,
        )
    points = dated[dated["kind"] == "point"]
    ax.plot(points["x_start"], [0] * len(points), "o", color=PALETTE["blue"], ms=5, zorder=3)
    placed: list = []
    label_y = place_labels(ax, [(r["x_start"], r["tick_label"]) for _, r in dated.iterrows()], 0.5, 1, placed)
    for (_, r), y in zip(dated.iterrows(), label_y):
        ax.plot([r["x_start"], r["x_start"]], [0, y], color="#BBBBBB", lw=0.5, zorder=1)
    data.loc[dated.index, "tick_label_y"] = label_y
    band_top = -0.4 - SPAN_LANE * (max(lanes) if lanes else 0)
    past = vague[vague["value"] == "PAST_REF"]
    later = vague[vague["value"] != "PAST_REF"]
    _vague_band(ax, past, max(left, -1.2), 0, band_top, "vague: before publication", data, placed)
    _vague_band(ax, later, 0, min(right, 1.2), band_top, "vague: now or later", data, placed)
    _date_ticks(ax, dated, published, left, right)
    ax.set_yticks([])
    ax.spines["left"].set_visible(False)
    ax.set_xlabel(
        "date (log-scaled distance from publication; dashed line = publication)"
        if published is not None
        else "date (log-scaled distance from the latest date mentioned; publication date unknown)"
    )
    stamp = f" · published {published.strftime('%Y-%m-%d %H:%M')}" if published else " · publication date unknown"
    head, _, sub = (title or "Timeline of the events the article mentions").partition("\n")
    set_title(ax, f"{head}\n{sub}" if sub else head + stamp, own)
    ys = data["tick_label_y"].dropna()
    ax.set_ylim(min(ys.min() - 1.3, -1.0) if len(ys) else -1.0, (ys.max() if len(ys) else 1) + LEVEL_HEIGHT * 1.2)
    if data.empty:
        ax.text(
            0.5, 0.5, "no dated or datable expression in this article", transform=ax.transAxes, ha="center", va="center"
        )
        ax.set_xticks([])
    finish_figure(fig, own)
    return fig, data


def timeline_height(data: pd.DataFrame) -> float:
    """Inches a timeline of these plotted rows needs: a base plus one label row per event."""
    return 2.2 + 0.3 * len(data)
