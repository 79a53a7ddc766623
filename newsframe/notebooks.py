"""Executing the numbered notebooks in a fresh kernel each, and keeping them clean for the repository.

Each notebook is authored as a jupytext py:percent file `notebooks/NN-slug.py`; running it writes the executed
`NN-slug.ipynb` beside it (the committed, rendered notebook) or, for another article, under reports/<article_id>/.

    python -m newsframe.notebooks run [NN ...] [--article PATH] [--date YYYY-MM-DD]
    python -m newsframe.notebooks clean NOTEBOOK.ipynb ...
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import nbformat

from . import config
from .io import write_text

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


def execute(source: Path, output: Path, parameters: dict | None = None) -> Path:
    """Execute the notebook `source` (.py or .ipynb) in a fresh kernel, clean it and write it to `output` atomically."""
    import jupytext
    import papermill

    nb = jupytext.read(source) if source.suffix == ".py" else nbformat.read(source, as_version=4)
    nb.metadata["kernelspec"] = {"display_name": "Python 3", "language": "python", "name": KERNEL}
    with tempfile.TemporaryDirectory(prefix="newsframe-nb-") as tmp:
        before, after = Path(tmp) / "in.ipynb", Path(tmp) / "out.ipynb"
        nbformat.write(nb, before)
        papermill.execute_notebook(
            str(before), str(after), parameters=parameters or {}, kernel_name=KERNEL,
            cwd=str(source.parent), progress_bar=False, log_output=False,
        )
        executed = nbformat.read(after, as_version=4)
    clean(executed)
    return write_text(output, nbformat.writes(executed) + "\n")


def run(selection: list[str] | None = None, article: str | None = None, date: str | None = None, jobs: int = 1) -> list[Path]:
    """Execute the selected notebooks, each in a fresh kernel, in number order (`jobs` at a time); for another
    article write them under reports/<article_id>/. The notebooks share nothing but files, so any order is safe."""
    sources = notebook_sources(selection)
    if not sources:
        raise SystemExit(f"no notebooks match {selection or 'notebooks/NN-*.py'}")
    parameters, folder = {}, None
    if article:
        from .article import load_article

        loaded = load_article(article, date)
        parameters = {"ARTICLE": str(Path(article).resolve()), "DATE": date}
        folder = config.REPORTS_DIR / loaded.id
    outputs = [(folder or source.parent) / f"{source.stem}.ipynb" for source in sources]
    for source, output in zip(sources, outputs):
        print(f"running {source.name} -> {output}", flush=True)
    if jobs <= 1:
        return [execute(source, output, parameters) for source, output in zip(sources, outputs)]
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        return list(pool.map(execute, sources, outputs, [parameters] * len(sources)))


def main(argv: list[str] | None = None) -> int:
    """Command line of the notebook runner; returns the exit code."""
    cli = argparse.ArgumentParser(prog="python -m newsframe.notebooks")
    commands = cli.add_subparsers(dest="command", required=True)
    run_cmd = commands.add_parser("run", help="execute notebooks in a fresh kernel each")
    run_cmd.add_argument("selection", nargs="*", help="notebook number prefixes (default: all)")
    run_cmd.add_argument("--article", help="another article: executed notebooks go to reports/<article_id>/")
    run_cmd.add_argument("--date", help="its publication date (YYYY-MM-DD) when the file has no date line")
    run_cmd.add_argument("--jobs", type=int, default=1, help="notebooks executed at once (default 1: in number order)")
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
    except Exception as error:  # a failing cell: name the notebook's error in one line, no traceback
        detail = f"{getattr(error, 'ename', type(error).__name__)}: {getattr(error, 'evalue', error)}"
        print(f"error: {' '.join(detail.split())}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
