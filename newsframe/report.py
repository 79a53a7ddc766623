"""One page per article, and the notebooks as HTML pages a reader opens without Jupyter.

The page (notebook 05) is built from the tables of `pipeline.analyze`: a header (headline, source, publication time),
the key numbers, a summary in plain words and one multi-panel figure drawn with the charts of notebooks 01–04.
`build_reports` renders every executed notebook of an article to standalone HTML under reports/<article_id>/ (figures
embedded), once with its code and once as the story only (no code cells), with an index.html linking them:

    python -m newsframe.report [--article PATH] [--date YYYY-MM-DD]
"""

from __future__ import annotations

import argparse
import html
import re
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pandas as pd

from . import config, plots
from .io import write_text

# Entity types counted as people, places and organisations in the key numbers (FAC: buildings, airports, bridges).
KIND_TYPES = {"people": ("PERSON",), "places": ("GPE", "LOC", "FAC"), "organisations": ("ORG",)}
# How many of the most-mentioned entities the summary describes: the main actors, not a list of every name.
SUMMARY_ENTITIES = 3


# ------------------------------------------------------------------------------------------------ the header
def source_label(article) -> str:
    """The article's source: its path relative to the project when it lies inside it, else the path as given."""
    return config.display_path(article.source)


def _when(moment: datetime | None, time_known: bool = True) -> str | None:
    """'19 December 2022, 17:51' (or without the time when it is not known); None for no date."""
    if moment is None:
        return None
    day = f"{moment.day} {moment:%B %Y}"
    return f"{day}, {moment:%H:%M}" if time_known else day


def header_markdown(article) -> str:
    """Markdown of the page's head: the headline (or a note that there is none), source, publication and update time."""
    title = f"## {article.title}" if article.title else "## (no headline: the article starts with its first paragraph)"
    published = (
        _when(article.published, article.time_known) or "unknown (relative dates such as “Monday” stay unresolved)"
    )
    lines = [title, "", f"**Published** {published}"]
    if article.updated:
        lines[-1] += f" · **updated** {_when(article.updated)}"
    lines[-1] += f"  \n**Source** `{source_label(article)}` · **article id** `{article.id}`"
    return "\n".join(lines)


# ------------------------------------------------------------------------------------------ the key numbers
def entity_kind_counts(entities: pd.DataFrame) -> dict[str, int]:
    """Distinct people, places and organisations in an entities table (columns entity, entity_type): kind -> count."""
    return {kind: int(entities["entity_type"].isin(types).sum()) for kind, types in KIND_TYPES.items()}


def overall_tone(tables: dict[str, pd.DataFrame]) -> dict:
    """The article's tone, headline apart (`corpus.article_tone`: word-weighted mean polarity, subjectivity and
    VADER, the shares of the text by tone, `tone` = the largest share, `headline_tone`), the count of paragraphs by
    tone, and the tone's measured held-out accuracy and macro-F1 (from `sentiment.BENCHMARK`)."""
    from .corpus import article_tone
    from .sentiment import BENCHMARK, TONES

    paragraph_sentiment = tables["paragraph_sentiment"]
    overall = (
        article_tone(paragraph_sentiment, tables.get("paragraphs"), tables.get("sentence_sentiment"))
        if len(paragraph_sentiment)
        else {"tone": "", "headline_tone": ""}
    )
    overall["counts"] = {tone: int((paragraph_sentiment["tone"] == tone).sum()) for tone in TONES}
    overall["paragraphs"] = len(paragraph_sentiment)
    overall.update({f"benchmark_{k}": v for k, v in BENCHMARK["held_out"]["tone"].items()})
    return overall


def period_name(start: str, end: str | None = None) -> str:
    """A calendar period in words at its own precision: '19 December 2022', 'June 2019', '2019', or 'a to b'."""
    first = date.fromisoformat(start[:10])
    last = date.fromisoformat((end or start)[:10])
    if first == last:
        return f"{first.day} {first:%B %Y}"
    if first.day == 1 and (last + timedelta(days=1)).day == 1:
        if first.month == 1 and last.month == 12 and first.year == last.year:
            return str(first.year)
        if (first.year, first.month) == (last.year, last.month):
            return f"{first:%B %Y}"
    return f"{period_name(start)} to {period_name(end)}"


