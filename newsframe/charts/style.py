"""One figure style for the project, and `save_figure`, which writes every figure the same way.

A figure is saved as PNG (for reading) and SVG (for reports), PDF too when NEWSFRAME_FIGURE_FORMATS asks for it, and
the exact data it plots as CSV, all under figures/<article_id>/, named after the notebook that draws it
(`01-paragraph-words`).
"""

from __future__ import annotations

import io
from pathlib import Path

import matplotlib

# Outside a notebook, draw off screen: the command line and tests only save figures.
if not matplotlib.get_backend().lower().startswith(("module://", "nbagg", "ipympl")):
    matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import matplotlib.text  # noqa: E402
import pandas as pd  # noqa: E402
from matplotlib.transforms import blended_transform_factory  # noqa: E402
from PIL import Image as PILImage  # noqa: E402  (matplotlib loads Pillow anyway)

from .. import config  # noqa: E402
from ..io import atomic_path, write_csv  # noqa: E402

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
# zlib level 3 compresses the figures' PNGs as small as the default level 6 does, in two thirds of the time.
PNG_COMPRESSION = 3


def use_style() -> None:
    """Apply the project's figure style to matplotlib."""
    plt.rcParams.update(STYLE)


def new_figure(height: float = FIGURE_SIZE[1], width: float = FIGURE_WIDTH, **kwargs):
    """A styled figure and axes of the given size in inches (one report column wide by default)."""
    use_style()
    return plt.subplots(figsize=(width, height), **kwargs)


def figure_or_axes(ax=None, height: float = FIGURE_SIZE[1], **kwargs):
    """(fig, ax, own): a new styled figure when `ax` is None (own=True), else `ax` and its figure (own=False)."""
    if ax is None:
        fig, ax = new_figure(height=height, **kwargs)
        return fig, ax, True
    return ax.figure, ax, False


def finish_figure(fig, own: bool) -> None:
    """Lay out a figure the chart drew on its own; leave a shared (multi-panel) figure to its owner."""
    if own:
        fig.tight_layout()


# Characters of the headline kept in a figure's subtitle: one line at one report column in the subtitle's size.
SUBTITLE_WIDTH = 80
SUBTITLE_SIZE = 7.5


def figure_title(what: str, article) -> str:
    """A chart title naming the article: 'what' on the first line, the shortened headline (or id) and date below."""
    name = (
        f"“{shorten(article.title, SUBTITLE_WIDTH - 20)}”"
        if getattr(article, "title", None)
        else f"article {article.id} (no headline)"
    )
    published = getattr(article, "published", None)
    when = (
        published.strftime("%Y-%m-%d %H:%M" if getattr(article, "time_known", False) else "%Y-%m-%d")
        if published
        else "date unknown"
    )
    return f"{what}\n{shorten(name, SUBTITLE_WIDTH - 14)} · {when}"


# Where a chart that owns its figure starts its title: at the figure's left edge (a fraction of its width), so a
# long title is not pushed off the canvas by long y-axis labels.
TITLE_X = 0.012


def set_title(ax, title: str, figure_left: bool = False) -> None:
    """A bold left-aligned title; a second line (after a newline) becomes a smaller, plain subtitle under it.

    With `figure_left` the title starts at the figure's left edge instead of the axes' (for one-chart figures)."""
    head, _, sub = title.partition("\n")
    sub = " ".join(sub.split())
    rise = SUBTITLE_SIZE + 9 if sub else 6
    if not figure_left:
        if sub:
            ax.annotate(
                sub,
                xy=(0, 1),
                xycoords="axes fraction",
                xytext=(0, 5),
                textcoords="offset points",
                va="bottom",
                ha="left",
                fontsize=SUBTITLE_SIZE,
                color="#444444",
                annotation_clip=False,
            )
        ax.set_title(head, loc="left", pad=rise)
        return
    anchor = blended_transform_factory(ax.figure.transFigure, ax.transAxes)
    if sub:
        ax.annotate(
            sub,
            xy=(TITLE_X, 1),
            xycoords=anchor,
            xytext=(0, 5),
            textcoords="offset points",
            va="bottom",
            ha="left",
            fontsize=SUBTITLE_SIZE,
            color="#444444",
            annotation_clip=False,
        )
    ax.annotate(
        head,
        xy=(TITLE_X, 1),
        xycoords=anchor,
        xytext=(0, rise),
        textcoords="offset points",
        va="bottom",
        ha="left",
        fontsize=STYLE["axes.titlesize"],
        fontweight=STYLE["axes.titleweight"],
        annotation_clip=False,
    )


