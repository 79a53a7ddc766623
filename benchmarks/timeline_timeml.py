"""Score the temporal-expression extractor on the TempEval-3 training corpus (TimeBank + AQUAINT).

Usage: .venv/bin/python benchmarks/timeline_timeml.py [--split dev|held-out|both] [--limit N] [--errors N]

Prints, per split, extraction precision/recall/F1 (strict = exact span, relaxed = any overlap) and type and value
F1 as TempEval-3 defines them (attribute F1 = attribute accuracy over relaxed matches x relaxed F1). The creation
time of each document is given to the extractor and not scored.

Event attachment: the corpus's TLINKs tie events to time expressions. For every gold expression linked to an event
of its own sentence and found by the extractor (the expression overlapping it most), the timeline's `event` phrase
should hold that event's word (any one of them when several are linked); the share that does is printed.

Files are split by a fixed hash of their name (newsframe.timex.evaluate.is_held_out: SHA-1 of the file name, first
byte mod 4 == 0 -> held out, 51 of 256 files); rules were developed on the dev split only. Exits 0 with a message
when the data is absent.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from newsframe import config  # noqa: E402
from newsframe.timex.evaluate import (  # noqa: E402
    Timex,
    corpus_files,
    holds_event,
    is_held_out,
    linked_events,
    read_tml,
    score,
)

CORPUS = "tempeval3-train"


def corpus_dir() -> Path:
    """The TempEval-3 training folder under the dev data."""
    return config.DEV_DATA_DIR / CORPUS


def run(split: str, limit: int | None = None, errors: int = 0, relational: bool = False) -> dict[str, float] | None:
    """Extract and score one split ('dev' or 'held-out'); print the scores; return them (None without data).

    relational=True scores the timeline's mode, which also takes "previously" and "earlier" (TimeML does not).
    """
    from newsframe.nlp import parse
    from newsframe.timeline import event_phrase, starts_after_publication
    from newsframe.timex import dct_from_value, extract
    from newsframe.timex.grammar import value_span

    root = corpus_dir()
    if not root.is_dir():
        print(f"skipped: {root} not found")
        return None
    files = [f for f in corpus_files(root) if is_held_out(f.name) == (split == "held-out")]
    files = files[:limit] if limit else files
    docs = [read_tml(f) for f in files]
    parsed = parse([d.text for d in docs])
    pairs = []
    misses: Counter = Counter()
    attached = linked = 0
    for tml, doc in zip(docs, parsed):
        dct = dct_from_value(tml.dct)
        found = extract(tml.text, dct, doc, relational=relational)
        system = [Timex(c.start, c.end, c.text, c.type, c.value) for c in found]
        pairs.append((tml.timexes, system))
        if errors:
            _collect_errors(tml, system, misses)
        for gold in tml.timexes:
            sentence = _sentence_start(doc, gold.start)
            events = [e for e in linked_events(tml, gold) if _sentence_start(doc, e.start) == sentence]
            over = [s for s in system if s.start < gold.end and gold.start < s.end]
            if events and over:
                best = max(over, key=lambda s: min(s.end, gold.end) - max(s.start, gold.start))
                to_come = starts_after_publication(value_span(best.value)[0], dct)  # as the timeline reads it
                phrase = event_phrase(doc, best.start, best.end, to_come)
                linked += 1
                attached += any(holds_event(phrase, e) for e in events)
    scores = score(pairs)
    scores["event_attachment"] = attached / linked if linked else 0.0
    scores["event_links"] = linked
    mode = "timeline mode" if relational else "TimeML mode"
    print(f"{split} ({mode}): {len(docs)} files, {scores['gold']} gold / {scores['system']} system expressions")
    print(f"  strict   P {scores['strict_P']:5.1f}  R {scores['strict_R']:5.1f}  F1 {scores['strict_F1']:5.1f}")
    print(f"  relaxed  P {scores['relaxed_P']:5.1f}  R {scores['relaxed_R']:5.1f}  F1 {scores['relaxed_F1']:5.1f}")
    print(f"  type     accuracy {scores['type_accuracy']:5.1f}  F1 {scores['type_F1']:5.1f}")
    print(f"  value    accuracy {scores['value_accuracy']:5.1f}  F1 {scores['value_F1']:5.1f}")
    print(
        f"  event attachment {scores['event_attachment']:.3f} ({scores['event_links']} expressions linked to an event"
        " of their sentence; target 0.8)"
    )
    for (kind, *rest), n in misses.most_common(errors):
        print(f"  {n:3d} {kind:6s} " + " | ".join(rest))
    return scores


def _sentence_start(doc, char: int) -> int:
    """Where the spaCy sentence holding character `char` of `doc` starts (-1 when it falls between tokens)."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0].sent.start_char if span is not None and len(span) else -1


def _collect_errors(tml, system: list[Timex], misses: Counter) -> None:
    """Count missed, spurious and wrongly valued expressions of one document (dev split only)."""
    for g in tml.timexes:
        over = [s for s in system if s.start < g.end and g.start < s.end]
        if not over:
            misses[("MISS", g.text, g.type, g.value, tml.dct)] += 1
        elif over[0].value != g.value or over[0].type != g.type:
            misses[
                (
                    "VALUE",
                    f"{g.text} -> {over[0].text}",
                    f"{g.type} {g.value}",
                    f"{over[0].type} {over[0].value}",
                    tml.dct,
                )
            ] += 1
    for s in system:
        if not any(s.start < g.end and g.start < s.end for g in tml.timexes):
            context = tml.text[max(0, s.start - 30) : s.end + 30].replace("\n", " ")
            misses[("EXTRA", s.text, s.value, context)] += 1


def main(argv: list[str] | None = None) -> int:
    """Command line entry: score the requested split(s)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["dev", "held-out", "both"], default="both")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N files of each split")
    parser.add_argument("--errors", type=int, default=0, help="print the N most frequent errors (dev split only)")
    parser.add_argument(
        "--relational",
        action="store_true",
        help='score the timeline mode, which also keeps "previously"/"earlier" (not TimeML)',
    )
    args = parser.parse_args(argv)
    splits = ["dev", "held-out"] if args.split == "both" else [args.split]
    for split in splits:
        if run(split, args.limit, args.errors if split == "dev" else 0, args.relational) is None:
            return 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
