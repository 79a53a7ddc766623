"""What entity canonicalisation does on other news: the dev data's TimeML articles, tags stripped.

Prints every repair (boundary fixes, organisation cues, folds of short names into long ones, split type evidence)
per article, then a count per rule, so a reader can scan for wrong merges. Skips when the dev data is absent.

    .venv/bin/python benchmarks/entities_devdata.py [--limit N] [--rule RULE]
"""

from __future__ import annotations

import argparse
import html
import re
import sys
from collections import Counter
from pathlib import Path

from newsframe import config, entities, nlp
from newsframe.article import parse_article

TML_GLOB = "tempeval3-train/*/*.tml"
TAG = re.compile(r"<[^>]+>")


def tml_article_text(path: Path) -> str:
    """The article in newsframe's format: `date YYYY-MM-DD <title>` from the DCT and TITLE, then the TEXT, tags
    stripped."""
    raw = path.read_text(encoding="utf-8")
    dct = re.search(
        r'functionInDocument="CREATION_TIME"[^>]*>|value="(\d{4}-\d{2}-\d{2})[^"]*"[^>]*functionInDocument="CREATION_TIME"',
        raw,
    )
    date = dct.group(1) if dct and dct.group(1) else None
    title = re.search(r"<TITLE>(.*?)</TITLE>", raw, re.S)
    body = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
    text = html.unescape(TAG.sub("", body.group(1) if body else raw)).strip()
    head = " ".join(html.unescape(TAG.sub("", title.group(1))).split()) if title else ""
    return (f"date {date} {head}\n\n" if date else "") + text


def main(argv: list[str] | None = None) -> int:
    """Print the repairs made on each dev-data article and a summary; 0, or 0 with a note when the data is absent."""
    cli = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    cli.add_argument("--limit", type=int, default=None, help="only the first N articles")
    cli.add_argument("--rule", default=None, help="only show this rule (e.g. fold, 'glued prefix')")
    args = cli.parse_args(argv)
    files = sorted(config.DEV_DATA_DIR.glob(TML_GLOB))[: args.limit]
    if not files:
        print(f"skipped: no TimeML articles under {config.DEV_DATA_DIR}")
        return 0
    per_rule: Counter = Counter()
    mentions_total = entities_total = 0
    for path in files:
        article = parse_article(tml_article_text(path), source=path)
        docs = nlp.article_docs(article)
        mentions, repairs = entities.extract_mentions(article, docs)
        mentions_total += len(mentions)
        entities_total += mentions["entity"].nunique()
        if args.rule:
            repairs = repairs[repairs["rule"] == args.rule]
        per_rule.update(repairs["rule"])
        if len(repairs):
            print(f"== {path.parent.name}/{path.name}")
            for r in repairs.itertuples():
                print(f"  [{r.paragraph:>2}] {r.rule:<17} {r.before}  ->  {r.after}")
    print(f"\n{len(files)} articles, {mentions_total} mentions, {entities_total} entities")
    for rule, n in per_rule.most_common():
        print(f"  {rule:<17} {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
