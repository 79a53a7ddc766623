"""Hostile articles, careless commands and faults, each with an article made here: no script from an article in a
report, no code from the cache, make variables taken as data, outputs that never overwrite another article's,
bounded workers, a lost worker failing only its articles, one run at a time per output folder, and clear one-line
errors where a file system or an input misbehaves."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pandas as pd
import pytest
from lxml import html as lxml_html

from newsframe import charts, compare, config, corpus, export, findings, markup, notebooks, pipeline, summary
from newsframe.article import iter_articles, load_article

# --------------------------------------------------------------------------------------------- script in reports
# Markup a hostile article carries: each would run script, or open a link that runs it, if rendered as markup.
# Every payload names XSS, so that anything of it found live in a page is recognised.
PAYLOADS = (
    "<svg onload=alert('XSS1')>",
    "<img src=x onerror=alert('XSS2')>",
    "[click me](javascript:alert('XSS3'))",
    "<a href=\"javascript:alert('XSS4')\">XSS4</a>",
    "<script>alert('XSS5')</script>",
    "`<b>XSS6</b>` $\\href{javascript:alert('XSS7')}{XSS7}$",
)
HOSTILE = " ".join(PAYLOADS)
BODY = [
    f"Mayor Ann Lee of Leeds said on Monday that {PAYLOADS[0]} was found in the budget.",
    f"The council, in a statement, called {PAYLOADS[1]} a mistake. “{PAYLOADS[2]} is not a plan,” Lee said.",
    f"{PAYLOADS[3]} and {PAYLOADS[4]} were posted by Acme Corp on Tuesday, police said.",
]
# Tags that run script or load something, and would come only from an article if found holding XSS.
ACTIVE_TAGS = {"script", "svg", "img", "iframe", "object", "embed", "a", "math", "form", "style", "link", "meta"}
# Attributes whose value is a URL that a browser follows or loads.
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "srcdoc"}


def live_markup(page: str) -> list[str]:
    """What in an HTML page is live markup from a hostile article: an `on…` event handler, a `javascript:` URL, or
    an active element (script, svg, img, link …) holding the article's XSS in its text or attributes. A heading's
    id and the fragment link to it, which nbconvert makes from the heading's text, and a figure's PNG bytes are
    inert. An empty list when
    the article's text is all shown as text."""
    found = []
    for element in lxml_html.fromstring(page).iter():
        if not isinstance(element.tag, str):  # a comment
            continue
        tag = element.tag.lower()
        for name, value in element.attrib.items():
            name = name.lower()
            if name.startswith("on"):
                found.append(f"<{tag} {name}=…>")
            if name in URL_ATTRIBUTES and re.sub(r"[\x00-\x20]", "", value).lower().startswith("javascript:"):
                found.append(f"<{tag} {name}={value!r}>")
            inert = (
                name == "id"
                or (name == "href" and value.startswith("#"))
                or (name == "src" and value.startswith("data:image/png;base64,"))  # a figure, its bytes as text
            )
            if tag in ACTIVE_TAGS and "XSS" in value and not inert:
                found.append(f"<{tag} {name}={value!r}>")
        if tag in ACTIVE_TAGS and "XSS" in (element.text or ""):
            found.append(f"<{tag}>{element.text}")
    return found


def shown_text(page: str) -> str:
    """The text a reader sees on a page (scripts and styles left out), whitespace made single spaces."""
    tree = lxml_html.fromstring(page)
    for element in tree.iter("script", "style"):
        element.text = ""
    return " ".join(tree.text_content().split())


def test_live_markup_finds_what_a_raw_headline_would_run():
    raw = f"<html><body><h2>{HOSTILE}</h2><p>fine</p></body></html>"
    found = live_markup(raw)
    assert any("onload" in f for f in found) and any("onerror" in f for f in found)
    assert any("javascript:" in f for f in found) and any(f.startswith("<script>") for f in found)
    assert live_markup("<html><body><h2>&lt;svg onload=alert(1)&gt;</h2></body></html>") == []


def test_markdown_text_renders_as_its_own_characters():
    from markdown_it import MarkdownIt
    from nbconvert.filters.markdown import markdown2html

    for text in [*PAYLOADS, "*a* _b_ # c", "1. x", "- y", "a\\*b", "&amp; &lt;", "| a | b |", "back`tick.txt"]:
        line = f"**{markup.markdown_text(text)}** in {markup.markdown_code(text)}"
        for rendered in (markdown2html(line), MarkdownIt("commonmark").render(line)):
            assert live_markup(rendered) == [], (text, rendered)
            assert shown_text(rendered) == f"{text} in {text}", (text, rendered)


