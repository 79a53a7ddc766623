"""Train the name recogniser that newsframe ships in newsframe/models/names/ (`make train-ner`).

    .venv/bin/python tools/train_ner.py [--config tools/ner/config.cfg] [--out newsframe/models/names]

The training data is CoNLL++ train.txt from the dev data (Reuters news of 1996-97 with people, places,
organisations and other names annotated by hand, label errors corrected), read as the benchmark reads it
(`benchmarks/entities_conllpp.py`: tokens joined back into text, one paragraph per sentence, the headline first)
and tokenised by the English pipeline's own tokenizer, so the component learns on text as newsframe gives it.
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
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsframe import config, nlp  # noqa: E402

CONFIG = ROOT / "tools" / "ner" / "config.cfg"
LICENSE_NOTE = (
    "Trained on CoNLL++ (Wang et al. 2019: CoNLL-2003 English, Tjong Kim Sang and De Meulder 2003, with corrected "
    "labels), whose text is Reuters news (RCV1, distributed by NIST for research). The model holds hash-embedding "
    "weights, not the text."
)


@lru_cache(maxsize=1)
def benchmark_module():
    """benchmarks/entities_conllpp.py, which reads the corpus."""
    spec = importlib.util.spec_from_file_location("entities_conllpp", ROOT / "benchmarks" / "entities_conllpp.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def write_docbin(part: str, path: Path) -> tuple[int, int]:
    """The paragraphs of one part of the corpus as a DocBin of spaCy Docs with their gold names; returns (docs,
    names). A gold name the tokenizer splits inside a token takes the whole token ("Corp" in "Corp.")."""
    from spacy.tokens import DocBin

    bench = benchmark_module()
    import spacy

    tokenizer = spacy.load(nlp.model_name()).tokenizer
    out = DocBin()
    names = 0
    for number, document in enumerate(bench.documents(part)):
        article, gold = bench.article_of(document, number)
        for paragraph in article.paragraphs:
            doc = tokenizer(paragraph.text)
            spans = []
            for p, start, end, kind in sorted(gold):
                if p == paragraph.number:
                    span = doc.char_span(start, end, label=kind, alignment_mode="expand")
                    if span is not None:
                        spans.append(span)
            doc.ents = spans
            names += len(spans)
            out.add(doc)
    out.to_disk(path)
    return len(out), names


def export(trained: Path, out: Path, seconds: float, cfg: Path) -> None:
    """Copy the trained pipeline to `out` with metadata (name, version, sources, training time) and no word list."""
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(trained, out)
    (out / "vocab" / "strings.json").write_text("[]", encoding="utf-8")
    meta = json.loads((out / "meta.json").read_text(encoding="utf-8"))
    weights = (out / "names" / "model").read_bytes()
    import hashlib

    meta.update(
        {
            "name": "newsframe_names",
            "version": hashlib.sha256(weights).hexdigest()[:12],
            "description": "People, places, organisations and other names (PER, LOC, ORG, MISC) in English news.",
            "sources": [
                {"name": "CoNLL++", "url": "https://github.com/ZihanWangKi/CrossWeigh", "license": LICENSE_NOTE}
            ],
            "training": {
                "config": cfg.name,
                "seconds": round(seconds),
                "data": f"CoNLL++ train.txt less every {benchmark_module().DEV_EVERY}th document",
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
            print(f"{name}: {docs} paragraphs, {names} names")
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
