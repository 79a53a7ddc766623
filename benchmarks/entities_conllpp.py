"""Score the names the project finds against CoNLL++, a hand-checked corpus of names in old wire copy.

    .venv/bin/python benchmarks/entities_conllpp.py [--part split|dev|both] [--limit N] [--errors N]

Each CoNLL++ document becomes an article laid out as a newspaper prints one: its first sentence is the headline
(paragraph 0), every other sentence a paragraph of its own, the tokens joined back into text (no space before
punctuation or "'s", quotes around what they quote), so the model reads text, not the corpus's tokens; the gold
names are mapped to character offsets in that text. A mention is right when its paragraph, start, end and type
are all right (exact span and type); spaCy's PERSON is PER, GPE and LOC are LOC, ORG is ORG. FAC is scored apart
(`--fac-as-loc` counts it as LOC, as CoNLL's guidelines tag buildings, stadiums and airports). The corpus's fourth
tag, a catch-all for every other kind of name, is not scored: the project sorts those names into finer kinds of its
own.

Prints precision, recall and F1 per type and overall of (a) the bare model (its entity spans as they are) and
(b) the project (`mentions.csv`, each mention typed as its entity is in `entities.csv`).

Parts: `split` is the development split carved from train.txt (every DEV_EVERY-th document, counted from the
first), which the trained name component never sees; `dev` is CoNLL++ dev.txt, for checking only. The rest of
train.txt trains the name component (`make train-ner`). Exits 0 with a message when the data is absent.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from newsframe import config  # noqa: E402

CORPUS = "conllpp"
# Every DEV_EVERY-th document of train.txt (the 1st, 6th, 11th ...) is the development split.
DEV_EVERY = 5
# The project's entity types as CoNLL's; FAC only with --fac-as-loc.
TYPE_MAP = {"PERSON": "PER", "GPE": "LOC", "LOC": "LOC", "ORG": "ORG"}
SCORED = ("PER", "LOC", "ORG")

# Tokens joined to the token before them (punctuation, clitics) and tokens the next token is joined to.
NO_SPACE_BEFORE = frozenset(",.;:!?)]}%'") | frozenset({"'s", "'S", "n't", "N'T", "'re", "'ve", "'ll", "'d", "'m"})
NO_SPACE_AFTER = frozenset({"(", "[", "{", "$", "`", "``"})


@dataclass
class Sentence:
    """One CoNLL sentence: its tokens and their IOB tags (IOB1, as CoNLL-2003 writes them)."""

    tokens: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)


def read_conll(path: Path) -> list[list[Sentence]]:
    """The documents of a CoNLL-2003 file, each a list of sentences (token in the first column, tag in the last)."""
    documents: list[list[Sentence]] = []
    sentence = Sentence()
    for line in path.read_text(encoding="utf-8").splitlines():
        columns = line.split()
        if not columns or columns[0] == "-DOCSTART-":
            if sentence.tokens:
                documents[-1].append(sentence)
                sentence = Sentence()
            if columns:
                documents.append([])
            continue
        sentence.tokens.append(columns[0])
        sentence.tags.append(columns[-1])
    if sentence.tokens:
        documents[-1].append(sentence)
    return [d for d in documents if d]


def detokenise(tokens: list[str], quote_open: bool = False) -> tuple[str, list[int], bool]:
    """The tokens as one line of text written the usual way, the character offset of each token in it, and whether
    a quotation is left open at its end (`quote_open`: one is open at its start, as quotes run across sentences)."""
    text, starts = "", []
    for i, token in enumerate(tokens):
        space = bool(text)
        if token == '"':
            space = space and not quote_open  # an opening quote has a space before it, a closing one not
        elif token in NO_SPACE_BEFORE:
            space = False
        if i and (tokens[i - 1] in NO_SPACE_AFTER or (tokens[i - 1] == '"' and quote_open)):
            space = False
        if token == '"':
            quote_open = not quote_open
        text += " " if space else ""
        starts.append(len(text))
        text += token
    return text, starts, quote_open


def gold_spans(sentence: Sentence, starts: list[int]) -> list[tuple[int, int, str]]:
    """(start_char, end_char, type) of each gold name in the sentence's text (IOB1: a name starts at B-, or at I-
    after a token of another type)."""
    spans, current = [], None
    for i, tag in enumerate(sentence.tags + ["O"]):
        kind = tag[2:] if tag != "O" else None
        if current and (kind != current[2] or tag.startswith("B-")):
            spans.append(current)
            current = None
        if kind and current is None:
            current = [starts[i], None, kind]
        if current:
            current[1] = starts[i] + len(sentence.tokens[i]) if i < len(sentence.tokens) else current[1]
    return [tuple(s) for s in spans]


def article_of(document: list[Sentence], number: int):
    """(article, gold) of one CoNLL document: the headline and one paragraph per sentence; gold is a set of
    (paragraph, start_char, end_char, type)."""
    from newsframe.article import Article, Paragraph

    paragraphs, gold, quote_open = [], set(), False
    for p, sentence in enumerate(document):
        text, starts, quote_open = detokenise(sentence.tokens, quote_open and p > 0)
        paragraphs.append(Paragraph(p, text))
        gold.update((p, start, end, kind) for start, end, kind in gold_spans(sentence, starts))
    article = Article(
        id=f"conll-{number:04d}",
        title=paragraphs[0].text,
        published=None,
        updated=None,
        source=f"{CORPUS}#{number}",
        paragraphs=paragraphs,
    )
    return article, gold


def documents(part: str) -> list[list[Sentence]]:
    """The documents of one part: 'split' (carved from train.txt), 'train' (the rest of it) or 'dev' (dev.txt)."""
    folder = config.DEV_DATA_DIR / CORPUS
    if part == "dev":
        return read_conll(folder / "dev.txt")
    every = read_conll(folder / "train.txt")
    return [d for i, d in enumerate(every) if (i % DEV_EVERY == 0) == (part == "split")]


def scores(predicted: set, gold: set) -> dict[str, tuple[float, float, float, int]]:
    """Precision, recall, F1 and gold count per type and overall ("all") of exact (paragraph, start, end, type)
    matches; only the SCORED types count."""
    out = {}
    for kind in (*SCORED, "all"):
        p = {m for m in predicted if kind in ("all", m[-1]) and m[-1] in SCORED}
        g = {m for m in gold if kind in ("all", m[-1]) and m[-1] in SCORED}
        hit = len(p & g)
        precision, recall = hit / max(1, len(p)), hit / max(1, len(g))
        f1 = 2 * precision * recall / max(1e-9, precision + recall)
        out[kind] = (precision, recall, f1, len(g))
    return out


def bare_mentions(article, docs, fac_as_loc: bool = False) -> set:
    """The bare model's entity spans as (paragraph, start, end, type)."""
    mapping = {**TYPE_MAP, **({"FAC": "LOC"} if fac_as_loc else {})}
    return {
        (p.number, e.start_char, e.end_char, mapping[e.label_])
        for p, doc in zip(article.paragraphs, docs)
        for e in doc.ents
        if e.label_ in mapping
    }


