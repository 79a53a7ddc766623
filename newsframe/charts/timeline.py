"""The figure of notebook 04 (build the timeline): when the events the article mentions happened.

One row per dated expression, in time order from the top (ties in reading order), labelled at the left with what
happened and the words that date it; a dot marks a day or a moment, a bar a period, on a time axis in linear pieces
with marked breaks (`timeaxis`); a dashed line marks publication. Expressions the calendar cannot hold ("recently",
"20 minutes") are counted by kind in a note under the axis, never drawn at a made-up date. Rows come from
`newsframe.timeline.timeline_table`; `plot_data` says where each is drawn.
"""

from __future__ import annotations

import re
import textwrap
from datetime import datetime, timedelta

import numpy as np
import pandas as pd
from matplotlib.lines import Line2D

from ..summary import period_name, undated_kind, undated_words
from ..timeline import LAST_OCCASION_LABEL
from .style import PALETTE, figure_or_axes, set_title, shorten, text_width
from .timeaxis import Piece, piece_axes, pieces, set_date_ticks, thin_date_ticks

# Hour of the day a part of day is drawn at (TimeML MO, AF, EV, NI); a day without one is drawn at noon.
PART_OF_DAY_HOURS = {"MO": 9, "AF": 15, "EV": 19, "NI": 22}
# Characters of a row's label; rows drawn at most (beyond, the rows closest in time share one), and their height.
LABEL_CHARS = 42
MAX_ROWS = 18
ROW_HEIGHT = 0.24
LABEL_SIZE = 7
NOTE_SIZE = 6.5
# Inches under the pieces for the date ticks (two lines under a piece ticked by day), the legend, and a note line.
TICKS_ROOM = 0.4
LEGEND_ROOM = 0.3
NOTE_LINE = 0.13
# Inches above the rows for the title and subtitle of a figure of its own.
TITLE_ROOM = 0.62
# Inches between the drawing of a figure of its own and its left and right edges: saved with the 0.1 in padding,
# the figure stays one report column wide.
EDGE = 0.15
COLOURS = {"point": PALETTE["blue"], "span": PALETTE["orange"], "publication": PALETTE["vermillion"]}
# The narrowest a period is drawn, in inches, so a day-long period in a piece of years still shows.
MIN_SPAN = 0.04
CLOCK = re.compile(r"T\d\d")


def publication_moment(published: datetime | None, time_known: bool | None = None) -> datetime | None:
    """Where the publication line stands: the publication time, or noon of its day when only the day is known
    (`time_known` None: known unless the time is midnight)."""
    if published is None:
        return None
    known = time_known if time_known is not None else published.time() != datetime.min.time()
    return published if known else datetime.combine(published.date(), datetime.min.time()) + timedelta(hours=12)


def drawn_times(row, publication: datetime | None) -> tuple[str, datetime, datetime]:
    """(kind, start, end) of a dated row as drawn: a 'point' (one day at noon, at its part of day, or at its clock
    time) or a 'span' (from the first day's start to the last day's end). A point on the publication day without a
    clock time of its own is drawn no later than publication."""
    date, end, value = str(row["date"]), str(row["date_end"] or row["date"]), str(row["value"])
    start = datetime.fromisoformat(date)
    stop = datetime.fromisoformat(end)
    if "T" not in date and "T" not in end:
        stop += timedelta(days=1)
    if stop - start > timedelta(days=1):
        return "span", start, stop
    if "T" not in date:
        part = re.search(r"T(MO|AF|EV|NI)$", value)
        start = start + timedelta(hours=PART_OF_DAY_HOURS[part[1]] if part else 12)
    if (
        publication is not None
        and start.date() == publication.date()
        and start > publication
        and not CLOCK.search(value)
    ):
        start = publication
    return "point", start, start


# Characters of the dating words in a row's label; the event gets the rest.
WORDS_CHARS = 20


def expression_label(row) -> str:
    """'what happened (“the words that date it”)', shortened to LABEL_CHARS; the words alone with no event."""
    words = f"(“{shorten(row['expression'], WORDS_CHARS)}”)"
    event = str(row["event"] or "").strip()
    if not event:
        return words[1:-1]
    if event.startswith(LAST_OCCASION_LABEL):
        # "for the first time in three and a half years": the row dates the last time before now, said in the
        # words' brackets so that the event keeps its room ("Putin is visiting… (last time: “three and a…”)")
        event = event[len(LAST_OCCASION_LABEL) :]
        words = f"(last time: “{shorten(row['expression'], WORDS_CHARS - len('last time: '))}”)"
    return f"{shorten(event, LABEL_CHARS - len(words) - 1)} {words}"


def _merge_rows(starts: list[datetime], max_rows: int) -> list[int]:
    """Row of each dated expression (in time order): one each, or, beyond `max_rows`, the two rows closest in time
    joined, again and again."""
    groups = [[k] for k in range(len(starts))]
    while len(groups) > max_rows:
        gaps = [starts[groups[g + 1][0]] - starts[groups[g][-1]] for g in range(len(groups) - 1)]
        g = int(np.argmin(gaps))
        groups[g : g + 2] = [groups[g] + groups[g + 1]]
    return [g for g, members in enumerate(groups) for _ in members]