def date_range(timeline: pd.DataFrame) -> dict:
    """The calendar span the article's dated expressions cover: first and last (the earliest-starting and the
    latest-ending expression, each as (date, date_end) ISO strings, or None), and the counts dated and vague."""
    dated = timeline[timeline["date"].fillna("").astype(str) != ""]
    rows = [(d, e or d) for d, e in zip(dated["date"].astype(str), dated["date_end"].fillna("").astype(str))]
    return {
        "first": min(rows) if rows else None,
        "last": max(rows, key=lambda r: (r[1], r[0])) if rows else None,
        "dated": len(rows),
        "vague": int((timeline["anchor"] == "vague").sum()) if "anchor" in timeline else 0,
    }


def range_name(span: dict) -> str | None:
    """The date range in words ('June 2019 to 19 December 2022'), one period when first and last are the same."""
    if not span["first"]:
        return None
    if span["first"] == span["last"]:
        return period_name(*span["first"])
    return f"{period_name(*span['first'])} to {period_name(*span['last'])}"


def _rounded(value: float | None, digits: int = 3) -> float | None:
    """A score rounded for reading, or None when there is none."""
    return None if value is None else round(float(value), digits)


def key_numbers(article, tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """The page's key numbers as rows of (measure, value): paragraphs, words, people / places / organisations named,
    overall tone, the date range covered, and how many expressions were dated or left vague."""
    kinds = entity_kind_counts(tables["entities"])
    overall = overall_tone(tables)
    span = date_range(tables["timeline"])
    rows = [
        ("paragraphs (headline not counted)", len(article.body)),
        ("words (headline included)", article.words),
        ("people named", kinds["people"]),
        ("places named", kinds["places"]),
        ("organisations named", kinds["organisations"]),
        ("overall tone (of the largest share of the text, headline apart)", overall["tone"] or "no text to score"),
        *[
            (f"share of the text {tone}", _rounded(overall.get(f"share_{tone}")))
            for tone in ("negative", "neutral", "positive")
        ],
        ("headline tone", overall.get("headline_tone") or "no headline"),
        ("mean polarity, weighted by words (−1 … +1)", _rounded(overall.get("polarity"))),
        ("mean VADER compound, weighted by words (−1 … +1)", _rounded(overall.get("vader"))),
        ("dates covered", range_name(span) or "no datable expression"),
        ("expressions placed on the calendar", span["dated"]),
        ("vague time references (“recently”)", span["vague"]),
    ]
    return pd.DataFrame(rows, columns=["measure", "value"])


# -------------------------------------------------------------------------------------------------- summary
def paragraph_name(number: int) -> str:
    """'the headline' for paragraph 0, else 'paragraph n'."""
    return "the headline" if number == 0 else f"paragraph {number}"


def _series(numbers: list[int]) -> str:
    """'paragraphs 2, 5 and 7' / 'paragraph 3' / 'the headline and paragraph 4' for a list of paragraph numbers."""
    body = [str(n) for n in numbers if n > 0]
    if body:
        body[0] = ("paragraphs " if len(body) > 1 else "paragraph ") + body[0]
    names = (["the headline"] if 0 in numbers else []) + body
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _times(n: int) -> str:
    """'once', 'twice', 'n times'."""
    return {1: "once", 2: "twice"}.get(n, f"{n} times")


def entity_sentence(entity: str, kind: str, mentions: pd.DataFrame) -> str:
    """One sentence on where an entity is named: how often, in how many paragraphs, and where most often."""
    rows = mentions[mentions["entity"] == entity]
    per_paragraph = rows.groupby("paragraph").size()
    total, spread = int(per_paragraph.sum()), len(per_paragraph)
    text = f"{entity} ({kind}) is named {_times(total)}"
    if spread > 1:
        first, last = (paragraph_name(int(n)) for n in (per_paragraph.index.min(), per_paragraph.index.max()))
        text += f" in {spread} paragraphs, from {first} to {last}"
        top = int(per_paragraph.max())
        if top > 1:
            busiest = sorted(int(p) for p in per_paragraph.index[per_paragraph == top])
            text += f", most often in {_series(busiest)} ({_times(top)}{' each' if len(busiest) > 1 else ''})"
    elif spread == 1:
        text += f", all in {paragraph_name(int(per_paragraph.index[0]))}"
    return text + "."


def summary_sentences(article, tables: dict[str, pd.DataFrame]) -> list[str]:
    """The summary as a list of plain sentences built from the tables: size, main actors, tone, dates."""
    from .entities import ENTITY_KINDS, top_entities

    out = [
        f"The article has {len(article.body)} paragraph{'s' if len(article.body) != 1 else ''} and {article.words} "
        f"words"
        + (
            f" and was published on {_when(article.published, article.time_known)}."
            if article.published
            else "; its publication date is unknown, so relative dates such as “Monday” cannot be placed."
        )
    ]
    if not article.title:
        out.append("It has no headline.")
    main = top_entities(tables["entities"], SUMMARY_ENTITIES)
    if main.empty:
        out.append("It names no person, place or organisation that the model recognised.")
    for r in main.itertuples():
        out.append(entity_sentence(r.entity, ENTITY_KINDS[r.entity_type], tables["mentions"]))
    out.append(tone_sentence(tables))
    out.append(dates_sentence(tables["timeline"], article.published is not None))
    return out


def tone_sentence(tables: dict[str, pd.DataFrame]) -> str:
    """The overall tone in words, with the share of the text behind it, the headline's tone, and how reliable the
    label is."""
    overall = overall_tone(tables)
    if not overall["paragraphs"] or not overall["tone"]:
        return "There is no text to score for tone."
    spread = ", ".join(f"{overall[f'share_{k}']:.0%} {k}" for k in ("negative", "neutral", "positive"))
    headline = f"; the headline reads {overall['headline_tone']}" if overall.get("headline_tone") else ""
    return (
        f"Its overall tone reads {overall['tone']}: of its text, sentence by sentence, {spread}{headline}; "
        f"word-weighted polarity {overall['polarity']:+.2f} and VADER {overall['vader']:+.2f}. "
        f"Treat this as a guide: on held-out human-labelled news sentences the label is right about "
        f"{overall['benchmark_accuracy']:.0%} of the time (macro-F1 {overall['benchmark_macro_f1']:.2f}; chance is "
        f"33%)."
    )


def dates_sentence(timeline: pd.DataFrame, published_known: bool = True) -> str:
    """The span of dates the article refers to, or why there is none."""
    span = date_range(timeline)
    vague = (
        f" {span['vague']} vague reference{'s' if span['vague'] != 1 else ''} (“recently”, “earlier”) stay off the "
        f"calendar."
        if span["vague"]
        else ""
    )
    if not span["first"]:
        why = "" if published_known else " (without a publication date, “Monday” or “last year” cannot be resolved)"
        return f"No expression in it could be placed on the calendar{why}." + vague
    if span["first"] == span["last"]:
        return (
            f"Its {span['dated']} dated expression{'s' if span['dated'] != 1 else ''} all refer to {range_name(span)}."
            + vague
        )
    return f"Its {span['dated']} dated expressions span {range_name(span)}." + vague


def summary_markdown(article, tables: dict[str, pd.DataFrame]) -> str:
    """The summary as one Markdown paragraph."""
    return " ".join(summary_sentences(article, tables))


# --------------------------------------------------------------------------------------------- the figure
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
    from .entities import PARAGRAPH_CHART_ENTITIES, TOP_ENTITIES, top_entities
    from .sentiment import ENTITY_TONE_TOP

    if key in ("words", "polarity"):
        return len(tables["paragraphs"])
    if key == "entities":
        return len(top_entities(tables["entities"], TOP_ENTITIES))
    if key == "entity_paragraphs":
        return len(top_entities(tables["entities"], PARAGRAPH_CHART_ENTITIES))
    return min(ENTITY_TONE_TOP, int((tables["entity_sentiment"]["sentences"] >= 1).sum()))


def _draw_panel(key: str, ax, article, tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Draw one panel with its notebook's chart function into `ax`; return the data it plots."""
    from . import entities, sentiment, timeline

    if key == "words":
        return plots.plot_paragraph_words(tables["paragraphs"], ax=ax)[1]
    if key == "entities":
        return entities.plot_top_entities(tables["entities"], ax=ax)[1]
    if key == "entity_paragraphs":
        return entities.plot_entity_paragraphs(
            tables["mentions"], tables["entities"], [p.number for p in article.paragraphs], ax=ax
        )[1]
    if key == "polarity":
        return sentiment.plot_paragraph_polarity(tables["paragraph_sentiment"], tables["paragraphs"], ax=ax)[1]
    if key == "entity_tone":
        return sentiment.plot_entity_tone(tables["entity_sentiment"], ax=ax)[1]
    return timeline.plot_timeline(tables["timeline"], article.published, ax=ax)[1]


def _label_room(ax, renderer) -> float:
    """Inches between the left edge of the axes and the leftmost of its y tick labels and y label."""
    texts = [t for t in ax.get_yticklabels() if t.get_visible() and t.get_text()] + [ax.yaxis.label]
    boxes = [t.get_window_extent(renderer) for t in texts if t.get_text()]
    left = ax.get_window_extent(renderer).x0
    return max([left - b.x0 for b in boxes] + [0.0]) / ax.figure.dpi


def _row_heights(article, tables: dict[str, pd.DataFrame]) -> list[float]:
    """Height in inches of each row's axes."""
    from .timeline import plot_data, timeline_height

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
        f"“{plots.shorten(article.title, REPORT_TITLE_WIDTH)}”"
        if article.title
        else f"Article {article.id} (no headline)"
    )
    when = (
        f"published {article.published:%Y-%m-%d{' %H:%M' if article.time_known else ''}}"
        if article.published
        else "publication date unknown"
    )
    return name, f"{when} · article {article.id} · the charts of notebooks 01–04"


def plot_report(article, tables: dict[str, pd.DataFrame], width: float = plots.FIGURE_WIDTH):
    """The charts of notebooks 01–04 as one figure one report column wide, panels lettered A–F in rows; returns
    (fig, data), data being every panel's plotted rows with a `panel` column naming the panel."""
    plots.use_style()
    heights = _row_heights(article, tables)
    total = FIGURE_TOP + sum(ROW_TOP + h + ROW_BOTTOM[row[0][0]] for row, h in zip(ROWS, heights))
    fig = plots.plt.figure(figsize=(width, total))
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


# ------------------------------------------------------------------------------------------------ HTML export
# Cells left out of the story-only pages: the parameters and the closing "save the tables" step, which show file
# paths and settings rather than anything about the article.
STORY_SKIP_TAGS = frozenset({"parameters", "injected-parameters"})
STORY_SKIP_HEADINGS = ("## save the table",)
STORY_SUFFIX = "-story"


def executed_notebooks(article_id: str | None = None) -> list[Path]:
    """The executed notebooks of an article: notebooks/NN-*.ipynb for the shipped one (None), else reports/<id>/."""
    folder = config.NOTEBOOKS_DIR if article_id is None else config.REPORTS_DIR / article_id
    return sorted(folder.glob("[0-9][0-9]-*.ipynb"))


def story_cells(nb) -> list:
    """The cells a story-only reader sees: all but parameters, code setup and the closing save-the-tables steps."""
    kept, skipping = [], False
    for cell in nb.cells:
        if cell.cell_type == "markdown" and cell.source.lstrip().startswith("#"):
            skipping = cell.source.lstrip().lower().startswith(STORY_SKIP_HEADINGS)
        if skipping or STORY_SKIP_TAGS & set(cell.metadata.get("tags", [])):
            continue
        if cell.cell_type == "code" and not cell.get("outputs"):
            continue
        kept.append(cell)
    return kept


def notebook_html(path: Path, story: bool = False, title: str = "") -> str:
    """A standalone HTML page of an executed notebook (figures embedded); `story` drops the code and setup cells."""
    import nbformat
    from nbconvert import HTMLExporter

    nb = nbformat.read(path, as_version=4)
    if story:
        nb.cells = story_cells(nb)
    exporter = HTMLExporter(
        template_name="lab",
        embed_images=True,
        exclude_input=story,
        exclude_input_prompt=story,
        exclude_output_prompt=story,
    )
    exporter.log.setLevel("ERROR")  # alternative texts are filled in below
    body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": title or path.stem}})
    alts = iter(figure_descriptions(nb))
    return re.sub(f'alt="{re.escape(NO_ALT)}"', lambda _: f'alt="{html.escape(next(alts, "figure"))}"', body)


# What nbconvert writes as an image's alternative text when it has none.
NO_ALT = "No description has been provided for this image"


def figure_descriptions(nb) -> list[str]:
    """An alternative text for every image output of a notebook, in order: the question (Markdown heading) it
    answers."""
    descriptions, question = [], "figure"
    for cell in nb.cells:
        if cell.cell_type == "markdown" and cell.source.lstrip().startswith("#"):
            question = cell.source.lstrip().splitlines()[0].lstrip("# ").strip()
        for output in cell.get("outputs", []):
            if any(kind.startswith("image/") for kind in output.get("data", {})):
                descriptions.append(f"Figure: {question}")
    return descriptions


def _notebook_title(path: Path) -> str:
    """The first Markdown heading of a notebook ('05 · The report'), else its file name."""
    import nbformat

    for cell in nbformat.read(path, as_version=4).cells:
        if cell.cell_type == "markdown" and cell.source.lstrip().startswith("#"):
            return cell.source.lstrip().splitlines()[0].lstrip("# ").strip()
    return path.stem


INDEX_STYLE = (
    "body{font-family:system-ui,sans-serif;max-width:46em;margin:2em auto;padding:0 1em;line-height:1.5;color:#222}"
    "a{color:#0072B2}li{margin:.4em 0}.meta{color:#555}"
)


def index_html(article, pages: list[tuple[str, str, str]]) -> str:
    """The index page: headline, publication, and one line per notebook linking its full and story-only pages.

    `pages` holds (notebook title, full page file name, story page file name)."""
    esc = html.escape
    head = esc(article.title) if article.title else f"Article {esc(article.id)} (no headline)"
    when = _when(article.published, article.time_known) or "publication date unknown"
    items = "\n".join(
        f'<li>{esc(t)}: <a href="{esc(story)}">story only</a> · <a href="{esc(full)}">with code</a></li>'
        for t, full, story in pages
    )
    return (
        f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>{head}</title>\n'
        f"<style>{INDEX_STYLE}</style>\n</head>\n<body>\n<h1>{head}</h1>\n"
        f'<p class="meta">Published {esc(when)} · article id <code>{esc(article.id)}</code> · '
        f"source <code>{esc(source_label(article))}</code></p>\n"
        "<p>Each notebook as a page: <em>story only</em> shows the questions, tables and figures; <em>with code</em> "
        "also shows the code that made them. Start with the report (05).</p>\n"
        f"<ul>\n{items}\n</ul>\n</body>\n</html>\n"
    )


def build_reports(article_path: str | None = None, date: str | None = None, run_missing: bool = True) -> list[Path]:
    """Render an article's executed notebooks to reports/<article_id>/ (full and story-only HTML) and write
    index.html; the shipped article (None) uses the committed notebooks/. Missing notebooks are run first when
    `run_missing`. Returns the written paths, index.html last."""
    from .article import load_article
    from .notebooks import notebook_sources, run

    article = load_article(article_path or config.DEFAULT_ARTICLE, date)
    key = None if article_path is None else article.id
    have = {p.stem for p in executed_notebooks(key)}
    missing = [s.stem[:2] for s in notebook_sources() if s.stem not in have]
    if missing and run_missing:
        run(missing, article_path, date)
    folder = config.REPORTS_DIR / article.id
    written, pages = [], []
    ordered = sorted(executed_notebooks(key), key=lambda p: (not p.stem.startswith("05"), p.stem))  # the report first
    for path in ordered:
        title = _notebook_title(path)
        full, story = f"{path.stem}.html", f"{path.stem}{STORY_SUFFIX}.html"
        written.append(write_text(folder / full, notebook_html(path, story=False, title=title)))
        written.append(write_text(folder / story, notebook_html(path, story=True, title=title)))
        pages.append((title, full, story))
    written.append(write_text(folder / "index.html", index_html(article, pages)))
    return written


def main(argv: list[str] | None = None) -> int:
    """Command line: render the notebooks of one article to HTML; returns the exit code."""
    cli = argparse.ArgumentParser(prog="python -m newsframe.report", description=build_reports.__doc__)
    cli.add_argument(
        "--article", help="another article (its executed notebooks are in reports/<article_id>/; run if missing)"
    )
    cli.add_argument("--date", help="its publication date (YYYY-MM-DD) when the file has no date line")
    args = cli.parse_args(argv)
    from .article import ArticleError

    try:
        written = build_reports(args.article or None, args.date or None)
    except ArticleError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(f"wrote {len(written)} files; open {written[-1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
