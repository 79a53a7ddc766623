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


def test_imported_modules_lists_what_the_code_cells_import():
    nb = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_markdown_cell("import nothing"),
        nbformat.v4.new_code_cell("%matplotlib inline\nimport json, os.path as osp\nfrom newsframe import config, plots\nfrom . import x"),
        nbformat.v4.new_code_cell("def broken(:\n    import sys"),
    ])
    assert notebooks.imported_modules(nb) == ["json", "os.path", "newsframe", "newsframe.config", "newsframe.plots"]


def _kernel_processes(root=None) -> list:
    """The kernels (and kernel fork servers) below `root` (default: this process), as psutil processes."""
    import psutil

    found = []
    for process in psutil.Process(root).children(recursive=True):
        try:
            command = " ".join(process.cmdline())
        except psutil.Error:
            continue
        if "ipykernel" in command or "newsframe.kernels" in command:
            found.append(process)
    return found


def _running(processes: list) -> list:
    import psutil

    alive = []
    for process in processes:
        try:
            if process.is_running() and process.status() != psutil.STATUS_ZOMBIE:
                alive.append(process)
        except psutil.Error:
            pass
    return alive


def _notebook(path: Path, *sources: str) -> Path:
    nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(s) for s in sources]), path)
    return path


@pytest.mark.notebook
def test_warm_kernel_starts_fresh_and_a_failure_stops_the_run_and_its_kernels(tmp_path):
    import asyncio

    import psutil

    fresh = _notebook(tmp_path / "a.ipynb", "import csv, json\nimport sys",
                      "print(sorted(n for n in globals() if not n.startswith('_')), 'json' in sys.modules)")
    failing = _notebook(tmp_path / "b.ipynb", "import json", "raise ValueError('bad cell')")
    later = _notebook(tmp_path / "c.ipynb", "import csv")

    async def cold() -> nbformat.NotebookNode:  # the same notebook in a kernel with nothing imported ahead
        km = await notebooks.start_kernel(tmp_path, [])
        try:
            return await notebooks.execute_in(km, nbformat.read(fresh, as_version=4), tmp_path)
        finally:
            await notebooks.stop_kernel(km)

    (written,) = asyncio.run(notebooks.execute_all([fresh], [tmp_path / "out-a.ipynb"]))
    warm_cells, cold_cells = nbformat.read(written, as_version=4).cells, asyncio.run(cold()).cells
    assert [c.execution_count for c in warm_cells] == [1, 2]
    assert warm_cells[1].outputs[0]["text"] == cold_cells[1].outputs[0]["text"]  # same names bound, nothing more
    assert "'csv', 'exit', 'get_ipython', 'json'" in warm_cells[1].outputs[0]["text"]
    with pytest.raises(Exception) as error:
        asyncio.run(notebooks.execute_all([failing, later, fresh], [tmp_path / f"out-{n}.ipynb" for n in "bcd"], jobs=1))
    assert getattr(error.value, "ename", "") == "ValueError" and "bad cell" in error.value.evalue
    assert not (tmp_path / "out-b.ipynb").exists()
    assert not _running(_kernel_processes()), "kernels left running"


@pytest.mark.notebook
def test_ctrl_c_stops_the_run_in_one_line_and_leaves_no_kernel(tmp_path):
    import signal
    import subprocess
    import sys
    import time

    import psutil

    marker = tmp_path / "sleeping"
    (tmp_path / "01-slow.py").write_text(f"# %%\nimport time\n\n# %%\nopen({str(marker)!r}, 'w').close()\ntime.sleep(60)\n",
                                         encoding="utf-8")
    script = ("import sys; from pathlib import Path; from newsframe import config, notebooks\n"
              f"config.NOTEBOOKS_DIR = Path({str(tmp_path)!r})\nsys.exit(notebooks.main(['run', '--jobs', '1']))\n")
    runner = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              env={**__import__("os").environ, "NEWSFRAME_CACHE_DIR": str(tmp_path / "cache")})
    deadline = time.monotonic() + 60
    while not marker.exists() and time.monotonic() < deadline:  # until the kernel runs the sleeping cell
        time.sleep(0.1)
    kernels = _kernel_processes(runner.pid)
    assert marker.exists() and kernels
    runner.send_signal(signal.SIGINT)
    _, err = runner.communicate(timeout=60)
    assert runner.returncode == 130
    errors = [line for line in err.splitlines() if line.startswith("error:")]
    assert errors == ["error: interrupted; the notebooks finished before it are kept"] and "Traceback" not in err
    time.sleep(0.5)
    assert not _running(kernels), "kernel left running"