def hostile_articles(folder: Path) -> dict[str, Path]:
    """One hostile article per way a headline is read: the date line, a Markdown heading, an HTML <title>, a JSON
    Lines title; the text file's name carries a backtick and markup too."""
    paragraphs = "\n\n".join(BODY)
    escaped = HOSTILE.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    files = {
        "date line": ("story `<img src=x onerror=alert('XSS8')>`.txt", f"date 2021-03-01 {HOSTILE}\n\n{paragraphs}"),
        "Markdown heading": ("story.md", f"# {escaped}\n\n{paragraphs}"),
        "HTML title": (
            "page.html",
            f"<html><head><title>{escaped}</title></head><body><article><h1>{escaped}</h1>"
            + "".join(f"<p>{p.replace('&', '&amp;').replace('<', '&lt;')}</p>" for p in BODY)
            + "</article></body></html>",
        ),
        "JSON Lines title": (
            "batch.jsonl",
            json.dumps({"id": "j1", "date": "2021-03-01", "title": HOSTILE, "text": paragraphs}) + "\n",
        ),
    }
    written = {}
    for kind, (name, text) in files.items():
        written[kind] = folder / name
        written[kind].write_text(text, encoding="utf-8")
    return written


def outputs_page(folder: Path, analysis: pipeline.Analysis, corpus_tables: dict) -> str:
    """The HTML export (as `make report` renders it) of a notebook holding what the notebooks show of an article:
    notebook 01's and 05's Markdown, notebook 02's highlighted text, tables, and notebook 06's corpus tables."""
    article, tables = analysis.article, analysis.tables
    new = nbformat.v4

    def shown(kind: str, value) -> object:
        return new.new_output("execute_result", {kind: value, "text/plain": "…"}, execution_count=1)

    cells = [
        new.new_markdown_cell("# 99 · Hostile"),
        new.new_code_cell("", outputs=[shown("text/markdown", findings.what_and_when(article))]),
        new.new_code_cell("", outputs=[shown("text/markdown", summary.header_markdown(article))]),
        new.new_code_cell("", outputs=[shown("text/markdown", summary.summary_markdown(article, tables))]),
        new.new_code_cell("", outputs=[shown("text/html", charts.displacy_html(article, tables["mentions"]))]),
    ]
    for table in [tables["paragraphs"], tables["quotes"], tables["entities"], *corpus_tables.values()]:
        cells.append(new.new_code_cell("", outputs=[shown("text/html", table._repr_html_())]))
    cells.append(new.new_code_cell("", outputs=[new.new_output("stream", name="stdout", text=article.title or "")]))
    path = folder / "99-hostile.ipynb"
    nbformat.write(new.new_notebook(cells=cells), path)
    return export.notebook_html(path) + export.notebook_html(path, story=True)


@pytest.mark.parametrize("kind", ["date line", "Markdown heading", "HTML title", "JSON Lines title"])
def test_a_hostile_headline_and_text_show_as_text_in_the_report(kind, tmp_path):
    path = hostile_articles(tmp_path)[kind]
    out = tmp_path / "out"
    assert corpus.analyze_corpus([str(path)], out, workers=1, progress=False) == 0
    article = next(iter_articles(path))
    assert "XSS1" in article.title and "<svg" in article.title, "the reader keeps the headline's characters"
    page = outputs_page(tmp_path, pipeline.analyze(article, use_cache=False), compare.load_corpus(out / "corpus"))
    assert live_markup(page) == []
    text = shown_text(page)
    assert "<svg onload=alert('XSS1')>" in text and "[click me](javascript:alert('XSS3'))" in text
    if kind == "date line":
        assert path.name in text, "the file name, backtick and all, is shown as it is"
    assert "Safe" in next(s for s in re.findall(r'<script src="([^"]+)"', page) if "mathjax" in s.lower()), (
        "MathJax's Safe extension keeps a \\href{javascript:…} in typeset text from becoming a link"
    )


def test_index_page_shows_a_hostile_headline_as_text(tmp_path):
    article = load_article(hostile_articles(tmp_path)["date line"])
    page = export.index_html(article, [("01 · Load", "01.html", "01-story.html")])
    assert live_markup(page) == [] and "<svg onload=alert('XSS1')>" in shown_text(page)


