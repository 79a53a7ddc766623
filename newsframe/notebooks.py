"""Executing the numbered notebooks, each in a fresh kernel, and keeping them clean for the repository.

Each notebook is authored as a jupytext py:percent file `notebooks/NN-slug.py`; running it writes the executed
`NN-slug.ipynb` beside it (the committed, rendered notebook) or, for another article, under reports/<article_id>/.

    python -m newsframe.notebooks run [NN ...] [--article PATH] [--date YYYY-MM-DD] [--jobs N]
    python -m newsframe.notebooks clean NOTEBOOK.ipynb ...

`run` analyzes the article once into the table cache (so every notebook reads its tables back instead of parsing
it again), then executes the notebooks a few at a time in a process pool: each worker executes one notebook with
nbclient in a new kernel, strips its volatile metadata and writes it atomically. The same code runs on Linux,
macOS and Windows.
"""

from __future__ import annotations

import argparse
import multiprocessing
import signal
import sys
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from pathlib import Path

# nbformat imports jsonschema, which, when rfc3987-syntax is installed (JupyterLab's event schemas need it), builds
# a grammar for checking IRIs as it is imported: 1 s of every process that reads a notebook, for a format no
# notebook schema uses. A module marked absent is skipped by jsonschema, which then checks every other format.
sys.modules.setdefault("rfc3987_syntax", None)

import nbformat  # noqa: E402

from . import config  # noqa: E402
from .io import locked, remove_stale_temporaries, write_text  # noqa: E402
from .workers import exit_with_parent, usable_cores  # noqa: E402

KERNEL = "python3"
# Notebook-level and cell-level metadata that changes from run to run and says nothing to a reader.
VOLATILE_NOTEBOOK_KEYS = ("papermill", "widgets", "jupytext")
VOLATILE_CELL_KEYS = ("papermill", "execution", "collapsed", "scrolled", "ExecuteTime")
# Notebooks executed at once by default: one more than the cores this process may use (as for `analyze`),
# since each kernel also waits on its client between cells and on its files.
DEFAULT_JOBS = usable_cores() + 1


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
    tagged `parameters` by papermill (in a cell tagged `injected-parameters`)."""
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


class NotebookError(Exception):
    """A notebook that failed, in one line: the notebook, the cell, and the cell's error."""


def kernel_manager_config():
    """The kernel manager's settings: CurveZMQ encryption of the kernel's sockets, which jupyter_client provisions
    for kernels that declare support for it (ipykernel does). Without it a kernel on TCP, the transport every
    platform has, warns on start that it runs "over TCP without encryption"."""
    import zmq
    from traitlets.config import Config

    return Config({"KernelManager": {"transport_encryption": "auto" if zmq.has("curve") else "disabled"}})


def execute(source: Path, output: Path, parameters: dict | None = None) -> Path:
    """Execute the notebook `source` (.py or .ipynb) top to bottom in a new kernel started in its folder, strip its
    volatile metadata and write it to `output` atomically; return `output`. A failing cell raises NotebookError
    and writes nothing."""
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    for attempt in range(KERNEL_STARTS):
        nb = prepare(source, parameters)
        client = NotebookClient(
            nb,
            kernel_name=KERNEL,
            timeout=None,
            shutdown_kernel="immediate",
            resources={"metadata": {"path": str(source.parent)}},
            config=kernel_manager_config(),
        )
        try:
            run_cells(client)
            break
        except KernelStartError as error:
            # kernels started at once by several processes may pick the same free port: a new start picks others
            if attempt + 1 == KERNEL_STARTS:
                raise NotebookError(one_line(f"{config.display_path(source)}: RuntimeError: {error}")) from None
        except CellExecutionError as error:
            failed = next(
                (c for c in nb.cells if any(o.get("output_type") == "error" for o in c.get("outputs", []))), None
            )
            where = f", cell [{failed.execution_count}]" if failed is not None else ""
            message = f"{config.display_path(source)}{where}: {error.ename}: {error.evalue}"
            raise NotebookError(one_line(message)) from None
        except Exception as error:  # the kernel died
            raise NotebookError(one_line(f"{config.display_path(source)}: {type(error).__name__}: {error}")) from None
    return write_text(output, nbformat.writes(clean(nb)) + "\n")


