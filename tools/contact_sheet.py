"""Draw every figure of the notebooks for the shipped article and for the test articles (tests/sample_articles.py),
and the corpus figures of all of them, then lay the report pages and the corpus figures out on contact sheets.

    .venv/bin/python tools/contact_sheet.py [--out DIR]

Writes each figure as a PNG at 100 dpi (its size in print: 6.5 inches = 650 pixels) under DIR (default
.cache/contact-sheet/), one folder per article, and docs/contact-sheet-reports.png and
docs/contact-sheet-corpus.png (the pages and figures side by side, small). Look at the full-size PNGs before
calling a change to a figure done.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import matplotlib.pyplot as plt
from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from sample_articles import ARTICLES  # noqa: E402

from newsframe import charts, compare, config, pipeline, speakers  # noqa: E402
from newsframe.charts import style  # noqa: E402
from newsframe.corpus import CORPUS_FOLDER, analyze_corpus  # noqa: E402

# Dots per inch of the full-size PNGs and of the sheets' thumbnails; pages per row on the reports sheet.
FULL_DPI = 100
SHEET_DPI = 40
PER_ROW = 4


def figures(analysis) -> dict:
    """Every figure of notebooks 01–06 for one analysis: name -> figure."""
    article, t = analysis.article, analysis.tables
    title = lambda what: style.figure_title(what, article)  # noqa: E731
    voices = speakers.speakers_table(t["quotes"], t["entities"], t["paragraphs"])
    made = {
        "01-paragraph-words": charts.plot_paragraph_words(t["paragraphs"], title=title("Words per paragraph")),
        "02-entity-counts": charts.plot_top_entities(t["entities"], title=title("Most-mentioned names")),
        "02-entity-paragraphs": charts.plot_entity_paragraphs(
            t["mentions"], t["entities"], [p.number for p in article.paragraphs], title=title("Where each appears")
        ),
        "03-paragraph-polarity": charts.plot_paragraph_polarity(
            t["paragraph_sentiment"], t["paragraphs"], title=title("Polarity of each paragraph")
        ),
        "03-lexicon-agreement": charts.plot_lexicon_agreement(
            t["paragraph_sentiment"], t["paragraphs"], title=title("TextBlob beside VADER")
        ),
        "03-entity-tone": charts.plot_entity_tone(t["entity_sentiment"], title=title("Tone around the main entities")),
        "03-quoted-vs-reporter": charts.plot_voices(t["sentence_sentiment"], title=title("Quoted speech")),
        "04-timeline": charts.plot_timeline(
            t["timeline"], article.published, title=title("Timeline"), time_known=article.time_known
        ),
        "05-speakers": charts.plot_speaker_words(voices, title=title("Who speaks, and how much")),
        "05-speaker-tone": charts.plot_speaker_tone(voices, title=title("The tone of what each speaker says")),
        "06-report": charts.plot_report(article, t),
    }
    return {name: fig for name, (fig, _) in made.items()}


def save(fig, path: Path, dpi: int) -> Path:
    """Save a figure as PNG the way save_figure crops it, and close it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=dpi, bbox_inches=style.tight_bbox(fig))
    plt.close(fig)
    return path


def sheet(paths: list[Path], out: Path, per_row: int) -> Path:
    """The images of `paths` in rows of `per_row`, tops aligned, on white, saved as `out`."""
    images = [Image.open(p).convert("RGB") for p in paths]
    rows = [images[k : k + per_row] for k in range(0, len(images), per_row)]
    width = max(sum(i.width for i in row) for row in rows) + 10 * (per_row + 1)
    height = sum(max(i.height for i in row) for row in rows) + 10 * (len(rows) + 1)
    canvas = Image.new("RGB", (width, height), "white")
    y = 10
    for row in rows:
        x = 10
        for image in row:
            canvas.paste(image, (x, y))
            x += image.width + 10
        y += max(i.height for i in row) + 10
    canvas.save(out, optimize=True)
    return out


def main(argv: list[str] | None = None) -> int:
    cli = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    cli.add_argument("--out", type=Path, default=config.CACHE_DIR / "contact-sheet")
    args = cli.parse_args(argv)
    style.use_style()
    thumbs = []
    with tempfile.TemporaryDirectory() as tmp:
        inputs = Path(tmp) / "articles"
        inputs.mkdir()
        (inputs / config.DEFAULT_ARTICLE.name).write_bytes(config.DEFAULT_ARTICLE.read_bytes())
        paths = {"seed": config.DEFAULT_ARTICLE}
        for name, text in ARTICLES.items():
            paths[name] = inputs / f"{name}.txt"
            paths[name].write_text(text, encoding="utf-8")
        for name, path in paths.items():
            for figure, fig in figures(pipeline.analyze(path)).items():
                if figure == "06-report":
                    thumbs.append(save(fig, Path(tmp) / "thumbs" / f"{name}.png", SHEET_DPI))
                    fig = charts.plot_report(pipeline.analyze(path).article, pipeline.analyze(path).tables)[0]
                save(fig, args.out / name / f"{figure}.png", FULL_DPI)
        if analyze_corpus([str(inputs)], Path(tmp) / "corpus", workers=1, progress=False) != 0:
            raise SystemExit("the test articles failed to analyze")
        corpus = compare.load_corpus(Path(tmp) / "corpus" / CORPUS_FOLDER)
        corpus_figures = {
            "07-entities-across": charts.plot_entities_across(corpus["entities"])[0],
            "07-speakers-across": charts.plot_speakers_across(corpus["quotes"], corpus["entities"])[0],
            "07-tone-over-time": charts.plot_tone_over_time(corpus["article_sentiment"])[0],
            "07-combined-timeline": charts.plot_combined_timeline(corpus["timeline"], corpus["article_sentiment"])[0],
        }
        corpus_paths = [save(fig, args.out / "corpus" / f"{n}.png", FULL_DPI) for n, fig in corpus_figures.items()]
        docs = ROOT / "docs"
        docs.mkdir(exist_ok=True)
        sheet(thumbs, docs / "contact-sheet-reports.png", PER_ROW)
        small = []
        for path in corpus_paths:
            with Image.open(path) as image:
                factor = SHEET_DPI * 1.5 / FULL_DPI
                small.append(Path(tmp) / f"small-{path.name}")
                image.resize((round(image.width * factor), round(image.height * factor))).save(small[-1])
        sheet(small, docs / "contact-sheet-corpus.png", 2)
    print(f"wrote the figures to {args.out} and the sheets to {docs}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
