"""Train the name recogniser that newsframe ships in newsframe/models/names/ (`make train-ner`).

    .venv/bin/python tools/train_ner.py [--config tools/ner/config.cfg] [--out newsframe/models/names]

The training data is CoNLL++ train.txt from the dev data (Reuters news of 1996-97 with people, places,
organisations and other names annotated by hand, label errors corrected), read as the benchmark reads it
(`benchmarks/entities_conllpp.py`: tokens joined back into text, one paragraph per sentence, the headline first)
and tokenised by the English pipeline's own tokenizer, so the component learns on text as newsframe gives it.

The recogniser is the pipeline's only entity recogniser (the small model's own is not run: it cost as much as the
rest of the parse), so it also learns what else newsframe reads from entities, from the small model's entity
recogniser run once here over the same text (silver labels, SILVER_LABELS): a hand-annotated other name (MISC)
the small model reads as the same span of a nationality or group, an event, a product, a law, a work or a language
takes that type ("German" NORP, "Olympics" EVENT), a hand-annotated place is a GPE unless the small model reads the
same span as another kind of place (LOC "the West", FAC "Heathrow"), and the small model's dates and times (DATE,
TIME) where no hand-annotated name is are added. Numbers are told by a rule
at run time (nlp.py). Reuters news of 1996 alone teaches a recogniser little about today's news ("Microsoft said"
read as a person), so the training part also holds the news sentences of NewsMTSC (US outlets, 2010s; the dev
data's newsmtsc/train.jsonl, whose sentiment annotation is not used) with the small model's entities as their only
labels (SILVER_TYPES): the recogniser learns the small model's reading of today's news beside CoNLL's hand
annotation.
Every DEV_EVERY-th document is held out as the development split: spaCy picks the best checkpoint on it, and the
benchmark reports it; CoNLL++ dev.txt is not used. Training runs on the CPU (`spacy train --gpu-id -1`), with the
seed in the config, so a rerun gives the same model.

The component is exported with its config and metadata only: no word list of the training text (the hash
embeddings need none).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from spacy.tokens import Doc, Span  # noqa: E402

from newsframe import config, nlp  # noqa: E402

CONFIG = ROOT / "tools" / "ner" / "config.cfg"
LICENSE_NOTE = (
    "Trained on CoNLL++ (Wang et al. 2019: CoNLL-2003 English, Tjong Kim Sang and De Meulder 2003, with corrected "
    "labels), whose text is Reuters news (RCV1, distributed by NIST for research). The model holds hash-embedding "
    "weights, not the text."
)


SILVER_NOTE = (
    "Sentences of NewsMTSC (Hamborg and Donnay 2021), news of US outlets, labelled by the small English model; "
    "the starting token-vector weights are the small English model's (MIT). The model holds weights, not the text."
)


@lru_cache(maxsize=1)
def benchmark_module():
    """benchmarks/entities_conllpp.py, which reads the corpus."""
    spec = importlib.util.spec_from_file_location("entities_conllpp", ROOT / "benchmarks" / "entities_conllpp.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


# The small model's entity types taken as silver labels, refining CoNLL's hand-annotated types into the OntoNotes
# types newsframe reports: a hand-annotated other name (MISC) the model reads as the same span of one of
# MISC_SUBTYPES takes that type ("German" NORP, "Olympics" EVENT, "iPhone" PRODUCT); a hand-annotated place (LOC)
# is a GPE, or a LOC or FAC where the model reads the same span so ("the West", "Heathrow"); the model's
# OUTSIDE_LABELS are added where no hand-annotated name is.
MISC_SUBTYPES = frozenset({"NORP", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART", "LANGUAGE"})
PLACE_SUBTYPES = frozenset({"LOC", "FAC"})
PLACE_DEFAULT = "GPE"
OUTSIDE_LABELS = frozenset({"DATE", "TIME"})
SILVER_LABELS = MISC_SUBTYPES | PLACE_SUBTYPES | OUTSIDE_LABELS
# The small model's entity types as the recogniser's labels, for the sentences labelled by the small model alone.
SILVER_TYPES = {
    "PERSON": "PER",
    "ORG": "ORG",
    **{label: label for label in ("GPE", *PLACE_SUBTYPES, *MISC_SUBTYPES, *OUTSIDE_LABELS)},
}


def refined(kind: str, silver: str | None) -> str:
    """A hand-annotated name's label, refined by the small model's reading of the same span (see MISC_SUBTYPES)."""
    if kind == "MISC" and silver in MISC_SUBTYPES:
        return silver
    if kind == "LOC":
        return silver if silver in PLACE_SUBTYPES else PLACE_DEFAULT
    return kind


# How many NewsMTSC sentences are added to the training part (its distinct sentences, in file order).
SILVER_SENTENCES = 7000


def silver_docs(small) -> list:
    """NewsMTSC's distinct sentences as Docs labelled with the small model's entities (SILVER_TYPES)."""
    path = config.DEV_DATA_DIR / "newsmtsc" / "train.jsonl"
    if not path.exists():
        return []
    texts = list(dict.fromkeys(json.loads(line)["sentence_normalized"] for line in path.open(encoding="utf-8")))
    docs = []
    for parsed in small.pipe(texts[:SILVER_SENTENCES]):
        doc = Doc(parsed.vocab, words=[t.text for t in parsed], spaces=[bool(t.whitespace_) for t in parsed])
        doc.ents = [Span(doc, e.start, e.end, SILVER_TYPES[e.label_]) for e in parsed.ents if e.label_ in SILVER_TYPES]
        docs.append(doc)
    return docs


def write_docbin(part: str, path: Path) -> tuple[int, Counter]:
    """The paragraphs of one part of the corpus as a DocBin of spaCy Docs with their gold names and the silver
    labels (see SILVER_LABELS); returns (docs, names per label). A gold name the tokenizer splits inside a token
    takes the whole token ("Corp" in "Corp.")."""
    import spacy
    from spacy.tokens import DocBin

    bench = benchmark_module()
    small = spacy.load(nlp.model_name())  # with its entity recogniser: the silver labels
    out = DocBin()
    names: Counter = Counter()
    for number, document in enumerate(bench.documents(part)):
        article, gold = bench.article_of(document, number)
        texts = [paragraph.text for paragraph in article.paragraphs]
        for paragraph, doc in zip(article.paragraphs, small.pipe(texts)):
            silver = {(e.start, e.end): e.label_ for e in doc.ents}
            spans = []
            for p, start, end, kind in sorted(gold):
                if p == paragraph.number:
                    span = doc.char_span(start, end, label=kind, alignment_mode="expand")
                    if span is not None:
                        spans.append(Span(doc, span.start, span.end, refined(kind, silver.get((span.start, span.end)))))
            taken = {i for s in spans for i in range(s.start, s.end)}
            spans += [e for e in doc.ents if e.label_ in OUTSIDE_LABELS and not taken & set(range(e.start, e.end))]
            doc = Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])
            doc.ents = [Span(doc, s.start, s.end, s.label_) for s in sorted(spans, key=lambda s: s.start)]
            names.update(e.label_ for e in doc.ents)
            out.add(doc)
    if part == "train":
        for doc in silver_docs(small):
            names.update(f"{e.label_} (silver)" for e in doc.ents)
            out.add(doc)
    out.to_disk(path)
    return len(out), names


def start_weights(path: Path) -> None:
    """Write the token-vector weights of the small English model's entity recogniser to `path`: the recogniser
    starts from them (paths.init_tok2vec in the config), so it starts from what the small model learnt of names in
    a million words of news, the web and broadcasts, and the hand-annotated news teach it CoNLL's names."""
    import spacy

    small = spacy.load(nlp.model_name())
    path.write_bytes(small.get_pipe("ner").model.get_ref("tok2vec").to_bytes())


