"""Score who-said-what (newsframe.quotes) on PolNeAR, political news with every attribution annotated.

Usage: .venv/bin/python benchmarks/quotes_polnear.py [--split train|dev|both] [--limit N] [--errors N] [--direct]
[--speakers]

The corpus lives outside the project, in ../shared/dev-data/polnear/; its annotation files give, for each statement,
three character ranges: the speaker, the word or phrase that introduces the statement, and the statement itself.
The benchmark reads each article as newsframe reads a file (the opening line is the headline; a blank line, or a
single newline after a sentence's last word, starts a new paragraph), builds the quotes table as `analyze` does,
and maps its offsets back to the article's text.

Scores (precision, recall, F1 over attributions, each gold and each found one matched at most once):
- what was said: a found content matches a gold content when each covers half or more of the other's characters;
- who said what: the content matches and the speaker mention found (`speaker_paragraph`, `speaker_start`,
  `speaker_end`: the words as written, "he" for a pronoun) overlaps the annotated source span; an attribution the
  annotators gave no source matches only a found one without a speaker. A pronoun counts as right only when the
  pronoun itself is the annotated source (PolNeAR annotates the pronoun as written): the entity it is resolved to
  is not scored here.
- direct quotes: the same two scores on the gold attributions whose content is in quotation marks (it opens and
  closes with a mark of any kind: straight, curly, doubled apostrophes as some newspapers' archive text has them,
  single, guillemets; leading and trailing punctuation aside; a quotation interrupted by its cue, "“A,” he said.
  “B.”", is one content of two parts; marks right outside the annotated span count, as annotators sometimes end
  the span inside them) and the found rows of kind `direct`.

A found content is the characters of the row's `text` in its span (start_char to end_char, over paragraphs for a
quotation that runs on): the whole span, but for a direct quotation interrupted by its cue, whose `text` is the
quoted parts without the reporter's words between them, as the annotators mark it.

Where more than one annotator marked the same article (15 such in train, 2 in dev), one annotation is scored: that
of the annotator whose code sorts first. Rules were developed on `train`; `dev` is the held-out check. Exits 0
with a message when the data is absent.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime
from difflib import SequenceMatcher
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pandas as pd  # noqa: E402

from newsframe import config  # noqa: E402
from newsframe.article import INVISIBLE, SPACES, Article, Paragraph  # noqa: E402

CORPUS = "polnear"
T_LINE = re.compile(r"^(T\d+)\t(\S+) ([\d ;]+)\t")
E_LINE = re.compile(r"^(E\d+)\t(.*)$")
# A single newline splits a paragraph when the line before ends a sentence (else it is a wrapped line).
LINE_END = tuple('.!?:"”’)')


@dataclass
class Gold:
    """One annotated attribution: character ranges of its content, cue and source (source empty when none)."""

    content: list[tuple[int, int]]
    cue: list[tuple[int, int]]
    source: list[tuple[int, int]]


def corpus_dir() -> Path:
    """PolNeAR under the dev data."""
    return config.DEV_DATA_DIR / CORPUS


def read_ann(path: Path) -> list[Gold]:
    """The attributions of one brat .ann file (an attribution without a content is left out). A content the
    annotators marked in parts ("Content", "Content2": “A,” he said. “B.”) is one content of all its parts."""
    spans: dict[str, list[tuple[int, int]]] = {}
    events = []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if m := T_LINE.match(line):
            spans[m.group(1)] = [tuple(map(int, r.split())) for r in m.group(3).split(";")]
        elif m := E_LINE.match(line):
            events.append(dict(part.split(":", 1) for part in m.group(2).split()))
    golds = []
    for event in events:
        cue, source = (spans.get(event.get(role, ""), []) for role in ("Cue", "Source"))
        parts = [name for role, name in event.items() if re.fullmatch(r"Content\d*", role)]
        content = sorted(r for name in parts for r in spans.get(name, []))
        if content:
            golds.append(Gold(content, cue, source))
    return golds


def articles(split: str) -> list[tuple[str, Path, Path]]:
    """(name, text file, annotation file) of every article of a split, one annotator each (the first by code)."""
    root = corpus_dir() / split
    by_article: dict[str, list[Path]] = defaultdict(list)
    for path in sorted((root / "attributions").glob("*.ann")):
        name = path.stem.rsplit("_", 1)[0]
        by_article[name].append(path)
    return [(name, root / "text" / f"{name}.txt", sorted(paths)[0]) for name, paths in sorted(by_article.items())]


def publication_dates() -> dict[str, str]:
    """filename -> publication date (YYYY-MM-DD) from metadata.tsv."""
    path = corpus_dir() / "metadata.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    head = lines[0].split("\t")
    rows = [dict(zip(head, line.split("\t"))) for line in lines[1:] if line.strip()]
    return {row["filename"]: row["publication_date"] for row in rows}


def to_article(name: str, text: str, date: str | None) -> tuple[Article, list[list[int]]]:
    """newsframe's Article of a PolNeAR text, and for each paragraph the text offset of each of its characters."""
    blocks: list[tuple[str, list[int]]] = []
    line_start = 0
    current: list[tuple[str, int]] = []  # (character, offset) of the paragraph being read

    def flush() -> None:
        chars = [(c.translate(SPACES), i) for c, i in current if not c.translate(INVISIBLE) == ""]
        while chars and chars[0][0].isspace():
            chars.pop(0)
        while chars and chars[-1][0].isspace():
            chars.pop()
        if chars:
            blocks.append(("".join(c for c, _ in chars), [i for _, i in chars]))
        current.clear()

    for number, line in enumerate(text.split("\n")):
        stripped = line.strip()
        if not stripped or number == 1 or (current and "".join(c for c, _ in current).rstrip().endswith(LINE_END)):
            flush()
        if stripped:
            if current:
                current.append((" ", line_start - 1))  # a wrapped line's newline reads as a space
            current.extend((c, line_start + k) for k, c in enumerate(line))
        line_start += len(line) + 1
    flush()
    # The first block is the title.
    published = datetime.fromisoformat(date) if date else None
    paragraphs = [Paragraph(i, block) for i, (block, _) in enumerate(blocks)]
    article = Article(
        id=name,
        title=blocks[0][0] if blocks else None,
        published=published,
        updated=None,
        source=name,
        paragraphs=paragraphs,
    )
    return article, [offsets for _, offsets in blocks]


