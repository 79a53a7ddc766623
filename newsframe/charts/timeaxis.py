"""A time axis in linear pieces with marked breaks, shared by the timeline of one article (notebook 04) and of a
corpus (notebook 07).

An article can name a day, last week and the 1920s in one paragraph. On one linear axis the century squeezes the week
into a dot; on a log scale nothing reads as what it is. Here the time range is cut at its widest empty stretches
into at most MAX_PIECES pieces, each a plain linear axis with its own date ticks, drawn side by side with break marks
(//) between them: within a piece distances are true, and a reader sees where time was skipped. The piece where most
happens is the widest; of two pieces showing as much, the one covering more time.

A period that is only a period (June 2019, with nothing else inside it) is never cut; one that holds other dates
(“over the past decade”) may be, and is then drawn across the break.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

# Two stretches of time stay in one piece when the time between them is at most NEAR, or at most the shorter of the
# two; pieces beyond MAX_PIECES are joined where that squeezes the fewest times into the widest range.
NEAR = timedelta(days=30)
MAX_PIECES = 4
# A break is taken out again when the time it skips is under BREAK_SHARE of the two pieces' range together, unless
# one of them is a cluster (at least CLUSTER_TIMES times) that would shrink to under CLUSTER_SHARE of that range.
BREAK_SHARE = 0.2
CLUSTER_TIMES = 3
CLUSTER_SHARE = 0.25
# Room around the drawn times of a piece: a share of its range, at least PAD_MIN.
PAD_SHARE = 0.06
PAD_MIN = timedelta(days=1)
# Inches between two pieces, and the least share of the width a piece gets.
PIECE_GAP = 0.16
MIN_SHARE = 0.2
# Inches a tick label needs by its format (years, months, days), to choose how many ticks a piece gets; no tick
# stands closer than TICK_EDGE inches to a break (where it would meet the next piece's first tick) or to the right
# end of the axis (where its label would stick out).
TICK_ROOM = {"%Y": 0.4, "%b %Y": 0.62, "%d %b": 0.36}
TICK_EDGE = 0.15
# Inches a day needs for its midnight to be marked (small unlabelled ticks) in a piece ticked by day.
MIDNIGHT_ROOM = 0.12
TICK_SIZE = 6.5


@dataclass
class Piece:
    """One linear piece of the axis: the times it shows (start, end, padded), its share of the width, and the first
    and last of the times drawn in it (unpadded; None when not known)."""

    start: datetime
    end: datetime
    share: float = 0.0
    first: datetime | None = None
    last: datetime | None = None


def _blocks(intervals: list[tuple[datetime, datetime]]) -> list[tuple[datetime, datetime]]:
    """The stretches that must stay in one piece, in time order: a period with no other time inside it stays whole;
    a period holding other times gives only its two ends; overlapping stretches merge."""
    moments = [t for interval in intervals for t in interval]
    blocks = []
    for start, end in intervals:
        if start == end or not any(start < t < end for t in moments):
            blocks.append((start, end))
        else:
            blocks += [(start, start), (end, end)]
    merged: list[list[datetime]] = []
    for start, end in sorted(blocks):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(a, b) for a, b in merged]


@dataclass
class _Cluster:
    """Stretches of time kept together: first and last time, and how many stretches."""

    start: datetime
    end: datetime
    count: int

    def join(self, other: _Cluster) -> _Cluster:
        return _Cluster(self.start, other.end, self.count + other.count)


def _clusters(intervals: list[tuple[datetime, datetime]], max_pieces: int) -> list[_Cluster]:
    """Group the stretches of `intervals` into at most `max_pieces` clusters, in three passes: join neighbours that
    are near; while too many, join the pair that squeezes the fewest times into the widest range; then take out
    the breaks that skip little time and keep no cluster readable."""
    groups = [_Cluster(a, b, 1) for a, b in _blocks(intervals)]

    def join_at(i: int) -> None:
        groups[i : i + 2] = [groups[i].join(groups[i + 1])]

    def gap(i: int) -> timedelta:
        return groups[i + 1].start - groups[i].end

    while True:  # near neighbours
        near = [
            i for i in range(len(groups) - 1) if gap(i) <= max(NEAR, min(g.end - g.start for g in groups[i : i + 2]))
        ]
        if not near:
            break
        join_at(min(near, key=gap))
    while len(groups) > max_pieces:  # too many pieces
        join_at(
            min(
                range(len(groups) - 1),
                key=lambda i: (groups[i + 1].end - groups[i].start) * (groups[i].count + groups[i + 1].count),
            )
        )

    def needless(i: int) -> bool:
        whole = groups[i + 1].end - groups[i].start
        cluster = any(g.count >= CLUSTER_TIMES and g.end - g.start < CLUSTER_SHARE * whole for g in groups[i : i + 2])
        return gap(i) < BREAK_SHARE * whole and not cluster

    while needless_breaks := [i for i in range(len(groups) - 1) if needless(i)]:
        join_at(min(needless_breaks, key=lambda i: gap(i) / (groups[i + 1].end - groups[i].start)))
    return groups


def pieces(intervals: list[tuple[datetime, datetime]], max_pieces: int = MAX_PIECES) -> list[Piece]:
    """The linear pieces of an axis showing `intervals` ((start, end) pairs; a moment has start == end): clusters of
    times (`_clusters`), each padded and given its share of the width: the number of stretches it shows times the
    fourth root of the days it covers (at least MIN_SHARE), so the piece where most happens is the widest, and of
    two pieces showing as much, the one covering more time."""
    clusters = _clusters(intervals, max_pieces) if intervals else []
    out, weights = [], []
    for group in clusters:
        pad = max((group.end - group.start) * PAD_SHARE, PAD_MIN)
        out.append(Piece(group.start - pad, group.end + pad, first=group.start, last=group.end))
        weights.append(group.count * ((out[-1].end - out[-1].start).total_seconds() / 86400) ** 0.25)
    shares = [w / sum(weights) for w in weights]
    shares = [max(s, MIN_SHARE) for s in shares] if len(out) > 1 else shares
    for piece, share in zip(out, shares):
        piece.share = share / sum(shares)
    return out


def piece_axes(fig, rect: tuple[float, float, float, float], parts: list[Piece]) -> list:
    """One axes per piece, side by side within `rect` (left, bottom, width, height in inches), PIECE_GAP apart,
    with the same rows (set each one's y limits alike); their bottom spines broken by // marks where time is
    skipped."""
    left, bottom, width, height = rect
    fig_w, fig_h = fig.get_size_inches()
    room = width - PIECE_GAP * (len(parts) - 1)
    axes, x = [], left
    for k, part in enumerate(parts):
        w = room * part.share
        ax = fig.add_axes((x / fig_w, bottom / fig_h, w / fig_w, height / fig_h))
        ax.set_xlim(part.start, part.end)
        for side in ("left", "right", "top"):
            ax.spines[side].set_visible(False)
        ax.tick_params(axis="y", length=0, labelleft=k == 0)
        axes.append(ax)
        x += w + PIECE_GAP
    marks = {"marker": [(-1, -1.6), (1, 1.6)], "markersize": 7, "linestyle": "none", "color": "black", "mew": 0.9}
    for a, b in zip(axes, axes[1:]):
        a.plot([1], [0], transform=a.transAxes, clip_on=False, **marks)
        b.plot([0], [0], transform=b.transAxes, clip_on=False, **marks)
    return axes


def tick_format(part: Piece) -> str:
    """The strftime format of a piece's ticks by the time it shows: years, months or days."""
    days = (part.end - part.start).days
    return "%Y" if days >= 330 else "%b %Y" if days >= 60 else "%d %b"


# Steps between ticks, in the piece's unit (years, months or days), the smallest that fits.
TICK_STEPS = {"%Y": (1, 2, 5, 10, 20, 25, 50, 100), "%b %Y": (1, 2, 3, 6, 12), "%d %b": (1, 2, 5, 7, 14)}


def _day_holds(noon: datetime, first: datetime, last: datetime) -> bool:
    """Whether the day of `noon` holds any time from `first` to `last` (a day runs from its midnight to the next)."""
    start = noon - timedelta(hours=12)
    return start <= last and start + timedelta(days=1) > first


def tick_times(part: Piece, most: int, margins: tuple[timedelta, timedelta] = (timedelta(0), timedelta(0))) -> list:
    """At most `most` round times (first days of years, of months, or noons of days), evenly stepped, inside a piece and
    at least `margins` (before, after) from its ends; in a piece too narrow for that, the one nearest its middle."""
    fmt = tick_format(part)
    if fmt == "%Y":
        times = [datetime(y, 1, 1) for y in range(part.start.year, part.end.year + 1)]
        key = [t.year for t in times]
    elif fmt == "%b %Y":
        months = range(part.start.year * 12 + part.start.month - 1, part.end.year * 12 + part.end.month)
        times = [datetime(m // 12, m % 12 + 1, 1) for m in months]
        key = [t.month - 1 for t in times]
    else:  # a day's tick stands at its noon, where its dots are drawn, so every moment of a day is nearest its tick
        first = datetime.combine(part.start.date(), datetime.min.time())
        times = [first + timedelta(days=k, hours=12) for k in range((part.end - first).days + 1)]
        key = list(range(len(times)))
        if part.first is not None and part.last is not None:  # no tick for a day of padding alone
            drawn = [(t, k) for t, k in zip(times, key) if _day_holds(t, part.first, part.last)]
            if drawn:  # stepped from the first day drawn: a month runs 1, 15, 29 June
                times, key = [t for t, _ in drawn], list(range(len(drawn)))
    inside = [(t, k) for t, k in zip(times, key) if part.start + margins[0] <= t <= part.end - margins[1]]
    if (
        not inside
    ):  # a narrow piece: its one round time nearest the middle (by day: the middle's own day), margins or not
        middle = part.start + (part.end - part.start) / 2
        if fmt == "%d %b":  # a middle at midnight (a period's first day) is its day's, not the day before's
            middle = datetime.combine(middle.date(), datetime.min.time()) + timedelta(hours=12)
        inside = sorted(
            ((t, k) for t, k in zip(times, key) if part.start <= t <= part.end), key=lambda tk: abs(tk[0] - middle)
        )[:1]
    for step in TICK_STEPS[fmt]:
        chosen = [t for t, k in inside if k % step == 0] or [t for t, _ in inside[:1]]
        if len(chosen) <= max(most, 1):
            return chosen
    return chosen


def set_date_ticks(axes: list, parts: list[Piece]) -> None:
    """Date ticks on each piece, as many as its width holds, none next to a break; a piece ticked by day has its
    ticks at the days' noons (small unlabelled ticks mark midnight) and shows its year under the first tick. Ticks
    whose labels would still touch are thinned by `thin_date_ticks`."""
    fig = axes[0].figure
    for k, (ax, part) in enumerate(zip(axes, parts)):
        width = ax.get_position().width * fig.get_figwidth()
        fmt = tick_format(part)
        edge = (part.end - part.start) * (TICK_EDGE / width)
        margins = (edge if k > 0 else timedelta(0), edge)  # the first piece's ticks may reach into the label column
        times = tick_times(part, int(width / TICK_ROOM[fmt]), margins)
        labels = [t.strftime(fmt).lstrip("0") for t in times]
        if fmt == "%d %b" and times:  # the year once, under the first day
            labels[0] += f"\n{times[0]:%Y}"
        ax.set_xticks(times, labels, fontsize=TICK_SIZE)
        ax.tick_params(axis="x", length=3, pad=2)
        first = datetime.combine(part.start.date(), datetime.min.time())
        edges = [first + timedelta(days=k) for k in range((part.end - first).days + 1)]
        edges = [t for t in edges if part.start <= t <= part.end]
        if fmt == "%d %b" and len(edges) <= width / MIDNIGHT_ROOM:  # the days' edges, between the days' ticks
            ax.set_xticks(edges, minor=True)
            ax.tick_params(axis="x", which="minor", length=1.5, width=0.5)


def _shown(ax) -> list:
    """The tick labels of an axes that are drawn."""
    return [t for t in ax.get_xticklabels() if t.get_visible() and t.get_text()]


def thin_date_ticks(axes: list) -> None:
    """Hide tick labels until no two on the axis touch: every other one within a crowded piece; where two pieces
    meet, the last label of the left piece (or the first of the right one when the left has only one)."""
    fig = axes[0].figure
    for _ in range(12):
        fig.canvas.draw()
        renderer = fig.canvas.get_renderer()
        labels = [(ax, t) for ax in axes for t in _shown(ax)]
        boxes = [t.get_window_extent(renderer) for _, t in labels]
        clash = next((i for i in range(len(boxes) - 1) if boxes[i].x1 + 3 > boxes[i + 1].x0), None)
        if clash is None:
            return
        (left_ax, left), (right_ax, right) = labels[clash], labels[clash + 1]
        if left_ax is right_ax:
            for k, tick in enumerate(_shown(left_ax)):
                tick.set_visible(k % 2 == 0)
        elif len(_shown(left_ax)) > 1:
            left.set_visible(False)
        else:
            right.set_visible(False)
