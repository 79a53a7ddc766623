"""The figure of notebook 05 (the report): the charts of notebooks 01–04 as one figure, panels lettered in rows."""

from __future__ import annotations

import pandas as pd

from ..entities import PARAGRAPH_CHART_ENTITIES, TOP_ENTITIES, top_entities
from . import style
from .article import plot_paragraph_words
from .entities import plot_entity_paragraphs, plot_top_entities
from .sentiment import ENTITY_TONE_TOP, plot_entity_tone, plot_paragraph_polarity
from .timeline import plot_data, plot_timeline, timeline_height

# Panels of the report figure: key -> (title, notebook). Each is drawn by that notebook's chart code.
PANELS = {
    "words": ("Words per paragraph", "01"),
    "polarity": ("Tone per paragraph", "03"),
    "entities": ("Most-mentioned people, places and organisations", "02"),
    "entity_paragraphs": ("Where each main entity appears", "02"),
    "entity_tone": ("Tone around the main entities", "03"),
    "timeline": ("When the events happened", "04"),
}
# The panels row by row, each with its share of the row's width. Words and polarity share a row because both have
# one bar per paragraph in reading order: the polarity bars sit beside the word counts, labelled once.
ROWS = (
    (("words", 0.34), ("polarity", 0.66)),
    (("entities", 1.0),),
    (("entity_paragraphs", 1.0),),
    (("entity_tone", 1.0),),
    (("timeline", 1.0),),
)
# Room around a row's axes, in inches: above for the panel title, below for ticks, axis label and any legend under it
# (the sentiment charts put theirs 0.45 in below the axes).
ROW_TOP = 0.42
ROW_BOTTOM = {"words": 1.05, "entities": 0.8, "entity_paragraphs": 0.5, "entity_tone": 1.25, "timeline": 0.95}
# Height of the axes per chart row (paragraph, entity), in inches, and the least height of a panel.
ROW_HEIGHT = {"words": 0.19, "entities": 0.22, "entity_paragraphs": 0.26, "entity_tone": 0.3}
MIN_PANEL = 0.8
# The timeline's axes take this share of the height its own figure would have: as tall as in notebook 04, so its
# labels are placed at the same spacing.
TIMELINE_SHARE = 0.8
# Room for the page title above the rows, between two panels of a row, at the right (the subjectivity column of the
# polarity chart), and on both sides of the timeline (which has no y labels).
FIGURE_TOP = 0.55
PANEL_GAP = 0.15
RIGHT_MARGIN = 0.7
TIMELINE_MARGIN = 0.25
# Inches from the figure's left edge to the titles: with the 0.1 in that a tight save pads on each side, the saved
# figure stays one report column wide.
EDGE = 0.1
PANEL_TITLE_SIZE = 9
# Characters of the headline in the figure's title line: it fits one line at one report column with the date.
REPORT_TITLE_WIDTH = 75


def _panel_rows(key: str, tables: dict[str, pd.DataFrame]) -> int:
    """How many rows (paragraphs, entities) a panel shows; sizes its axes."""
    if key in ("words", "polarity"):
        return len(tables["paragraphs"])
    if key == "entities":
        return len(top_entities(tables["entities"], TOP_ENTITIES))
    if key == "entity_paragraphs":
        return len(top_entities(tables["entities"], PARAGRAPH_CHART_ENTITIES))
    return min(ENTITY_TONE_TOP, int((tables["entity_sentiment"]["sentences"] >= 1).sum()))


