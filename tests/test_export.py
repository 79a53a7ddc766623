"""The HTML export (`make report`): every executed notebook as a page with its code and as the story only."""

from __future__ import annotations

import re

import nbformat
import pandas as pd
import pytest

from newsframe import charts, config, export
from newsframe.charts import style


# --- HTML export -----------------------------------------------------------------------------------------------
def test_html_export_links_every_notebook_and_story_pages_have_no_code(tmp_path, monkeypatch):
    monkeypatch.setattr(config, "REPORTS_DIR", tmp_path / "reports")
    written = export.build_reports(run_missing=False)
    folder = tmp_path / "reports" / config.DEFAULT_ARTICLE.stem
    index = (folder / "index.html").read_text(encoding="utf-8")
    assert written[-1] == folder / "index.html"
    notebooks = export.executed_notebooks()
    links = re.findall(r'href="([^"]+)"', index)
    assert len(links) == 2 * len(notebooks) >= 2
    for link in links:
        assert (folder / link).is_file()
    assert index.index("06-report") < index.index("01-load-article")  # the report is listed first
    for path in notebooks:
        full = (folder / f"{path.stem}.html").read_text(encoding="utf-8")
        story = (folder / f"{path.stem}{export.STORY_SUFFIX}.html").read_text(encoding="utf-8")
        # identifiers of the code cells (syntax highlighting splits lines, never a name)
        cells = nbformat.read(path, as_version=4).cells
        prose = " ".join(c.source for c in cells if c.cell_type == "markdown")
        names = {
            n
            for c in cells
            if c.cell_type == "code"
            for n in re.findall(r"\b[a-z]+_[a-z_]+\b", c.source)
            if n not in prose
        }
        assert names and all(n in full for n in names), path.name
        assert not [n for n in names if re.search(rf"\b{n}\b", story)], path.name
        figures = full.count("data:image/png;base64")
        assert figures >= 1 and story.count("data:image/png;base64") == figures  # figures embedded, kept in the story
        assert export.NO_ALT not in story and 'alt="Figure: ' in story


def test_story_cells_leave_out_parameters_and_the_save_step():
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_markdown_cell("# 09 · Title"),
        nbformat.v4.new_code_cell("ARTICLE = None", metadata={"tags": ["parameters"]}),
        nbformat.v4.new_markdown_cell("## Who is named?"),
        nbformat.v4.new_code_cell("table", outputs=[nbformat.v4.new_output("execute_result", {"text/plain": "t"})]),
        nbformat.v4.new_markdown_cell("## Save the tables"),
        nbformat.v4.new_code_cell("write()", outputs=[nbformat.v4.new_output("execute_result", {"text/plain": "[]"})]),
    ]
    kept = [c.source for c in export.story_cells(nb)]
    assert kept == ["# 09 · Title", "## Who is named?", "table"]


def test_figure_formats_default_to_png_and_svg_and_pdf_is_asked_for(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSFRAME_FIGURES_DIR", str(tmp_path))
    monkeypatch.setattr(config, "FIGURES_DIR", tmp_path)
    fig, ax = style.new_figure()
    ax.plot([0, 1], [1, 0])
    data = pd.DataFrame({"x": [0, 1], "y": [1, 0]})
    monkeypatch.delenv("NEWSFRAME_FIGURE_FORMATS", raising=False)
    assert set(charts.save_figure(fig, "f", data, "a")) == {"png", "svg", "csv"}
    monkeypatch.setenv("NEWSFRAME_FIGURE_FORMATS", "PNG, .pdf")
    paths = charts.save_figure(fig, "g", data, "a")
    assert set(paths) == {"png", "pdf", "csv"} and paths["pdf"].read_bytes().startswith(b"%PDF")
    monkeypatch.setenv("NEWSFRAME_FIGURE_FORMATS", "png,jpeg")
    with pytest.raises(ValueError, match="jpeg"):
        charts.save_figure(fig, "h", data, "a")
