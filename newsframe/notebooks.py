"""Executing the numbered notebooks in a fresh kernel each, and keeping them clean for the repository.

Each notebook is authored as a jupytext py:percent file `notebooks/NN-slug.py`; running it writes the executed
`NN-slug.ipynb` beside it (the committed, rendered notebook) or, for another article, under reports/<article_id>/.

    python -m newsframe.notebooks run [NN ...] [--article PATH] [--date YYYY-MM-DD]
    python -m newsframe.notebooks clean NOTEBOOK.ipynb ...
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import sys
import tempfile
from functools import lru_cache
from pathlib import Path

# nbformat imports jsonschema, which, when rfc3987-syntax is installed (JupyterLab's event schemas need it), builds
# a grammar for checking IRIs as it is imported: 0.9 s of every command that reads a notebook, for a format no
# notebook schema uses. A module marked absent is skipped by jsonschema, which then checks every other format.
sys.modules.setdefault("rfc3987_syntax", None)

import nbformat  # noqa: E402

from . import config  # noqa: E402
from .io import write_text  # noqa: E402

KERNEL = "python3"
# Notebook-level and cell-level metadata that changes from run to run and says nothing to a reader.
VOLATILE_NOTEBOOK_KEYS = ("papermill", "widgets", "jupytext")
VOLATILE_CELL_KEYS = ("papermill", "execution", "collapsed", "scrolled", "ExecuteTime")


def notebook_sources(selection: list[str] | None = None) -> list[Path]:
    """The notebooks' py:percent sources in number order, optionally only those whose name starts with a selection."""
    sources = sorted(p for p in config.NOTEBOOKS_DIR.glob("[0-9][0-9]-*.py"))
    if selection:
        sources = [p for p in sources if any(p.name.startswith(s) for s in selection)]
    return sources