def _draw_panel(key: str, ax, article, tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Draw one panel with its notebook's chart function into `ax`; return the data it style."""
    if key == "words":
        return plot_paragraph_words(tables["paragraphs"], ax=ax)[1]
    if key == "entities":
        return plot_top_entities(tables["entities"], ax=ax)[1]
    if key == "entity_paragraphs":
        return plot_entity_paragraphs(
            tables["mentions"], tables["entities"], [p.number for p in article.paragraphs], ax=ax
        )[1]
    if key == "polarity":
        return plot_paragraph_polarity(tables["paragraph_sentiment"], tables["paragraphs"], ax=ax)[1]
    if key == "entity_tone":
        return plot_entity_tone(tables["entity_sentiment"], ax=ax)[1]
    return plot_timeline(tables["timeline"], article.published, ax=ax)[1]


def _label_room(ax, renderer) -> float:
    """Inches between the left edge of the axes and the leftmost of its y tick labels and y label."""
    texts = [t for t in ax.get_yticklabels() if t.get_visible() and t.get_text()] + [ax.yaxis.label]
    boxes = [t.get_window_extent(renderer) for t in texts if t.get_text()]
    left = ax.get_window_extent(renderer).x0
    return max([left - b.x0 for b in boxes] + [0.0]) / ax.figure.dpi


def _row_heights(article, tables: dict[str, pd.DataFrame]) -> list[float]:
    """Height in inches of each row's axes."""
    heights = []
    for row in ROWS:
        key = row[0][0]
        if key == "timeline":
            heights.append(
                max(MIN_PANEL, TIMELINE_SHARE * timeline_height(plot_data(tables["timeline"], article.published)))
            )
        else:
            heights.append(max(MIN_PANEL, ROW_HEIGHT[key] * _panel_rows(key, tables) + 0.3))
    return heights


def _place_row(fig, axes: list, row, bottom: float, height: float, left: float, right: float) -> None:
    """Set the positions (inches -> figure fractions) of one row's axes between `left` and `right`."""
    width, total = fig.get_size_inches()
    span = right - left - PANEL_GAP * (len(row) - 1)
    x = left
    for ax, (_, share) in zip(axes, row):
        ax.set_position((x / width, bottom / total, span * share / width, height / total))
        x += span * share + PANEL_GAP


def report_title(article) -> tuple[str, str]:
    """The figure's two title lines: the shortened headline (or the id), then publication date and id."""
    name = (
        f"“{style.shorten(article.title, REPORT_TITLE_WIDTH)}”"
        if article.title
        else f"Article {article.id} (no headline)"
    )
    when = (
        f"published {article.published:%Y-%m-%d{' %H:%M' if article.time_known else ''}}"
        if article.published
        else "publication date unknown"
    )
    return name, f"{when} · article {article.id} · the charts of notebooks 01–04"


def plot_report(article, tables: dict[str, pd.DataFrame], width: float = style.FIGURE_WIDTH):
    """The charts of notebooks 01–04 as one figure one report column wide, panels lettered A–F in rows; returns
    (fig, data), data being every panel's plotted rows with a `panel` column naming the panel."""
    style.use_style()
    heights = _row_heights(article, tables)
    total = FIGURE_TOP + sum(ROW_TOP + h + ROW_BOTTOM[row[0][0]] for row, h in zip(ROWS, heights))
    fig = style.plt.figure(figsize=(width, total))
    head, sub = report_title(article)
    fig.text(EDGE / width, 1 - 0.06 / total, head, ha="left", va="top", fontsize=10, fontweight="bold")
    fig.text(EDGE / width, 1 - 0.28 / total, sub, ha="left", va="top", fontsize=8, color="#444444")
    bottoms, top = [], total - FIGURE_TOP
    for row, h in zip(ROWS, heights):
        bottoms.append(top - ROW_TOP - h)
        top -= ROW_TOP + h + ROW_BOTTOM[row[0][0]]
    axes: dict[str, object] = {}
    frames = []
    for row, bottom, h in zip(ROWS, bottoms, heights):
        if row[0][0] == "timeline":
            continue
        row_axes = [fig.add_axes((0, 0, 1, 1)) for _ in row]
        _place_row(fig, row_axes, row, bottom, h, width * 0.35, width - RIGHT_MARGIN)
        for ax, (key, _) in zip(row_axes, row):
            axes[key] = ax
            frames.append(_draw_panel(key, ax, article, tables).assign(panel=key))
    if "words" in axes and "polarity" in axes:  # one set of paragraph labels for the shared row, rows aligned
        axes["words"].set_ylim(axes["polarity"].get_ylim())
        axes["polarity"].tick_params(labelleft=False)
        axes["polarity"].set_xlabel("TextBlob polarity (−1 … +1)")
    fig.draw_without_rendering()  # lays the labels out, to measure them
    renderer = fig.canvas.get_renderer()
    left = max(_label_room(axes[row[0][0]], renderer) for row in ROWS if row[0][0] in axes) + 0.1
    for row, bottom, h in zip(ROWS, bottoms, heights):  # every first panel starts just right of the widest label
        if row[0][0] in axes:
            _place_row(fig, [axes[k] for k, _ in row], row, bottom, h, left, width - RIGHT_MARGIN)
    for row, bottom, h in zip(ROWS, bottoms, heights):
        if row[0][0] == "timeline":
            axes["timeline"] = fig.add_axes((0, 0, 1, 1))
            _place_row(fig, [axes["timeline"]], row, bottom, h, TIMELINE_MARGIN, width - TIMELINE_MARGIN)
            frames.append(_draw_panel("timeline", axes["timeline"], article, tables).assign(panel="timeline"))
    letters = iter("ABCDEF")
    for row, bottom, h in zip(ROWS, bottoms, heights):  # panel titles at the figure's left edge, lettered in rows
        titles = [f"{next(letters)} · {PANELS[k][0]}" for k, _ in row]
        for (key, _), _title in zip(row, titles):
            ax = axes[key]
            ax.set_title("", loc="left")  # the panel title replaces the chart's own
        _row_titles(fig, [axes[k] for k, _ in row], titles, (bottom + h + 0.12) / total)
    data = pd.concat([f for f in frames if len(f)] or [pd.DataFrame(columns=["panel"])], ignore_index=True)
    return fig, data[["panel"] + [c for c in data.columns if c != "panel"]]


def _row_titles(fig, axes: list, titles: list[str], y: float) -> None:
    """Bold panel titles just above a row: the first at the figure's left edge, the others at their axes' left."""
    for k, (ax, text) in enumerate(zip(axes, titles)):
        x = EDGE / fig.get_figwidth() if k == 0 else ax.get_position().x0
        fig.text(x, y, text, ha="left", va="bottom", fontsize=PANEL_TITLE_SIZE, fontweight="bold")