@pytest.mark.notebook
def test_reports_of_a_hostile_article_run_no_script(tmp_path, monkeypatch):
    for name in ("DATA", "FIGURES", "REPORTS"):
        monkeypatch.setenv(f"NEWSFRAME_{name}_DIR", str(tmp_path / name.lower()))
        monkeypatch.setattr(config, f"{name}_DIR", tmp_path / name.lower())
    path = hostile_articles(tmp_path)["date line"]
    notebooks.run(["01", "02", "05", "06"], str(path))
    written = export.build_reports(str(path), run_missing=False)
    pages = [p for p in written if p.suffix == ".html"]
    assert len(pages) == 9  # four notebooks, each with and without code, and the index
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert live_markup(text) == [], page.name
    story = shown_text((tmp_path / "reports" / written[-1].parent.name / "06-report-story.html").read_text())
    assert "<svg onload=alert('XSS1')>" in story and path.name in story


# ------------------------------------------------------------------------------------------------ the caches
SMALL = "date 2021-06-01 Mayor speaks\n\nMayor Ann Lee of Leeds spoke on Monday.\n\nShe left on Tuesday."


class Planted:
    """A pickle that, loaded, creates the file `marker`: what a planted cache entry would run."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return (Path.touch, (self.marker,))


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    """An empty table and parse cache of the test's own."""
    monkeypatch.setattr(config, "CACHE_DIR", tmp_path / "cache")
    return tmp_path / "cache"


def _small_article():
    from newsframe.article import parse_article

    return parse_article(SMALL, "small.txt")


def test_a_pickle_planted_in_the_table_cache_never_runs(cache, tmp_path):
    import pickle

    article, marker = _small_article(), tmp_path / "ran"
    entry = cache / "tables" / f"{pipeline.tables_key(article)}.zip"
    entry.parent.mkdir(parents=True)
    for path in (entry, entry.with_suffix(".pickle")):  # where tables are kept, and where pickles were
        path.write_bytes(pickle.dumps((Planted(marker), [])))
    analysis = pipeline.analyze(article)
    assert not marker.exists(), "the cache ran code"
    fresh = pipeline.analyze(article, use_cache=False)
    for name, table in fresh.tables.items():
        pd.testing.assert_frame_equal(analysis.tables[name], table)
    assert pipeline.read_cached_tables(entry) is not None, "the planted entry is replaced by the tables"


