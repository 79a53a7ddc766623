"""The figures of notebook 05 (who speaks): how many words of what was said each speaker has, split by kind of
statement, and the tone of what each says.

The tables they draw come from `newsframe.speakers` (`speakers_table`); this module only draws.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..entities import MIN_SHOWN
from ..sentiment import TONES
from ..speakers import QUOTE_KINDS
from .style import (
    QUOTE_KIND_COLOURS,
    TONE_COLOURS,
    figure_or_axes,
    finish_figure,
    legend_below,
    patches,
    set_title,
    shorten_name,
    whole_number_ticks,
)

# Speakers shown in a chart (the table holds them all), and the characters of a speaker's name on the axis.
TOP_SPEAKERS = 15
SPEAKER_LABEL_WIDTH = 28
NO_SPEAKERS = "No statement is attributed to anyone"
# The legend's words for each kind of statement.
KIND_LABELS = {
    "direct": "direct quotation",
    "partial": "partial (quoted words in reported speech)",
    "reported": "reported (no quotation marks)",
}
# Room after the longest bar for its label, as a share of that bar's length.
LABEL_ROOM = 0.45
COMPACT_LABEL_ROOM = 0.15


def _statements(n: int) -> str:
    """'1 statement', '3 statements'."""
    return f"{n} statement{'' if n == 1 else 's'}"


def _empty(ax) -> None:
    """Say on the axes that there is nothing to plot."""
    ax.text(0.5, 0.5, NO_SPEAKERS, transform=ax.transAxes, ha="center", va="center")
    ax.set_yticks([])
    ax.set_xticks([])


def _stacked(ax, data: pd.DataFrame, columns: dict[str, str], labels: dict[str, str], names: list[str]) -> None:
    """Horizontal bars stacked from `columns` (column -> colour), one row per speaker, top down, with `labels`
    (column -> legend text)."""
    y = np.arange(len(data))
    start = np.zeros(len(data))
    for column, colour in columns.items():
        values = data[column].to_numpy(dtype=float)
        ax.barh(y, values, left=start, color=colour, label=labels[column])
        start += values
    ax.set_yticks(y, names)
    ax.set_ylim(max(len(data), 2) - 0.5, -0.5)  # top down; a lone speaker's bar no thicker than the others'


def speaker_words_data(speakers: pd.DataFrame, n: int = TOP_SPEAKERS) -> pd.DataFrame:
    """The rows the words chart plots: the `n` speakers with the most words of what was said, most first (never
    cutting a run of speakers who say as much, unless fewer than MIN_SHOWN would be left): speaker, speaker_kind,
    statements, words, words_direct, words_partial, words_reported."""
    columns = ["speaker", "speaker_kind", "statements", "words", *(f"words_{k}" for k in QUOTE_KINDS)]
    ranked = speakers.sort_values(["words", "statements"], ascending=False, kind="stable")
    table = ranked[columns].head(n)
    if len(ranked) > n and ranked["words"].iloc[n] == table["words"].iloc[-1]:
        # a cut inside a run of speakers who say as much would pick among them by the number of their statements
        # or their order; the run is left out instead, as `top_entities` leaves out a run of names
        untied = table[table["words"] > table["words"].iloc[-1]]
        if len(untied) >= MIN_SHOWN:
            table = untied
    return table.reset_index(drop=True)


def plot_speaker_words(
    speakers: pd.DataFrame,
    n: int = TOP_SPEAKERS,
    title: str = "",
    ax=None,
    label_chars: int = SPEAKER_LABEL_WIDTH,
    compact: bool = False,
):
    """Horizontal bars of the words of what each speaker said (length = words), split by kind of statement (colour:
    direct, partial, reported), each labelled with its number of statements; returns (fig, data).

    With `ax`, draws into that axes of a larger figure (and leaves its layout to the caller); `compact` (a narrow
    panel) writes the number of statements alone at the bar's end and says so under the axis."""
    data = speaker_words_data(speakers, n)
    fig, ax, own = figure_or_axes(ax, height=max(2.2, 0.26 * len(data) + 1.9))
    set_title(ax, title or "Who speaks, and how much", own)
    if data.empty:
        _empty(ax)
        finish_figure(fig, own)
        return fig, data
    columns = {f"words_{k}": QUOTE_KIND_COLOURS[k] for k in QUOTE_KINDS}
    labels = {f"words_{k}": KIND_LABELS[k] for k in QUOTE_KINDS}
    _stacked(ax, data, columns, labels, [shorten_name(s, label_chars) for s in data["speaker"]])
    for y, (words, statements) in enumerate(zip(data["words"], data["statements"])):
        ax.text(words, y, f" {statements if compact else _statements(statements)}", va="center", fontsize=7)
    ax.set_xlim(0, max(int(data["words"].max()), 1) * (1 + (COMPACT_LABEL_ROOM if compact else LABEL_ROOM)))
    whole_number_ticks(ax.xaxis)
    hidden = len(speakers) - len(data)
    label = "words of what was said" + ("\n(statements at the bar's end)" if compact else "")
    ax.set_xlabel(label + (f"; {hidden} more speakers in the table" if hidden and not compact else ""))
    shown = [k for k in QUOTE_KINDS if data[f"words_{k}"].sum() > 0]
    legend_below(ax, patches({(k if compact else KIND_LABELS[k]): QUOTE_KIND_COLOURS[k] for k in shown}))
    finish_figure(fig, own)
    return fig, data


def speaker_tone_data(speakers: pd.DataFrame, n: int = TOP_SPEAKERS) -> pd.DataFrame:
    """The rows the tone chart plots: the `n` speakers with the most statements, most first (as in the speakers
    table): speaker, statements, negative, neutral, positive, tone."""
    return speakers[["speaker", "statements", *TONES, "tone"]].head(n).reset_index(drop=True)


def plot_speaker_tone(
    speakers: pd.DataFrame, n: int = TOP_SPEAKERS, title: str = "", ax=None, label_chars: int = SPEAKER_LABEL_WIDTH
):
    """Horizontal bars of each speaker's statements (length = statements), split by the tone of what was said
    (colour: negative, neutral, positive); returns (fig, data). With `ax`, draws into that axes."""
    data = speaker_tone_data(speakers, n)
    fig, ax, own = figure_or_axes(ax, height=max(2.2, 0.26 * len(data) + 1.9))
    set_title(ax, title or "The tone of what each speaker says", own)
    if data.empty:
        _empty(ax)
        finish_figure(fig, own)
        return fig, data
    _stacked(
        ax,
        data,
        {t: TONE_COLOURS[t] for t in TONES},
        {t: t for t in TONES},
        [shorten_name(s, label_chars) for s in data["speaker"]],
    )
    top = int(data["statements"].max())
    ax.set_xlim(0, top * 1.05)
    ax.set_xticks(range(0, top + 1, max(1, -(-top // 6))))
    hidden = len(speakers) - len(data)
    ax.set_xlabel(
        "statements, by the tone label of what was said" + (f"; {hidden} more in the table" if hidden else "")
    )
    shown = [t for t in TONES if data[t].sum() > 0]
    legend_below(ax, patches({t: TONE_COLOURS[t] for t in shown}))
    finish_figure(fig, own)
    return fig, data
