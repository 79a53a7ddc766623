"""Every notebook runs top to bottom in a fresh kernel; the committed ones are executed, clean and in sync; the
runner runs each notebook in a kernel of its own, in order with one job, stops in one line on an error or Ctrl-C,
and writes the same bytes when nothing changed."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import psutil
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
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert [c.execution_count for c in code] == list(range(1, len(code) + 1))
    assert not any(o.get("output_type") == "error" for c in code for o in c.get("outputs", []))
    figures = list((tmp_path / "figures").rglob(f"{source.stem[:2]}-*.png"))
    assert figures, "each notebook saves at least one figure"
    for png in figures:
        for suffix in (".svg", ".csv"):
            assert png.with_suffix(suffix).exists()
        assert not png.with_suffix(".pdf").exists(), "PDF is written only when NEWSFRAME_FIGURE_FORMATS asks for it"
        committed = config.PROJECT_ROOT / "figures" / png.relative_to(tmp_path / "figures")
        assert png.with_suffix(".csv").read_bytes() == committed.with_suffix(".csv").read_bytes(), (
            f"{committed.with_suffix('.csv').name} differs from what the notebook plots; run `make run`"
        )


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
    assert [c.source for c in paired.cells] == [c.source for c in nb.cells], (
        f"{source.name} and {committed.name} differ"
    )


def test_parameters_are_injected_after_the_parameters_cell():
    nb = notebooks.prepare(notebooks.notebook_sources(["01"])[0], {"ARTICLE": "/news/storm.txt", "DATE": "2023-03-01"})
    tags = [c.metadata.get("tags", []) for c in nb.cells]
    given = tags.index(["parameters"])
    assert tags[given + 1] == ["injected-parameters"]
    assert 'ARTICLE = "/news/storm.txt"' in nb.cells[given + 1].source
    assert 'DATE = "2023-03-01"' in nb.cells[given + 1].source
    assert not any(
        "injected-parameters" in t
        for t in [c.metadata.get("tags", []) for c in notebooks.prepare(notebooks.notebook_sources(["01"])[0]).cells]
    ), "nothing is injected without parameters"


def test_clean_strips_volatile_metadata_and_keeps_tags(tmp_path):
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("x = 1"), nbformat.v4.new_markdown_cell("# x")])
    nb.metadata.update(
        {
            "papermill": {"duration": 1.5},
            "widgets": {},
            "jupytext": {"formats": "ipynb,py"},
            "language_info": {"name": "python", "version": "3.11.7"},
        }
    )
    nb.cells[0].metadata.update(
        {
            "tags": ["parameters"],
            "execution": {"iopub.status.busy": "2024-01-01"},
            "papermill": {"duration": 0.1},
            "scrolled": True,
        }
    )
    nb.cells[1].metadata.update({"tags": [], "collapsed": False})
    path = tmp_path / "nb.ipynb"
    nbformat.write(nb, path)
    assert notebooks.main(["clean", str(path)]) == 0
    cleaned = nbformat.read(path, as_version=4)
    assert set(cleaned.metadata) == {"kernelspec", "language_info"}
    assert cleaned.metadata.language_info == {"name": "python"}
    assert [c.metadata for c in cleaned.cells] == [{"tags": ["parameters"]}, {}]
    assert not any("id" in c for c in cleaned.cells)
    assert path.read_text(encoding="utf-8") == nbformat.writes(cleaned) + "\n"


def _kernels(root: int | None = None) -> list:
    """The kernel processes below `root` (default: this process)."""
    found = []
    for process in psutil.Process(root).children(recursive=True):
        try:
            if "ipykernel" in " ".join(process.cmdline()):
                found.append(process)
        except psutil.Error:
            pass
    return found


def _running(processes: list, within: float = 5.0) -> list:
    """Those of `processes` still running after `within` seconds at most."""
    deadline = time.monotonic() + within
    while True:
        alive = []
        for process in processes:
            try:
                if process.is_running() and process.status() != psutil.STATUS_ZOMBIE:
                    alive.append(process)
            except psutil.Error:
                pass
        if not alive or time.monotonic() > deadline:
            return alive
        time.sleep(0.1)


def _sources(folder: Path, **cells: str) -> list[Path]:
    """py:percent notebooks `folder/<name>.py`, one cell each: _sources(folder, **{"01-a": "x = 1"})."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, code in cells.items():
        (folder / f"{name}.py").write_text(f"# %%\n{code}\n", encoding="utf-8")
    return sorted(folder.glob("*.py"))


LOG_CELL = """import json, os
seen = "earlier" in globals()
earlier = True
with open({log!r}, "a") as log:
    log.write(json.dumps([{name!r}, os.getpid(), seen]) + "\\n")"""


@pytest.mark.notebook
def test_with_one_job_each_notebook_runs_in_a_new_kernel_in_number_order(tmp_path):
    import json

    log = tmp_path / "log.jsonl"
    names = ["01-first", "02-second", "03-third"]
    sources = _sources(tmp_path / "nb", **{n: LOG_CELL.format(log=str(log), name=n) for n in names})
    written = notebooks.execute_all(sources, [tmp_path / f"{s.stem}.ipynb" for s in sources], jobs=1)
    assert [p.name for p in written] == [f"{n}.ipynb" for n in names]
    entries = [json.loads(line) for line in log.read_text().splitlines()]
    assert [e[0] for e in entries] == names, "one job runs the notebooks in number order"
    assert len({e[1] for e in entries}) == 3, "each notebook has a kernel of its own"
    assert not any(e[2] for e in entries), "no notebook sees another's names"
    assert all(nbformat.read(p, as_version=4).cells[0].execution_count == 1 for p in written)
    assert not _running(_kernels()), "kernels left running"


