"""The command line: `python -m newsframe analyze INPUT... --out DIR [--date YYYY-MM-DD]`.

Exit codes: 0 every input succeeded; 1 one or more failed (the others are still written, one line per failure on
stderr naming the file and the reason); 2 a usage error.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .article import ArticleError, parse_date, safe_id

# Files in a folder that are read as articles.
ARTICLE_SUFFIXES = (".txt",)


def find_articles(inputs: list[str]) -> tuple[list[Path], list[ArticleError]]:
    """The article files named by `inputs` (files, or folders of them) and an error for each input with none."""
    files, errors = [], []
    for name in inputs:
        path = Path(name)
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
            if not found:
                errors.append(ArticleError(path, f"folder has no articles ({', '.join(ARTICLE_SUFFIXES)} files)"))
            files.extend(found)
        else:
            files.append(path)  # a missing or unreadable file is reported when it is read
    return files, errors


def unique_id(wanted: str, taken: set[str]) -> str:
    """`wanted`, or `wanted-2`, `-3`… so that no two articles share a folder (compared case-insensitively)."""
    candidate, n = wanted, 1
    while candidate.casefold() in taken:
        n += 1
        candidate = f"{wanted}-{n}"
    taken.add(candidate.casefold())
    return candidate


def analyze_command(args: argparse.Namespace) -> int:
    """Run `analyze`: every article's tables under args.out/<article_id>/; return the exit code."""
    from .article import load_article
    from .pipeline import analyze, write_analysis

    out = Path(args.out)
    files, errors = find_articles(args.inputs)
    for error in errors:
        print(f"error: {error}", file=sys.stderr)
    failed = len(errors)
    taken: set[str] = set()
    for path in files:
        try:
            article = load_article(path, args.date)
            article.id = unique_id(safe_id(article.id), taken)
            write_analysis(analyze(article), out / article.id)
            print(f"{path} -> {out / article.id}")
        except ArticleError as error:
            print(f"error: {error}", file=sys.stderr)
            failed += 1
        except Exception as error:  # one article's failure must not stop the others
            print(f"error: {path}: {type(error).__name__}: {error}", file=sys.stderr)
            failed += 1
    return 1 if failed else 0


def parser() -> argparse.ArgumentParser:
    """The argument parser of `python -m newsframe`."""
    main = argparse.ArgumentParser(prog="python -m newsframe", description="A news article as pandas tables.")
    commands = main.add_subparsers(dest="command", required=True)
    analyze = commands.add_parser("analyze", help="write the tables of one or more articles")
    analyze.add_argument("inputs", nargs="+", metavar="INPUT", help="an article file or a folder of them")
    analyze.add_argument("--out", required=True, metavar="DIR", help="where <article_id>/ folders are written")
    analyze.add_argument("--date", metavar="YYYY-MM-DD", help="publication date for articles without a date line")
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
    try:
        return analyze_command(args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
