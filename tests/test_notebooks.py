"""Every notebook runs top to bottom in a fresh kernel; the committed ones are executed and clean."""

from pathlib import Path

import nbformat
import pytest

from newsframe import config, notebooks

SOURCES = notebooks.notebook_sources()


@pytest.mark.notebook
@pytest.mark.parametrize("source", SOURCES, ids=[p.stem for p in SOURCES])
def test_notebook_runs_in_a_fresh_kernel(source: Path, tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSFRAME_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("NEWSFRAME_FIGURES_DIR", str(tmp_path / "figures"))
    output = notebooks.execute(source, tmp_path / f"{source.stem}.ipynb")  # raises on any cell error
    nb = nbformat.read(output, as_version=4)
    assert not any(o.get("output_type") == "error" for c in nb.cells for o in c.get("outputs", []))
    figures = list((tmp_path / "figures").rglob(f"{source.stem[:2]}-*.png"))
    assert figures, "each notebook saves at least one figure"
    for png in figures:
        for suffix in (".svg", ".csv"):
            assert png.with_suffix(suffix).exists()
        assert not png.with_suffix(".pdf").exists(), "PDF is written only when NEWSFRAME_FIGURE_FORMATS asks for it"


@pytest.mark.parametrize("source", SOURCES, ids=[p.stem for p in SOURCES])
def test_committed_notebook_is_executed_clean_and_in_sync(source: Path):
    committed = source.with_suffix(".ipynb")
    assert committed.exists(), f"{committed.name} is not committed; run `make run`"
    nb = nbformat.read(committed, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert [c.execution_count for c in code] == list(range(1, len(code) + 1)), "not run top to bottom"
    assert not any(o.get("output_type") == "error" for c in code for o in c.get("outputs", []))
    assert sum("parameters" in c.metadata.get("tags", []) for c in nb.cells) == 1
    assert set(nb.metadata) <= {"kernelspec", "language_info"}, "volatile notebook metadata"
    for cell in nb.cells:
        assert not set(cell.metadata) - {"tags"}, f"volatile cell metadata {set(cell.metadata)}"
    import jupytext

    paired = jupytext.read(source)
    assert [c.source for c in paired.cells] == [c.source for c in nb.cells], f"{source.name} and {committed.name} differ"


@pytest.mark.notebook
def test_another_article_goes_to_reports(tmp_path, monkeypatch):
    for name in ("DATA", "FIGURES", "REPORTS"):
        monkeypatch.setenv(f"NEWSFRAME_{name}_DIR", str(tmp_path / name.lower()))
    monkeypatch.setattr(config, "REPORTS_DIR", tmp_path / "reports")
    article = tmp_path / "storm.txt"
    article.write_text("Storm hits coast\n\nA storm hit the coast on Tuesday.\n\nThousands lost power.\n", encoding="utf-8")
    (written,) = notebooks.run(["01"], str(article), "2023-03-01")
    assert written == tmp_path / "reports" / "storm" / "01-load-article.ipynb"
    nb = nbformat.read(written, as_version=4)
    assert any("injected-parameters" in c.metadata.get("tags", []) for c in nb.cells)
    assert (tmp_path / "data" / "storm" / "paragraphs.csv").read_text().count("\n") == 4  # header, headline, two paragraphs
