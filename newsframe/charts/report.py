"""The figure of notebook 06 (the report): one printed page, at most 6.5 × 9 inches, drawn with the charts of
notebooks 01–05.

Each section is kept when the article gives it something to show: the paragraphs (words and polarity, row by row in
reading order) always; the names and voices when the article names or quotes someone: who is named most beside who
speaks (the words of what each speaker said), or, when no one is quoted, beside the tone of the sentences around
the names (or, when the article quotes but names no one, who speaks beside the tone of what each says); the
timeline when it dates something. Sections shrink (fewer rows, lower bars) until the page fits; the notebooks keep
every row. Panels are lettered in order, each title in room of its own above its panel.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd

from ..entities import top_entities
from ..speakers import speakers_table
from . import style
from .article import plot_paragraph_words
from .entities import plot_top_entities
from .sentiment import plot_entity_tone, plot_paragraph_polarity
from .speakers import plot_speaker_tone, plot_speaker_words
from .timeline import footer_height, plot_data, plot_timeline, rows_height

# The page: one report column wide, at most PAGE_HEIGHT tall, every artist MARGIN inside its edges (so the saved
# figure, padded by 0.1 in, is no larger than the page).
PAGE_WIDTH = 6.5
PAGE_HEIGHT = 9.0
MARGIN = 0.12
# Inches for the page title and subtitle, and above each section for its panel titles.
HEADER = 0.5
SECTION_TITLE = 0.3
PANEL_TITLE_SIZE = 9
TICK_SIZE = 7
# The paragraphs section: inches per paragraph row, its least and greatest height, the room under it (axis label and
# the colour legend), at the right of the polarity bars (the tone and subjectivity columns), and the words panel's
# share of the width.
PARAGRAPH_ROW = 0.15
PARAGRAPHS_HEIGHT = (1.0, 2.6)
PARAGRAPHS_BOTTOM = 1.0
POLARITY_RIGHT = 0.8
WORDS_SHARE = 0.3
# The names section: entities in each panel (most, least when the page is full), inches per row, the room under it,
# and the characters of a name on the axis.
NAMES_ROWS = (8, 5)
NAME_ROW = 0.2
NAMES_BOTTOM = 1.0
NAME_CHARS = 20
# The timeline: rows (most, least when the page is full).
TIMELINE_ROWS = (7, 4)
PANEL_GAP = 0.25
# Characters of the headline in the page title: one line at the page's width.
REPORT_TITLE_WIDTH = 75
# Panels of the page: key -> title.
PANELS = {
    "words": "Words per paragraph",
    "polarity": "Polarity per paragraph (TextBlob)",
    "entities": "Most-mentioned names",
    "entity_tone": "Tone towards them",
    "speakers": "Who speaks, in words said",
    "speaker_tone": "Tone of what each one says",
    "timeline": "When the events happened",
}


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
    return name, f"{when} · article {article.id} · every row of these charts is in notebooks 01–05"


def names_panels(tables: dict[str, pd.DataFrame]) -> tuple[str, ...]:
    """The two panels of the names section, as keys of PANELS: who is named most beside who speaks, or beside the
    tone around the names when no one is quoted, or who speaks beside the tone of what each says when the article
    quotes but names no one; none when it does neither."""
    named = len(top_entities(tables["entities"], 1)) > 0
    heard = len(speakers_table(tables["quotes"], tables["entities"], tables["paragraphs"])) > 0
    if named:
        return ("entities", "speakers" if heard else "entity_tone")
    return ("speakers", "speaker_tone") if heard else ()


def plan(article, tables: dict[str, pd.DataFrame], rows: dict | None = None) -> dict:
    """The sections the page shows and their rows: 'paragraphs' (always), 'names' (when a person, place or
    organisation is named or anyone is quoted; rows per panel), 'timeline' (when an expression is dated; rows).
    `rows` overrides."""
    rows = rows or {}
    sections = {"paragraphs": len(tables["paragraphs"])}
    if names_panels(tables):
        sections["names"] = rows.get("names", NAMES_ROWS[0])
    if (tables["timeline"]["date"].fillna("").astype(str) != "").any():
        sections["timeline"] = rows.get("timeline", TIMELINE_ROWS[0])
    return sections


def _section_heights(article, tables, sections: dict, paragraphs_height: float) -> dict[str, tuple[float, float]]:
    """(axes height, room under it) of each section, in inches."""
    out = {"paragraphs": (paragraphs_height, PARAGRAPHS_BOTTOM)}
    if "names" in sections:
        out["names"] = (NAME_ROW * max(names_rows(tables, sections["names"]), 2) + 0.15, NAMES_BOTTOM)
    if "timeline" in sections:
        data = plot_data(tables["timeline"], article.published, article.time_known, sections["timeline"])
        out["timeline"] = (rows_height(data), footer_height(data, article.published, PAGE_WIDTH - 2 * MARGIN))
    return out


def layout(article, tables: dict[str, pd.DataFrame]) -> tuple[dict, dict[str, tuple[float, float]]]:
    """The sections and their heights that fit the page: the paragraph rows grow lower, then the timeline and the
    names lose rows, until the page is at most PAGE_HEIGHT tall."""
    paragraphs = plan(article, tables)["paragraphs"] + 1  # a row for the column headings of the polarity panel
    height = min(max(PARAGRAPH_ROW * paragraphs, PARAGRAPHS_HEIGHT[0]), PARAGRAPHS_HEIGHT[1])
    rows: dict[str, int] = {}
    while True:
        sections = plan(article, tables, rows)
        heights = _section_heights(article, tables, sections, height)
        total = HEADER + 2 * MARGIN + sum(SECTION_TITLE + a + b for a, b in heights.values())
        if total <= PAGE_HEIGHT:
            return sections, heights
        if height > PARAGRAPHS_HEIGHT[0]:
            height = max(PARAGRAPHS_HEIGHT[0], height - (total - PAGE_HEIGHT))
        elif sections.get("timeline", 0) > TIMELINE_ROWS[1]:
            rows["timeline"] = sections["timeline"] - 1
        elif sections.get("names", 0) > NAMES_ROWS[1]:
            rows["names"] = sections["names"] - 1
        else:
            return sections, heights  # cannot shrink further (the checks in the tests would say so)


def names_rows(tables: dict[str, pd.DataFrame], rows: int) -> int:
    """The rows both panels of the names section show, at most `rows`: as many as the most-mentioned names shown
    (a tie at the cut is never cut), or, when the article names no one, as many speakers."""
    if len(top_entities(tables["entities"], 1)):
        return len(top_entities(tables["entities"], rows))
    return min(len(speakers_table(tables["quotes"], tables["entities"], tables["paragraphs"])), rows)


def _label_room(ax) -> float:
    """Inches from the left edge of the axes to the leftmost of its y tick labels."""
    renderer = ax.figure.canvas.get_renderer()
    boxes = [t.get_window_extent(renderer) for t in ax.get_yticklabels() if t.get_visible() and t.get_text()]
    left = ax.get_window_extent(renderer).x0
    return max([left - b.x0 for b in boxes] + [0.0]) / ax.figure.dpi


def _place(ax, left: float, bottom: float, width: float, height: float) -> None:
    """Put an axes at a rectangle given in inches."""
    w, h = ax.figure.get_size_inches()
    ax.set_position((left / w, bottom / h, width / w, height / h))


def _titles(fig, items: list[tuple[float, str]], y: float) -> None:
    """Bold panel titles at (x in inches, text), their baseline `y` inches from the bottom."""
    w, h = fig.get_size_inches()
    for x, text in items:
        fig.text(x / w, y / h, text, ha="left", va="bottom", fontsize=PANEL_TITLE_SIZE, fontweight="bold")


def plot_report(article, tables: dict[str, pd.DataFrame], width: float = PAGE_WIDTH):
    """The article's page: the paragraphs, the names and the timeline, as far as the article has them, lettered in
    order, on one page one report column wide and at most PAGE_HEIGHT tall; returns (fig, data), data being every
    panel's plotted rows with a `panel` column naming the panel."""
    style.use_style()
    sections, heights = layout(article, tables)
    total = HEADER + 2 * MARGIN + sum(SECTION_TITLE + a + b for a, b in heights.values())
    fig = plt.figure(figsize=(width, total))
    head, sub = report_title(article)
    fig.text(MARGIN / width, 1 - MARGIN / total, head, ha="left", va="top", fontsize=10, fontweight="bold")
    fig.text(MARGIN / width, 1 - (MARGIN + 0.22) / total, sub, ha="left", va="top", fontsize=7.5, color="#444444")
    letters = iter("ABCDEFGH")
    frames = []
    top = total - MARGIN - HEADER
    right = width - MARGIN
    for section, (axes_height, under) in heights.items():
        bottom = top - SECTION_TITLE - axes_height
        title_y = top - SECTION_TITLE + 0.08
        if section == "paragraphs":
            frames += _paragraphs(fig, article, tables, bottom, axes_height, right, title_y, letters)
        elif section == "names":
            frames += _names(fig, tables, sections["names"], bottom, axes_height, right, title_y, letters)
        else:
            ax = fig.add_axes((0, 0, 1, 1))
            _place(ax, MARGIN, bottom, right - MARGIN, axes_height)
            _, data = plot_timeline(
                tables["timeline"], article.published, ax=ax, time_known=article.time_known, max_rows=sections[section]
            )
            frames.append(data.assign(panel="timeline"))
            _titles(fig, [(MARGIN, f"{next(letters)} · {PANELS['timeline']}")], title_y)
        top = bottom - under
    kept = [f for f in frames if len(f)]
    data = pd.concat(kept or [pd.DataFrame(columns=["panel"])], ignore_index=True)
    # Whole-number columns stay whole numbers where other panels leave them empty (17, not 17.0).
    whole = {c for f in kept for c in f.columns if pd.api.types.is_integer_dtype(f[c])}
    for column in whole:
        values = data[column].dropna()
        if pd.api.types.is_numeric_dtype(data[column]) and (values == values.round()).all():
            data[column] = data[column].astype("Int64")
    return fig, data[["panel"] + [c for c in data.columns if c != "panel"]]