def clean(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Strip volatile metadata from a notebook in place (timings, papermill records, empty tags); return it."""
    for key in VOLATILE_NOTEBOOK_KEYS:
        nb.metadata.pop(key, None)
    language = nb.metadata.get("language_info", {})
    nb.metadata["language_info"] = {"name": language.get("name", "python")}
    nb.metadata["kernelspec"] = {"display_name": "Python 3", "language": "python", "name": KERNEL}
    for cell in nb.cells:
        for key in VOLATILE_CELL_KEYS:
            cell.metadata.pop(key, None)
        if not cell.metadata.get("tags"):
            cell.metadata.pop("tags", None)
        cell.pop("id", None)
    nb.nbformat, nb.nbformat_minor = 4, 4
    return nb


def prepare(source: Path, parameters: dict | None = None) -> nbformat.NotebookNode:
    """The notebook `source` (.py or .ipynb) ready to execute: python3 kernel, parameters injected after the cell
    tagged `parameters` (as papermill does, in a cell tagged `injected-parameters`)."""
    import jupytext

    nb = jupytext.read(source) if source.suffix == ".py" else nbformat.read(source, as_version=4)
    nb.metadata["kernelspec"] = {"display_name": "Python 3", "language": "python", "name": KERNEL}
    if parameters:
        from papermill.parameterize import parameterize_notebook

        for cell in nb.cells:  # papermill looks for the `parameters` tag in every cell's tags
            cell.metadata.setdefault("tags", [])
        nb.metadata.setdefault("papermill", {})  # where it records the parameters (dropped by `clean`)
        nb = parameterize_notebook(nb, parameters, kernel_name=KERNEL, language="python")
    return nb


def imported_modules(notebook: nbformat.NotebookNode | Path) -> list[str]:
    """The modules a notebook's code cells import (for `from m import x`, both m and m.x, since x may be a
    submodule), in order of first appearance. `notebook` is a notebook, or the path of a py:percent source, which
    is read as it is, without building the notebook."""
    import ast

    if isinstance(notebook, Path):
        blocks = [notebook.read_text(encoding="utf-8")] if notebook.suffix == ".py" else [
            c.source for c in nbformat.read(notebook, as_version=4).cells if c.cell_type == "code"]
    else:
        blocks = [c.source for c in notebook.cells if c.cell_type == "code"]
    found: dict[str, None] = {}
    for block in blocks:
        try:
            tree = ast.parse("\n".join(line for line in block.splitlines() if not line.lstrip().startswith(("%", "!"))))
        except SyntaxError:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                found.update((alias.name, None) for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                found[node.module] = None
                found.update((f"{node.module}.{alias.name}", None) for alias in node.names if alias.name != "*")
    return list(found)


def warm_up_code(modules: list[str]) -> str:
    """Code that imports `modules` into sys.modules and binds no name: run silently in a new kernel before the
    notebook, it leaves the user namespace empty and the execution count at zero, so the notebook still starts
    fresh; only the import time is spent ahead. A name that is not a module is skipped (the notebook's own import
    reports any real error)."""
    return (
        "def _newsframe_warm_up(modules):\n"
        "    import importlib\n"
        "    for name in modules:\n"
        "        try:\n"
        "            importlib.import_module(name)\n"
        "        except Exception:\n"
        "            pass\n"
        f"_newsframe_warm_up({modules!r})\n"
        "del _newsframe_warm_up\n"
    )


# Modules the package imports inside functions the notebooks call (entities.displacy_html draws with spaCy's
# displacy): a fork server imports them ahead too, so no kernel pays for them on its own.
FIRST_USE_MODULES = ["spacy.displacy"]


def server_modules(sources: list[Path]) -> list[str]:
    """What a fork server imports for the notebooks `sources`: what they import, then FIRST_USE_MODULES."""
    return list(dict.fromkeys([m for source in sources for m in imported_modules(source)] + FIRST_USE_MODULES))


# Seconds a kernel may take to start and answer; a cell may run as long as it needs.
STARTUP_TIMEOUT = 120
# Kernels started ahead of the notebooks running: starting one the usual way takes about as long as a short
# notebook runs; a forked one starts in a fifth of that, and one ahead is enough.
LOOKAHEAD = 2
LOOKAHEAD_FORKED = 1
# Notebooks run at once by default: one more than the cores, since each also waits on this runner between cells
# and on its files (on 2 cores, 3 at once took 5.8 s where 2 took 6.3 s).
DEFAULT_JOBS = (os.cpu_count() or 1) + 1


def _ipc_path() -> str:
    """A fresh socket path prefix in a private temporary folder (removed with the process's other temporaries)."""
    import atexit
    import shutil

    global _IPC_DIR
    if _IPC_DIR is None:
        _IPC_DIR = tempfile.mkdtemp(prefix="newsframe-kernels-")
        atexit.register(shutil.rmtree, _IPC_DIR, True)
    return str(Path(_IPC_DIR) / f"kernel-{next(_IPC_COUNT)}")


_IPC_DIR: str | None = None
_IPC_COUNT = itertools.count()


class Kernel:
    """A started kernel: its manager, and a client whose channels are open and whose kernel has answered."""

    def __init__(self, manager, client):
        self.manager, self.client = manager, client


async def start_kernel(cwd: Path, modules: list[str], server=None) -> Kernel:
    """A new python3 kernel started in `cwd` (forked by `server`, a kernels.ForkServer, when given), with `modules`
    imported silently (see warm_up_code), ready to run a notebook."""
    import zmq
    from jupyter_client.manager import AsyncKernelManager

    from .kernels import start_manager

    # IPC sockets in a private folder where the system has them: no network ports, and no warning about plain TCP
    km = AsyncKernelManager(kernel_name=KERNEL, **({"transport": "ipc", "ip": _ipc_path()} if os.name == "posix" else {}))
    start_manager(km, server)
    # The client connects as soon as the kernel process exists, usually before the kernel has opened its sockets;
    # ZeroMQ then tries again after RECONNECT_IVL (100 ms by default), which a forked kernel would spend waiting.
    await km.start_kernel(cwd=str(cwd))
    kc = km.client()
    kc.context.setsockopt(zmq.RECONNECT_IVL, RECONNECT_MS)  # the default for the sockets it opens next
    kc.start_channels()
    try:
        await wait_until_ready(km, kc, warm_up_code(modules) if modules else None)
    except BaseException:
        kc.stop_channels()
        await km.shutdown_kernel(now=True)
        raise
    kc.allow_stdin = False
    return Kernel(km, kc)


# Milliseconds between a client's attempts to connect to a kernel that has not opened its sockets yet.
RECONNECT_MS = 5
# Seconds to wait for a request's messages on the broadcast channel before asking again: a subscriber that has just
# connected may miss what the kernel broadcasts first (ZeroMQ's "slow joiner").
IOPUB_WAIT = 0.2


async def wait_until_ready(km, kc, code: str | None = None) -> None:
    """Wait until the kernel has run `code` (or answered a kernel_info request) and its broadcast channel is
    connected, raising RuntimeError if it dies or takes more than STARTUP_TIMEOUT seconds.

    jupyter_client's `wait_for_ready` does the same, then waits until its broadcast channel has been silent for
    0.2 s, and nbclient calls it once more before the first cell: 0.4 s of every kernel's start spent waiting. Here
    the wait ends with the idle status of the request itself; messages of the kernel's start that are still queued
    belong to no cell and are skipped by nbclient, which reads only the replies to its own requests."""
    from queue import Empty

    loop = asyncio.get_running_loop()
    deadline = loop.time() + STARTUP_TIMEOUT

    async def reply(channel, msg_id: str, timeout: float, idle: bool = False) -> bool:
        """Whether `channel` gives the reply to msg_id (its idle status when `idle`) within `timeout` seconds."""
        until = min(loop.time() + timeout, deadline)
        while (left := until - loop.time()) > 0:
            try:
                msg = await channel.get_msg(timeout=min(left, 1))
            except Empty:
                if not await km.is_alive():
                    raise RuntimeError("the kernel died before it was ready") from None
                continue
            if msg["parent_header"].get("msg_id") == msg_id and (
                    not idle or (msg["msg_type"] == "status" and msg["content"].get("execution_state") == "idle")):
                return True
        if loop.time() >= deadline:
            raise RuntimeError(f"the kernel did not answer within {STARTUP_TIMEOUT} s")
        return False

    msg_id = kc.execute(code, silent=True, store_history=False) if code is not None else kc.kernel_info()
    while True:
        await reply(kc.shell_channel, msg_id, STARTUP_TIMEOUT)
        if await reply(kc.iopub_channel, msg_id, IOPUB_WAIT, idle=True):
            return
        msg_id = kc.kernel_info()  # its broadcast was missed: ask again, now the subscription is in place


@lru_cache(maxsize=1)
def _client_class():
    """nbclient's NotebookClient for a kernel the runner started and stops itself.

    nbclient installs its own Ctrl-C handler around each notebook, which kills the kernel under the running cell
    and leaves the run in a broken state; here Ctrl-C cancels the run instead, and the runner stops every kernel."""
    from contextlib import asynccontextmanager

    from nbclient import NotebookClient
    from nbclient.util import run_hook

    class RunnerClient(NotebookClient):
        @asynccontextmanager
        async def async_setup_kernel(self, **kwargs):
            if self.kc is None:
                await self.async_start_new_kernel_client()
            else:  # the client start_kernel made, already waited for: no second wait for readiness
                await run_hook(self.on_notebook_start, notebook=self.nb)
            try:
                yield
            finally:
                await run_hook(self.on_notebook_complete, notebook=self.nb)

    return RunnerClient


async def execute_in(kernel: Kernel, nb: nbformat.NotebookNode, cwd: Path) -> nbformat.NotebookNode:
    """Execute every cell of `nb` in the started kernel, top to bottom; raises CellExecutionError on an error."""
    client = _client_class()(nb, km=kernel.manager, kernel_name=KERNEL, timeout=None, startup_timeout=STARTUP_TIMEOUT,
                             resources={"metadata": {"path": str(cwd)}})
    client.kc = kernel.client
    try:
        return await client.async_execute()
    finally:
        kernel.client.stop_channels()


async def stop_kernel(kernel: Kernel) -> None:
    """Shut a kernel down at once (its notebook is done)."""
    kernel.client.stop_channels()
    await kernel.manager.shutdown_kernel(now=True)


def finish(executed: nbformat.NotebookNode, output: Path) -> Path:
    """Clean an executed notebook and write it to `output` atomically."""
    clean(executed)
    return write_text(output, nbformat.writes(executed) + "\n")


async def execute_all(sources: list[Path], outputs: list[Path], parameters: dict | None = None, jobs: int = 1,
                      ready=None, server="auto") -> list[Path]:
    """Execute each notebook in a new kernel of its own, `jobs` at a time, in number order.

    Where kernels can be forked (see kernels.enabled), one server imports every notebook's modules once and forks
    each kernel from it: `server` is a started kernels.ForkServer the caller closes, None for kernels started the
    usual way, or "auto" (the default) to start one here where forking is possible. While a notebook runs, the
    kernel of the next one is started and its imports done (see warm_up_code), so the start-up of one kernel
    overlaps the work of another. `ready`, an awaitable, is awaited before the first cell runs (kernels start
    meanwhile). On the first error the others stop, every kernel is shut down and the error is raised; outputs
    already written stay."""
    from . import kernels

    ready = asyncio.ensure_future(ready) if ready is not None else None
    starts: dict[int, asyncio.Task] = {}
    stops: dict[int, asyncio.Task] = {}
    written: dict[int, Path] = {}
    queue = list(range(len(sources)))
    workers: list[asyncio.Future] = []
    own_server = server == "auto"
    server = None if own_server else server

    def start(i: int) -> None:
        if i < len(sources) and i not in starts:
            starts[i] = asyncio.ensure_future(start_kernel(sources[i].parent, modules[i], server))

    async def worker() -> None:
        while queue:
            i = queue.pop(0)
            start(i)
            lookahead = LOOKAHEAD_FORKED if server is not None else LOOKAHEAD
            for ahead in range(i + 1, i + 1 + lookahead):  # the next ones taken: their kernels start meanwhile
                start(ahead)
            kernel = await starts[i]
            try:
                if ready is not None:
                    await ready
                executed = await execute_in(kernel, notebooks[i], sources[i].parent)
            finally:  # stopped while the next notebook runs (a shutdown waits 0.1 s for the process to go)
                stops[i] = asyncio.ensure_future(stop_kernel(kernel))
            written[i] = finish(executed, outputs[i])

    try:
        if own_server and kernels.enabled():  # started first: it imports while the notebooks are read and parameterised
            server = await kernels.ForkServer(server_modules(sources)).start()
        notebooks = [prepare(source, parameters) for source in sources]
        modules = [imported_modules(nb) for nb in notebooks]
        workers = [asyncio.ensure_future(worker()) for _ in range(max(1, min(jobs, len(sources))))]
        await asyncio.gather(*workers)
    except Exception:
        task = asyncio.current_task()
        if task is not None and getattr(task, "cancelling", lambda: 0)():
            raise asyncio.CancelledError from None  # interrupted: a kernel stopped under a cell is no error of its own
        raise
    finally:
        queue.clear()
        for task in workers + ([ready] if ready is not None else []):
            task.cancel()
        await asyncio.gather(*workers, *([ready] if ready is not None else []), return_exceptions=True)
        await asyncio.gather(*stops.values(), return_exceptions=True)
        for i, task in starts.items():  # kernels started ahead for notebooks that never ran
            if i not in stops:
                try:
                    await stop_kernel(await task)
                except BaseException:
                    pass
        if own_server and server is not None:
            await server.close()
    return [written[i] for i in range(len(sources))]


def execute(source: Path, output: Path, parameters: dict | None = None) -> Path:
    """Execute the notebook `source` (.py or .ipynb) in a fresh kernel, clean it and write it to `output` atomically."""
    return asyncio.run(execute_all([source], [output], parameters))[0]


def run(selection: list[str] | None = None, article: str | None = None, date: str | None = None, jobs: int = DEFAULT_JOBS) -> list[Path]:
    """Execute the selected notebooks, each in a fresh kernel, in number order (`jobs` at a time); for another
    article write them under reports/<article_id>/. The notebooks share nothing but files, so any order is safe."""
    sources = notebook_sources(selection)
    if not sources:
        raise SystemExit(f"no notebooks match {selection or 'notebooks/NN-*.py'}")
    config.figure_formats()  # a bad NEWSFRAME_FIGURE_FORMATS is reported before any kernel starts
    from .article import load_article

    loaded = load_article(article or config.DEFAULT_ARTICLE, date)  # an unreadable article stops the run here
    parameters, folder = {}, None
    if article:
        parameters = {"ARTICLE": str(Path(article).resolve()), "DATE": date}
        folder = config.REPORTS_DIR / loaded.id
    outputs = [(folder or source.parent) / f"{source.stem}.ipynb" for source in sources]
    for source, output in zip(sources, outputs):
        print(f"running {source.name} -> {output}", flush=True)
    return asyncio.run(_run_with_analysis(sources, outputs, parameters, jobs, article or str(config.DEFAULT_ARTICLE), date))


# What analysing an article imports (and the sentiment lexicons it loads): a fork server prepares it first and
# forks the analysis from it (see run); the kernels inherit it too.
ANALYSIS_MODULES = ["newsframe.pipeline", "spacy", "newsframe.entities", "newsframe.timeline",
                    "newsframe.sentiment:load_lexicons"]


def _check_cached(article: str, result: str) -> None:
    """Raise a one-line error unless the analysis of `article` answered "cached"."""
    if result.strip() != "cached":
        raise RuntimeError(f"analysing {article} failed: {result.strip().removeprefix('error: ')}")


async def _run_with_analysis(sources: list[Path], outputs: list[Path], parameters: dict, jobs: int, article: str,
                             date: str | None) -> list[Path]:
    """execute_all, with the article analysed once into the cache while the kernels start, so every notebook reads
    the analysis back instead of the first ones parsing it side by side.

    The analysis runs in a process of its own: in this one it would hold the interpreter lock while the kernels
    start. Where kernels are forked, it is forked from the same server as soon as the server has imported what it
    needs, sharing those imports; elsewhere it is `python -m newsframe.pipeline`."""
    from . import kernels

    call = ["newsframe.pipeline:cache_tables", [article, date]]
    if kernels.enabled():
        server = await kernels.ForkServer(server_modules(sources), job=call, job_modules=ANALYSIS_MODULES).start()

        async def analysed() -> None:
            _check_cached(article, await server.job_result())

        try:
            return await execute_all(sources, outputs, parameters, jobs, ready=analysed(), server=server)
        finally:
            await server.close()

    helper = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "newsframe.pipeline", article, *(["--date", date] if date else []),
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)

    async def helped() -> None:
        if (await helper.stdout.readline()).strip() != b"cached":
            _, err = await helper.communicate()
            _check_cached(article, (err.decode(errors="replace").strip().splitlines() or [f"exit code {helper.returncode}"])[-1])

    try:
        return await execute_all(sources, outputs, parameters, jobs, ready=helped(), server=None)
    finally:
        if helper.returncode is None:
            try:
                helper.kill()
            except ProcessLookupError:
                pass
        await helper.communicate()


