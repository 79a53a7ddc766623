"""Read TimeML (.tml) files and score temporal expressions the way TempEval-3 does.

TempEval-3 (UzZaman et al., SemEval-2013, task A) scores extraction by precision, recall and F1 over
expression spans, strict (exact span) and relaxed (any character overlap), and scores an attribute
(type, value) over the relaxed-matched pairs: attribute precision = matched pairs with the right
attribute / system expressions, attribute recall = the same count / gold expressions, so
attribute F1 = (attribute accuracy among relaxed matches) x (relaxed F1). The document creation
time (the TIMEX3 with functionInDocument="CREATION_TIME") is given, not scored.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from html import unescape
from pathlib import Path

# A file is held out (looked at only for final numbers) when the first byte of the SHA-1 of its
# file name, modulo 4, is 0: about a quarter of the corpus, fixed and independent of the rules.
HELD_OUT_MODULUS = 4

_TIMEX_RE = re.compile(r"<TIMEX3\b([^>]*)>(.*?)</TIMEX3>", re.S)
_ATTR_RE = re.compile(r'(\w+)="([^"]*)"')
_TAG_RE = re.compile(r"<[^>]+>")


@dataclass
class Timex:
    """One temporal expression: character span in the plain text, TimeML type and value."""

    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass
class TimemlDoc:
    """One TimeML document: name, plain text of <TEXT>, the creation time value and gold TIMEX3s."""

    name: str
    text: str
    dct: str
    timexes: list[Timex] = field(default_factory=list)


def is_held_out(name: str) -> bool:
    """True when the file `name` belongs to the held-out split (SHA-1 of the name, first byte mod 4 == 0)."""
    return hashlib.sha1(name.encode("utf-8")).digest()[0] % HELD_OUT_MODULUS == 0


def _strip_tags(xml: str) -> tuple[str, list[Timex]]:
    """Plain text of a TimeML fragment and the TIMEX3s in it, with offsets into that plain text."""
    out: list[str] = []
    timexes: list[Timex] = []
    pos = 0
    length = 0
    for m in _TIMEX_RE.finditer(xml):
        before = unescape(_TAG_RE.sub("", xml[pos : m.start()]))
        out.append(before)
        length += len(before)
        inner = unescape(_TAG_RE.sub("", m.group(2)))
        attrs = dict(_ATTR_RE.findall(m.group(1)))
        if attrs.get("functionInDocument") != "CREATION_TIME":
            timexes.append(Timex(length, length + len(inner), inner, attrs.get("type", ""), attrs.get("value", "")))
        out.append(inner)
        length += len(inner)
        pos = m.end()
    out.append(unescape(_TAG_RE.sub("", xml[pos:])))
    return "".join(out), timexes


def read_tml(path: Path) -> TimemlDoc:
    """A .tml file -> TimemlDoc with the <TEXT> as plain text and its gold TIMEX3s (creation time excluded)."""
    xml = path.read_text(encoding="utf-8")
    dct_match = re.search(r'<TIMEX3\b[^>]*functionInDocument="CREATION_TIME"[^>]*>', xml)
    dct = dict(_ATTR_RE.findall(dct_match.group(0))).get("value", "") if dct_match else ""
    body = re.search(r"<TEXT>(.*?)</TEXT>", xml, re.S)
    text, timexes = _strip_tags(body.group(1) if body else "")
    return TimemlDoc(path.name, text, dct, timexes)


def corpus_files(root: Path) -> list[Path]:
    """Every .tml file under `root`, sorted by path."""
    return sorted(root.rglob("*.tml"))


def _prf(tp_sys: int, tp_ref: int, n_sys: int, n_ref: int) -> tuple[float, float, float]:
    """Precision, recall and F1 (in percent) from true-positive counts on each side."""
    p = tp_sys / n_sys if n_sys else 0.0
    r = tp_ref / n_ref if n_ref else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return 100 * p, 100 * r, 100 * f


def score(pairs: list[tuple[list[Timex], list[Timex]]]) -> dict[str, float]:
    """TempEval-3 scores (percent) over (gold, system) expression lists, one pair per document."""
    n_ref = n_sys = strict = relaxed_sys = relaxed_ref = type_ok = value_ok = matched = 0
    for gold, system in pairs:
        n_ref += len(gold)
        n_sys += len(system)
        gold_spans = {(g.start, g.end) for g in gold}
        strict += sum((s.start, s.end) in gold_spans for s in system)
        relaxed_sys += sum(any(s.start < g.end and g.start < s.end for g in gold) for s in system)
        relaxed_ref += sum(any(s.start < g.end and g.start < s.end for s in system) for g in gold)
        for g in gold:  # one system expression per gold one: the one overlapping it most
            overlapping = [s for s in system if s.start < g.end and g.start < s.end]
            if not overlapping:
                continue
            best = max(overlapping, key=lambda s: min(s.end, g.end) - max(s.start, g.start))
            matched += 1
            type_ok += best.type == g.type
            value_ok += best.value == g.value
    sp, sr, sf = _prf(strict, strict, n_sys, n_ref)
    rp, rr, rf = _prf(relaxed_sys, relaxed_ref, n_sys, n_ref)
    type_acc = type_ok / matched if matched else 0.0
    value_acc = value_ok / matched if matched else 0.0
    return {
        "gold": n_ref, "system": n_sys,
        "strict_P": sp, "strict_R": sr, "strict_F1": sf,
        "relaxed_P": rp, "relaxed_R": rr, "relaxed_F1": rf,
        "type_accuracy": 100 * type_acc, "type_F1": type_acc * rf,
        "value_accuracy": 100 * value_acc, "value_F1": value_acc * rf,
    }
