"""A timeline of the events an article mentions: its temporal expressions, the dates they stand for, what happened.

`timeline_table(article, docs, mentions)` -> DataFrame, one row per temporal expression, in time order:

| column | meaning |
| --- | --- |
| paragraph | paragraph number (0 = headline) |
| start_char, end_char | the expression's offsets in the paragraph's text |
| expression | the expression as written ("Sunday evening") |
| type | TimeML TIMEX3 type: DATE, TIME, DURATION or SET |
| value | TimeML TIMEX3 value ("2022-12-18TEV", "P3Y6M", "PAST_REF") resolved against the publication date |
| date, date_end | the calendar span it stands for (ISO date, or date and time); empty when unknown |
| anchor | explicit (carries its own date), relative (resolved against publication), vague (no calendar date) |
| event | a short phrase of what happened then: subject, verb and object of the governing clause |
| sentence | the text of the sentence holding the expression |
| entities | the canonical entities named in that sentence, joined by "|" |
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
from dateutil.relativedelta import relativedelta

from . import nlp
from .sentiment import quote_spans
from .timex import Candidate, extract, last_reference
from .timex.extract import governing_verb, verb_tense
from .timex.grammar import duration_parts, month_end, shift, value_span, value_start

if TYPE_CHECKING:  # only annotations name spaCy's types: reading cached tables needs no parser
    from spacy.tokens import Doc, Span, Token

TIMELINE_COLUMNS = [
    "paragraph",
    "start_char",
    "end_char",
    "expression",
    "type",
    "value",
    "date",
    "date_end",
    "anchor",
    "event",
    "sentence",
    "entities",
]
# Words before a duration that make it reach back from publication: "(the first time) in three years",
# "for three years", "over the past decade". With a past or perfect verb the duration ends at publication.
BACKWARD_CUES = re.compile(
    r"(?:first time in|first \w+ in|for|over|during|in|since|within) (?:the )?(?:past |last )?$", re.I
)
# Words before a duration that make it reach forward: "in two weeks" with a future verb.
FORWARD_CUES = re.compile(r"(?:in|within|for|over) (?:the )?(?:next |coming )?$", re.I)
# Measured by benchmarks/timeline_timeml.py on the TempEval-3 training news (TimeBank and AQUAINT), scored as
# TempEval-3 does: extraction F1 strict (exact span) and relaxed (overlap), type and value F1 (attribute accuracy
# among relaxed matches x relaxed F1); `event` is the share of expressions linked by the corpus to an event of their
# sentence whose event phrase holds that event's word. A file is held out when the first byte of the SHA-1 of its
# name is 0 mod 4; the rules were developed on the other files only.
BENCHMARK = {
    "development": {
        "files": 205,
        "gold": 1436,
        "strict_F1": 86.0,
        "relaxed_F1": 94.2,
        "type_F1": 90.9,
        "value_F1": 79.6,
        "event": 0.862,
    },
    "held out": {
        "files": 51,
        "gold": 386,
        "strict_F1": 82.4,
        "relaxed_F1": 92.9,
        "type_F1": 88.6,
        "value_F1": 80.7,
        "event": 0.820,
    },
}
# For comparison: HeidelTime, the strongest published rule-based normaliser, scores value F1 about 78 on the
# TempEval-3 test news.
HEIDELTIME_VALUE_F1 = 78


def benchmark_markdown() -> str:
    """A Markdown table of the measured accuracy of the timeline's dates and events, and how it was measured."""
    lines = [
        "| split | files | expressions | strict F1 | relaxed F1 | type F1 | value F1 | event phrase |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    lines += [
        f"| {name} | {s['files']} | {s['gold']:,} | {s['strict_F1']:.1f} | {s['relaxed_F1']:.1f} | "
        f"{s['type_F1']:.1f} | {s['value_F1']:.1f} | {s['event']:.0%} |"
        for name, s in BENCHMARK.items()
    ]
    held = BENCHMARK["held out"]
    lines += [
        "",
        f"Scored as TempEval-3 does on its news articles (TimeBank and AQUAINT), the rules developed on one "
        f"part and checked on the held-out one. On the held-out news the value F1 (expressions found and given "
        f"the right TimeML value) is {held['value_F1']:.1f} of 100; HeidelTime scores about "
        f"{HEIDELTIME_VALUE_F1} on the TempEval-3 test news. The event phrase names the event the annotators "
        f"tied to the date {held['event']:.0%} of the time. Check the rows a report rests on against their "
        "sentence.",
    ]
    return "\n".join(lines)


