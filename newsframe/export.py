"""The notebooks as HTML pages a reader opens without Jupyter: `make report`.

`build_reports` renders every executed notebook of an article to standalone HTML under reports/<article_id>/ (figures
embedded), once with its code and once as the story only (no code cells), with an index.html linking them:

    python -m newsframe.export [--article PATH] [--date YYYY-MM-DD]
"""

from __future__ import annotations

import argparse
import html
import re
import sys
from pathlib import Path

import nbformat
from nbconvert import HTMLExporter

from . import config
from .article import ArticleError
from .io import Busy, write_text
from .notebooks import NotebookError, notebook_sources, run
from .pipeline import read_article
from .summary import moment_name, source_label

# Cells left out of the story-only pages: the parameters and the closing "save the tables" step, which show file
# paths and settings rather than anything about the article.
STORY_SKIP_TAGS = frozenset({"parameters", "injected-parameters"})
STORY_SKIP_HEADINGS = ("## save the table",)
STORY_SUFFIX = "-story"
# The notebook the index lists first and tells the reader to start with: the one-page report.
REPORT_NOTEBOOK = "06-report"


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
    """The first Markdown heading of a notebook ('06 · The report'), else its file name."""
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
    when = moment_name(article.published, article.time_known) or "publication date unknown"
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
        f"also shows the code that made them. Start with the report ({REPORT_NOTEBOOK[:2]}).</p>\n"
        f"<ul>\n{items}\n</ul>\n</body>\n</html>\n"
    )


def build_reports(article_path: str | None = None, date: str | None = None, run_missing: bool = True) -> list[Path]:
    """Render an article's executed notebooks to reports/<article_id>/ (full and story-only HTML) and write
    index.html; the shipped article (None) uses the committed notebooks/. Missing notebooks are run first when
    `run_missing`. Returns the written paths, index.html last."""
    article = read_article(article_path or config.DEFAULT_ARTICLE, date)
    key = None if article_path is None else article.id
    have = {p.stem for p in executed_notebooks(key)}
    missing = [s.stem[:2] for s in notebook_sources() if s.stem not in have]
    if missing and run_missing:
        run(missing, article_path, date)
    folder = config.REPORTS_DIR / article.id
    written, pages = [], []
    ordered = sorted(executed_notebooks(key), key=lambda p: (p.stem != REPORT_NOTEBOOK, p.stem))  # the report first
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
    cli = argparse.ArgumentParser(prog="python -m newsframe.export", description=build_reports.__doc__)
    cli.add_argument(
        "--article", help="another article (its executed notebooks are in reports/<article_id>/; run if missing)"
    )
    cli.add_argument("--date", help="its publication date (YYYY-MM-DD) when the file has no date line")
    args = cli.parse_args(argv)
    try:
        written = build_reports(args.article or None, args.date or None)
    except (ArticleError, Busy, NotebookError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(f"wrote {len(written)} files; open {written[-1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