def char_set(ranges: list[tuple[int, int]]) -> set[int]:
    """Every character offset of a list of (start, end) ranges."""
    return {i for a, b in ranges for i in range(a, b)}


def found_ranges(row, offsets: list[list[int]], texts: list[str]) -> tuple[set[int], set[int]]:
    """A quotes row's content and speaker mention as sets of text offsets. The content is the characters of the
    row's `text` (what was said) found, in order, in its span from `start_char` to `end_char` (paragraphs joined
    by a blank line): the whole span, but for a direct quotation interrupted by its cue, whose text leaves the
    reporter's words out."""
    first, last = int(row.paragraph), int(row.end_paragraph)
    span, where = [], []
    for p in range(first, last + 1):
        start = int(row.start_char) if p == first else 0
        end = int(row.end_char) if p == last else len(texts[p])
        if p > first:
            span.append("\n\n")
            where.extend([None, None])
        span.append(texts[p][start:end])
        where.extend(offsets[p][start:end])
    span_text = "".join(span)
    content: set[int] = set()
    if span_text == row.text:
        content.update(w for w in where if w is not None)
    else:
        matcher = SequenceMatcher(None, span_text, row.text, autojunk=False)
        for block in matcher.get_matching_blocks():
            if span_text[block.a : block.a + block.size].strip():
                content.update(w for w in where[block.a : block.a + block.size] if w is not None)
    speaker: set[int] = set()
    if pd.notna(row.speaker_paragraph):
        sp = int(row.speaker_paragraph)
        speaker = set(offsets[sp][int(row.speaker_start) : int(row.speaker_end)])
    return content, speaker


# Marks that open and close a quotation: double (straight, curly, doubled apostrophes as some archives print
# them, ``…''), single (British style) and guillemets.
OPENING_MARKS = ('"', "“", "''", "``", "‘", "'", "«", "„")
CLOSING_MARKS = ('"', "”", "''", "’", "'", "»")


