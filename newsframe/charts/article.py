"""The figure of notebook 01 (load the article): words per paragraph in reading order."""

from __future__ import annotations

import pandas as pd

from .style import PALETTE, figure_or_axes, finish_figure, set_title, shorten


def plot_paragraph_words(paragraphs: pd.DataFrame, title: str = "", ax=None):
    """Horizontal bars of words per paragraph in reading order, labelled with first words; returns (fig, data).

    With `ax`, draws into that axes of a larger figure (and leaves its layout to the caller)."""
    data = paragraphs[["paragraph", "words"]].copy()
    data["tick_label"] = [
        f"{n}. {shorten(t, 38)}" if n else f"Headline: {shorten(t, 30)}"
        for n, t in zip(paragraphs["paragraph"], paragraphs["text"])
    ]
    fig, ax, own = figure_or_axes(ax, height=max(2.5, 0.24 * len(data) + 1.3))
    colours = [PALETTE["orange"] if n == 0 else PALETTE["blue"] for n in data["paragraph"]]
    ax.barh(range(len(data)), data["words"], color=colours)
    ax.set_yticks(range(len(data)), data["tick_label"])
    ax.invert_yaxis()
    ax.set_xlabel("words")
    set_title(ax, title or "Words per paragraph", own)
    for y, w in enumerate(data["words"]):
        ax.text(w, y, f" {w}", va="center", fontsize=7)
    ax.margins(x=0.08)
    finish_figure(fig, own)
    return fig, data