def drawn_texts(fig) -> list:
    """The text artists a draw of `fig` shows: figure texts, titles, axis labels, tick labels inside the view,
    annotations and legend entries."""
    texts = list(fig.texts)
    for legend in fig.legends:
        texts += list(legend.get_texts()) + [legend.get_title()]
    for ax in fig.axes:
        texts += [c for c in ax.get_children() if isinstance(c, matplotlib.text.Text)]
        legend = ax.get_legend()
        if legend is not None:
            texts += list(legend.get_texts()) + [legend.get_title()]
        for axis in (ax.xaxis, ax.yaxis):
            low, high = sorted(axis.get_view_interval())
            slack = (high - low) * 1e-6
            for tick in axis.get_major_ticks() + axis.get_minor_ticks():
                if low - slack <= tick.get_loc() <= high + slack:
                    texts += [t for t in (tick.label1, tick.label2) if t.get_visible()]
            texts += [axis.label, axis.get_offset_text()]
    return [t for t in texts if t.get_visible() and t.get_text().strip()]


def texts_outside(fig, pad: float = 0.5) -> list[str]:
    """The drawn texts of `fig` that stick out of its canvas (an empty list when every label fits)."""
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    bounds = fig.bbox
    outside = []
    for text in drawn_texts(fig):
        box = text.get_window_extent(renderer)
        if box.x0 < bounds.x0 - pad or box.y0 < bounds.y0 - pad or box.x1 > bounds.x1 + pad or box.y1 > bounds.y1 + pad:
            outside.append(text.get_text())
    return outside


def shorten(text: str, width: int = 40) -> str:
    """`text` on one line, cut at a word boundary to at most `width` characters with an ellipsis."""
    text = " ".join(str(text).split())
    if len(text) <= width:
        return text
    cut = text[: width - 1].rsplit(" ", 1)[0] if " " in text[: width - 1] else text[: width - 1]
    return cut.rstrip(",;:.") + "…"


def tight_bbox(fig):
    """The area savefig's bbox_inches="tight" keeps, in inches: every drawn artist, padded by savefig.pad_inches.
    Worked out once for all of a figure's formats, where savefig would draw the figure once more for each. Like
    matplotlib's tight_layout, it measures without drawing (on every figure of the notebooks the box is the same
    as after a draw, and a draw costs as much as measuring)."""
    return fig.get_tightbbox(fig.canvas.get_renderer()).padded(matplotlib.rcParams["savefig.pad_inches"])


def save_figure(
    fig, name: str, data: pd.DataFrame, article_id: str, formats: tuple[str, ...] | None = None
) -> dict[str, Path]:
    """Write `fig` as figures/<article_id>/<name>.png and .svg (or `formats`, by default config.figure_formats())
    and `data` as <name>.csv; return the paths. In a notebook, the figure shown is the PNG saved (see show_saved)."""
    folder = config.figures_dir(article_id)
    bbox = tight_bbox(fig)
    fig.set_layout_engine(None)  # laid out already: no format needs another layout pass before it draws
    paths = {}
    for fmt in formats or config.figure_formats():
        path = folder / f"{name}.{fmt}"
        with atomic_path(path) as tmp:
            options = {"pil_kwargs": {"compress_level": PNG_COMPRESSION}} if fmt == "png" else {}
            fig.savefig(tmp, format=fmt, metadata=STABLE_METADATA.get(fmt, {}), bbox_inches=bbox, **options)
        paths[fmt] = path
    paths["csv"] = write_csv(folder / f"{name}.csv", data)
    show_saved(fig, paths.get("png"))
    return paths


def inline_backend() -> bool:
    """Whether figures are shown by a notebook kernel's inline backend (not the command line, nor a widget)."""
    return matplotlib.get_backend() in ("inline", "module://matplotlib_inline.backend_inline")


def show_saved(fig, png: Path | None) -> None:
    """In a notebook, show `fig` as the PNG file it was saved to, scaled to the figure's screen resolution, and close
    it, so that the inline backend does not draw it once more at the end of the cell. Elsewhere, nothing."""
    if png is None or not inline_backend():
        return
    # Imported here: IPython adds 0.5-0.7 s to every command-line run and test session (measured on top of
    # matplotlib and pandas), and only a notebook kernel, where it is loaded already, needs it.
    from IPython import get_ipython
    from IPython.display import Image, display

    if get_ipython() is None:
        return
    factor = max(1, round(DPI / fig.dpi))
    with PILImage.open(png) as saved:
        shown, buffer = saved.reduce(factor) if factor > 1 else saved.copy(), io.BytesIO()
    shown.save(buffer, format="png", compress_level=PNG_COMPRESSION)
    display(Image(data=buffer.getvalue(), format="png"))
    plt.close(fig)