def is_direct(content: str) -> bool:
    """Whether what was said is in quotation marks: it opens and closes with a quotation mark, edge punctuation
    aside (the parts of a quotation interrupted by its cue, "“A,” he said. “B.”", are one content)."""
    content = content.strip(" .,;:—–-\n")
    return len(content) > 2 and content.startswith(OPENING_MARKS) and content.endswith(CLOSING_MARKS)


MARK_CHARACTERS = frozenset("".join(OPENING_MARKS + CLOSING_MARKS))


def gold_quoted(text: str, ranges: list[tuple[int, int]]) -> str:
    """An annotated content as `is_direct` reads it: its characters, with the quotation marks right outside its span
    (annotators sometimes end the span inside the marks: “[We will hold this seat,]”)."""
    start, end = ranges[0][0], ranges[-1][1]
    while start > 0 and text[start - 1] in MARK_CHARACTERS:
        start -= 1
    while end < len(text) and text[end] in MARK_CHARACTERS:
        end += 1
    widened = [(start, ranges[0][1]), *ranges[1:]] if len(ranges) > 1 else [(start, end)]
    if len(ranges) > 1:
        widened[-1] = (widened[-1][0], end)
    return " ".join(text[a:b] for a, b in widened)


def covers(a: set[int], b: set[int]) -> bool:
    """Each of a and b covers half or more of the other."""
    common = len(a & b)
    return common * 2 >= len(a) and common * 2 >= len(b) and common > 0


def match(golds: list[tuple[set[int], set[int]]], found: list[tuple[set[int], set[int]]], speaker: bool) -> int:
    """How many found attributions match a gold one (one to one, greedy by overlap); `speaker` also asks that the
    speaker mentions overlap (or both be absent)."""
    pairs = []
    for i, (gc, gs) in enumerate(golds):
        for j, (fc, fs) in enumerate(found):
            if covers(gc, fc) and (not speaker or (bool(gs & fs) if gs else not fs)):
                pairs.append((len(gc & fc), i, j))
    used_g, used_f, n = set(), set(), 0
    for _, i, j in sorted(pairs, reverse=True):
        if i not in used_g and j not in used_f:
            used_g.add(i)
            used_f.add(j)
            n += 1
    return n


