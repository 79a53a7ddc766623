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
from matplotlib.patches import Patch, Rectangle  # noqa: E402
from matplotlib.ticker import MaxNLocator  # noqa: E402
from matplotlib.transforms import Bbox, ScaledTranslation, blended_transform_factory  # noqa: E402
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
# Colours with a meaning, used the same way everywhere: one colour per kind of entity (a person, a place, an
# organisation; every place type, GPE, LOC and FAC, is one "place"), and per tone.
KIND_COLOURS = {
    "person": PALETTE["blue"],
    "place": PALETTE["green"],
    "organisation": PALETTE["orange"],
    "other": PALETTE["grey"],
}
TONE_COLOURS = {"positive": PALETTE["blue"], "negative": PALETTE["vermillion"], "neutral": PALETTE["grey"]}
# The colour of a bar whose length is a signed score: the sign of that same score (zero in grey).
SIGN_COLOURS = {"positive": PALETTE["blue"], "negative": PALETTE["vermillion"], "zero": PALETTE["grey"]}
# The two word lists, wherever they stand side by side.
LEXICON_COLOURS = {"TextBlob": PALETTE["orange"], "VADER": PALETTE["sky"]}
# The kinds of statement (quotes.csv `kind`), from a speaker's own words to the reporter's: one hue, darkest for a
# direct quotation, lightest for reported speech (a hue no other role uses, so the ramp reads as one measure's kinds).
QUOTE_KIND_COLOURS = {"direct": "#7B3A6A", "partial": PALETTE["purple"], "reported": "#EBC5DC"}
# displaCy and the charts colour entity types the same way (NORP, nationalities and groups, in purple).
TYPE_COLOURS = {"PERSON": PALETTE["blue"], "GPE": PALETTE["green"], "LOC": PALETTE["green"], "FAC": PALETTE["green"]}
TYPE_COLOURS |= {"ORG": PALETTE["orange"], "NORP": PALETTE["purple"]}


def sign(value: float) -> str:
    """'positive', 'negative' or 'zero': the key of SIGN_COLOURS for a score."""
    return "positive" if value > 0 else "negative" if value < 0 else "zero"


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


# How far below the axes a legend sits, in inches: clear of the tick labels and the axis label.
LEGEND_DROP = 0.45
LEGEND_SIZE = 7
LEGEND_CHAR = 0.055  # inches a character of a legend label takes, about


def legend_below(ax, handles: list | None = None, title: str = "", drop: float = LEGEND_DROP) -> None:
    """A legend `drop` inches under the axes, below the x-axis label, so it never covers what is drawn: in one row,
    or one entry a row when the row would be wider than the axes."""
    anchor = ax.transAxes + ScaledTranslation(0, -drop, ax.figure.dpi_scale_trans)
    handles = handles or ax.get_legend_handles_labels()[0]
    labels = [h.get_label() for h in handles]
    wide = sum(0.4 + LEGEND_CHAR * len(label) for label in labels)  # inches: a key and its label per entry
    fits = wide <= ax.get_position().width * ax.figure.get_figwidth() + 0.4
    ax.legend(
        handles=handles,
        title=title or None,
        fontsize=LEGEND_SIZE,
        title_fontsize=LEGEND_SIZE,
        loc="upper center",
        ncols=len(handles) if fits else 1,
        bbox_to_anchor=(0.5, 0.0),
        bbox_transform=anchor,
    )


def whole_number_ticks(axis) -> None:
    """Ticks at whole numbers only on an axis of counts (mentions, words, statements): never '0.5 mentions'."""
    axis.set_major_locator(MaxNLocator(nbins="auto", steps=[1, 2, 2.5, 5, 10], integer=True))


def patches(colours: dict[str, str]) -> list:
    """Legend handles: one coloured patch per label."""
    return [Patch(color=colour, label=label) for label, colour in colours.items()]


def text_width(fig, texts: list[str], size: float) -> float:
    """Inches the widest of `texts` takes at type size `size` (0 for none)."""
    renderer = fig.canvas.get_renderer()
    widths = []
    for text in texts:
        artist = fig.text(0, 0, text, fontsize=size)
        widths.append(artist.get_window_extent(renderer).width / fig.dpi)
        artist.remove()
    return max(widths, default=0.0)


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
    return layout_problems(fig, pad)["outside"]


def _boxes(fig) -> list[tuple[str, Bbox]]:
    """(text, display box) of every drawn text of `fig`, after a draw."""
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    return [(t.get_text(), t.get_window_extent(renderer)) for t in drawn_texts(fig)]