PLOT_COLUMNS = ["drawn_as", "drawn_start", "drawn_end", "row", "tick_label", "undated_kind"]


def plot_data(
    table: pd.DataFrame, published: datetime | None, time_known: bool | None = None, max_rows: int = MAX_ROWS
) -> pd.DataFrame:
    """The rows of a timeline table as drawn: drawn_as ('point', 'span', or 'off calendar'), drawn_start and drawn_end
    (ISO), row (0 at the top, in time order; empty off the calendar), tick_label (the row's label) and, off the
    calendar, undated_kind (a key of summary.UNDATED_KINDS). Dated rows first, in time order; beyond `max_rows`, the
    rows closest in time share one, labelled with their number and period."""
    publication = publication_moment(published, time_known)
    dated = table[table["date"].fillna("").astype(str) != ""]
    drawn = [drawn_times(r, publication) for _, r in dated.iterrows()]
    as_, starts, ends = ([d[k] for d in drawn] for k in range(3))
    data = dated.assign(drawn_as=as_, drawn_start=starts, drawn_end=ends, undated_kind="")
    data = data.sort_values(["drawn_start", "drawn_end"], kind="stable")
    data["row"] = _merge_rows(list(data["drawn_start"]), max_rows)
    labels = {}
    for row, group in data.groupby("row"):
        if len(group) == 1:
            labels[row] = expression_label(group.iloc[0])
        else:  # rows joined to fit: how many, and the calendar period they fall in
            end = group["date_end"].where(group["date_end"].fillna("") != "", group["date"])
            labels[row] = f"{len(group)} dated expressions, {period_name(group['date'].min(), end.max())}"
    data["tick_label"] = data["row"].map(labels)
    for column in ("drawn_start", "drawn_end"):
        data[column] = [t.isoformat(timespec="minutes") for t in data[column]]
    off = table[table["date"].fillna("").astype(str) == ""]
    off = off.assign(
        drawn_as="off calendar",
        drawn_start="",
        drawn_end="",
        row=np.nan,
        tick_label="",
        undated_kind=[undated_kind(str(t), str(v)) for t, v in zip(off["type"], off["value"])],
    )
    frames = [f for f in (data, off) if len(f)]
    out = pd.concat(frames, ignore_index=True) if frames else table.assign(**{c: [] for c in PLOT_COLUMNS})
    out["row"] = out["row"].astype("Int64")  # whole numbers, empty off the calendar (not 0.0, 1.0 …)
    return out[list(table.columns) + PLOT_COLUMNS]


def timeline_note(data: pd.DataFrame, published: datetime | None) -> str:
    """The line under the axis: the expressions left off the calendar, by kind, and a missing publication date."""
    parts = undated_words(data[data["drawn_as"] == "off calendar"])
    note = f"Off the calendar, not drawn: {'; '.join(parts)}." if parts else ""
    if published is None:
        note = f"Publication date unknown: no publication line. {note}"
    return note.strip()


def note_lines(note: str, width: float) -> list[str]:
    """The note wrapped to `width` inches at the note's type size."""
    return textwrap.wrap(note, max(30, int(width / 0.05))) if note else []


def footer_height(data: pd.DataFrame, published: datetime | None, width: float) -> float:
    """Inches a timeline needs under its rows: date ticks, the legend, and the note."""
    return TICKS_ROOM + LEGEND_ROOM + NOTE_LINE * len(note_lines(timeline_note(data, published), width)) + 0.05


def rows_height(data: pd.DataFrame) -> float:
    """Inches the rows of a timeline take."""
    return ROW_HEIGHT * max(1, int(data["row"].max() + 1) if data["row"].notna().any() else 1) + 0.1