# Where vague references sit relative to publication when ordering rows (days before/after).
VAGUE_ORDER = {"PAST_REF": -0.5, "PRESENT_REF": 0.0, "FUTURE_REF": 0.5}
# The most words an event phrase keeps.
EVENT_WORDS = 8


def _granularity(parts: list[tuple[float, str]]) -> str:
    """The finest unit of a duration, as the precision its date can claim: 'month' for P3Y6M."""
    return parts[-1][1] if parts else "day"


def _span_at(moment: datetime, unit: str) -> tuple[str, str]:
    """The calendar span around `moment` at the precision of `unit` (a month for 'month', a day for 'day')."""
    d = moment.date()
    if unit in ("year", "decade", "century", "millennium"):
        return date(d.year, 1, 1).isoformat(), date(d.year, 12, 31).isoformat()
    if unit in ("month", "quarter"):
        return date(d.year, d.month, 1).isoformat(), month_end(d.year, d.month).isoformat()
    if unit == "week":
        monday = d - timedelta(days=d.weekday())
        return monday.isoformat(), (monday + timedelta(days=6)).isoformat()
    return d.isoformat(), d.isoformat()


def duration_span(
    value: str, before: str, tense: str | None, published: datetime | None, expression: str = "", perfect: bool = False
) -> tuple[str, str, str]:
    """A DURATION and the words before it -> (date, date_end, anchor) of the time it stands for, if any.

    "for the first time in three and a half years" (past or perfect verb): the previous occasion, publication
    minus the duration, at the duration's precision (about June 2019). "in two weeks" with a future verb: publication
    plus the duration. A duration that runs up to publication ("over the past decade", "has lived there for three
    years": `perfect`, a present perfect verb) or on from it ("over the next two years") is that period, from its
    far end (at the duration's precision) to publication. Other durations ("held for 48 hours", a "five-year
    low") have no date.
    """
    parts = duration_parts(value)
    if not parts or published is None:
        return "", "", "vague"
    before += LEADING_CUE.match(expression)[0]  # "over the next two years" carries its cue inside
    sign, period = 0, False
    if re.search(r"first (?:time|\w+) in (?:the )?(?:past |last )?$", before, re.I) or _superlative_in(before):
        sign = -1
    elif FORWARD_CUES.search(before) and tense == "future":
        sign, period = 1, not re.search(r"\bin $", before, re.I) or bool(PERIOD_WORDS.match(expression))
    elif (
        BACKWARD_CUES.search(before)
        and tense in ("past", "present")
        and (perfect or re.search(r"(?:past|last) $", before, re.I))
    ):
        sign, period = -1, True  # "over the past decade", "has lived there for three years": up to publication
    if not sign:
        return "", "", "vague"
    moment = published
    for n, unit in parts:
        moment = shift(moment, sign * n, unit)
    start, end = _span_at(moment, _granularity(parts))
    if period:  # the stretch of that length up to publication, or on from it: "the coming year" ends a year on
        here = published.date().isoformat()
        start, end = (start, here) if sign < 0 else (here, moment.date().isoformat())
    return start, end, "relative"


# "the strongest quake to hit the region in nearly a century", "its highest level in three years": like "the first
# time in", a superlative before "in <duration>" dates the last time it was so. Nouns ending in -est are no
# superlatives.
NOT_SUPERLATIVES = (
    "protest interest west midwest northwest southwest rest unrest test contest request quest conquest inquest "
    "forest guest chest crest nest arrest harvest manifest behest".split()
)
SUPERLATIVE_IN = re.compile(
    rf"\b(?:the|its|their|his|her|a)\s+(?:\w+\s+)?(?:first|best|worst|most|least|(?!(?:{'|'.join(NOT_SUPERLATIVES)})\b)\w+est)\b"
    r"[^.;:!?]{0,60}\bin (?:the )?(?:past |last )?$",
    re.I,
)


def _superlative_in(before: str) -> bool:
    """Whether the words before a duration end in a superlative and "in" ("the strongest ... in")."""
    return SUPERLATIVE_IN.search(before[-120:]) is not None


# The cue words an expression may start with ("over the next two years"), read as if they stood before it.
LEADING_CUE = re.compile(r"(?:(?:over|in|within|for|during) )?(?:the )?(?:past |last |next |coming )?", re.I)
# A duration written as a stretch of time next to now: "the past decade", "the next two years".
PERIOD_WORDS = re.compile(r"(?:the )?(?:past|last|next|coming|previous)\b", re.I)


