"""Who and what an article names: entity mentions with repaired boundaries, grouped into canonical entities.

The small English model finds most names but gets some of them partly wrong. This module takes its entity spans
(one spaCy Doc per paragraph) and repairs them with a few general rules, each a named constant below:

1. trim: drop a leading "the" and a trailing possessive ('s, ’s), punctuation and score ("Brighton 2-1"), so
   "the Kremlin" and "Russia’s" count as "Kremlin" and "Russia";
2. titles: a person span that starts with a title ("President", "Foreign Minister", "Mr") loses it; a
   capitalised adjective before the title ("Russian President …") becomes its own NORP mention. Titles that are
   part of how someone is named ("King Hussein", "Pope Francis") stay;
3. glued prefix: a person span of three or more tokens that starts with a name the article tags elsewhere as a
   place or organisation ("Belarus Alexander Lukashenko") is split into that place/organisation and the person;
4. glued first name: a place/organisation span followed directly by a one-word person ("the Kremlin Dmitry" +
   "Peskov") gives its last word to the person when the parse attaches that word to the person's name and the
   article does not name the place/organisation that way elsewhere;
5. organisation cue: a span the parse links to a noun such as "newspaper" or "agency" is an organisation
   (facilities, products and works only: "a Boston bank" keeps Boston a place);
6. folding: a person's shorter name joins the one fuller person name in the article that ends with it ("Putin"
   into "Vladimir Putin"), begins with it as a first name alone ("Elian" into "Elian Gonzalez", "Sir John" for
   "Sir John Egan"), or adds only middle initials to it ("James Kopp" into "James C. Kopp"); when two
   people share it ("Bill Clinton", "Hillary Clinton") it stays on its own. A mention folds when it is tagged
   PERSON or most mentions of its name are, so "Washington" the city stays apart from "George Washington", or
   when it is one word the model tagged an organisation just once ("Smallwood said" after "Catherine Smallwood").
   An acronym joins the one longer organisation or place name with its initials ("WHO" into "World Health
   Organization", "U.S." into "United States"), and an organisation's name into the one fuller name that only
   adds a legal form ("Bank of America" into "Bank of America Corp"). Names seen only in a Title Case headline
   do not serve as fuller names;
7. same name elsewhere: every other occurrence of a name the article already established (written the same way,
   whole tokens, not inside another name or a number or date the model found) counts too, and a person's
   surname alone counts for that person ("Guardiola" after "Pep Guardiola"), since the model often tags a name
   in one sentence and misses it in the next;
8. label vote: an entity's type is the one most of its mentions carry (ties: the earliest mention's).

Tables (offsets are character offsets in the paragraph's text):
- mentions: paragraph, sentence (1-based, as in sentences.csv), start_char, end_char, text (as written),
  entity_type (the model's label for this mention after repair), entity (canonical name).
- entities: entity, entity_type (majority over mentions), mentions, paragraphs (distinct), first_paragraph,
  aliases (`|`-joined distinct surface forms).
- repairs: paragraph, rule, before, after — every change the rules made, for checking them on other news.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import pandas as pd

from .nlp import doc_text, sentence_index

if TYPE_CHECKING:  # only annotations name spaCy's types: reading cached tables needs no parser
    from spacy.tokens import Doc, Token

# Labels kept: names of people, groups, places, organisations, things and events. Dates, times, numbers,
# money and quantities belong to other notebooks.
KEPT_LABELS = ("PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW")
# Labels a glued prefix can carry: the things that stand before a person's name in "leader of Belarus X Y".
PREFIX_LABELS = frozenset({"GPE", "LOC", "ORG", "NORP", "FAC"})
# Labels of a span whose last word can be a glued first name ("the Kremlin Dmitry" + "Peskov").
GLUE_LABELS = frozenset({"GPE", "LOC", "ORG", "NORP", "FAC"})

# Words dropped from the start of a span: the article is not part of the name ("the Kremlin" = "Kremlin").
LEADING_DROP = frozenset({"the"})
# Possessive endings dropped from the end of a span ("Russia’s" counts as "Russia").
POSSESSIVE_SUFFIXES = ("'s", "’s", "'", "’")
# Characters trimmed from both ends of a span: quotes and brackets are not part of a name.
EDGE_PUNCT = "\"'“”‘’«»()[]{}<>,.;:!?-–—"

# Titles and roles written before a person's name; the model sometimes includes them in the PERSON span.
# Lowercase, without the final dot ("Dr." matches "dr").
TITLE_WORDS = frozenset(
    """
    president vice-president president-elect premier prime minister secretary chancellor senator sen rep
    representative congressman congresswoman governor gov mayor councillor councilman councilwoman commissioner
    ambassador envoy spokesman spokeswoman spokesperson leader speaker king queen prince princess emperor pope
    general gen colonel col lieutenant lt major maj captain capt sergeant sgt corporal cpl
    private pvt admiral commander marshal chief director chairman chairwoman chair ceo cfo founder judge justice
    magistrate prosecutor attorney lawyer detective det inspector insp constable pc superintendent supt sheriff
    officer deputy coach manager striker midfielder defender goalkeeper forward winger captain player champion
    mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend father bishop archbishop cardinal rabbi
    imam
    """.split()
)
# Titles that are part of how a person is named ("King Hussein", "Pope Francis", "Prince Norodom Ranariddh"):
# kept in the name, so "King Hussein" does not become "Hussein" and fold into another Hussein.
NAME_TITLES = frozenset("king queen prince princess crown emperor empress pope tsar czar sheikh emir sultan".split())
# Capitalised words that qualify a title without naming a nationality or group ("Foreign Minister",
# "Former President"); any other capitalised adjective before a title is kept as a NORP ("Russian President").
TITLE_MODIFIERS = frozenset(
    """
    foreign prime vice deputy former acting interim chief senior junior assistant first state defense defence
    finance interior home health executive general attorney lieutenant supreme grand head late new then
    """.split()
)
# Nouns that say the name next to them is an organisation ("newspaper Komsomolskaya Pravda", "the Interfax
# news agency"): the model often calls such names a facility, product, work of art or place.
ORG_CUE_NOUNS = frozenset(
    """
    newspaper paper daily weekly tabloid magazine agency broadcaster channel network website company firm
    corporation carmaker bank lender insurer retailer airline party club team union ministry council committee
    university charity
    """.split()
)
# Labels that the organisation cue may overrule; a person or a nationality next to such a noun is left alone
# ("company founder Elon Musk" keeps PERSON).
# Places are left alone too: "a Boston bank", "a U.S. company" name where the organisation is, not what it is.
ORG_CUE_RELABEL = frozenset({"FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})
# Dependency relations by which a cue noun and a name are the same thing (apposition, compound modifier).
ORG_CUE_DEPS = frozenset({"appos", "compound", "nmod"})
# How far (in tokens) from the name the cue noun may stand: "the Interfax news agency" is two tokens away.
ORG_CUE_WINDOW = 3

# A headline is Title Case when at least this share of its words of TITLE_CASE_MIN_LENGTH+ letters are
# capitalised (and it has TITLE_CASE_MIN_WORDS such words); its names do not define fuller names to fold into,
# because the model reads ordinary capitalised words there as part of names ("Justice Reviews Elian's Guardians").
TITLE_CASE_SHARE = 0.8
TITLE_CASE_MIN_LENGTH = 4
TITLE_CASE_MIN_WORDS = 3

MENTION_COLUMNS = ["paragraph", "sentence", "start_char", "end_char", "text", "entity_type", "entity"]
ENTITY_COLUMNS = ["entity", "entity_type", "mentions", "paragraphs", "first_paragraph", "aliases"]
REPAIR_COLUMNS = ["paragraph", "rule", "before", "after"]


@dataclass(frozen=True)
class Span:
    """A mention as token offsets [start, end) in the Doc of paragraph index `doc`, with its label."""

    doc: int
    start: int
    end: int
    label: str


# ---------------------------------------------------------------------------------------------------- helpers


def name_key(text: str) -> str:
    """The comparison form of a name: casefolded, straight apostrophes, no dots, single spaces."""
    text = text.replace("’", "'").replace(".", "").casefold()
    return " ".join(text.split())


def _span_text(doc: Doc, span: Span) -> str:
    """The text of `span` as written."""
    return doc[span.start : span.end].text


def _is_name_word(token: Token) -> bool:
    """Whether a token looks like part of a proper name: a capitalised or all-caps word."""
    return token.is_alpha and token.text[:1].isupper() and (token.pos_ in ("PROPN", "NOUN", "X") or token.is_title)


def _is_title(token: Token) -> bool:
    """Whether a token is a title or role word ("President", "Dr.", "Minister")."""
    return token.lower_.rstrip(".") in TITLE_WORDS


# ------------------------------------------------------------------------------------------------ repair rules


# A score or result glued to a name ("Brighton 2-1", "Arsenal 0-0") is no part of it, and the name is a team (an
# organisation); nor is a bare number part of a person's or a place's name ("Channel 4" and "Formula 1" keep
# theirs: organisations and products may end in one).
SCORE = re.compile(r"\s\d+\s*[-–]\s*\d+$")
NUMBERLESS_LABELS = frozenset({"PERSON", "GPE", "LOC", "NORP"})


def trim_span(doc: Doc, span: Span) -> Span | None:
    """`span` without a leading "the", trailing possessive, punctuation and score; None when nothing is left."""
    start, end = span.start, span.end
    while start < end and (doc[start].lower_ in LEADING_DROP or doc[start].is_punct or doc[start].is_space):
        start += 1
    label = span.label
    score = SCORE.search(doc[start:end].text) if end > start else None
    if score:  # what has a score is a team (an organisation), whatever the glued number made the model see
        cut = doc[start].idx + score.start()
        while end > start and doc[end - 1].idx >= cut:
            end -= 1
        label = "ORG"
    while end > start and (
        doc[end - 1].tag_ == "POS"
        or doc[end - 1].text in POSSESSIVE_SUFFIXES
        or doc[end - 1].is_punct
        or doc[end - 1].is_space
        or (label in NUMBERLESS_LABELS and doc[end - 1].is_digit)
    ):
        end -= 1
    return replace(span, start=start, end=end, label=label) if end > start else None


def strip_title(doc: Doc, span: Span) -> list[Span]:
    """A PERSON span without leading titles, plus a NORP span for a leading nationality ("Russian President X")."""
    if span.label != "PERSON":
        return [span]
    tokens = doc[span.start : span.end]
    last_title = max((i for i, t in enumerate(tokens) if _is_title(t) and i < len(tokens) - 1), default=-1)
    if last_title < 0 or any(t.lower_ in NAME_TITLES for t in tokens[: last_title + 1]):
        return [span]
    cut = last_title + 1
    # "Minister of Defense Sergei Shoigu": an "of X" after the title belongs to the title.
    if cut + 2 < len(tokens) and tokens[cut].lower_ in ("of", "for"):
        cut += 2
    rest = tokens[cut:]
    if not rest or not any(t.pos_ == "PROPN" or _is_name_word(t) for t in rest) or any(_is_title(t) for t in rest):
        return [span]
    out = []
    first = tokens[0]
    if (
        first.pos_ == "ADJ"
        and first.text[:1].isupper()
        and first.lower_ not in TITLE_MODIFIERS
        and not _is_title(first)
    ):
        out.append(Span(span.doc, span.start, span.start + 1, "NORP"))
    out.append(Span(span.doc, span.start + cut, span.end, "PERSON"))
    return out


def split_glued_prefix(doc: Doc, span: Span, other_labels: dict[str, Counter]) -> list[Span]:
    """A PERSON span "<place/org> <first> <last>" split in two when the article tags that prefix elsewhere as a non-
    person."""
    if span.label != "PERSON" or span.end - span.start < 3:
        return [span]
    tokens = doc[span.start : span.end]
    # The longest prefix that leaves at least two name words for the person.
    for k in range(len(tokens) - 2, 0, -1):
        prefix, rest = tokens[:k], tokens[k:]
        labels = other_labels.get(name_key(prefix.text), Counter())
        non_person = {label: n for label, n in labels.items() if label in PREFIX_LABELS}
        if non_person and labels.get("PERSON", 0) == 0 and all(_is_name_word(t) for t in rest):
            label = max(non_person, key=non_person.get)
            return [
                Span(span.doc, span.start, span.start + k, label),
                Span(span.doc, span.start + k, span.end, "PERSON"),
            ]
    return [span]


def move_glued_first_name(doc: Doc, spans: list[Span], name_counts: dict[str, Counter] | None = None) -> list[Span]:
    """Give the last word of a place/org span to a directly following one-word PERSON span it is a compound of.

    A span the article names the same way elsewhere ("Manchester United") is a whole name and keeps its last word.
    """
    name_counts = name_counts or {}
    out = list(spans)
    for i in range(len(out) - 1):
        left, right = out[i], out[i + 1]
        if not (
            left.label in GLUE_LABELS
            and right.label == "PERSON"
            and left.end == right.start
            and right.end - right.start == 1
        ):
            continue
        words = [t for t in doc[left.start : left.end] if t.lower_ not in LEADING_DROP]
        last = doc[left.end - 1]
        seen_elsewhere = sum(name_counts.get(name_key(_span_text(doc, left)), Counter()).values()) > 1
        if (
            len(words) >= 2
            and _is_name_word(last)
            and last.dep_ == "compound"
            and last.head.i == right.start
            and not seen_elsewhere
        ):
            out[i] = replace(left, end=left.end - 1)
            out[i + 1] = replace(right, start=left.end - 1)
    return out


def org_cue(doc: Doc, span: Span) -> Span:
    """`span` relabelled ORG when a noun like "newspaper" or "agency" next to it names what it is."""
    if span.label not in ORG_CUE_RELABEL:
        return span
    root = doc[span.start : span.end].root
    # The cue is linked to the name by the parse: the name's head ("newspaper" <-appos- "Pravda", "Interfax"
    # -compound-> "agency") or the name's dependent ("the Guardian" <-compound- "newspaper" when parsed so).
    candidates = [root.head] if root.dep_ in ORG_CUE_DEPS else []
    candidates += [child for child in root.children if child.dep_ in ORG_CUE_DEPS]
    for cue in candidates:
        near = span.start - ORG_CUE_WINDOW <= cue.i < span.end + ORG_CUE_WINDOW
        if near and cue.pos_ == "NOUN" and cue.lower_ in ORG_CUE_NOUNS and not (span.start <= cue.i < span.end):
            return replace(span, label="ORG")
    return span


def _log(repairs: list[dict], paragraph: int, rule: str, doc: Doc, before: list[Span], after: list[Span]) -> None:
    """Record a change a rule made, as readable text."""

    def show(spans: list[Span]) -> str:
        return " + ".join(f"{_span_text(doc, s)} [{s.label}]" for s in spans)

    if before != after:
        repairs.append({"paragraph": paragraph, "rule": rule, "before": show(before), "after": show(after)})


def repaired_spans(article, docs: list[Doc], repairs: list[dict] | None = None) -> list[Span]:
    """Every kept entity span of the article after the boundary and label repairs, in reading order."""
    repairs = [] if repairs is None else repairs
    numbers = [p.number for p in article.paragraphs]
    per_doc: list[list[Span]] = []
    for d, doc in enumerate(docs):
        spans = []
        for ent in doc.ents:
            if ent.label_ not in KEPT_LABELS:
                continue
            raw = Span(d, ent.start, ent.end, ent.label_)
            trimmed = trim_span(doc, raw)
            if trimmed is not None:
                spans.append(trimmed)
        per_doc.append(spans)
    # Labels each name carries anywhere in the article: evidence for the glued-prefix rule.
    labels_by_name: dict[str, Counter] = defaultdict(Counter)
    for d, spans in enumerate(per_doc):
        for s in spans:
            labels_by_name[name_key(_span_text(docs[d], s))][s.label] += 1
    out: list[Span] = []
    for d, spans in enumerate(per_doc):
        doc, number = docs[d], numbers[d]
        glued = move_glued_first_name(doc, spans, labels_by_name)
        for i in range(len(spans) - 1):
            if spans[i] != glued[i] and spans[i + 1] != glued[i + 1]:
                _log(repairs, number, "glued first name", doc, spans[i : i + 2], glued[i : i + 2])
        fixed: list[Span] = []
        for span in glued:
            titled = strip_title(doc, span)
            _log(repairs, number, "title", doc, [span], titled)
            for part in titled:
                split = split_glued_prefix(doc, part, labels_by_name)
                _log(repairs, number, "glued prefix", doc, [part], split)
                for piece in split:
                    cued = org_cue(doc, piece)
                    _log(repairs, number, "organisation cue", doc, [piece], [cued])
                    fixed.append(cued)
        out.extend(fixed)
    return propagate_names(docs, out, repairs, numbers)


def vote_entity_type(labels: list[str]) -> str:
    """The most common entity type among `labels`; a tie goes to the type seen first."""
    counts = Counter(labels)
    best = max(counts.values())
    return next(label for label in labels if counts[label] == best)


# ---------------------------------------------------------------------------------------------------------------
# One name, one entity, throughout an article: the small model finds a name in one sentence and misses it in the
# next ("Arsenal" tagged once, not in "Arsenal's Mikel Arteta"; "Guardiola" after "Pep Guardiola"). Every other
# occurrence of a name the article already established, written the same way (case-sensitive, whole tokens) and
# not inside another name, is counted as a mention too. A person's surname alone counts for that person.
# A one-word name must be tagged a proper noun there and not open a sentence, where capitals prove nothing ("Riot
# police ..." after a misread "… Riot" name), unless a possessive follows ("Arsenal's"); and an
# occurrence glued to another capitalised proper noun belongs to a longer name ("Justice" in "Justice Department").
PROPAGATED_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})
MIN_PROPAGATED_LENGTH = 3


def _known_names(docs: list[Doc], spans: list[Span]) -> dict[str, str]:
    """Surface names the article established, with their voted label; plus each person's surname as PERSON."""
    labels: dict[str, list[str]] = defaultdict(list)
    surnames: dict[str, set[str]] = defaultdict(set)
    for s in spans:
        if s.label not in PROPAGATED_LABELS:
            continue
        text = _span_text(docs[s.doc], s)
        labels[text].append(s.label)
        words = text.split()
        if s.label == "PERSON" and len(words) >= 2 and words[-1][:1].isupper():
            surnames[words[-1]].add(text)
    names = {text: vote_entity_type(found) for text, found in labels.items()}
    for surname in surnames:
        names.setdefault(surname, "PERSON")
    return {n: label for n, label in names.items() if len(n) >= MIN_PROPAGATED_LENGTH and n[:1].isupper()}