KERNEL_STATE = """import json, os, sys, matplotlib, numpy
import matplotlib.pyplot as plt
plt.figure()
print(json.dumps({"path": sys.path, "env": sorted(os.environ), "cwd": os.getcwd(), "backend": matplotlib.get_backend(),
                  "name": __name__, "parent_watched": os.environ.get("JPY_PARENT_PID") == str(os.getppid()),
                  "names": sorted(globals()), "displayhook": type(sys.displayhook).__name__,
                  "hooks": [f.__module__ + "." + f.__name__ for f in get_ipython().events.callbacks["post_execute"]],
                  "own_session": os.getsid(0) == os.getpid(), "random": numpy.random.random()}))"""


@pytest.mark.notebook
def test_a_forked_kernel_is_like_one_started_the_usual_way(tmp_path):
    import asyncio
    import json

    from newsframe import kernels

    if not kernels.enabled():
        pytest.skip("kernels are forked on Linux only")
    nb = _notebook(tmp_path / "state.ipynb", KERNEL_STATE)

    async def state(server) -> dict:
        km = await notebooks.start_kernel(tmp_path, ["numpy"], server)
        try:
            executed = await notebooks.execute_in(km, nbformat.read(nb, as_version=4), tmp_path)
        finally:
            await notebooks.stop_kernel(km)
        return json.loads(executed.cells[0].outputs[0]["text"])

    async def states() -> tuple[dict, dict, dict]:
        server = await kernels.ForkServer(["numpy", "matplotlib.pyplot"]).start()
        try:
            first, second = await state(server), await state(server)
        finally:
            await server.close()
        return first, second, await state(None)

    first, second, usual = asyncio.run(states())
    assert first.pop("random") != second.pop("random"), "forked kernels share numpy's random state"
    usual.pop("random")
    assert first == usual
    assert first["parent_watched"] and first["own_session"] and "flush_figures" in " ".join(first["hooks"])
    assert not _running(_kernel_processes()), "kernels or server left running"


@pytest.mark.notebook
def test_fork_server_job_result_and_error(tmp_path):
    import asyncio

    from newsframe import kernels

    if not kernels.enabled():
        pytest.skip("kernels are forked on Linux only")

    async def job(call) -> str:
        server = await kernels.ForkServer([], job=call, job_modules=["json"]).start()
        try:
            return await server.job_result()
        finally:
            await server.close()

    assert asyncio.run(job(["math:sqrt", [6.25]])) == "2.5"
    assert asyncio.run(job(["json:loads", ["{bad"]])).startswith("error: Expecting property name")
    assert not _running(_kernel_processes()), "server or job left running"