def main(argv: list[str] | None = None) -> int:
    """Command line of the notebook runner; returns the exit code."""
    cli = argparse.ArgumentParser(prog="python -m newsframe.notebooks")
    commands = cli.add_subparsers(dest="command", required=True)
    run_cmd = commands.add_parser("run", help="execute notebooks in a fresh kernel each")
    run_cmd.add_argument("selection", nargs="*", help="notebook number prefixes (default: all)")
    run_cmd.add_argument("--article", help="another article: executed notebooks go to reports/<article_id>/")
    run_cmd.add_argument("--date", help="its publication date (YYYY-MM-DD) when the file has no date line")
    run_cmd.add_argument("--jobs", type=int, default=DEFAULT_JOBS,
                         help="notebooks executed at once (default: one more than the cores; 1 runs them in number order)")
    clean_cmd = commands.add_parser("clean", help="strip volatile metadata from executed notebooks")
    clean_cmd.add_argument("paths", nargs="+")
    args = cli.parse_args(argv)
    from .article import ArticleError

    try:
        if args.command == "run":
            run(args.selection, args.article or None, args.date or None, args.jobs)
        else:
            for path in map(Path, args.paths):
                write_text(path, nbformat.writes(clean(nbformat.read(path, as_version=4))) + "\n")
    except ArticleError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except (KeyboardInterrupt, asyncio.CancelledError):  # Ctrl-C: nbclient may turn it into a cancellation
        print("error: interrupted; the notebooks finished before it are kept", file=sys.stderr)
        return 130
    except Exception as error:  # a failing cell: name the notebook's error in one line, no traceback
        detail = f"{getattr(error, 'ename', type(error).__name__)}: {getattr(error, 'evalue', error)}"
        print(f"error: {' '.join(detail.split())}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
