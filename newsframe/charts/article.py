"""The figure of notebook 01 (load the article): words per paragraph in reading order."""

from __future__ import annotations

import pandas as pd

from .sentiment import paragraph_labels, thin_row_labels
from .style import PALETTE, figure_or_axes, finish_figure, set_title, whole_number_ticks


def plot_paragraph_words(paragraphs: pd.DataFrame, title: str = "", ax=None, numbered: bool = False):
    """Horizontal bars of words per paragraph in reading order (length = words), labelled with first words (only
    numbers with `numbered`) and the count; returns (fig, data).

    With `ax`, draws into that axes of a larger figure (and leaves its layout to the caller)."""
    data = paragraphs[["paragraph", "words"]].copy()
    data["tick_label"] = paragraph_labels(paragraphs, 38, numbered=numbered)
    fig, ax, own = figure_or_axes(ax, height=max(2.5, 0.24 * len(data) + 1.3))
    ax.barh(range(len(data)), data["words"], color=PALETTE["blue"])
    ax.set_yticks(range(len(data)), data["tick_label"])
    ax.invert_yaxis()
    ax.set_xlabel("words")
    set_title(ax, title or "Words per paragraph", own)
    step = thin_row_labels(ax, len(data)) if numbered else 1
    if step == 1:  # the counts, when the rows are high enough for them
        for y, w in enumerate(data["words"]):
            ax.text(w, y, f" {w}", va="center", fontsize=6.5 if numbered else 7)
    ax.margins(x=0.12)
    whole_number_ticks(ax.xaxis)
    finish_figure(fig, own)
    return fig, data