def _inside_longer_name(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens [start, end) are part of a longer capitalised proper name ("Justice" in "Justice Department");
    a title before the name ("President Putin") does not count."""
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None

    def glued(t) -> bool:
        return t is not None and t.pos_ == "PROPN" and t.text[:1].isupper() and not t.is_sent_end

    return (glued(before) and not _is_title(before)) or glued(after)


def propagate_names(docs: list[Doc], spans: list[Span], repairs: list[dict], numbers: list[int]) -> list[Span]:
    """`spans` plus the other occurrences of names the article established elsewhere (see above), in reading order."""
    names = _known_names(docs, spans)
    if not names:
        return spans
    pattern = re.compile(
        r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + r")(?![\w-])"
    )
    taken = {(s.doc, i) for s in spans for i in range(s.start, s.end)}
    added = []
    for d, doc in enumerate(docs):
        for ent in doc.ents:  # numbers, dates and names of other kinds the model found stay as they are
            taken.update((d, i) for i in range(ent.start, ent.end))
        for match in pattern.finditer(doc_text(doc)):
            found = doc.char_span(match.start(), match.end(), alignment_mode="strict")
            if found is None or any((d, i) in taken for i in range(found.start, found.end)):
                continue
            possessive = found.end < len(doc) and doc[found.end].tag_ == "POS"
            if len(found) == 1 and (found[0].pos_ != "PROPN" or (found[0].is_sent_start and not possessive)):
                continue
            if _inside_longer_name(doc, found.start, found.end):
                continue
            span = Span(d, found.start, found.end, names[match.group(0)])
            added.append(span)
            taken.update((d, i) for i in range(found.start, found.end))
            repairs.append(
                {
                    "paragraph": numbers[d],
                    "rule": "same name elsewhere",
                    "before": "",
                    "after": f"{match.group(0)} [{span.label}]",
                }
            )
    return sorted(spans + added, key=lambda s: (s.doc, s.start))


def _extends(short: list[str], long: list[str]) -> bool:
    """Whether name tokens `long` are a fuller form of `short`: they end with it, or add only middle initials to a
    first-last name."""
    if len(long) <= len(short):
        return False
    if long[-len(short) :] == short:
        return True
    if len(short) == 1 and long[0] == short[0] and len(short[0]) > 2:
        return True  # a first name alone ("Elian" for "Elian Gonzalez"), as news calls children and victims
    return len(short) == 2 and long[0] == short[0] and long[-1] == short[-1] and all(len(t) == 1 for t in long[1:-1])


def fold_names(keys, targets) -> dict[str, str]:
    """Map each name key to the one fuller person name in `targets` it is a short form of (itself if none or several).

    "putin" -> "vladimir putin"; "james kopp" -> "james c kopp"; "clinton" stays when "bill clinton" and
    "hillary clinton" are both targets. Fuller names fold first, so a chain ends at the fullest name.
    """
    targets = set(targets)
    every = set(keys) | targets
    tokens = {key: key.split() for key in every}
    result: dict[str, str] = {}
    for key in sorted(every, key=lambda k: (-len(tokens[k]), k)):
        fuller = {result[t] for t in targets if _extends(tokens[key], tokens[t])}
        result[key] = fuller.pop() if len(fuller) == 1 else key
    return {key: result[key] for key in keys}


# Acronyms: "WHO" is the "World Health Organization" and "U.S." the "United States" named in the same article,
# when exactly one longer name of the same kind (organisation, or place) has those initials. Small words are
# skipped, and a dotted abbreviation inside the longer name gives all its letters ("U.S. Geological Survey": USGS).
ACRONYM = re.compile(r"(?:[A-Z]\.?){2,6}")
ACRONYM_SKIP_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "&", "de", "du", "des", "la", "le"})
ACRONYM_KINDS = {"ORG": "organisation", "GPE": "place", "LOC": "place"}


def initials(name: str) -> str | None:
    """The capital initials of a multi-word name ("World Health Organization" -> "WHO"), None when a word that
    is not a small word starts lower case (then it is not a name)."""
    letters = []
    for word in name.split():
        if word.lower() in ACRONYM_SKIP_WORDS:
            continue
        if re.fullmatch(r"(?:[A-Z]\.){2,}", word):
            letters.append(word.replace(".", ""))
        elif word[:1].isupper():
            letters.append(word[0])
        else:
            return None
    return "".join(letters) if len(name.split()) >= 2 else None


def fold_acronyms(keys: list[str], texts: list[str], voted: dict[str, str], trusted: set[str]) -> dict[str, str]:
    """Map the key of each acronym to the key of the one longer name of its kind with its initials."""
    written = {}
    for key, text in zip(keys, texts):
        written.setdefault(key, text)
    by_initials: dict[tuple[str, str], set[str]] = {}
    for key, text in written.items():
        found = initials(text)
        kind = ACRONYM_KINDS.get(voted[key])
        if found and kind and key in trusted:
            by_initials.setdefault((found, kind), set()).add(key)
    result = {}
    for key, text in written.items():
        kind = ACRONYM_KINDS.get(voted[key])
        if kind and ACRONYM.fullmatch(text):
            fuller = by_initials.get((text.replace(".", ""), kind), set()) - {key}
            if len(fuller) == 1:
                result[key] = fuller.pop()
    return result


# A company's name with and without its legal form ("Bank of America" and "Bank of America Corp") is one entity.
DESIGNATORS = frozenset(
    "inc incorporated corp corporation co company cos ltd limited plc llc lp llp ag sa nv se spa gmbh bv "
    "holdings holding group".split()
)


def fold_designators(keys: set[str], voted: dict[str, str], trusted: set[str]) -> dict[str, str]:
    """Map the key of an organisation's short name to the one fuller organisation key that only adds a legal
    form or "Group"/"Holdings" to it ("bank of america" -> "bank of america corp")."""
    fuller: dict[str, set[str]] = {}
    for key in keys:
        if voted.get(key) != "ORG" or key not in trusted:
            continue
        words = key.split()
        while len(words) > 1 and (words[-1] in DESIGNATORS or words[-2:] in (["&", "co"], ["and", "co"])):
            words = words[:-2] if words[-2:] in (["&", "co"], ["and", "co"]) else words[:-1]
        base = " ".join(words)
        if base != key and voted.get(base) == "ORG":
            fuller.setdefault(base, set()).add(key)
    return {base: next(iter(found)) for base, found in fuller.items() if len(found) == 1}


def is_title_case(text: str) -> bool:
    """Whether a line is written in Title Case, where the model mistakes ordinary capitalised words for names."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if len(w) >= TITLE_CASE_MIN_LENGTH]
    return len(words) >= TITLE_CASE_MIN_WORDS and sum(w[0].isupper() for w in words) >= TITLE_CASE_SHARE * len(words)


def extract_mentions(article, docs: list[Doc]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(mentions, repairs) tables of an article parsed as one Doc per paragraph (see the module docstring)."""
    repairs: list[dict] = []
    spans = repaired_spans(article, docs, repairs)
    doc_texts = [doc_text(doc) for doc in docs]
    rows = []
    for s in spans:
        doc = docs[s.doc]
        start, end = doc[s.start].idx, doc[s.end - 1].idx + len(doc[s.end - 1].text)
        text = doc_texts[s.doc][start:end]
        for suffix in ("’s", "'s"):  # a possessive the tokenizer left attached
            if text.endswith(suffix) and len(text) > len(suffix):
                end -= len(suffix)
                text = text[: -len(suffix)]
                break
        while text and text[0] in EDGE_PUNCT:
            start, text = start + 1, text[1:]
        while text and text[-1] in EDGE_PUNCT and not re.search(r"\b[A-Z]\.$", text):
            end, text = end - 1, text[:-1]
        if not text.strip():
            continue
        rows.append(
            {
                "paragraph": article.paragraphs[s.doc].number,
                "sentence": sentence_index(doc, start),
                "start_char": start,
                "end_char": end,
                "text": text,
                "entity_type": s.label,
                "key": name_key(text),
                "trusted": not (article.paragraphs[s.doc].number == 0 and is_title_case(doc_texts[s.doc])),
            }
        )
    mentions = pd.DataFrame(rows, columns=MENTION_COLUMNS[:-1] + ["key", "trusted"])
    mentions["entity"] = canonical_names(mentions)
    repairs.extend(_merge_log(mentions))
    return mentions[MENTION_COLUMNS].reset_index(drop=True), pd.DataFrame(repairs, columns=REPAIR_COLUMNS)


def _merge_log(mentions: pd.DataFrame) -> list[dict]:
    """Repairs rows for what canonicalisation did: each name folded into a longer one, each split label vote."""
    rows = []
    columns = [mentions[c].tolist() for c in ("paragraph", "text", "entity_type", "key", "entity")]
    first_paragraph: dict[tuple[str, str], int] = {}  # (text, entity) of each folded name, in order of first mention
    for paragraph, text, _, key, entity in zip(*columns):
        if key != name_key(entity):
            first_paragraph[(text, entity)] = min(first_paragraph.get((text, entity), paragraph), paragraph)
    for (text, entity), paragraph in first_paragraph.items():
        rows.append({"paragraph": int(paragraph), "rule": "fold", "before": text, "after": entity})
    for entity, group in _groups(mentions, "entity").items():
        labels = [columns[2][i] for i in group]
        counts = Counter(labels)
        if len(counts) > 1:
            shown = ", ".join(f"{label} {n}" for label, n in counts.most_common())
            paragraph = min(columns[0][i] for i in group)
            rows.append(
                {
                    "paragraph": int(paragraph),
                    "rule": "label vote",
                    "before": f"{entity}: {shown}",
                    "after": vote_entity_type(labels),
                }
            )
    return rows


def _groups(table: pd.DataFrame, column: str) -> dict:
    """Row positions of `table` by value of `column`, values in order of first appearance (as groupby(sort=False))."""
    groups: dict = {}
    for i, value in enumerate(table[column].tolist()):
        groups.setdefault(value, []).append(i)
    return groups


def canonical_names(mentions: pd.DataFrame) -> list[str]:
    """The canonical entity name of each mention (rows with key, text, entity_type, trusted): folded, then the most
    frequent form.

    A mention joins a fuller person name when it is tagged PERSON or most mentions of its name are; a fuller name
    counts only if it is mostly tagged PERSON and appears outside a Title Case headline (`trusted`).
    """
    if mentions.empty:
        return []
    keys, labels, texts = mentions["key"].tolist(), mentions["entity_type"].tolist(), mentions["text"].tolist()
    labels_by_key: dict[str, list[str]] = {}
    for key, label in zip(keys, labels):
        labels_by_key.setdefault(key, []).append(label)
    voted = {key: vote_entity_type(found) for key, found in labels_by_key.items()}
    trusted = {key for key, ok in zip(keys, mentions["trusted"].tolist()) if ok}
    targets = {key for key, label in voted.items() if label == "PERSON" and key in trusted}
    # A surname the model tagged an organisation once ("Smallwood said" after "Catherine Smallwood") is the person.
    lone_surnames = {key for key, found in labels_by_key.items() if found == ["ORG"] and " " not in key}
    candidates = {key for key, found in labels_by_key.items() if "PERSON" in found} | lone_surnames
    folded = fold_names(candidates, targets)
    group = [
        folded[key] if key in folded and (label == "PERSON" or voted[key] == "PERSON" or key in lone_surnames) else key
        for key, label in zip(keys, labels)
    ]
    acronyms = fold_acronyms(keys, texts, voted, trusted)
    group = [acronyms.get(key, key) if key == target else target for key, target in zip(keys, group)]
    formal = fold_designators(set(group), voted, trusted)
    group = [formal.get(target, target) for target in group]
    members: dict[str, list[int]] = {}
    for i, target in enumerate(group):
        members.setdefault(target, []).append(i)
    names = {}
    for target, rows in members.items():
        # The name is the full form: the most frequent surface text of the target key itself.
        own = [texts[i] for i in rows if keys[i] == target]
        names[target] = Counter(own or [texts[i] for i in rows]).most_common(1)[0][0]
    return [names[g] for g in group]


def mentions_entities_repairs(article, docs: list[Doc]) -> dict[str, pd.DataFrame]:
    """The tables this module adds to an article's folder, by file stem: mentions, entities and repairs."""
    mentions, repairs = extract_mentions(article, docs)
    return {"mentions": mentions, "entities": entities_table(mentions), "repairs": repairs}


def mentions_table(article, docs: list[Doc]) -> pd.DataFrame:
    """mentions.csv: paragraph, sentence, start_char, end_char, text, entity_type, entity (one row per mention)."""
    return extract_mentions(article, docs)[0]


def entities_table(mentions: pd.DataFrame) -> pd.DataFrame:
    """entities.csv: entity, entity_type, mentions, paragraphs, first_paragraph, aliases; by mentions desc, then
    name."""
    labels, paragraphs, texts = (mentions[c].tolist() for c in ("entity_type", "paragraph", "text"))
    rows = []
    for entity, group in _groups(mentions, "entity").items():
        found = [paragraphs[i] for i in group]
        rows.append(
            {
                "entity": entity,
                "entity_type": vote_entity_type([labels[i] for i in group]),
                "mentions": len(group),
                "paragraphs": len(set(found)),
                "first_paragraph": int(min(found)),
                "aliases": "|".join(dict.fromkeys(texts[i] for i in group)),
            }
        )
    # Most mentions first, then by name regardless of case (then as written); ties keep first-mention order.
    rows.sort(key=lambda row: (-row["mentions"], row["entity"].casefold(), row["entity"]))
    return pd.DataFrame(rows, columns=ENTITY_COLUMNS)


def entity_types(mentions: pd.DataFrame) -> dict[str, str]:
    """Each canonical entity's voted entity type."""
    return {e: vote_entity_type(g["entity_type"].tolist()) for e, g in mentions.groupby("entity", sort=False)}


# ------------------------------------------------------------------------------------- the charts' tables

# The kinds of entity the charts show, by entity type: people, places and organisations.
ENTITY_KINDS = {"PERSON": "person", "GPE": "place", "LOC": "place", "FAC": "place", "ORG": "organisation"}
# How many entities each chart shows: enough for the main actors, few enough to read.
TOP_ENTITIES = 15
PARAGRAPH_CHART_ENTITIES = 10


# A chart cut inside a run of equal counts would pick among the tied names alphabetically; the run is left out
# instead, unless that leaves fewer than this many entities to show.
MIN_SHOWN = 5


def top_entities(entities: pd.DataFrame, n: int = TOP_ENTITIES) -> pd.DataFrame:
    """The `n` most-mentioned people, places and organisations (never cutting a tie): entity, entity_type, kind,
    mentions, paragraphs."""
    kinds = entities[entities["entity_type"].isin(list(ENTITY_KINDS))]
    table = kinds.head(n).copy()
    if len(kinds) > n and kinds["mentions"].iloc[n] == table["mentions"].iloc[-1]:
        untied = table[table["mentions"] > table["mentions"].iloc[-1]]
        if len(untied) >= MIN_SHOWN:
            table = untied.copy()
    table["kind"] = table["entity_type"].map(ENTITY_KINDS)
    return table[["entity", "entity_type", "kind", "mentions", "paragraphs"]].reset_index(drop=True)


def entity_paragraphs(
    mentions: pd.DataFrame, entities: pd.DataFrame, n: int = PARAGRAPH_CHART_ENTITIES
) -> pd.DataFrame:
    """Mentions per paragraph of the `n` most-mentioned people, places and organisations: entity, entity_type,
    paragraph, mentions."""
    main = top_entities(entities, n)
    rows = mentions[mentions["entity"].isin(main["entity"])]
    data = rows.groupby(["entity", "paragraph"]).size().rename("mentions").reset_index()
    data["entity_type"] = data["entity"].map(dict(zip(main["entity"], main["entity_type"])))
    order = {e: i for i, e in enumerate(main["entity"])}
    data = data.sort_values(["entity", "paragraph"], key=lambda c: c.map(order) if c.name == "entity" else c)
    return data[["entity", "entity_type", "paragraph", "mentions"]].reset_index(drop=True)