def _paragraphs(fig, article, tables, bottom: float, height: float, right: float, title_y: float, letters) -> list:
    """The words and polarity panels, side by side on the same paragraph rows, numbered once at the left."""
    words_ax, polarity_ax = fig.add_axes((0, 0, 1, 1)), fig.add_axes((0, 0, 1, 1))
    for ax in (words_ax, polarity_ax):
        _place(ax, 1.0, bottom, 2.0, height)
    _, words = plot_paragraph_words(tables["paragraphs"], ax=words_ax, numbered=True)
    _, polarity = plot_paragraph_polarity(
        tables["paragraph_sentiment"], tables["paragraphs"], ax=polarity_ax, numbered=True
    )
    words_ax.set_ylim(polarity_ax.get_ylim())  # the same rows, the heading row included
    polarity_ax.tick_params(labelleft=False)
    polarity_ax.set_xlabel("TextBlob polarity (−1 … +1)")
    for ax in (words_ax, polarity_ax):
        ax.set_title("", loc="left")  # the panel title replaces the chart's own
        ax.tick_params(labelsize=TICK_SIZE)
    fig.draw_without_rendering()
    left = MARGIN + _label_room(words_ax) + 0.05
    room = right - POLARITY_RIGHT - left - PANEL_GAP
    _place(words_ax, left, bottom, room * WORDS_SHARE, height)
    _place(polarity_ax, left + room * WORDS_SHARE + PANEL_GAP, bottom, room * (1 - WORDS_SHARE), height)
    polarity_x = left + room * WORDS_SHARE + PANEL_GAP
    _titles(
        fig,
        [(MARGIN, f"{next(letters)} · {PANELS['words']}"), (polarity_x, f"{next(letters)} · {PANELS['polarity']}")],
        title_y,
    )
    return [words.assign(panel="words"), polarity.assign(panel="polarity")]