# The most words a subject or object keeps in an event phrase (the last ones: "Vladimir Putin").
NOUN_WORDS = 3
# Modifiers kept before a noun: names and compounds ("press conference"), adjectives and numbers ("20% gain").
NOUN_MODIFIERS = ("compound", "flat", "amod", "nmod", "nummod", "quantmod")
# Dependencies by which a date modifies a noun ("Thursday's ruling", "third-quarter earnings", "the Friday blasts").
NOUN_DATE_DEPS = ("poss", "compound", "nmod", "amod", "npadvmod")
# Entity labels of words that are times themselves, never the object of what happened.
TIME_LABELS = ("DATE", "TIME")


def _words(token: Token) -> bool:
    """Whether a token is a word a phrase may show: letters in it, not a time, not a stray mark."""
    return (
        any(ch.isalpha() for ch in token.text)
        and token.ent_type_ not in TIME_LABELS
        and token.pos_ not in ("PUNCT", "SYM", "X")
    )


def _text(doc: Doc, first: int, last: int) -> str:
    """The words of tokens first..last as written (hyphenated words stay whole: "re-election", "Kimberly-Clark")."""
    return doc[first : last + 1].text


def _compact(token: Token) -> str:
    """A noun with the modifiers just before it, at most NOUN_WORDS words: 'Vladimir Putin', 'net income'."""
    if token.pos_ == "PROPN":
        kinds: tuple = ("compound", "flat")
    else:
        kinds = NOUN_MODIFIERS
    first = token.i
    for t in reversed(token.doc[token.left_edge.i : token.i]):  # the unbroken run of modifiers ending at the noun
        attached = (
            t.dep_ in kinds
            or t.dep_ == "punct"
            and t.text == "-"
            or t.head.i != token.i
            and t.head.i >= t.i + 1
            and t.head.dep_ in kinds
        )
        if not attached or t.ent_type_ in TIME_LABELS or (token.pos_ == "PROPN" and t.pos_ != "PROPN"):
            break
        if t.text.endswith(".") and t.pos_ != "PROPN":
            break  # "£3.2m. Turnover": the end of an amount the parser ran on, not a word of the noun
        first = t.i
    while first < token.i and token.doc[first].is_punct:
        first += 1  # no phrase starts with a hyphen
    words = _text(token.doc, first, token.i).split()
    return " ".join(words[-NOUN_WORDS:])


def _with_conjuncts(token: Token) -> str:
    """A subject with the subjects joined to it: 'Putin and Alexander Lukashenko'."""
    names = [_compact(token)] + [_compact(c) for c in token.children if c.dep_ == "conj" and c.pos_ != "PRON"]
    return " and ".join(n for n in names if n)


def _clause_verb(span: Span) -> Token | None:
    """The verb an expression dates: the governing verb, or the relative clause of 'the first time in X that ...'."""
    tok = span.root
    if tok.dep_ == "ROOT":  # "The following year the span was lifted" parsed as a date the clause hangs on
        clause = next(
            (c for c in tok.children if c.dep_ in ("relcl", "acl", "ccomp", "advcl") and c.pos_ in ("VERB", "AUX")),
            None,
        )
        if clause is not None:
            return clause
    for _ in range(6):
        rel = next((c for c in tok.children if c.dep_ in ("relcl", "acl") and c.pos_ in ("VERB", "AUX")), None)
        if rel is not None and tok.lower_ in ("time", "occasion"):
            return rel
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return governing_verb(span.root)


def _dated_noun(span: Span) -> Token | None:
    """The noun a date modifies, when it does: 'ruling' in "Thursday's ruling", 'earnings' in "fourth-quarter
    earnings", 'service' in "a Sunday night memorial service"; None when the date stands for itself."""
    root = span.root
    head = root.head
    if (
        root.dep_ == "pobj"
        and head.dep_ == "prep"
        and head.head.pos_ == "NOUN"
        and head.head.i < head.i
        and head.head.lower_ not in ("time", "occasion")
        and head.head.ent_type_ not in TIME_LABELS
    ):
        root, head = head, head.head  # "a net loss for the third quarter": the loss
    if (
        root.dep_ in NOUN_DATE_DEPS + ("prep",)
        and head.i != root.i
        and head.i not in range(span.start, span.end)
        and head.pos_ in ("NOUN", "PROPN")
    ):
        while head.dep_ == "compound" and head.head.pos_ == "NOUN" and head.head.i > head.i:
            head = head.head
        return head if _words(head) else None
    return None