def prf(tp: int, n_found: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall, F1."""
    p = tp / n_found if n_found else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def run(
    split: str, limit: int | None = None, errors: int = 0, direct: bool = False, speakers: bool = False
) -> dict | None:
    """Score one split; print the figures; return them (None without data)."""
    from newsframe import entities, nlp, quotes

    items = articles(split)[:limit]
    if not items:
        print(f"skipped: no PolNeAR {split} articles under {corpus_dir()}")
        return None
    dates = publication_dates()
    converted = []
    for name, text_path, ann_path in items:
        text = text_path.read_text(encoding="utf-8")
        article, offsets = to_article(name, text, dates.get(name))
        converted.append((name, text, article, offsets, read_ann(ann_path)))
    started = time.perf_counter()
    parsed = nlp.parse_groups([[p.text for p in a.paragraphs] for _, _, a, _, _ in converted])
    parse_seconds = time.perf_counter() - started
    counts: Counter = Counter()
    shown = 0
    quote_seconds = 0.0
    for (name, text, article, offsets, golds), docs in zip(converted, parsed):
        mentions = entities.mentions_table(article, docs)
        started = time.perf_counter()
        table = quotes.quotes_table(article, docs, mentions)
        quote_seconds += time.perf_counter() - started
        texts = [p.text for p in article.paragraphs]
        found = [found_ranges(row, offsets, texts) for row in table.itertuples()]
        direct_found = [f for f, kind in zip(found, table["kind"]) if kind == "direct"]
        gold = [(char_set(g.content), char_set(g.source)) for g in golds]
        direct_gold = [g for g, raw in zip(gold, golds) if is_direct(gold_quoted(text, raw.content))]
        counts["gold"] += len(gold)
        counts["found"] += len(found)
        counts["content"] += match(gold, found, False)
        counts["speaker"] += match(gold, found, True)
        counts["gold_direct"] += len(direct_gold)
        counts["found_direct"] += len(direct_found)
        counts["content_direct"] += match(direct_gold, direct_found, False)
        counts["speaker_direct"] += match(direct_gold, direct_found, True)
        if shown < errors:
            if direct:
                kept = [i for i, raw in enumerate(golds) if is_direct(gold_quoted(text, raw.content))]
                rows = [j for j, kind in enumerate(table["kind"]) if kind == "direct"]
                shown += show_errors(
                    name,
                    text,
                    [golds[i] for i in kept],
                    [gold[i] for i in kept],
                    [found[j] for j in rows],
                    table.iloc[rows],
                    speakers,
                )
            else:
                shown += show_errors(name, text, golds, gold, found, table, speakers)
    figures = {
        "what was said": prf(counts["content"], counts["found"], counts["gold"]),
        "who said what": prf(counts["speaker"], counts["found"], counts["gold"]),
        "what was said, direct": prf(counts["content_direct"], counts["found_direct"], counts["gold_direct"]),
        "who said what, direct": prf(counts["speaker_direct"], counts["found_direct"], counts["gold_direct"]),
    }
    print(
        f"{split}: {len(items)} articles, {counts['gold']} gold attributions ({counts['gold_direct']} direct), "
        f"{counts['found']} found ({counts['found_direct']} direct)"
    )
    for label, (p, r, f) in figures.items():
        print(f"  {label:24s} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    print(f"  parse {parse_seconds:.1f} s; quotes {1000 * quote_seconds / len(items):.2f} ms an article")
    return figures


def show_errors(name: str, text: str, golds: list[Gold], gold, found, table, speakers: bool = False) -> int:
    """Print the missed gold attributions and the unmatched found ones of an article (with `speakers`, only the
    matched contents given a wrong speaker, each with the text around the annotated source); return 1."""
    print(f"== {name}")
    for g, (gc, gs) in zip(golds, gold):
        hit = [j for j, (fc, fs) in enumerate(found) if covers(gc, fc)]
        near = [j for j, (fc, fs) in enumerate(found) if gc & fc]
        if speakers and (not hit or any((gs & found[j][1]) if gs else not found[j][1] for j in hit)):
            continue
        if not hit and near:
            row = table.iloc[near[0]]
            print(
                f"  BOUNDARY <{row.cue}> gold {' '.join(text[a:b] for a, b in g.content)[:300]!r}\n           found "
                f"{row.text[:300]!r}"
            )
        elif not hit:
            src = " ".join(text[a:b] for a, b in g.source)
            cue = " ".join(text[a:b] for a, b in g.cue)
            print(f"  MISSED [{src}] <{cue}> {' '.join(text[a:b] for a, b in g.content)[:150]!r}")
        elif not any((gs & found[j][1]) if gs else not found[j][1] for j in hit):
            row = table.iloc[hit[0]]
            print(
                f"  SPEAKER gold [{' '.join(text[a:b] for a, b in g.source)}] found [{row.speaker_text}] "
                f"{' '.join(text[a:b] for a, b in g.content)[:80]!r}"
            )
            if speakers:
                at = g.source[0][0] if g.source else g.content[0][0]
                print(f"           source in: {text[max(0, at - 200) : at + 100]!r}")
    if speakers:
        return 1
    for j, (fc, _) in enumerate(found):
        if not any(covers(gc, fc) for gc, _ in gold):
            row = table.iloc[j]
            print(f"  EXTRA [{row.speaker_text}] <{row.cue}> {row.kind} {row.text[:150]!r}")
    return 1


def main(argv: list[str] | None = None) -> int:
    """Print the scores of the chosen split(s); 0, or 0 with a note when the data is absent."""
    cli = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    cli.add_argument("--split", choices=["train", "dev", "both"], default="both")
    cli.add_argument("--limit", type=int, default=None, help="only the first N articles of each split")
    cli.add_argument("--errors", type=int, default=0, help="print the errors of the first N articles")
    cli.add_argument("--direct", action="store_true", help="print only the errors on direct quotations")
    cli.add_argument("--speakers", action="store_true", help="print only the contents found with a wrong speaker")
    args = cli.parse_args(argv)
    if not corpus_dir().exists():
        print(f"skipped: no PolNeAR under {config.DEV_DATA_DIR}")
        return 0
    for split in ["train", "dev"] if args.split == "both" else [args.split]:
        run(split, args.limit, args.errors, args.direct, args.speakers)
    return 0


if __name__ == "__main__":
    sys.exit(main())