def _rewrite_entry(entry: Path, change) -> None:
    """Rewrite a table cache entry with `change(tables)` applied (or its bytes cut short when change is None)."""
    import zipfile

    if change is None:
        entry.write_bytes(entry.read_bytes()[: entry.stat().st_size // 2])
        return
    tables, warnings = pipeline.read_cached_tables(entry)
    with zipfile.ZipFile(entry, "w") as archive:
        for name, table in change(dict(tables)).items():
            archive.writestr(f"{name}.parquet", table.to_parquet(index=False))
        archive.writestr("warnings.json", json.dumps(warnings))


@pytest.mark.parametrize(
    "damage",
    ["cut short", "one table only", "a column missing", "text in a number column", "numbers in a text column"],
)
def test_a_wrong_table_cache_entry_is_rebuilt(damage, cache):
    article = _small_article()
    expected = pipeline.analyze(article).tables  # writes the entry
    entry = pipeline.tables_path(article)
    change = {
        "cut short": None,
        "one table only": lambda t: {"paragraphs": t["paragraphs"]},
        "a column missing": lambda t: {**t, "mentions": t["mentions"].drop(columns=["entity"])},
        "text in a number column": lambda t: {**t, "paragraphs": t["paragraphs"].assign(words="many")},
        "numbers in a text column": lambda t: {**t, "entities": t["entities"].assign(entity=1)},
    }[damage]
    _rewrite_entry(entry, change)
    assert pipeline.read_cached_tables(entry) is None
    again = pipeline.analyze(article)
    assert list(again.tables) == list(expected)
    for name, table in expected.items():
        pd.testing.assert_frame_equal(again.tables[name], table)
    assert pipeline.read_cached_tables(entry) is not None, "rebuilt and replaced"


def test_the_tables_match_their_schema_and_come_back_from_the_cache_exactly(cache, seed_analysis, tmp_path):
    from newsframe.article import parse_article

    plain = parse_article("it rained.\n\nnobody came.", "plain.txt")  # empty entity, timeline and quote tables
    for analysis in (seed_analysis, pipeline.analyze(plain, use_cache=False)):
        assert pipeline.schema_problem(analysis.tables) is None
        entry = tmp_path / f"{analysis.article.id}.zip"
        pipeline.write_cached_tables(entry, analysis.tables, ["a warning"])
        tables, warnings = pipeline.read_cached_tables(entry)
        assert warnings == ["a warning"]
        for name, table in analysis.tables.items():
            pd.testing.assert_frame_equal(tables[name], table, check_index_type=True)


def test_a_planted_parse_cache_entry_is_data_and_is_parsed_again(cache, tmp_path):
    """The parse cache holds spaCy DocBins (msgpack and raw arrays, no pickle); one whose array claims Python
    objects, or that is not a DocBin at all, is parsed again."""
    import pickle
    import zlib

    import srsly

    from newsframe import nlp

    texts, marker = ["Mayor Ann Lee spoke in Leeds on Monday."], tmp_path / "ran"
    entry = cache / "docs" / f"{nlp.cache_key(texts)}.spacy"
    entry.parent.mkdir(parents=True)
    objects = {b"nd": True, b"type": "|O", b"kind": b"", b"shape": [1], b"data": pickle.dumps(Planted(marker))}
    for planted in (zlib.compress(srsly.msgpack_dumps({"tokens": objects, "version": 3})), b"not a docbin"):
        entry.write_bytes(planted)
        docs = nlp.parse(texts)
        assert [d.text for d in docs] == texts and len(docs[0].spans[nlp.NAMES_KEY]) >= 2
        assert not marker.exists()


def test_a_half_written_article_folder_is_not_current(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "story.txt").write_text(SMALL, encoding="utf-8")
    out = tmp_path / "out"
    assert corpus.analyze_corpus([str(folder)], out, workers=1) == 0
    complete = {p.name: p.read_bytes() for p in (out / "story").iterdir()}
    manifest = json.loads((out / "story" / corpus.MANIFEST).read_text())
    # as a run killed after article.json would leave it, under a manifest that lists only what was written
    for path in (out / "story").glob("*.csv"):
        path.unlink()
    (out / "story" / corpus.MANIFEST).write_text(json.dumps({**manifest, "files": ["article.json"]}))
    assert not corpus.is_current(out / "story", manifest["key"])
    assert corpus.analyze_corpus([str(folder)], out, workers=1) == 0
    assert {p.name: p.read_bytes() for p in (out / "story").iterdir()} == complete
    # a table cut short under a manifest that lists every file
    sentences = out / "story" / "sentences.csv"
    sentences.write_bytes(complete["sentences.csv"][:-10])
    assert not corpus.is_current(out / "story", manifest["key"])
    assert corpus.analyze_corpus([str(folder)], out, workers=1) == 0
    assert sentences.read_bytes() == complete["sentences.csv"]


# -------------------------------------------------------------------------------------------- make variables
HOSTILE_VALUES = {
    "backticks": "story`touch {marker}`.txt",
    "command substitution": "story$(touch {marker}).txt",
    "make function": "story$(shell touch {marker}).txt",
    "double quote": 'story"; touch {marker}; echo ".txt',
    "dollar": "story$$HOME.txt",
}


def make(*args: str, cwd: Path | None = None, **variables: str) -> subprocess.CompletedProcess:
    """The project's Makefile run with `variables`, on this interpreter's environment without reinstalling it."""
    prefix = Path(sys.prefix)
    command = ["make", "-s", "-C", str(config.PROJECT_ROOT), "-o", str(prefix / ".installed"), f"VENV={prefix}"]
    command += [*args, *(f"{k}={v}" for k, v in variables.items())]
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MFLAGS", "ARTICLE", "DATE", "JOBS")}
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=600)


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
@pytest.mark.parametrize("kind", sorted(HOSTILE_VALUES))
def test_make_hands_article_date_and_jobs_over_as_typed(kind, tmp_path):
    marker = tmp_path / "ran"
    value = str(tmp_path / HOSTILE_VALUES[kind].format(marker=marker))
    date = HOSTILE_VALUES[kind].format(marker=marker)
    # a stand-in for the interpreter that records what it was given
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    record = tmp_path / "argv.json"
    stub = bin_dir / "python"
    stub.write_text(
        f"#!{sys.executable}\nimport json, sys\njson.dump(sys.argv[1:], open({str(record)!r}, 'w'))\n",
        encoding="utf-8",
    )
    stub.chmod(0o755)
    for target in ("run", "report"):
        done = make(target, f"BIN={bin_dir}", ARTICLE=value, DATE=date, JOBS=date)
        assert done.returncode == 0, done.stderr
        argv = json.loads(record.read_text())
        assert f"--article={value}" in argv and f"--date={date}" in argv
        assert target == "report" or f"--jobs={date}" in argv
        assert not marker.exists(), "a command in a make variable ran"


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_run_fails_when_the_article_cannot_be_read(tmp_path):
    marker = tmp_path / "ran"
    for value in HOSTILE_VALUES.values():
        article = str(tmp_path / value.format(marker=marker))
        done = make("run", ARTICLE=article)
        assert done.returncode != 0, f"make succeeded on {article}"
        errors = [line for line in done.stderr.splitlines() if line.startswith("error:")]
        assert errors == [f"error: {article}: no such file"], done.stderr
        assert "Traceback" not in done.stderr and not marker.exists()
    done = make("run", ARTICLE=str(config.DEFAULT_ARTICLE), JOBS="many")
    assert done.returncode != 0 and "--jobs" in done.stderr and "Traceback" not in done.stderr


# ----------------------------------------------------------------------------------------------- output ids
@pytest.fixture
def outputs(tmp_path, monkeypatch) -> Path:
    """data/, figures/ and reports/ of the test's own (also for kernels), data/ holding the shipped article's."""
    for name in ("DATA", "FIGURES", "REPORTS"):
        monkeypatch.setenv(f"NEWSFRAME_{name}_DIR", str(tmp_path / name.lower()))
        monkeypatch.setattr(config, f"{name}_DIR", tmp_path / name.lower())
    seed_id = config.DEFAULT_ARTICLE.stem
    shutil.copytree(config.PROJECT_ROOT / "data" / seed_id, tmp_path / "data" / seed_id)
    return tmp_path


def test_a_second_article_with_a_taken_name_gets_an_id_of_its_own(outputs, tmp_path):
    seed_id = config.DEFAULT_ARTICLE.stem
    assert pipeline.read_article(config.DEFAULT_ARTICLE).id == seed_id
    for name in (f"{seed_id}.txt", "corpus.txt", "Corpus.md", "corpus-out.txt"):
        other = tmp_path / "elsewhere" / name
        other.parent.mkdir(exist_ok=True)
        other.write_text(SMALL, encoding="utf-8")
        article_id = pipeline.read_article(other).id
        stem = Path(name).stem
        assert re.fullmatch(rf"{re.escape(stem)}-[0-9a-f]{{8}}", article_id), (name, article_id)
        assert pipeline.read_article(other).id == article_id, "the same id on every run"
    first, second = tmp_path / "a" / "story.txt", tmp_path / "b" / "story.txt"
    for path in (first, second):
        path.parent.mkdir()
        path.write_text(SMALL, encoding="utf-8")
    pipeline.save_tables(pipeline.analyze(first), ["paragraphs"])  # data/story/ is the first story's
    assert pipeline.read_article(first).id == "story"
    assert re.fullmatch(r"story-[0-9a-f]{8}", pipeline.read_article(second).id)
    first.write_text(SMALL + "\n\nAn edit.", encoding="utf-8")
    assert pipeline.read_article(first).id == "story", "an edited article keeps its folder"


@pytest.mark.notebook
def test_make_run_on_another_text_with_the_seed_name_leaves_the_seed_outputs_alone(outputs, tmp_path, capsys):
    seed_id = config.DEFAULT_ARTICLE.stem
    before = {p.name: p.read_bytes() for p in (outputs / "data" / seed_id).iterdir()}
    other = tmp_path / "elsewhere" / f"{seed_id}.txt"
    other.parent.mkdir()
    other.write_text(SMALL, encoding="utf-8")
    written = notebooks.run(["01"], str(other))
    assert {p.name: p.read_bytes() for p in (outputs / "data" / seed_id).iterdir()} == before
    article_id = pipeline.read_article(other).id
    assert written == [outputs / "reports" / article_id / "01-load-article.ipynb"]
    assert len(pd.read_csv(outputs / "data" / article_id / "paragraphs.csv")) == 3
    said = capsys.readouterr().out.splitlines()[0]
    assert said.startswith(f"article {article_id} ({seed_id} is another article's id") and f"{article_id}/" in said


# --------------------------------------------------------------------------------------------------- workers
def articles_folder(folder: Path, n: int, extra: dict[str, str] | None = None) -> Path:
    """A folder of `n` small articles (a00.txt …) and `extra` ones, by file name."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"a{i:02d}.txt").write_text(
            f"date 2021-03-{i + 1:02d} Story {i}\n\nMayor Ann Lee of Leeds spoke on Monday about bridge {i}.",
            encoding="utf-8",
        )
    for name, text in (extra or {}).items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_workers_are_never_more_than_the_cores_nor_the_articles(tmp_path, monkeypatch, capsys):
    from concurrent.futures import ProcessPoolExecutor

    pools: list[int] = []

    def recording_pool(max_workers=None, **options):
        pools.append(max_workers)
        return ProcessPoolExecutor(max_workers=min(max_workers, 2), **options)

    monkeypatch.setattr(corpus, "ProcessPoolExecutor", recording_pool)
    monkeypatch.setattr(corpus, "usable_cores", lambda: 2)
    one = articles_folder(tmp_path / "one", 1)
    assert corpus.analyze_corpus([str(one)], tmp_path / "out1", workers=1000) == 0
    assert pools == [], "one article is analyzed in this process"
    assert "--workers 1000 lowered to 2" in capsys.readouterr().err
    three = articles_folder(tmp_path / "three", 3)
    assert corpus.analyze_corpus([str(three)], tmp_path / "out3", workers=1000) == 0
    assert pools == [2]


@pytest.mark.skipif(sys.platform == "win32", reason="kills a worker with SIGKILL")
def test_a_worker_killed_under_it_fails_only_its_article_and_the_run_goes_on(tmp_path, monkeypatch, capsys):
    import multiprocessing

    if multiprocessing.get_start_method() != "fork":
        pytest.skip("the workers must inherit this test's stand-in for a killer (fork start method)")
    real_build = pipeline.build_tables

    def build_or_die(article, docs):  # as the out-of-memory killer ends a worker: SIGKILL, no exception
        if "KILLME" in article.paragraphs[-1].text:
            os.kill(os.getpid(), signal.SIGKILL)
        return real_build(article, docs)

    monkeypatch.setattr(pipeline, "build_tables", build_or_die)
    monkeypatch.setattr(corpus, "usable_cores", lambda: 2)
    folder = articles_folder(tmp_path / "in", 6, {"killer.txt": "date 2021-03-09 Boom\n\nKILLME now, said Ann Lee."})
    out = tmp_path / "out"
    assert corpus.analyze_corpus([str(folder)], out, workers=2) == 1
    err = capsys.readouterr().err
    errors = [line for line in err.splitlines() if line.startswith("error:")]
    assert errors == [f"error: {folder / 'killer.txt'}: {corpus.LOST_WORKER}"], err
    assert sorted(pd.read_csv(out / "corpus" / "article_sentiment.csv")["article"]) == [f"a{i:02d}" for i in range(6)]
    assert pd.read_csv(out / "corpus" / "errors.csv")["source"].tolist() == [str(folder / "killer.txt")]
    for i in range(6):
        assert corpus.is_current(
            out / f"a{i:02d}", json.loads((out / f"a{i:02d}" / corpus.MANIFEST).read_text())["key"]
        )


@pytest.mark.skipif(sys.platform == "win32", reason="kills the run with SIGKILL")
def test_workers_end_when_their_run_is_killed(tmp_path):
    import psutil

    folder = articles_folder(tmp_path / "in", 0)
    long_text = " ".join(["The mayor of Leeds spoke on Monday about the budget, officials said."] * 200)
    for i in range(8):
        (folder / f"s{i}.txt").write_text(f"date 2020-01-0{i + 1} Story {i}\n\n{long_text}", encoding="utf-8")
    command = [sys.executable, "-m", "newsframe", "analyze", str(folder), "--out", str(tmp_path / "out")]
    run = subprocess.Popen(
        [*command, "--workers", "2"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    deadline = time.monotonic() + 60
    workers: list = []
    while time.monotonic() < deadline and len(workers) < 2:
        time.sleep(0.1)
        workers = psutil.Process(run.pid).children()
    assert len(workers) == 2, "the run started its workers"
    time.sleep(1.0)  # loading the model, or analyzing
    run.kill()  # SIGKILL to the run alone, as the system's out-of-memory killer or `kill -9` would
    run.wait()
    gone, alive = psutil.wait_procs(workers, timeout=15)
    for worker in alive:
        worker.kill()
    assert not alive, "workers outlived their run"


def test_a_second_run_into_the_same_folder_stops_at_once_and_the_first_finishes(tmp_path, capsys):
    from newsframe import cli

    folder = articles_folder(tmp_path / "in", 8)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "newsframe", "analyze", str(folder), "--out", str(out), "--workers", "1"]
    first = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not list((out / "corpus").glob(".*.tmp")):  # its corpus tables, begun
        time.sleep(0.02)
    assert first.poll() is None, "the first run is still at work"
    capsys.readouterr()
    assert cli.main(["analyze", str(folder), "--out", str(out), "--workers", "1"]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.splitlines() == [
        f"error: another run of analyze is writing into {out} (it holds {out / corpus.LOCK_FILE}); try again when "
        "it has finished"
    ]
    _, err = first.communicate(timeout=300)
    assert first.returncode == 0, err
    assert len(pd.read_csv(out / "corpus" / "article_sentiment.csv")) == 8


# ---------------------------------------------------------------------------------------- inputs and file system
def analyze_cli(*inputs: Path, out: Path, capsys) -> tuple[int, list[str]]:
    """`python -m newsframe analyze INPUTS --out OUT --workers 1` in this process: exit code and stderr lines."""
    from newsframe import cli

    capsys.readouterr()
    code = cli.main(["analyze", *map(str, inputs), "--out", str(out), "--workers", "1"])
    return code, capsys.readouterr().err.splitlines()


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links")
def test_symbolic_link_loops_and_broken_links_are_one_line_each(tmp_path, capsys):
    folder = articles_folder(tmp_path / "in", 1)
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    (folder / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    code, err = analyze_cli(folder / "loop.txt", out=tmp_path / "o1", capsys=capsys)
    assert code == 1 and err == [f"error: {folder / 'loop.txt'}: symbolic link loop"]
    code, err = analyze_cli(folder, out=tmp_path / "o2", capsys=capsys)
    assert code == 1 and sorted(err) == [
        f"error: {folder / 'gone.txt'}: broken symbolic link (to {tmp_path / 'deleted.txt'}, which does not exist)",
        f"error: {folder / 'loop.txt'}: symbolic link loop",
    ]
    assert (tmp_path / "o2" / "a00" / "sentences.csv").exists()


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_text_with_a_byte_order_mark_is_read(encoding, tmp_path):
    import codecs

    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}.get(encoding, b"")
    path = tmp_path / "story.txt"
    path.write_bytes(bom + SMALL.replace("Leeds", "Düsseldorf").encode(encoding))
    article = load_article(path)
    assert article.title == "Mayor speaks" and article.body[0].text.endswith("of Düsseldorf spoke on Monday.")
    path.write_bytes(codecs.BOM_UTF16_LE + "a\x00b".encode("utf-16-le"))
    with pytest.raises(Exception, match="binary file"):
        load_article(path)


def test_an_article_over_the_size_limit_is_one_line(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("NEWSFRAME_MAX_ARTICLE_MB", "0.01")  # 10 KB
    big = tmp_path / "big.txt"
    big.write_text("date 2021-01-01 Big\n\n" + "The council met on Monday. " * 1000, encoding="utf-8")
    record = tmp_path / "batch.jsonl"
    record.write_text(
        json.dumps({"id": "small", "text": "Ann Lee spoke."}) + "\n" + json.dumps({"id": "big", "text": "x " * 6000}),
        encoding="utf-8",
    )
    code, err = analyze_cli(big, record, out=tmp_path / "out", capsys=capsys)
    assert code == 1
    assert err == [
        f"error: {big}: too large for one article (0.0 MB; the limit is 0.01 MB, which NEWSFRAME_MAX_ARTICLE_MB "
        "raises)".replace("0.0 MB;", f"{big.stat().st_size / 1e6:.1f} MB;"),
        f"error: {record}:2: too large for one article (0.0 MB; the limit is 0.01 MB, which "
        "NEWSFRAME_MAX_ARTICLE_MB raises)",
    ]
    assert (tmp_path / "out" / "small" / "sentences.csv").exists()
    monkeypatch.setenv("NEWSFRAME_MAX_ARTICLE_MB", "lots")
    with pytest.raises(SystemExit) as stopped:
        analyze_cli(big, out=tmp_path / "out", capsys=capsys)
    assert stopped.value.code == 2


def test_a_write_that_fails_names_the_file(tmp_path, monkeypatch):
    import errno

    from newsframe import io

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(pd.DataFrame, "to_csv", full)
    with pytest.raises(OSError) as failed:
        io.write_csv(tmp_path / "out" / "table.csv", pd.DataFrame({"a": [1]}))
    assert failed.value.filename == str(tmp_path / "out" / "table.csv")
    assert str(failed.value) == f"[Errno 28] No space left on device: '{tmp_path / 'out' / 'table.csv'}'"
    assert list((tmp_path / "out").iterdir()) == []


@pytest.mark.skipif(sys.platform == "win32", reason="a file size limit (RLIMIT_FSIZE)")
def test_a_full_disk_names_the_file_that_could_not_be_written(tmp_path):
    folder = articles_folder(tmp_path / "in", 0, {"story.txt": SMALL + "\n\n" + "Ann Lee spoke again. " * 200})
    limit = 3000  # bytes a file may grow to, as if the disk filled up there
    done = subprocess.run(
        [sys.executable, "-m", "newsframe", "analyze", str(folder), "--out", str(tmp_path / "out"), "--workers", "1"],
        capture_output=True,
        text=True,
        preexec_fn=lambda: __import__("resource").setrlimit(__import__("resource").RLIMIT_FSIZE, (limit, limit)),
    )
    assert done.returncode == 1 and "Traceback" not in done.stderr
    line = done.stderr.splitlines()[0]
    assert re.fullmatch(rf"error: {re.escape(str(folder / 'story.txt'))}: OSError: .*File too large: '.*\.csv'", line)
    assert not list((tmp_path / "out").rglob("*.tmp"))


def test_a_failed_rerun_keeps_the_article_in_the_corpus_tables_with_its_tables(tmp_path, capsys):
    folder = articles_folder(tmp_path / "in", 2)
    out = tmp_path / "out"
    assert analyze_cli(folder, out=out, capsys=capsys)[0] == 0
    corpus_before = {p.name: p.read_bytes() for p in (out / "corpus").glob("[!e]*.csv")}  # all but errors.csv
    (folder / "a01.txt").write_bytes(b"")  # emptied by mistake
    code, err = analyze_cli(folder, out=out, capsys=capsys)
    assert code == 1
    assert err == [
        f"error: {folder / 'a01.txt'}: empty article (no text); its earlier tables in {out / 'a01'} are kept"
    ]
    assert {p.name: p.read_bytes() for p in (out / "corpus").glob("[!e]*.csv")} == corpus_before
    errors = pd.read_csv(out / "corpus" / "errors.csv")
    assert errors[["source", "article"]].values.tolist() == [[str(folder / "a01.txt"), "a01"]]


def test_spreadsheet_formula_cells_are_kept_as_the_article_writes_them(tmp_path, capsys):
    """The tables are data: a cell holds the article's text exactly, `=`, `+`, `-` or `@` first included, so that
    offsets slice it and pandas reads it back unchanged (the data dictionary says how to open them in a
    spreadsheet without running such a cell as a formula)."""
    cells = ['=HYPERLINK("http://example.org/?"&A1,"Click")', "+1 555 0100 is the number to call.", "-5 percent."]
    cells.append("@SUM(1+1) is what the sign said.")
    folder = articles_folder(tmp_path / "in", 0, {"formulas.txt": "date 2021-01-01 Signs\n\n" + "\n\n".join(cells)})
    assert analyze_cli(folder, out=tmp_path / "out", capsys=capsys)[0] == 0
    paragraphs = pd.read_csv(tmp_path / "out" / "formulas" / "paragraphs.csv", keep_default_na=False)
    assert paragraphs["text"].tolist()[1:] == cells
    sentences = pd.read_csv(tmp_path / "out" / "formulas" / "sentences.csv", keep_default_na=False)
    texts = dict(zip(paragraphs["paragraph"], paragraphs["text"]))
    for row in sentences.itertuples():
        assert texts[row.paragraph][row.start_char : row.end_char] == row.text


@pytest.mark.notebook
def test_a_kernel_killed_while_saving_leaves_no_temporary_file(tmp_path, monkeypatch):
    monkeypatch.setattr(config, "NOTEBOOKS_DIR", tmp_path / "nb")
    for name in ("DATA", "FIGURES"):
        monkeypatch.setenv(f"NEWSFRAME_{name}_DIR", str(tmp_path / name.lower()))
        monkeypatch.setattr(config, f"{name}_DIR", tmp_path / name.lower())
    figures = config.figures_dir(config.DEFAULT_ARTICLE.stem)
    stale = figures / ".01-old.png.killed.tmp"  # what a run killed earlier left
    figures.mkdir(parents=True)
    stale.write_bytes(b"half a figure")
    (tmp_path / "nb").mkdir()
    (tmp_path / "nb" / "01-dies.py").write_text(
        "# %%\nimport os, signal\n"
        f"open({str(figures / '.01-dies.png.x1y2z3.tmp')!r}, 'wb').write(b'half')\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n",
        encoding="utf-8",
    )
    with pytest.raises(notebooks.NotebookError):
        notebooks.run(jobs=1)
    assert not list(figures.glob("*.tmp"))


def test_the_tests_never_touch_the_project_cache():
    project_cache = (config.PROJECT_ROOT / ".cache").resolve()
    assert config.CACHE_DIR.resolve() != project_cache and project_cache not in config.CACHE_DIR.resolve().parents
    assert Path(os.environ["NEWSFRAME_CACHE_DIR"]) == config.CACHE_DIR, "processes the tests start use it too"
