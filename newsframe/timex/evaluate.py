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

_TAG_RE = re.compile(r"<(/?)(\w+)\b([^>]*?)(/?)>")
_ATTR_RE = re.compile(r'(\w+)="([^"]*)"')


@dataclass
class Timex:
    """One temporal expression: character span in the plain text, TimeML type and value (and its id, `tid`)."""

    start: int
    end: int
    text: str
    type: str
    value: str
    tid: str = ""


@dataclass
class Event:
    """One event mention: its id (`eid`), character span in the plain text and the words."""

    eid: str
    start: int
    end: int
    text: str


@dataclass
class TimemlDoc:
    """One TimeML document: name, plain text of <TEXT>, the creation time value, gold TIMEX3s and EVENTs, and the
    TLINKs that tie an event to a time expression as (event id, time id, relation type)."""

    name: str
    text: str
    dct: str
    timexes: list[Timex] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    event_time_links: list[tuple[str, str, str]] = field(default_factory=list)


def is_held_out(name: str) -> bool:
    """True when the file `name` belongs to the held-out split (SHA-1 of the name, first byte mod 4 == 0)."""
    return hashlib.sha1(name.encode("utf-8")).digest()[0] % HELD_OUT_MODULUS == 0


def _strip_tags(xml: str) -> tuple[str, list[Timex], list[Event]]:
    """Plain text of a TimeML fragment and the TIMEX3s and EVENTs in it, with offsets into that plain text."""
    out: list[str] = []
    length = 0
    pos = 0
    open_tags: list[tuple[str, dict, int]] = []
    spans: list[tuple[str, dict, int, int]] = []
    for m in _TAG_RE.finditer(xml):
        piece = unescape(xml[pos : m.start()])
        out.append(piece)
        length += len(piece)
        pos = m.end()
        closing, name, attrs, empty = m.group(1), m.group(2), m.group(3), m.group(4)
        if name not in ("TIMEX3", "EVENT") or empty:
            continue
        if not closing:
            open_tags.append((name, dict(_ATTR_RE.findall(attrs)), length))
            continue
        while open_tags and open_tags[-1][0] != name:
            open_tags.pop()
        if not open_tags:
            continue
        _, found, start = open_tags.pop()
        spans.append((name, found, start, length))
    out.append(unescape(xml[pos:]))
    text = "".join(out)
    timexes = [
        Timex(s, e, text[s:e], a.get("type", ""), a.get("value", ""), a.get("tid", ""))
        for name, a, s, e in spans
        if name == "TIMEX3" and a.get("functionInDocument") != "CREATION_TIME"
    ]
    events = [Event(a.get("eid", ""), s, e, text[s:e]) for name, a, s, e in spans if name == "EVENT"]
    return text, sorted(timexes, key=lambda t: t.start), sorted(events, key=lambda e: e.start)


def _event_time_links(xml: str) -> list[tuple[str, str, str]]:
    """(event id, time id, relation type) of every TLINK between an event instance and a time expression."""
    instance = {
        a["eiid"]: a.get("eventID", "")
        for a in (dict(_ATTR_RE.findall(m)) for m in re.findall(r"<MAKEINSTANCE\b([^>]*)>", xml))
        if "eiid" in a
    }
    links = []
    for attrs in (dict(_ATTR_RE.findall(m)) for m in re.findall(r"<TLINK\b([^>]*)>", xml)):
        if "eventInstanceID" in attrs and "relatedToTime" in attrs:
            ei, tid = attrs["eventInstanceID"], attrs["relatedToTime"]
        elif "timeID" in attrs and "relatedToEventInstance" in attrs:
            ei, tid = attrs["relatedToEventInstance"], attrs["timeID"]
        else:
            continue
        if ei in instance:
            links.append((instance[ei], tid, attrs.get("relType", "")))
    return links


def read_tml(path: Path) -> TimemlDoc:
    """A .tml file -> TimemlDoc with the <TEXT> as plain text, its gold TIMEX3s (creation time excluded), EVENTs
    and event-time TLINKs."""
    xml = path.read_text(encoding="utf-8")
    dct_match = re.search(r'<TIMEX3\b[^>]*functionInDocument="CREATION_TIME"[^>]*>', xml)
    dct = dict(_ATTR_RE.findall(dct_match.group(0))).get("value", "") if dct_match else ""
    body = re.search(r"<TEXT>(.*?)</TEXT>", xml, re.S)
    text, timexes, events = _strip_tags(body.group(1) if body else "")
    return TimemlDoc(path.name, text, dct, timexes, events, _event_time_links(xml))


def linked_events(doc: TimemlDoc, timex: Timex) -> list[Event]:
    """The events a TLINK ties to `timex`, in document order."""
    ids = {eid for eid, tid, _ in doc.event_time_links if tid == timex.tid}
    return [e for e in doc.events if e.eid in ids]


def holds_event(phrase: str, event: Event) -> bool:
    """Whether `phrase` holds every word of the event mention as a whole word (any case): 'rose' in 'profit rose'."""
    words = set(re.findall(r"[\w'’-]+", phrase.lower()))
    wanted = set(re.findall(r"[\w'’-]+", event.text.lower()))
    return bool(wanted) and wanted <= words


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
        "gold": n_ref,
        "system": n_sys,
        "strict_P": sp,
        "strict_R": sr,
        "strict_F1": sf,
        "relaxed_P": rp,
        "relaxed_R": rr,
        "relaxed_F1": rf,
        "type_accuracy": 100 * type_acc,
        "type_F1": type_acc * rf,
        "value_accuracy": 100 * value_acc,
        "value_F1": value_acc * rf,
    }