def export(trained: Path, out: Path, seconds: float, cfg: Path) -> None:
    """Copy the trained pipeline to `out` with metadata (name, version, sources, training time) and no word list."""
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(trained, out)
    (out / "vocab" / "strings.json").write_text("[]", encoding="utf-8")
    import spacy

    config = spacy.util.load_config(out / "config.cfg")
    config["paths"] = {key: None for key in config["paths"]}  # the training's temporary files are gone
    config.to_disk(out / "config.cfg")
    meta = json.loads((out / "meta.json").read_text(encoding="utf-8"))
    weights = (out / "names" / "model").read_bytes()
    import hashlib

    meta.update(
        {
            "name": "newsframe_names",
            "version": hashlib.sha256(weights).hexdigest()[:12],
            "description": (
                "People, organisations, places, regions and buildings, nationalities and groups, events, products, "
                "laws, works, languages, other names, dates and times (PER, ORG, GPE, LOC, FAC, NORP, EVENT, "
                "PRODUCT, LAW, WORK_OF_ART, LANGUAGE, MISC, DATE, TIME) in English news."
            ),
            "sources": [
                {"name": "CoNLL++", "url": "https://github.com/ZihanWangKi/CrossWeigh", "license": LICENSE_NOTE},
                {"name": "NewsMTSC", "url": "https://github.com/fhamborg/NewsMTSC", "license": SILVER_NOTE},
            ],
            "training": {
                "config": cfg.name,
                "seconds": round(seconds),
                "start": f"token vectors of {nlp.model_name()}'s entity recogniser",
                "data": (
                    f"CoNLL++ train.txt less every {benchmark_module().DEV_EVERY}th document; "
                    f"silver {', '.join(sorted(SILVER_LABELS))} from {nlp.model_name()}; "
                    f"NewsMTSC's first {SILVER_SENTENCES} distinct sentences labelled by {nlp.model_name()}"
                ),
            },
        }
    )
    (out / "meta.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Build the data, train, export; print where the model went, its size and the training time."""
    cli = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    cli.add_argument("--config", type=Path, default=CONFIG)
    cli.add_argument("--out", type=Path, default=nlp.NAMES_MODEL_DIR)
    args = cli.parse_args(argv)
    if not (config.DEV_DATA_DIR / "conllpp" / "train.txt").exists():
        print(f"error: CoNLL++ not found under {config.DEV_DATA_DIR}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="newsframe-train-ner-") as tmp:
        tmp = Path(tmp)
        for part, name in (("train", "train"), ("split", "dev")):
            docs, names = write_docbin(part, tmp / f"{name}.spacy")
            print(f"{name}: {docs} paragraphs, names {dict(sorted(names.items()))}")
        start_weights(tmp / "tok2vec.bin")
        start = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "spacy",
                "train",
                str(args.config),
                "--output",
                str(tmp / "out"),
                "--gpu-id",
                "-1",
                "--paths.train",
                str(tmp / "train.spacy"),
                "--paths.dev",
                str(tmp / "dev.spacy"),
                "--paths.init_tok2vec",
                str(tmp / "tok2vec.bin"),
            ],
            check=True,
        )
        seconds = time.perf_counter() - start
        export(tmp / "out" / "model-best", args.out, seconds, args.config)
    size = sum(f.stat().st_size for f in args.out.rglob("*") if f.is_file()) / 2**20
    print(f"wrote {args.out} ({size:.1f} MiB) after {seconds / 60:.1f} minutes of training")
    return 0


if __name__ == "__main__":
    sys.exit(main())