def plot_timeline(
    table: pd.DataFrame,
    published: datetime | None,
    title: str = "",
    ax=None,
    time_known: bool | None = None,
    max_rows: int = MAX_ROWS,
):
    """Timeline figure: a row per dated expression in time order, a dot for a day or moment and a bar for a period on
    a time axis in linear pieces, publication dashed, the rest counted in a note. Returns (fig, data).

    With `ax`, draws within its area of a larger figure (labels included; the caller leaves `footer_height` inches
    under it for ticks, legend and note) and leaves the layout to the caller."""
    data = plot_data(table, published, time_known, max_rows)
    dated = data[data["drawn_as"] != "off calendar"]
    publication = publication_moment(published, time_known)
    n_rows = int(dated["row"].max()) + 1 if len(dated) else 0
    own = ax is None
    if own:
        fig, ax, _ = figure_or_axes(None, height=1.0)
        width = fig.get_figwidth()
        inner = width - 2 * EDGE
        footer = footer_height(data, published, inner)
        fig.set_size_inches(width, TITLE_ROOM + rows_height(data) + footer)
        area = (EDGE, footer, inner, rows_height(data))
        ax.remove()  # the pieces take its place
    else:
        fig = ax.figure
        box, (w, h) = ax.get_position(), fig.get_size_inches()
        area = (box.x0 * w, box.y0 * h, box.width * w, box.height * h)
        ax.set_axis_off()  # the pieces take its place
    labels = dated.drop_duplicates("row")["tick_label"].tolist()
    label_room = text_width(fig, labels, LABEL_SIZE) + 0.1 if labels else 0.0
    intervals = [
        (datetime.fromisoformat(a), datetime.fromisoformat(b)) for a, b in zip(dated["drawn_start"], dated["drawn_end"])
    ]
    if publication is not None and intervals:
        intervals.append((publication, publication))
    parts = pieces(intervals) if intervals else [Piece(datetime(2000, 1, 1), datetime(2000, 1, 2), 1.0)]
    axes = piece_axes(fig, (area[0] + label_room, area[1], area[2] - label_room, area[3]), parts)
    for piece_ax, part in zip(axes, parts):
        _draw_rows(piece_ax, dated, publication, part)
        piece_ax.set_ylim(max(n_rows, 1) - 0.5, -0.5)
        piece_ax.set_yticks(range(n_rows), labels if piece_ax is axes[0] else [""] * n_rows)
        piece_ax.grid(axis="y", color="#E8E8E8", linewidth=0.6)
        piece_ax.set_axisbelow(True)
    axes[0].tick_params(axis="y", labelsize=LABEL_SIZE)
    if dated.empty:
        axes[0].text(0.5, 0.5, "no expression placed on the calendar", transform=axes[0].transAxes, ha="center")
        axes[0].set_xticks([])
    else:
        set_date_ticks(axes, parts)
        thin_date_ticks(axes)
    _footer(fig, area, data, published, publication)
    if own:
        known = publication == published
        stamp = f" · published {published:%Y-%m-%d}{f' {published:%H:%M}' if known else ''}" if published else ""
        stamp = stamp or " · publication date unknown"
        head, _, sub = (title or "Timeline of the events the article mentions").partition("\n")
        set_title(axes[0], f"{head}\n{sub}" if sub else head + stamp, figure_left=True)
    return fig, data


def _draw_rows(ax, dated: pd.DataFrame, publication: datetime | None, part: Piece) -> None:
    """Draw every dated row into one piece (what falls outside its times is clipped away)."""
    fig = ax.figure
    per_inch = (part.end - part.start) / max(ax.get_position().width * fig.get_figwidth(), 0.1)
    for r in dated.itertuples():
        start, end = datetime.fromisoformat(r.drawn_start), datetime.fromisoformat(r.drawn_end)
        if r.drawn_as == "span":
            widen = max((per_inch * MIN_SPAN - (end - start)) / 2, timedelta(0))
            ax.plot([start - widen, end + widen], [r.row, r.row], color=COLOURS["span"], lw=5, solid_capstyle="butt")
        elif part.start <= start <= part.end:  # a point only in its own piece, never cut in half at a break
            ax.plot([start], [r.row], "o", color=COLOURS["point"], ms=4.5, zorder=3)
    if publication is not None and part.start <= publication <= part.end:
        ax.axvline(publication, color=COLOURS["publication"], lw=1.1, ls="--", zorder=2)


def _footer(fig, area, data: pd.DataFrame, published: datetime | None, publication: datetime | None) -> None:
    """The legend and the note under the axis, from the left edge of `area` (inches)."""
    w, h = fig.get_size_inches()
    left, bottom, width, _ = area
    kinds = set(data["drawn_as"])
    handles = [
        Line2D([], [], marker="o", ls="none", color=COLOURS["point"], ms=4.5, label="a day or a moment"),
        Line2D([], [], color=COLOURS["span"], lw=5, label="a period"),
    ]
    handles = [h for h, kind in zip(handles, ("point", "span")) if kind in kinds]  # what is drawn, only
    if publication is not None and handles:
        when = f"{published:%d %b %Y}" + (f" {published:%H:%M}" if publication == published else "")
        handles.append(Line2D([], [], color=COLOURS["publication"], ls="--", label=f"publication, {when.lstrip('0')}"))
    top = bottom - TICKS_ROOM
    if handles:
        fig.legend(
            handles=handles,
            loc="upper left",
            bbox_to_anchor=(left / w, top / h),
            ncols=len(handles),
            fontsize=NOTE_SIZE + 0.5,
            handlelength=1.6,
            borderaxespad=0,
            borderpad=0.2,
            frameon=False,
        )
    lines = note_lines(timeline_note(data, published), width)
    if lines:
        fig.text(left / w, (top - LEGEND_ROOM) / h, "\n".join(lines), fontsize=NOTE_SIZE, va="top", color="#444444")