def event_phrase(doc: Doc, start: int, end: int) -> str:
    """What happened at the expression start..end: subject, verb (with negation and particle) and object, or the
    event noun the date modifies ("Thursday's ruling"), in whole words."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return ""
    noun = _dated_noun(span)
    verb = _clause_verb(span)
    if verb is not None and verb.dep_ in ("aux", "auxpass") and verb.head.i != verb.i:
        verb = verb.head
    if verb is None or not _words(verb):  # a date inside a noun phrase ("Sunday evening newspaper"): that phrase
        head = noun or (span.root.head if span.root.head.i != span.root.i else None)
        return _compact(head) if head is not None and head.i not in range(span.start, span.end) and _words(head) else ""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i:
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    who = _with_conjuncts(subject) if subject is not None and subject.pos_ != "PRON" and _words(subject) else ""
    verb_words = [c for c in verb.children if c.dep_ in ("neg", "aux", "auxpass") and c.i < verb.i]
    verb_words += [verb] + [c for c in verb.children if c.dep_ == "prt"]
    did = " ".join(t.norm_ if t.text.startswith(("'", "’")) else t.text for t in sorted(verb_words, key=lambda t: t.i))
    what = ""
    if noun is not None and noun.i != verb.i and noun.i not in (subject.i if subject is not None else -1,):
        what = _compact(noun)  # "posted a gain in third-quarter net income": the dated thing is the income
    else:
        obj = next(
            (
                c
                for c in verb.children
                if c.dep_ in ("dobj", "attr", "oprd", "acomp") and c.i not in range(span.start, span.end)
            ),
            None,
        )
        if obj is None:
            prep = next(
                (
                    c
                    for c in verb.children
                    if c.dep_ == "prep"
                    and c.i not in range(span.start, span.end)
                    and not any(t.i in range(span.start, span.end) or t.ent_type_ in TIME_LABELS for t in c.subtree)
                ),
                None,
            )
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
            if pobj is not None and _words(pobj):
                what = f"{prep.text} {_compact(pobj)}"
        elif obj.pos_ == "ADJ" and _words(obj):
            what = obj.text  # "the stock was down", "rates were lower"
        elif obj.pos_ != "PRON" and _words(obj):
            what = _compact(obj)
    parts = [p for p in (who, did, what) if p]
    while len(" ".join(parts).split()) > EVENT_WORDS and len(parts) > 1:
        parts.pop()  # drop the object whole rather than cut a name in two
    return " ".join(parts)


def _sentence_entities(mentions: pd.DataFrame | None, paragraph: int, sentence: int) -> str:
    """The canonical entities named in one sentence, in order of first mention, joined by '|'."""
    if mentions is None or mentions.empty:
        return ""
    index = mentions.attrs.get("_by_sentence")
    if index is None:  # group once per table, not once per row
        names: dict[tuple, list] = {}
        columns = (mentions[c].tolist() for c in ("start_char", "paragraph", "sentence", "entity"))
        for _, paragraph_number, sentence_number, entity in sorted(zip(*columns), key=lambda row: row[0]):
            if isinstance(entity, str) and entity:
                names.setdefault((paragraph_number, sentence_number), []).append(entity)
        index = {key: "|".join(dict.fromkeys(found)) for key, found in names.items()}
        mentions.attrs["_by_sentence"] = index
    return index.get((paragraph, sentence), "")


def _row(
    cand: Candidate,
    paragraph: int,
    doc: Doc,
    published: datetime | None,
    mentions: pd.DataFrame | None,
    text: str | None = None,
) -> dict:
    """One timeline row for an expression found in a paragraph's doc (whose text is `text`, read from it if None)."""
    text = nlp.doc_text(doc) if text is None else text
    anchor = cand.anchor
    if cand.extras.get("undated"):  # a fiscal period, an indefinite day ("on a Sunday"): no calendar date
        start, end, anchor = "", "", "vague"
    elif "span" in cand.extras:  # "the year to March": the twelve months ending then; "two weeks later" than March
        start, end = cand.extras["span"]
    elif "date_value" in cand.extras:  # "two weeks later": a date counted from the last one (TimeML keeps P2W)
        start, end = value_span(cand.extras["date_value"])
        anchor = "relative" if start else "vague"
    elif cand.type == "DURATION":
        span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
        verb = governing_verb(span.root) if span is not None and len(span) else None
        tense = verb_tense(verb) if verb is not None else None
        perfect = verb is not None and any(
            c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBP", "VBZ") for c in verb.children
        )
        start, end, anchor = duration_span(cand.value, text[: cand.start], tense, published, cand.text, perfect)
    elif cand.type == "SET":
        start, end, anchor = "", "", "vague"
    else:
        start, end = value_span(cand.value) if published is not None or anchor == "explicit" else ("", "")
        if start and cand.extras.get("mod"):
            start, end = part_of_span(start, end, cand.value, cand.extras["mod"])
        if not start:
            anchor = "vague" if cand.value.endswith("_REF") or re.search(r"X", cand.value) else anchor
    number = nlp.sentence_index(doc, cand.start)
    spans = nlp.sentence_spans(doc)
    sentence = text[spans[number - 1][0] : spans[number - 1][1]] if number else ""
    return {
        "paragraph": paragraph,
        "start_char": cand.start,
        "end_char": cand.end,
        "expression": cand.text,
        "type": cand.type,
        "value": cand.value,
        "date": start,
        "date_end": end,
        "anchor": anchor,
        "event": event_phrase(doc, cand.start, cand.end),
        "sentence": sentence,
        "entities": _sentence_entities(mentions, paragraph, number),
    }