def project_mentions(article, docs, fac_as_loc: bool = False) -> set:
    """The project's mentions as (paragraph, start, end, type), each typed as its entity."""
    from newsframe import entities

    tables = entities.mentions_entities_repairs(article, docs)
    mentions, table = tables["mentions"], tables["entities"]
    types = dict(zip(table["entity"], table["entity_type"]))
    mapping = {**TYPE_MAP, **({"FAC": "LOC"} if fac_as_loc else {})}
    return {
        (r.paragraph, r.start_char, r.end_char, mapping[types[r.entity]])
        for r in mentions.itertuples()
        if types[r.entity] in mapping
    }


def evaluate(part: str, limit: int | None = None, fac_as_loc: bool = False, errors: int = 0) -> dict | None:
    """Score the bare model and the project on one part; print the table; return {method: scores}."""
    import spacy

    from newsframe import nlp

    if not (config.DEV_DATA_DIR / CORPUS / "train.txt").exists():
        print(f"skipped: {config.DEV_DATA_DIR / CORPUS} not found")
        return None
    docs_of_part = documents(part)[:limit]
    pairs = [article_of(d, i) for i, d in enumerate(docs_of_part)]
    groups = [[p.text for p in a.paragraphs] for a, _ in pairs]
    parsed = nlp.parse_groups(groups)
    bare = spacy.load(nlp.model_name())  # the small model as it is, with its own entity recogniser
    bare_docs = iter(bare.pipe(text for texts in groups for text in texts))
    found: dict[str, set] = {"bare model": set(), "project": set()}
    gold: set = set()
    for (article, truth), docs in zip(pairs, parsed):
        gold |= {(article.id, *g) for g in truth}
        own = [next(bare_docs) for _ in docs]
        found["bare model"] |= {(article.id, *m) for m in bare_mentions(article, own, fac_as_loc)}
        found["project"] |= {(article.id, *m) for m in project_mentions(article, docs, fac_as_loc)}
    results = {method: scores(predicted, gold) for method, predicted in found.items()}
    words = sum(len(s.tokens) for d in docs_of_part for s in d)
    print(f"== {part}: {len(pairs)} documents, {words} tokens{' (FAC as LOC)' if fac_as_loc else ''}")
    print(f"{'':12s}" + "".join(f"{k:>20s}" for k in (*SCORED, "all")))
    for method, table in results.items():
        cells = "".join(f"  {p:.3f} {r:.3f} {f:.3f}" for p, r, f, _ in table.values())
        print(f"{method:12s}{cells}")
    print(f"{'(P R F1)':12s}" + "".join(f"{'gold ' + str(n):>20s}" for *_, n in results["project"].values()))
    if errors:
        show_errors(found["project"], gold, pairs, errors)
    return results


def show_errors(predicted: set, gold: set, pairs, n: int) -> None:
    """Print the n most frequent wrong and missed mentions of the project (text and type)."""
    texts = {(a.id, p.number): p.text for a, _ in pairs for p in a.paragraphs}

    def shown(m):
        return f"{texts[m[0], m[1]][m[2] : m[3]]} [{m[4]}]"

    print("most frequent spurious (project):", Counter(shown(m) for m in predicted - gold).most_common(n))
    missed = {m for m in gold - predicted if m[-1] in SCORED}
    print("most frequent missed (project):  ", Counter(shown(m) for m in missed).most_common(n))


def main(argv: list[str] | None = None) -> int:
    """Print the figures of the chosen parts."""
    cli = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    cli.add_argument("--part", choices=("split", "dev", "both"), default="both")
    cli.add_argument("--limit", type=int, default=None, help="only the first N documents of each part")
    cli.add_argument("--fac-as-loc", action="store_true", help="count FAC as LOC")
    cli.add_argument("--errors", type=int, default=0, help="show the N most frequent errors of the project")
    args = cli.parse_args(argv)
    for part in ("split", "dev") if args.part == "both" else (args.part,):
        evaluate(part, args.limit, args.fac_as_loc, args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