class KernelStartError(Exception):
    """The kernel died before it could run a cell."""


# Starts of a notebook's kernel before its run fails (see execute).
KERNEL_STARTS = 2


def run_cells(client) -> None:
    """Start the kernel of an nbclient NotebookClient, execute its notebook's cells in order, shut the kernel down;
    KernelStartError when the kernel does not start."""
    from jupyter_core.utils import run_sync

    started = False
    try:
        with client.setup_kernel():  # shuts the kernel down on leaving, on an error or Ctrl-C too
            started = True
            for index, cell in enumerate(client.nb.cells):
                client.execute_cell(cell, index)
    except RuntimeError as error:
        if not started:
            raise KernelStartError(str(error)) from error
        raise
    finally:  # Ctrl-C while the kernel starts leaves setup_kernel before it can shut the kernel down
        if client.km is not None and client.km.has_kernel:
            if client.kc is not None:
                client.kc.stop_channels()
            run_sync(client.km.shutdown_kernel)(now=True)


def one_line(text: str) -> str:
    """`text` with every run of whitespace, newlines included, made one space."""
    return " ".join(text.split())


def _ignore_ctrl_c() -> None:
    """In a pool worker waiting for a notebook: leave Ctrl-C to the runner (the terminal sends it to the workers
    too, and one waiting would stop with a traceback)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _start_worker() -> None:
    """Prepare a pool worker: Ctrl-C left to the runner, no warning that on Windows pyzmq watches the kernel's
    sockets from a thread of its own (Python's default event loop there cannot; pyzmq's maintainers suggest
    silencing the warning when that is fine, as it is here), and an end with the runner, however it ends."""
    import warnings

    from zmq.asyncio import ProactorSelectorThreadWarning

    warnings.simplefilter("ignore", ProactorSelectorThreadWarning)
    _ignore_ctrl_c()
    exit_with_parent()


def _execute_in_worker(source: Path, output: Path, parameters: dict | None) -> Path:
    """`execute` in a pool worker, where Ctrl-C stops the notebook (and its kernel) as it would in the foreground."""
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        return execute(source, output, parameters)
    finally:
        _ignore_ctrl_c()


def execute_all(
    sources: list[Path], outputs: list[Path], parameters: dict | None = None, jobs: int = DEFAULT_JOBS
) -> list[Path]:
    """Execute each notebook of `sources` into the matching `outputs` path, each in a new kernel, `jobs` at a time in
    a pool of processes, started in order (with jobs=1, one after the other). A notebook is handed to the pool only
    when a worker is free, so on the first failure, or on Ctrl-C (KeyboardInterrupt), no other notebook starts: the
    error is raised once those running have ended (on Ctrl-C, at once). Notebooks already written stay."""
    jobs = max(1, min(jobs, len(sources)))
    waiting = list(zip(sources, outputs))
    running: set = set()
    with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("spawn"), initializer=_start_worker) as pool:
        while waiting or running:
            while waiting and len(running) < jobs:
                running.add(pool.submit(_execute_in_worker, *waiting.pop(0), parameters))
            done, running = wait(running, return_when=FIRST_COMPLETED)
            for future in done:
                if future.exception() is not None:  # raised once the pool has waited for those running
                    waiting.clear()
                    raise future.exception()
    return outputs


def run(
    selection: list[str] | None = None, article: str | None = None, date: str | None = None, jobs: int = DEFAULT_JOBS
) -> list[Path]:
    """Analyse the article (by default the shipped one) into the table cache, then execute the selected notebooks,
    each in a fresh kernel, `jobs` at a time (see execute_all); for another article they are written under
    reports/<article_id>/ and get its path and date as parameters. Returns the written notebooks in number order."""
    sources = notebook_sources(selection)
    if not sources:
        raise SystemExit(f"no notebooks match {selection or 'notebooks/NN-*.py'}")
    config.figure_formats()  # a bad NEWSFRAME_FIGURE_FORMATS is reported before any kernel starts
    config.max_article_bytes()  # and so is a bad NEWSFRAME_MAX_ARTICLE_MB
    from . import pipeline

    analysis = pipeline.analyze(article or config.DEFAULT_ARTICLE, date)  # an unreadable article stops the run here
    article_id = analysis.article.id
    parameters, folder = {}, None
    if article:
        parameters = {"ARTICLE": analysis.article.source, "DATE": date}
        folder = config.REPORTS_DIR / article_id
    outputs = [(folder or source.parent) / f"{source.stem}.ipynb" for source in sources]
    written = [config.data_dir(article_id), config.figures_dir(article_id), folder or sources[0].parent]
    if not article:
        written.append(config.figures_dir(pipeline.CORPUS_ID))  # notebook 06's figures of the seeds
    print(where(analysis.article, written), flush=True)
    with locked(
        config.CACHE_DIR / "locks" / f"{article_id}.lock", f"another run executes the notebooks of {article_id}"
    ):
        for stale in written:  # what a run killed before this one left
            remove_stale_temporaries(stale)
        for source, output in zip(sources, outputs):
            print(f"running {source.name} -> {config.display_path(output)}", flush=True)
        try:
            return execute_all(sources, outputs, parameters, jobs)
        finally:  # a kernel stopped while it saved a file leaves its temporary file
            for stale in written:
                remove_stale_temporaries(stale)


def where(article, folders: list[Path]) -> str:
    """One line saying where an article's outputs go: `article storm: tables in data/storm/, figures in …`; it says
    so when the article's file name is another article's id, and its outputs have an id of their own."""
    from .article import safe_id

    data, figures, notebooks = (f"{config.display_path(f)}/" for f in folders[:3])
    stem = safe_id(Path(article.source).stem)
    own = f" ({stem} is another article's id, or the corpus's)" if article.id != stem else ""
    return f"article {article.id}{own}: tables in {data}, figures in {figures}, notebooks in {notebooks}"


def jobs_count(value: str) -> int:
    """--jobs: a whole number at least 1; empty (as `make run` without JOBS passes it) for the default."""
    if not value.strip():
        return DEFAULT_JOBS
    try:
        jobs = int(value)
    except ValueError:
        jobs = 0
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of notebooks at once, at least 1, not {value!r}")
    return jobs


def main(argv: list[str] | None = None) -> int:
    """Command line of the notebook runner; returns the exit code."""
    cli = argparse.ArgumentParser(prog="python -m newsframe.notebooks")
    commands = cli.add_subparsers(dest="command", required=True)
    run_cmd = commands.add_parser("run", help="execute notebooks in a fresh kernel each")
    run_cmd.add_argument("selection", nargs="*", help="notebook number prefixes (default: all)")
    run_cmd.add_argument("--article", help="another article: executed notebooks go to reports/<article_id>/")
    run_cmd.add_argument("--date", help="its publication date (YYYY-MM-DD) when the file has no date line")
    run_cmd.add_argument(
        "--jobs",
        type=jobs_count,
        default=DEFAULT_JOBS,
        help="notebooks executed at once (default, or empty: one more than the cores; 1: in number order)",
    )
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
    except (ArticleError, NotebookError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("error: interrupted; the notebooks finished before it are kept", file=sys.stderr)
        return 130
    except Exception as error:  # anything else still gets one line, no traceback
        print(f"error: {one_line(f'{type(error).__name__}: {error}')}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