def _names(fig, tables, rows: int, bottom: float, height: float, right: float, title_y: float, letters) -> list:
    """The names section: two panels side by side (see `names_panels`)."""
    left_key, right_key = names_panels(tables)
    left_ax, right_ax = fig.add_axes((0, 0, 1, 1)), fig.add_axes((0, 0, 1, 1))
    for ax in (left_ax, right_ax):
        _place(ax, 2.0, bottom, 1.0, height)
    speakers = speakers_table(tables["quotes"], tables["entities"], tables["paragraphs"])
    shown = names_rows(tables, rows)
    frames = []
    for key, ax in ((left_key, left_ax), (right_key, right_ax)):
        if key == "entities":
            _, data = plot_top_entities(tables["entities"], n=rows, ax=ax, label_chars=NAME_CHARS)
        elif key == "entity_tone":
            _, data = plot_entity_tone(tables["entity_sentiment"], n=min(rows, 6), ax=ax, label_chars=NAME_CHARS)
            ax.set_xlabel("mean score of the sentences\nnaming it (sentences in brackets)")
        elif key == "speakers":
            _, data = plot_speaker_words(speakers, n=shown, ax=ax, label_chars=NAME_CHARS, compact=True)
        else:
            _, data = plot_speaker_tone(speakers, n=shown, ax=ax, label_chars=NAME_CHARS)
            ax.set_xlabel("statements, by tone")
        frames.append(data.assign(panel=key))
        if key != "entity_tone":  # both panels on the same rows (the tone around names has rows of its own)
            ax.set_ylim(max(shown, 2) - 0.5, -0.5)
    for ax in (left_ax, right_ax):
        ax.set_title("", loc="left")  # the panel title replaces the chart's own
        for text in ax.texts:  # the chart's subtitle, if any, goes with its title
            if text.get_text() and text.get_position() == (0, 1):
                text.set_visible(False)
        ax.tick_params(labelsize=TICK_SIZE)
        ax.xaxis.label.set_fontsize(TICK_SIZE + 0.5)
    fig.draw_without_rendering()
    left_room, right_room = _label_room(left_ax) + 0.05, _label_room(right_ax) + 0.05
    bars = right - MARGIN - left_room - right_room - PANEL_GAP
    left_x = MARGIN + left_room
    right_x = left_x + bars * 0.5 + PANEL_GAP + right_room
    _place(left_ax, left_x, bottom, bars * 0.5, height)
    _place(right_ax, right_x, bottom, bars * 0.5, height)
    _titles(
        fig,
        [
            (MARGIN, f"{next(letters)} · {PANELS[left_key]}"),
            (right_x - right_room, f"{next(letters)} · {PANELS[right_key]}"),
        ],
        title_y,
    )
    return frames
