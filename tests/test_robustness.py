"""Messy and hostile input: nothing crashes, nothing is lost, nothing escapes the output folder."""

import os
import signal
import subprocess
import sys
import time

import pandas as pd
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from newsframe import nlp, pipeline
from newsframe.article import ArticleError, load_article, parse_article, safe_id

# Text with the characters that break readers: newlines of every kind, tabs, NBSP, zero-width, quotes, digits.
MESSY = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8", exclude_categories=("Cs",)),
        st.sampled_from("\n\r\t \u00a0\u200b\ufeff“”’'\".:|0123456789"),
    ),
    max_size=300,
)
PROSE = st.lists(
    st.sampled_from(
        [
            "The mayor of Leeds",
            "said on Monday",
            "that Acme Corp.",
            "“We will win,”",
            "she said.",
            "\n\n",
            "\n",
            "Police",
            "arrested 9,000",
            "people in Paris",
            "last week.",
            "date 2020-01-01",
            "19.12. 17:51",
            "\u00a0",
            "\t",
            "—",
            "'s",
        ]
    ),
    min_size=1,
    max_size=40,
).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(MESSY)
def test_reader_never_raises_anything_but_article_error(text):
    try:
        article = parse_article(text, "x.txt")
    except ArticleError as error:
        assert "\n" not in str(error) and str(error).startswith("x.txt: ")
        return
    assert article.paragraphs and all(p.text == p.text.strip() and p.text for p in article.paragraphs)


def _in_order(words: list[str], text: str) -> bool:
    """Whether `words` occur in `text` one after another, in this order."""
    at = 0
    for word in words:
        found = text.find(word, at)
        if found < 0:
            return False
        at = found + len(word)
    return True


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PROSE)
@example("— Police 19.12. 17:51 said on Monday")  # a dash opening the speaker's sentence
@example("she said. \n\n 's \n\n 's")  # a quotation left open that runs on into the next paragraph
def test_every_table_offset_slices_its_text(text):
    try:
        article = parse_article(text, "x.txt")
    except ArticleError:
        return
    analysis = pipeline.analyze(article, use_cache=False)
    texts = {p.number: p.text for p in article.paragraphs}
    for name, table in analysis.tables.items():
        if {"start_char", "end_char", "paragraph"} <= set(table.columns):
            column = "expression" if "expression" in table.columns else "text"
            for row in table.itertuples():
                span = texts[row.paragraph][row.start_char : row.end_char]
                if name == "quotes" and row.end_paragraph != row.paragraph:
                    # a quotation run over paragraphs: from its start in the first to its end in the last
                    first = texts[row.paragraph][row.start_char :].strip()
                    last = texts[row.end_paragraph][: row.end_char].strip()
                    assert row.text.startswith(first[:20]) and row.text.endswith(last[-20:]), name
                elif name == "quotes" and row.kind == "direct" and row.end_paragraph == row.paragraph:
                    # a direct quotation's text is its quoted parts, without the reporter's words between them
                    assert _in_order(row.text.split(" "), span) and span.startswith(row.text.split(" ")[0]), name
                else:
                    assert span == getattr(row, column), name
    mentions, entities = analysis.tables["mentions"], analysis.tables["entities"]
    assert mentions.groupby("entity").size().to_dict() == entities.set_index("entity")["mentions"].to_dict()


@given(st.text(min_size=0, max_size=300))
def test_safe_ids_stay_one_folder(name):
    article_id = safe_id(name)
    assert article_id and "/" not in article_id and "\\" not in article_id
    assert article_id not in (".", "..") and len(article_id) <= 101
    assert article_id.split(".")[0].lower() not in {"con", "nul", "aux", "prn", "com1", "lpt1"}


def test_big_inputs(write):
    paragraph = "The council met in Leeds on Monday and voted to close the library. " * 16_000  # about 1 MB
    article = load_article(write("big.txt", "date 2020-01-01 Big\n\n" + paragraph.strip()))
    assert article.paragraphs[1].text == paragraph.strip() and len(article.paragraphs) == 2
    part = article.paragraphs[1].text[:130_000]  # three pieces for the parser; the whole megabyte is in the benchmark
    doc = nlp.parse([part], use_cache=False)[0]
    assert doc.text == part and len(list(doc.sents)) >= 1900
    many = "\n\n".join(f"Paragraph {i} says little." for i in range(10_000))
    assert len(load_article(write("many.txt", many)).body) == 10_000


def test_killed_run_leaves_complete_tables_and_a_rerun_finishes(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for i in range(40):
        text = f"date 2020-01-{i % 28 + 1:02d} Story {i}\n\n" + " ".join(
            ["The mayor of Leeds spoke on Monday about the budget."] * 30
        )
        (inputs / f"s{i:02d}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    command = [sys.executable, "-m", "newsframe", "analyze", str(inputs), "--out", str(out), "--workers", "1"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.time() + 60
    while time.time() < deadline and len(list(out.glob("s*/.manifest.json"))) < 3:
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    left = {path: path.read_bytes() for path in out.glob("s*/*") if path.is_file() and path.suffix != ".tmp"}
    assert any(path.suffix == ".csv" for path in left)
    assert not (out / "corpus" / "article_sentiment.csv").exists()  # corpus tables appear only when a run completes
    result = subprocess.run(command, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert len(pd.read_csv(out / "corpus" / "article_sentiment.csv")) == 40
    assert not list(out.rglob("*.tmp"))
    for path, content in left.items():  # every file the killed run left was complete: the same as a whole run's
        assert path.read_bytes() == content, f"{path.relative_to(out)} was left half-written"