@pytest.mark.notebook
def test_a_failing_notebook_is_one_line_naming_it_and_stops_the_run(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(config, "NOTEBOOKS_DIR", tmp_path / "nb")
    _sources(tmp_path / "nb", **{"01-fails": "x = 1\n\n# %%\nraise ValueError('bad\\nvalue')", "02-later": "y = 2"})
    assert notebooks.main(["run", "--jobs", "1"]) == 1
    err = capsys.readouterr().err
    assert err.splitlines() == [f"error: {tmp_path / 'nb' / '01-fails.py'}, cell [2]: ValueError: bad value"]
    assert not list((tmp_path / "nb").glob("*.ipynb")), "neither the failing notebook nor a later one is written"
    assert not _running(_kernels()), "kernels left running"


@pytest.mark.notebook
def test_a_rerun_writes_the_same_bytes(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSFRAME_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("NEWSFRAME_FIGURES_DIR", str(tmp_path / "figures"))
    source = notebooks.notebook_sources(["04"])[0]
    first, second = notebooks.execute_all([source, source], [tmp_path / "1.ipynb", tmp_path / "2.ipynb"], jobs=2)
    assert first.read_bytes() == second.read_bytes()
    figures = sorted((tmp_path / "figures").rglob("04-*"))
    assert figures
    for figure in figures:
        committed = config.PROJECT_ROOT / "figures" / figure.relative_to(tmp_path / "figures")
        assert figure.read_bytes() == committed.read_bytes(), f"{committed.name} differs from the committed one"


@pytest.mark.notebook
def test_ctrl_c_stops_the_run_in_one_line_keeps_finished_notebooks_and_leaves_no_kernel(tmp_path):
    marker = tmp_path / "sleeping"
    _sources(
        tmp_path / "nb",
        **{
            "01-quick": "x = 1",
            "02-slow": f"import time\nopen({str(marker)!r}, 'w').close()\ntime.sleep(60)",
            "03-never": "y = 2",
        },
    )
    script = (
        "import sys; from pathlib import Path; from newsframe import config, notebooks\n"
        f"config.NOTEBOOKS_DIR = Path({str(tmp_path / 'nb')!r})\n"
        "sys.exit(notebooks.main(['run', '--jobs', '1']))\n"
    )
    # In its own session, so that the signal can go to its whole process group, as a terminal sends Ctrl-C
    runner = subprocess.Popen(
        [sys.executable, "-c", script],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while not marker.exists() and time.monotonic() < deadline:  # until the second kernel runs the sleeping cell
        time.sleep(0.1)
    kernels = _kernels(runner.pid)
    assert marker.exists() and kernels
    os.killpg(runner.pid, signal.SIGINT)
    _, err = runner.communicate(timeout=60)
    assert runner.returncode == 130
    assert err.splitlines() == ["error: interrupted; the notebooks finished before it are kept"]
    assert sorted(p.name for p in (tmp_path / "nb").glob("*.ipynb")) == ["01-quick.ipynb"]
    assert not _running(kernels), "kernel left running"


@pytest.mark.notebook
def test_make_run_analyzes_once_passes_the_article_and_prints_no_warning(tmp_path, monkeypatch, capfd):
    for name in ("DATA", "FIGURES", "REPORTS", "CACHE"):
        monkeypatch.setenv(f"NEWSFRAME_{name}_DIR", str(tmp_path / name.lower()))
    monkeypatch.setattr(config, "REPORTS_DIR", tmp_path / "reports")
    monkeypatch.setattr(config, "CACHE_DIR", tmp_path / "cache")
    article = tmp_path / "storm.txt"
    article.write_text(
        "Storm hits coast\n\nA storm hit the coast on Tuesday, officials in Florida said.\n\nThousands lost power.\n",
        encoding="utf-8",
    )
    written = notebooks.run(["01", "04"], str(article), "2023-03-01", jobs=2)
    assert written == [
        tmp_path / "reports" / "storm" / "01-load-article.ipynb",
        tmp_path / "reports" / "storm" / "04-build-timeline.ipynb",
    ]
    assert len(list((tmp_path / "cache" / "tables").glob("*.zip"))) == 1  # analyzed once, read back by both
    loaded = nbformat.read(written[0], as_version=4)
    assert any("injected-parameters" in c.metadata.get("tags", []) for c in loaded.cells)
    paragraphs = (tmp_path / "data" / "storm" / "paragraphs.csv").read_text()
    assert paragraphs.count("\n") == 4  # header, headline, two paragraphs
    timeline = nbformat.read(written[1], as_version=4)
    assert "2023-02-28" in str([c.get("outputs") for c in timeline.cells])  # Tuesday before 2023-03-01
    assert capfd.readouterr().err == "", "the run (kernels included) prints no warning"
    assert not _running(_kernels()), "kernels left running"


def test_a_kernel_that_dies_on_start_is_started_again_once(tmp_path, monkeypatch):
    (source,) = _sources(tmp_path / "nb", **{"01-quick": "x = 1"})
    real, calls = notebooks.run_cells, []

    def dies_first(client):
        calls.append(1)
        if len(calls) == 1:  # as when another process's kernel took the port this one was given
            raise notebooks.KernelStartError("Kernel died before replying to kernel_info")
        real(client)

    monkeypatch.setattr(notebooks, "run_cells", dies_first)
    assert notebooks.execute(source, tmp_path / "out.ipynb").exists() and len(calls) == 2

    def always_dies(client):
        raise notebooks.KernelStartError("Kernel died before replying to kernel_info")

    monkeypatch.setattr(notebooks, "run_cells", always_dies)
    with pytest.raises(notebooks.NotebookError, match="01-quick.py: RuntimeError: Kernel died"):
        notebooks.execute(source, tmp_path / "never.ipynb")
    assert not (tmp_path / "never.ipynb").exists()