def _overlap(a: Bbox, b: Bbox, slack: float = 0.5) -> bool:
    """Whether two display boxes overlap by more than `slack` pixels each way."""
    return a.x0 + slack < b.x1 and b.x0 + slack < a.x1 and a.y0 + slack < b.y1 and b.y0 + slack < a.y1


def _bars(fig) -> list[Bbox]:
    """The display boxes of the bars (rectangles) drawn in the axes of `fig`."""
    renderer = fig.canvas.get_renderer()
    return [
        patch.get_window_extent(renderer)
        for ax in fig.axes
        for patch in ax.patches
        if isinstance(patch, Rectangle) and patch.get_visible() and patch.get_width() and patch.get_height()
    ]


def layout_problems(fig, pad: float = 0.5) -> dict[str, list]:
    """What a reader of `fig` would stumble on, from one draw of its artists: texts sticking out of the canvas
    ('outside'), pairs of texts overlapping ('overlapping'), and texts partly covering a bar ('over bars'; a text
    wholly inside a bar is a label written on it). Empty lists when the figure is clean."""
    boxes = _boxes(fig)
    bounds = fig.bbox
    bars = _bars(fig)

    def inside(box: Bbox, bar: Bbox) -> bool:
        return bar.x0 <= box.x0 and box.x1 <= bar.x1 and bar.y0 <= box.y0 and box.y1 <= bar.y1

    return {
        "outside": [
            text
            for text, box in boxes
            if box.x0 < bounds.x0 - pad
            or box.y0 < bounds.y0 - pad
            or box.x1 > bounds.x1 + pad
            or box.y1 > bounds.y1 + pad
        ],
        "overlapping": [(ta, tb) for i, (ta, a) in enumerate(boxes) for tb, b in boxes[i + 1 :] if _overlap(a, b)],
        "over bars": [text for text, box in boxes for bar in bars if _overlap(box, bar) and not inside(box, bar)],
    }


def overlapping_texts(fig) -> list[tuple[str, str]]:
    """Pairs of drawn texts of `fig` whose boxes overlap (an empty list when every label stands clear)."""
    return layout_problems(fig)["overlapping"]


def texts_over_bars(fig) -> list[str]:
    """The drawn texts of `fig` that partly cover a bar (a text wholly inside a bar is a label written on it)."""
    return layout_problems(fig)["over bars"]


def shorten(text: str, width: int = 40) -> str:
    """`text` on one line, cut at a word boundary to at most `width` characters with an ellipsis."""
    text = " ".join(str(text).split())
    if len(text) <= width:
        return text
    cut = text[: width - 1].rsplit(" ", 1)[0] if " " in text[: width - 1] else text[: width - 1]
    return cut.rstrip(",;:.") + "…"


# The least share of a shortened name's room that whole words must fill; below it, the last word is cut short.
WHOLE_WORDS_KEPT = 2 / 3


def shorten_name(name: str, width: int = 28) -> str:
    """A name for a chart's axis, at most `width` characters: cut after a whole word where that keeps most of it,
    else inside a word, so that two names sharing a first word stay apart ("Athletics Integrity…" and "Athletics
    Federatio…", not "Athletics…" twice)."""
    name = " ".join(str(name).split())
    if len(name) <= width:
        return name
    head = name[: width - 1]
    if name[width - 1] != " " and " " in head and len(head.rsplit(" ", 1)[0]) >= (width - 1) * WHOLE_WORDS_KEPT:
        head = head.rsplit(" ", 1)[0]
    return head.rstrip(",;:. ") + "…"


def tight_bbox(fig):
    """The area savefig's bbox_inches="tight" keeps, in inches: every drawn artist, padded by savefig.pad_inches.
    Worked out once for all of a figure's formats, where savefig would draw the figure once more for each. Like
    matplotlib's tight_layout, it measures without drawing (on every figure of the notebooks the box is the same
    as after a draw, and a draw costs as much as measuring)."""
    drawn = fig.get_tightbbox(fig.canvas.get_renderer())
    padded = drawn.padded(matplotlib.rcParams["savefig.pad_inches"])
    page = fig.bbox_inches
    if page.containsx(drawn.x0) and page.containsx(drawn.x1) and page.containsy(drawn.y0) and page.containsy(drawn.y1):
        # everything drawn lies on the figure: the padding stops at its edge, so a figure sized to a page (the
        # report's 6.5 inches) never comes out wider or taller than that page
        return Bbox.intersection(padded, page)
    return padded


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