# The parts a period is cut into when a modifier narrows it ("early", "mid", "late"), by its precision: a decade
# into years, a year into months, a month into days. START takes the first third, MID the middle, END the last.
PART_UNITS = {"century": "year", "decade": "year", "year": "month", "quarter": "month", "month": "day"}


def part_of_span(start: str, end: str, value: str, mod: str) -> tuple[str, str]:
    """The part of the span start..end (of TIMEX3 `value`) that TimeML's mod START/MID/END names: "the early 1970s"
    (197, START) -> 1970-01-01..1973-12-31; "late 2019" -> 2019-09-01..2019-12-31. Other mods leave it whole."""
    found = value_start(value)
    if mod not in ("START", "MID", "END") or found is None or found[1] not in PART_UNITS:
        return start, end
    unit = PART_UNITS[found[1]]
    first, last = date.fromisoformat(start[:10]), date.fromisoformat(end[:10])
    if unit == "year":
        parts = [date(y, 1, 1) for y in range(first.year, last.year + 1)]
    elif unit == "month":
        parts = [
            date(first.year + (first.month - 1 + i) // 12, (first.month - 1 + i) % 12 + 1, 1)
            for i in range((last.year - first.year) * 12 + last.month - first.month + 1)
        ]
    else:
        parts = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    third = -(-len(parts) // 3)  # a third rounded up: the early 1970s are 1970-1973, the late 1970s 1976-1979
    chosen = {
        "START": parts[:third],
        "END": parts[-third:],
        "MID": parts[third : len(parts) - third] or parts[third - 1 : third],
    }[mod]
    after = {"year": relativedelta(years=1), "month": relativedelta(months=1), "day": timedelta(days=1)}[unit]
    return chosen[0].isoformat(), (chosen[-1] + after - timedelta(days=1)).isoformat()


def order_key(row: pd.Series | dict, published: datetime | None) -> float:
    """Days from publication used to order rows: the span's start, vague references around publication."""
    if row["date"]:
        moment = datetime.fromisoformat(row["date"])
        base = published or datetime(1970, 1, 1)
        return (moment - base).total_seconds() / 86400
    if row["value"] in VAGUE_ORDER and published is not None:
        return VAGUE_ORDER[row["value"]]
    return float("inf")


def timeline_table(article, docs: list[Doc], mentions: pd.DataFrame | None = None) -> pd.DataFrame:
    """An article's temporal expressions resolved against its publication time, one row each, in time order."""
    published = getattr(article, "published", None)
    rows = []
    reference = None  # the last date mentioned so far: "the next day" in a later paragraph counts from it
    for paragraph, doc in zip(article.paragraphs, docs):
        text = nlp.doc_text(doc)
        found = extract(
            text, published, doc, reference=reference if paragraph.number else None, quotes=quote_spans(text)
        )
        rows += [_row(cand, paragraph.number, doc, published, mentions, text) for cand in found]
        if paragraph.number:  # the headline is not part of the story's chronology
            reference = last_reference(found, reference)
    # Time order; ties in reading order (rows are in reading order and the sort is stable).
    rows.sort(key=lambda row: (order_key(row, published), row["paragraph"], row["start_char"]))
    return pd.DataFrame(rows, columns=TIMELINE_COLUMNS)


# ---------------------------------------------------------------------------------------------------------------
# The figure

# Hour of the day a part of day is drawn at (TimeML MO, AF, EV, NI), and a whole day at its middle.
PART_OF_DAY_HOURS = {"MO": 9, "AF": 15, "EV": 19, "NI": 22}
# Offsets from publication (days) offered as axis ticks; those inside the plotted range are used.
TICK_DAYS = (-36500, -3650, -1095, -365, -90, -30, -7, -1, 0, 1, 7, 30, 365)
# Characters per label line, label lines, and the entities shown with an event.
LABEL_WIDTH = 42
LABEL_ACTORS = 2
# Vertical room of one label level, in axis data units.
LEVEL_HEIGHT = 1.0


def days_to_x(days: float) -> float:
    """Days from publication -> x position: a signed log scale, so an hour and three years both show."""
    return float(np.sign(days) * np.log10(1 + abs(days)))


def _moment(iso: str, value: str, end: bool = False) -> datetime:
    """An ISO date/datetime of a row -> the datetime drawn: a day's middle, or its part of day."""
    moment = datetime.fromisoformat(iso)
    if "T" in iso:
        return moment
    if m := re.search(r"T(MO|AF|EV|NI)$", value):
        return moment + timedelta(hours=PART_OF_DAY_HOURS[m[1]])
    return moment + timedelta(hours=24 if end else 12) if end or len(iso) == 10 else moment


def approximate_span(start: str, end: str) -> str:
    """A span reckoned from a duration, as briefly as its precision allows: '2019-06', '1923', '2013–2023'."""
    if start[:7] == end[:7]:
        return start[:7]
    if start[:4] == end[:4]:
        return start[:4] if (start[5:10], end[5:10]) == ("01-01", "12-31") else f"{start[:7]}–{end[5:7]}"
    return f"{start[:4]}–{end[:4]}"


def plot_data(table: pd.DataFrame, published: datetime | None) -> pd.DataFrame:
    """The rows a timeline draws: kind (point, span, vague), x_start/x_end, and tick_label (the text drawn); SETs are
    left out."""
    from . import plots

    rows = []
    reference = published
    if reference is None and (table["date"] != "").any():
        reference = max(datetime.fromisoformat(d) for d in table["date"] if d)
    for _, r in table.iterrows():
        actors = [a for a in str(r["entities"]).split("|") if a][:LABEL_ACTORS]
        said = f"“{r['expression']}”"
        if r["type"] == "DURATION" and r["date"]:  # a date reckoned from a duration is approximate
            said += f" ≈ {approximate_span(r['date'], r['date_end'] or r['date'])}"
        label = plots.shorten(r["event"] or r["expression"], LABEL_WIDTH)
        label += "\n" + plots.shorten(" · ".join([said] + actors), LABEL_WIDTH)
        if r["date"] and reference is not None:
            start = _moment(r["date"], r["value"])
            stop = _moment(r["date_end"] or r["date"], r["value"], end=True)
            is_point = (stop - datetime.fromisoformat(r["date"])).total_seconds() <= 86400
            x0 = days_to_x((start - reference).total_seconds() / 86400)
            x1 = x0 if is_point else days_to_x((stop - reference).total_seconds() / 86400)
            if not is_point:
                x0 = days_to_x((datetime.fromisoformat(r["date"]) - reference).total_seconds() / 86400)
            rows.append(
                {
                    **r.to_dict(),
                    "kind": "point" if is_point else "span",
                    "x_start": x0,
                    "x_end": x1,
                    "tick_label": label,
                }
            )
        elif r["value"] in VAGUE_ORDER:
            rows.append({**r.to_dict(), "kind": "vague", "x_start": np.nan, "x_end": np.nan, "tick_label": label})
    return pd.DataFrame(rows, columns=list(table.columns) + ["kind", "x_start", "x_end", "tick_label"])


def _overlaps(box, boxes, pad: float = 2.0) -> bool:
    """True when display-space bbox `box` overlaps any of `boxes` (with `pad` pixels between)."""
    return any(
        box.x0 < b.x1 + pad and b.x0 < box.x1 + pad and box.y0 < b.y1 + pad and b.y0 < box.y1 + pad for b in boxes
    )


def place_labels(
    ax,
    items: list[tuple[float, str]],
    base: float,
    direction: int,
    placed: list | None = None,
    ha: str = "left",
    max_levels: int = 60,
) -> list[float]:
    """Put each (x, text) label at the first level (base, base+direction, ...) where it overlaps no placed label.

    `placed` (display-space boxes, extended in place) lets several calls share one figure. Returns each label's y.
    """
    renderer = ax.figure.canvas.get_renderer()
    placed = [] if placed is None else placed
    levels = []
    right_edge = ax.get_window_extent(renderer).x1
    for x, text in items:
        artist = ax.text(
            x,
            base,
            text,
            fontsize=6.5,
            ha=ha,
            va="bottom" if direction > 0 else "top",
            multialignment="left",
            bbox={"boxstyle": "round,pad=0.2", "fc": "white", "ec": "#BBBBBB", "lw": 0.4},
        )
        if ha == "left" and artist.get_window_extent(renderer).x1 > right_edge:
            artist.set_horizontalalignment("right")  # a label near the right edge hangs leftwards from its date
        for level in range(max_levels):
            y = base + direction * level * LEVEL_HEIGHT
            artist.set_y(y)
            box = artist.get_window_extent(renderer)
            if not _overlaps(box, placed):
                break
        placed.append(box)
        levels.append(y)
    return levels


# Narrowest a span is drawn (x units), so a month three years back still shows as a bar.
MIN_SPAN_WIDTH = 0.04
# Smallest gap between two date ticks, in x units of the log scale, so their labels do not collide.
MIN_TICK_GAP = 0.22


def _date_ticks(ax, dated: pd.DataFrame, published: datetime | None, left: float, right: float) -> None:
    """Ticks at the plotted dates (a span at its start) and at publication, thinned so labels stay apart."""
    ref = published or datetime(1970, 1, 1)
    wanted = [(0.0, ref.strftime("%Y-%m-%d"))] if published else []
    for _, r in dated.iterrows():
        fmt = (
            "%Y-%m-%d"
            if r["kind"] == "point" or re.match(r"\d{4}-(?:W|\d\d-\d\d)", r["value"])
            else ("%Y" if r["value"][:4].isdigit() and len(r["value"]) == 4 else "%Y-%m")
        )  # a week by its first day
        wanted.append((r["x_start"], datetime.fromisoformat(r["date"]).strftime(fmt)))
    if len(wanted) < 3 and published:  # few dates: add round distances from publication for scale
        wanted += [
            (days_to_x(d), (ref + timedelta(days=d)).strftime("%Y-%m-%d"))
            for d in TICK_DAYS
            if left <= days_to_x(d) <= right
        ]
    chosen: list[tuple[float, str]] = []
    for x, text in sorted(wanted, key=lambda w: (w[0] != 0.0, w[0])):  # publication first, then left to right
        if all(abs(x - cx) >= MIN_TICK_GAP for cx, _ in chosen) and all(text != ct for _, ct in chosen):
            chosen.append((x, text))
    chosen.sort()
    ax.set_xticks([x for x, _ in chosen])
    ax.set_xticklabels([t for _, t in chosen], rotation=45, ha="right", fontsize=7)


# Vertical distance between two lanes of overlapping span bars (data units) and the bars' thickness (points).
SPAN_LANE = 0.22
SPAN_WIDTH = 5


def span_lanes(spans: list[tuple[float, float]]) -> list[int]:
    """Lane 0, 1, ... for each (x0, x1) interval so that intervals in one lane do not overlap (first fit)."""
    ends: list[float] = []
    lanes = []
    for x0, x1 in spans:
        lane = next((i for i, end in enumerate(ends) if x0 >= end), len(ends))
        if lane == len(ends):
            ends.append(x1)
        else:
            ends[lane] = x1
        lanes.append(lane)
    return lanes


def _vague_band(
    ax, rows: pd.DataFrame, x0: float, x1: float, top: float, text: str, data: pd.DataFrame, placed: list
) -> None:
    """A hatched band from x0 to x1 below `top` holding the labels of vague references (no made-up dates).

    Labels start at the publication line and run away from it: leftwards for the past, rightwards after.
    """
    from . import plots

    if rows.empty:
        return
    before = x1 <= 0
    anchor, ha = (x1 - 0.03, "right") if before else (x0 + 0.03, "left")
    ax.text(anchor, top - 0.05, text, fontsize=6.5, va="top", ha=ha, color=plots.PALETTE["blue"])
    ys = place_labels(ax, [(anchor, r["tick_label"]) for _, r in rows.iterrows()], top - 0.6, -1, placed, ha)
    bottom = min(min(ys) - LEVEL_HEIGHT * 0.9, top - 0.3 - LEVEL_HEIGHT * (len(rows) + 0.2))  # under the lowest label
    ax.fill_between([x0, x1], bottom, top, color=plots.PALETTE["sky"], alpha=0.15, hatch="///", lw=0)
    data.loc[rows.index, "tick_label_y"] = ys


def plot_timeline(table: pd.DataFrame, published: datetime | None, title: str = "", ax=None):
    """Timeline figure: publication marked, exact dates as points, spans as bars, vague references in a band
    before (or after) publication, each labelled with its event and actors without overlaps. Returns (fig, data).

    With `ax`, draws into that axes of a larger figure, whose layout must be final (labels are placed in display
    space) and is left to the caller."""
    from . import plots

    data = plot_data(table, published)
    data["tick_label_y"] = np.nan
    data["lane"] = np.nan
    dated = data[data["kind"] != "vague"].sort_values("x_start")
    vague = data[data["kind"] == "vague"]
    fig, ax, own = plots.figure_or_axes(ax, height=timeline_height(data))
    xs = list(dated["x_start"]) + list(dated["x_end"]) + [0.0]
    left, right = min(xs) - 0.35, max(max(xs), 0.0) + 0.6
    ax.set_xlim(left, right + 1.6)
    ax.set_ylim(-1 - LEVEL_HEIGHT * (len(vague) + 2), LEVEL_HEIGHT * (len(dated) + 2))
    ax.axhline(0, color=plots.PALETTE["grey"], lw=0.8)
    if published is not None:  # without a publication time, x = 0 is the latest date mentioned, not publication
        ax.axvline(0, color=plots.PALETTE["vermillion"], lw=1.2, ls="--")
    spans = dated[dated["kind"] == "span"]
    lanes = span_lanes([(r["x_start"], max(r["x_end"], r["x_start"] + MIN_SPAN_WIDTH)) for _, r in spans.iterrows()])
    data.loc[spans.index, "lane"] = lanes
    for (_, r), lane in zip(spans.iterrows(), lanes):
        y = -SPAN_LANE * lane
        ax.plot(
            [r["x_start"], max(r["x_end"], r["x_start"] + MIN_SPAN_WIDTH)],
            [y, y],
            "-",
            lw=SPAN_WIDTH,
            color=plots.PALETTE["orange"],
            alpha=0.8,
            solid_capstyle="butt",
            zorder=2,
        )
    points = dated[dated["kind"] == "point"]
    ax.plot(points["x_start"], [0] * len(points), "o", color=plots.PALETTE["blue"], ms=5, zorder=3)
    placed: list = []
    label_y = place_labels(ax, [(r["x_start"], r["tick_label"]) for _, r in dated.iterrows()], 0.5, 1, placed)
    for (_, r), y in zip(dated.iterrows(), label_y):
        ax.plot([r["x_start"], r["x_start"]], [0, y], color="#BBBBBB", lw=0.5, zorder=1)
    data.loc[dated.index, "tick_label_y"] = label_y
    band_top = -0.4 - SPAN_LANE * (max(lanes) if lanes else 0)
    past = vague[vague["value"] == "PAST_REF"]
    later = vague[vague["value"] != "PAST_REF"]
    _vague_band(ax, past, max(left, -1.2), 0, band_top, "vague: before publication", data, placed)
    _vague_band(ax, later, 0, min(right, 1.2), band_top, "vague: now or later", data, placed)
    _date_ticks(ax, dated, published, left, right)
    ax.set_yticks([])
    ax.spines["left"].set_visible(False)
    ax.set_xlabel(
        "date (log-scaled distance from publication; dashed line = publication)"
        if published is not None
        else "date (log-scaled distance from the latest date mentioned; publication date unknown)"
    )
    stamp = f" · published {published.strftime('%Y-%m-%d %H:%M')}" if published else " · publication date unknown"
    head, _, sub = (title or "Timeline of the events the article mentions").partition("\n")
    plots.set_title(ax, f"{head}\n{sub}" if sub else head + stamp, own)
    ys = data["tick_label_y"].dropna()
    ax.set_ylim(min(ys.min() - 1.3, -1.0) if len(ys) else -1.0, (ys.max() if len(ys) else 1) + LEVEL_HEIGHT * 1.2)
    if data.empty:
        ax.text(
            0.5, 0.5, "no dated or datable expression in this article", transform=ax.transAxes, ha="center", va="center"
        )
        ax.set_xticks([])
    plots.finish_figure(fig, own)
    return fig, data


def timeline_height(data: pd.DataFrame) -> float:
    """Inches a timeline of these plotted rows needs: a base plus one label row per event."""
    return 2.2 + 0.3 * len(data)
