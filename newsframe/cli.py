"""The command line:
`python -m newsframe analyze INPUT... --out DIR [--date YYYY-MM-DD] [--workers N] [--dask ADDRESS]`.

Exit codes: 0 every input succeeded; 1 one or more failed (the others are still written, one line per failure on
stderr naming the file and the reason, and a row in DIR/corpus/errors.csv), or DIR could not be written, or another
run is writing into it; 2 a usage error. A finished run ends
with one line on stdout saying what it wrote: `wrote 1 article (9 tables) and 4 corpus tables to out/; 0 failed`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .article import ArticleError, parse_date


def parser() -> argparse.ArgumentParser:
    """The argument parser of `python -m newsframe`."""
    main = argparse.ArgumentParser(prog="python -m newsframe", description="News articles as pandas tables.")
    commands = main.add_subparsers(dest="command", required=True)
    analyze = commands.add_parser("analyze", help="write the tables of one or more articles")
    analyze.add_argument(
        "inputs", nargs="+", metavar="INPUT", help="an article file (.txt, .md, .html, .jsonl) or a folder of them"
    )
    analyze.add_argument(
        "--out", required=True, metavar="DIR", help="where <article_id>/ folders and corpus/ are written"
    )
    analyze.add_argument("--date", metavar="YYYY-MM-DD", help="publication date for articles that name none")
    analyze.add_argument(
        "--workers",
        type=int,
        metavar="N",
        help="worker processes (default: all cores; never more than the cores, nor than the articles)",
    )
    analyze.add_argument("--dask", metavar="ADDRESS", help="run on a Dask cluster (scheduler address, or 'local')")
    analyze.add_argument("--progress", action="store_true", help="show the progress bar even when not on a terminal")
    return main


def main(argv: list[str] | None = None) -> int:
    """Entry point: parse arguments, run the command, return the exit code (2 on usage errors)."""
    cli = parser()
    args = cli.parse_args(argv)
    if args.date is not None:
        try:
            parse_date(args.date, "--date")
        except ArticleError as error:
            cli.exit(2, f"{cli.prog}: error: {error}\n")
    if args.workers is not None and args.workers < 1:
        cli.exit(2, f"{cli.prog}: error: --workers must be at least 1\n")
    from . import config

    try:
        config.max_article_bytes()
    except ValueError as error:
        cli.exit(2, f"{cli.prog}: error: {error}\n")
    from .corpus import Tally, analyze_corpus
    from .io import Busy

    tally = Tally()
    try:
        code = analyze_corpus(
            args.inputs, Path(args.out), args.date, args.workers, args.dask, args.progress or None, tally
        )
    except KeyboardInterrupt:
        print("interrupted: finished articles are written; rerun to resume", file=sys.stderr)
        return 130
    except OSError as error:  # the output folder cannot be written, for one
        print(f"error: {error.filename or args.out}: {error.strerror}", file=sys.stderr)
        return 1
    except Busy as error:  # another run writes into the same folder
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(tally.line(args.out))
    return code
