"""One figure style for the project, and `save_figure`, which writes every figure the same way.

A figure is saved as PNG (for reading), SVG and PDF (for reports) and the exact data it plots as CSV, all under
figures/<article_id>/, named after the notebook that draws it (`01-paragraph-words`).
"""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg") if not matplotlib.get_backend().lower().startswith(("module://", "nbagg", "ipympl")) else None
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

from . import config  # noqa: E402
from .io import atomic_path, write_csv  # noqa: E402

# Okabe–Ito: a palette that colour-blind readers tell apart; each role keeps its colour in every notebook.
PALETTE = {
    "blue": "#0072B2",
    "orange": "#E69F00",
    "green": "#009E73",
    "vermillion": "#D55E00",
    "sky": "#56B4E9",
    "purple": "#CC79A7",
    "yellow": "#F0E442",
    "grey": "#7F7F7F",
    "black": "#000000",
}
# Colours with a meaning, used the same way everywhere.
ROLE_COLOURS = {
    "PERSON": PALETTE["blue"],
    "GPE": PALETTE["green"],
    "LOC": PALETTE["green"],
    "ORG": PALETTE["orange"],
    "NORP": PALETTE["purple"],
    "OTHER": PALETTE["grey"],
    "positive": PALETTE["blue"],
    "negative": PALETTE["vermillion"],
    "neutral": PALETTE["grey"],
}
# One report column (6.5 in) wide; formats and resolution set once here.
FIGURE_WIDTH = 6.5
FIGURE_SIZE = (FIGURE_WIDTH, 4.0)
DPI = 200
FORMATS = ("png", "svg", "pdf")

STYLE = {
    "figure.figsize": FIGURE_SIZE,
    "figure.dpi": 100,
    "savefig.dpi": DPI,
    "savefig.bbox": "tight",
    "font.size": 9,
    "axes.titlesize": 10,
    "axes.titleweight": "bold",
    "axes.labelsize": 9,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.prop_cycle": matplotlib.cycler(color=list(PALETTE.values())),
    "legend.frameon": False,
    "svg.hashsalt": "newsframe",  # stable element ids, so an unchanged figure gives an unchanged SVG
    "svg.fonttype": "none",
    "pdf.fonttype": 42,
}
# Metadata that would make every save differ from the last.
STABLE_METADATA = {"svg": {"Date": None}, "pdf": {"CreationDate": None, "ModDate": None}, "png": {}}


def use_style() -> None:
    """Apply the project's figure style to matplotlib."""
    plt.rcParams.update(STYLE)


def new_figure(height: float = FIGURE_SIZE[1], width: float = FIGURE_WIDTH, **kwargs):
    """A styled figure and axes of the given size in inches (one report column wide by default)."""
    use_style()
    return plt.subplots(figsize=(width, height), **kwargs)


def shorten(text: str, width: int = 40) -> str:
    """`text` on one line, cut at a word boundary to at most `width` characters with an ellipsis."""
    text = " ".join(str(text).split())
    if len(text) <= width:
        return text
    cut = text[: width - 1].rsplit(" ", 1)[0] if " " in text[: width - 1] else text[: width - 1]
    return cut.rstrip(",;:.") + "…"


def save_figure(fig, name: str, data: pd.DataFrame, article_id: str, formats: tuple[str, ...] = FORMATS) -> dict[str, Path]:
    """Write `fig` as figures/<article_id>/<name>.png/.svg/.pdf and `data` as <name>.csv; return the paths."""
    folder = config.figures_dir(article_id)
    paths = {}
    for fmt in formats:
        path = folder / f"{name}.{fmt}"
        with atomic_path(path) as tmp:
            fig.savefig(tmp, format=fmt, metadata=STABLE_METADATA.get(fmt, {}))
        paths[fmt] = path
    paths["csv"] = write_csv(folder / f"{name}.csv", data)
    return paths


def plot_paragraph_words(paragraphs: pd.DataFrame, title: str = ""):
    """Horizontal bars of words per paragraph in reading order, labelled with first words; returns (fig, data)."""
    data = paragraphs[["paragraph", "words"]].copy()
    data["label"] = [f"{n}. {shorten(t, 38)}" if n else f"Headline: {shorten(t, 30)}" for n, t in zip(paragraphs["paragraph"], paragraphs["text"])]
    fig, ax = new_figure(height=max(2.5, 0.24 * len(data) + 1.0))
    colours = [PALETTE["orange"] if n == 0 else PALETTE["blue"] for n in data["paragraph"]]
    ax.barh(range(len(data)), data["words"], color=colours)
    ax.set_yticks(range(len(data)), data["label"])
    ax.invert_yaxis()
    ax.set_xlabel("words")
    ax.set_title(title or "Words per paragraph", loc="left")
    for y, w in enumerate(data["words"]):
        ax.text(w, y, f" {w}", va="center", fontsize=7)
    ax.margins(x=0.08)
    fig.tight_layout()
    return fig, data
