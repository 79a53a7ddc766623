"""Corpus mode: many articles, worker processes, skipping current outputs, corpus tables, a Dask cluster."""

import json

import pandas as pd
import pytest

from newsframe import corpus

ARTICLES = {
    "a.txt": "date 2021-03-01 Mayor opens bridge\n\nMayor Ann Lee opened the new bridge in Springfield on Monday.",
    "b.txt": "date 2021-03-02 Storm closes schools\n\nA storm closed schools across Ohio on Tuesday, officials said.",
    "c.md": "# Union strikes\n\nWorkers at Acme Corp walked out on Friday.",
}


@pytest.fixture
def folder(tmp_path):
    """A folder of three good articles."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name, text in ARTICLES.items():
        (inputs / name).write_text(text, encoding="utf-8")
    return inputs


def read(out, name):
    """A corpus table."""
    return pd.read_csv(out / "corpus" / f"{name}.csv")


def test_corpus_tables_and_one_bad_article(folder, tmp_path):
    (folder / "bad.txt").write_bytes(b"\x00\x01binary")
    out = tmp_path / "out"
    assert corpus.analyze_corpus([str(folder)], out, workers=1) == 1
    assert sorted(p.name for p in out.iterdir()) == ["a", "b", "c", "corpus"]
    errors = read(out, "errors")
    assert len(errors) == 1 and errors.source[0].endswith("bad.txt") and "binary" in errors.error[0]
    article_sentiment = read(out, "article_sentiment")
    assert sorted(article_sentiment.article) == ["a", "b", "c"]
    assert set(article_sentiment.columns) >= {"article", "published", "title", "paragraphs", "words"}
    dates = read(out, "timeline")["date"]
    dated = dates.dropna().tolist()
    assert len(dated) == 2 and dated == sorted(dated) and dates.iloc[: len(dated)].notna().all()
    assert dates.isna().iloc[-1]  # "on Friday" in the undated Markdown article has no date: listed last
    assert not list(out.rglob("*.tmp"))


def test_rerun_skips_current_articles_and_redoes_changed_ones(folder, tmp_path):
    out = tmp_path / "out"
    assert corpus.analyze_corpus([str(folder)], out, workers=1) == 0
    stamp = {p: p.stat().st_mtime_ns for p in out.glob("[abc]/*.csv")}
    (folder / "b.txt").write_text(ARTICLES["b.txt"] + "\n\nSchools reopen on Thursday.", encoding="utf-8")
    assert corpus.analyze_corpus([str(folder)], out, workers=1) == 0
    changed = {p for p, t in stamp.items() if p.stat().st_mtime_ns != t}
    assert changed and all(p.parent.name == "b" for p in changed)
    assert len(read(out, "article_sentiment")) == 3  # skipped articles still appear in the corpus tables
    first = {name: (out / "corpus" / f"{name}.csv").read_text() for name in ("entities", "timeline")}
    assert corpus.analyze_corpus([str(folder)], out, workers=1) == 0  # every article current: all read back from files
    for name, text in first.items():
        assert (out / "corpus" / f"{name}.csv").read_text() == text, name
    assert "nan" not in first["timeline"]
    manifest = json.loads((out / "b" / ".manifest.json").read_text())
    assert "paragraphs.csv" in manifest["files"]


def test_a_change_to_the_code_makes_every_article_stale(folder, tmp_path, monkeypatch):
    out = tmp_path / "out"
    assert corpus.analyze_corpus([str(folder)], out, workers=1) == 0
    stamp = {p: p.stat().st_mtime_ns for p in out.glob("[abc]/*.csv")}
    monkeypatch.setattr(corpus, "code_version", lambda: "a rule changed")  # same package version, other code
    assert corpus.analyze_corpus([str(folder)], out, workers=1) == 0
    assert all(p.stat().st_mtime_ns != t for p, t in stamp.items())


def test_interrupted_article_is_redone(folder, tmp_path):
    out = tmp_path / "out"
    corpus.analyze_corpus([str(folder)], out, workers=1)
    complete = (out / "a" / "sentences.csv").read_bytes()
    (out / "a" / "sentences.csv").unlink()  # as if killed before this file was renamed into place
    corpus.analyze_corpus([str(folder)], out, workers=1)
    assert (out / "a" / "sentences.csv").read_bytes() == complete


def test_worker_processes_give_the_same_tables(folder, tmp_path):
    corpus.analyze_corpus([str(folder)], tmp_path / "one", workers=1)
    corpus.analyze_corpus([str(folder)], tmp_path / "two", workers=2)
    for name in ("a/paragraphs.csv", "b/sentences.csv", "c/article.json"):
        assert (tmp_path / "one" / name).read_text() == (tmp_path / "two" / name).read_text()
    one, two = (
        read(tmp_path / k, "article_sentiment").sort_values("article").reset_index(drop=True) for k in ("one", "two")
    )
    pd.testing.assert_frame_equal(one, two)


def test_json_lines_corpus(tmp_path):
    path = tmp_path / "batch.jsonl"
    records = [
        {
            "id": f"n{i}",
            "date": f"2022-05-0{i + 1}",
            "title": f"Story {i}",
            "text": f"Police in Leeds arrested {i + 2} men on Sunday.",
        }
        for i in range(3)
    ]
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n{broken\n", encoding="utf-8")
    assert corpus.analyze_corpus([str(path)], tmp_path / "out", workers=1) == 1
    assert sorted(read(tmp_path / "out", "article_sentiment").article) == ["n0", "n1", "n2"]
    assert read(tmp_path / "out", "errors").source[0].endswith("batch.jsonl:4")


def test_dask_local_cluster(folder, tmp_path):
    pytest.importorskip("dask.distributed")
    assert corpus.analyze_corpus([str(folder)], tmp_path / "out", workers=1, dask="local") == 0
    assert corpus.analyze_corpus([str(folder)], tmp_path / "here", workers=1) == 0
    assert sorted(read(tmp_path / "out", "article_sentiment").article) == ["a", "b", "c"]
    for name in ("c/sentences.csv", "a/entities.csv", "corpus/timeline.csv", "corpus/article_sentiment.csv"):
        assert (tmp_path / "out" / name).read_bytes() == (tmp_path / "here" / name).read_bytes(), name


def test_corpus_reuses_cached_tables_and_adds_nothing_to_the_cache(folder, tmp_path, monkeypatch):
    from newsframe import config, nlp, pipeline

    monkeypatch.setattr(config, "CACHE_DIR", tmp_path / "cache")
    assert corpus.analyze_corpus([str(folder)], tmp_path / "first", workers=1) == 0
    assert not (tmp_path / "cache").exists() or not list((tmp_path / "cache").rglob("*.*"))
    pipeline.analyze(folder / "a.txt")  # as a notebook would: parse and tables cached
    parsed = []
    real_parse = nlp.parse_groups
    monkeypatch.setattr(
        nlp, "parse_groups", lambda groups, **kw: parsed.extend(" ".join(g) for g in groups) or real_parse(groups, **kw)
    )
    assert corpus.analyze_corpus([str(folder)], tmp_path / "second", workers=1) == 0
    assert len(parsed) == 2 and not any("Ann Lee" in t for t in parsed)  # b and c parsed, a read from the cache
    for name in ("mentions.csv", "paragraph_sentiment.csv", "timeline.csv"):
        assert (tmp_path / "first" / "a" / name).read_bytes() == (tmp_path / "second" / "a" / name).read_bytes()


def test_a_file_named_twice_is_read_once(folder, tmp_path):
    out = tmp_path / "out"
    again = tmp_path / "in" / ".." / "in" / "a.txt"
    assert corpus.analyze_corpus([str(folder), str(again), str(folder / "b.txt")], out, workers=1) == 0
    assert sorted(read(out, "article_sentiment").article) == ["a", "b", "c"]  # no a-2 or b-2
    assert sorted(p.name for p in out.iterdir()) == ["a", "b", "c", "corpus"]


def test_tasks_start_every_worker_with_one_article_then_batch_about_64_texts(tmp_path, monkeypatch):
    from newsframe.article import parse_article

    monkeypatch.setattr(corpus, "TEXTS_PER_TASK", 10)
    articles = [
        parse_article(f"Headline {i}\n\n" + "\n\n".join(f"Paragraph {k}." for k in range(n)), source="x")
        for i, n in enumerate([3, 3, 4, 4, 1, 9, 2])
    ]  # 4, 4, 5, 5, 2, 10, 3 texts
    jobs = [corpus.Job(a, tmp_path / str(i), "key") for i, a in enumerate(articles)]
    grouped = list(corpus.tasks(iter(jobs), single=2))
    assert [[jobs.index(j) for j in task] for task in grouped] == [[0], [1], [2, 3], [4, 5], [6]]
    assert list(corpus.tasks(iter([]), single=2)) == []
    monkeypatch.setattr(corpus, "TASK_CHARS", 50)  # long articles: a task ends at TASK_CHARS characters too
    grouped = list(corpus.tasks(iter(jobs), single=0))
    assert all(sum(len(p.text) for j in task[:-1] for p in j.article.paragraphs) < 50 for task in grouped)
    assert [[jobs.index(j) for j in task] for task in grouped] == [[0, 1], [2], [3], [4, 5], [6]]


def test_analyzing_articles_together_gives_each_its_own_tables_and_errors(folder, tmp_path, monkeypatch):
    from newsframe import article, nlp, pipeline

    monkeypatch.setattr("newsframe.config.CACHE_DIR", tmp_path / "cache")
    articles = [article.load_article(folder / name) for name in sorted(ARTICLES)]
    together = pipeline.analyze_many(articles, use_cache=False)
    for one, alone in zip(together, articles):
        for name, table in pipeline.analyze(alone, use_cache=False).tables.items():
            pd.testing.assert_frame_equal(one.tables[name], table)
    real_build = pipeline.build_tables
    monkeypatch.setattr(
        pipeline,
        "build_tables",
        lambda a, docs: (
            (_ for _ in ()).throw(ValueError("bad table")) if "Acme" in a.paragraphs[-1].text else real_build(a, docs)
        ),
    )
    results = pipeline.analyze_many(articles, use_cache=False)
    assert [type(r).__name__ for r in results] == ["Analysis", "Analysis", "ValueError"]
    real_pipe = nlp.pipe  # a parse that fails for one text: the batch is parsed again article by article
    monkeypatch.setattr(
        nlp,
        "pipe",
        lambda texts, nlp=None: (
            (_ for _ in ()).throw(RuntimeError("parser")) if any("storm" in t for t in texts) else real_pipe(texts, nlp)
        ),
    )
    results = pipeline.analyze_many(articles[:2], use_cache=False)
    assert [type(r).__name__ for r in results] == ["Analysis", "RuntimeError"]
    with pytest.raises(RuntimeError, match="parser"):
        pipeline.analyze(articles[1], use_cache=False)


def test_article_tone_without_the_sentence_table_weights_paragraph_shares_by_words():
    paragraph_sentiment = pd.DataFrame(
        {
            "paragraph": [0, 1, 2],
            "polarity": [0.9, 0.0, -0.4],
            "subjectivity": [0.5, 0.0, 0.4],
            "vader": [0.9, 0.0, -0.6],
            "tone": ["positive", "neutral", "negative"],
            "share_negative": [0.0, 0.0, 0.8],
            "share_neutral": [0.0, 1.0, 0.2],
            "share_positive": [1.0, 0.0, 0.0],
        }
    )
    paragraphs = pd.DataFrame({"paragraph": [0, 1, 2], "words": [8, 10, 30]})
    tone = corpus.article_tone(paragraph_sentiment, paragraphs)
    assert tone["headline_tone"] == "positive" and tone["share_positive"] == 0.0  # the headline is apart
    assert tone["share_negative"] == pytest.approx(0.8 * 30 / 40) and tone["tone"] == "negative"
    assert tone["vader"] == pytest.approx(-0.6 * 30 / 40)