@pytest.mark.notebook
@pytest.mark.parametrize("fork", ["1", "0"], ids=["forked", "usual"])
def test_make_run_analyses_once_and_runs_with_or_without_forked_kernels(fork, tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSFRAME_FORK_KERNELS", fork)
    for name in ("DATA", "FIGURES", "REPORTS", "CACHE"):
        monkeypatch.setenv(f"NEWSFRAME_{name}_DIR", str(tmp_path / name.lower()))
    monkeypatch.setattr(config, "REPORTS_DIR", tmp_path / "reports")
    monkeypatch.setattr(config, "CACHE_DIR", tmp_path / "cache")
    article = tmp_path / "storm.txt"
    article.write_text("Storm hits coast\n\nA storm hit the coast on Tuesday, officials in Florida said.\n", encoding="utf-8")
    written = notebooks.run(["01", "04"], str(article), "2023-03-01", jobs=2)
    assert [p.name for p in written] == ["01-load-article.ipynb", "04-build-timeline.ipynb"]
    assert len(list((tmp_path / "cache" / "tables").glob("*.pickle"))) == 1  # analyzed once, read back by both
    timeline = nbformat.read(written[1], as_version=4)
    assert "2023-02-28" in str([c.get("outputs") for c in timeline.cells])  # Tuesday before 2023-03-01
    assert not _running(_kernel_processes()), "kernels or server left running"


def test_only_this_interpreters_ipykernel_is_forked(monkeypatch):
    import sys

    from newsframe import kernels

    assert kernels.forkable_arguments([sys.executable, "-m", "ipykernel_launcher", "-f", "k.json"]) == ["-f", "k.json"]
    assert kernels.forkable_arguments(["/opt/other/bin/python9", "-m", "ipykernel_launcher", "-f", "k.json"]) is None
    assert kernels.forkable_arguments([sys.executable, "-m", "another_kernel", "-f", "k.json"]) is None
    monkeypatch.setenv("NEWSFRAME_FORK_KERNELS", "0")
    assert not kernels.enabled()


class _FakeChannel:
    """A kernel channel that hands out queued messages, then raises Empty (as a quiet channel does)."""

    def __init__(self, messages):
        self.messages = messages

    async def get_msg(self, timeout=None):
        from queue import Empty

        if not self.messages:
            raise Empty
        return self.messages.pop(0)


class _FakeKernel:
    """Just enough of a kernel manager and client for notebooks.wait_until_ready: each request is answered on the
    shell channel; its broadcast (busy, idle) arrives only from the `heard_from`-th request on, as when the client's
    subscription is not in place yet; `alive` says whether the process is still there."""

    def __init__(self, heard_from: int = 1, alive: bool = True, answers: bool = True):
        self.shell_channel, self.iopub_channel = _FakeChannel([]), _FakeChannel([])
        self.requests, self.heard_from, self.alive, self.answers = [], heard_from, alive, answers

    def _request(self, kind: str) -> str:
        msg_id = f"{kind}-{len(self.requests)}"
        self.requests.append(kind)
        if self.answers:
            self.shell_channel.messages.append({"parent_header": {"msg_id": msg_id}, "msg_type": f"{kind}_reply"})
            if len(self.requests) >= self.heard_from:
                for state in ("busy", "idle"):
                    self.iopub_channel.messages.append({"parent_header": {"msg_id": msg_id}, "msg_type": "status",
                                                        "content": {"execution_state": state}})
        return msg_id

    def execute(self, code, **_):
        return self._request("execute")

    def kernel_info(self):
        return self._request("kernel_info")

    async def is_alive(self):
        return self.alive


def test_wait_until_ready_asks_again_when_the_broadcast_was_missed_and_fails_in_one_line(monkeypatch):
    import asyncio

    monkeypatch.setattr(notebooks, "IOPUB_WAIT", 0.05)
    heard = _FakeKernel(heard_from=1)
    asyncio.run(notebooks.wait_until_ready(heard, heard, "import json"))
    assert heard.requests == ["execute"]  # the warm-up's own idle status was enough
    missed = _FakeKernel(heard_from=3)
    asyncio.run(notebooks.wait_until_ready(missed, missed, "import json"))
    assert missed.requests == ["execute", "kernel_info", "kernel_info"]  # the code runs once; only the question repeats
    dead = _FakeKernel(alive=False, answers=False)
    with pytest.raises(RuntimeError, match="died before it was ready"):
        asyncio.run(notebooks.wait_until_ready(dead, dead))
    monkeypatch.setattr(notebooks, "STARTUP_TIMEOUT", 0.1)
    silent = _FakeKernel(answers=False)
    with pytest.raises(RuntimeError, match=r"did not answer within 0\.1 s"):
        asyncio.run(notebooks.wait_until_ready(silent, silent))
