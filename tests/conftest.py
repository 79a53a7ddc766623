"""Shared fixtures: a cache of the session's own, and the shipped article, parsed once per test session."""

from __future__ import annotations

import pytest
from sample_articles import ARTICLES

from newsframe import config, pipeline


@pytest.fixture(scope="session", autouse=True)
def session_cache(tmp_path_factory):
    """The parse and table caches of this test session: the tests, and every process they start (kernels, `make`,
    the command line), read and write these, never the project's .cache."""
    folder = tmp_path_factory.mktemp("cache")
    patch = pytest.MonkeyPatch()
    patch.setenv("NEWSFRAME_CACHE_DIR", str(folder))
    patch.setattr(config, "CACHE_DIR", folder)
    yield folder
    patch.undo()


@pytest.fixture(scope="session")
def seed_analysis(session_cache) -> pipeline.Analysis:
    """The shipped article analyzed: article, docs and every table."""
    return pipeline.analyze(config.DEFAULT_ARTICLE)


@pytest.fixture(scope="session")
def seed_article(seed_analysis):
    """The shipped article as an Article."""
    return seed_analysis.article


@pytest.fixture
def write(tmp_path):
    """Write bytes or text to a file under tmp_path and return its path: write(name, content)."""

    def _write(name: str, content: str | bytes):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return _write


def _analyze_sample(tmp_path_factory, name: str) -> pipeline.Analysis:
    """One of the test articles of sample_articles.py, written to a file and analyzed."""
    path = tmp_path_factory.mktemp("articles") / f"{name}.txt"
    path.write_text(ARTICLES[name], encoding="utf-8")
    return pipeline.analyze(path)


@pytest.fixture(scope="session")
def sample(tmp_path_factory, seed_analysis):
    """sample(name): the shipped article ("seed") or a test article of sample_articles.py, analyzed once a session."""
    analyses = {"seed": seed_analysis}

    def get(name: str) -> pipeline.Analysis:
        if name not in analyses:
            analyses[name] = _analyze_sample(tmp_path_factory, name)
        return analyses[name]

    return get


@pytest.fixture(scope="session")
def long_analysis(sample) -> pipeline.Analysis:
    """The article of long names and many dates, analyzed."""
    return sample("long_names")


@pytest.fixture(scope="session")
def plain_analysis(sample) -> pipeline.Analysis:
    """The article without headline, date, names or time expressions, analyzed."""
    return sample("plain")


@pytest.fixture(scope="session")
def sample_corpus(tmp_path_factory) -> dict:
    """The corpus tables (as `compare.load_corpus` reads them) of the shipped article and every test article."""
    from newsframe import compare
    from newsframe.corpus import CORPUS_FOLDER, analyze_corpus

    folder = tmp_path_factory.mktemp("corpus-in")
    for name, text in ARTICLES.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / config.DEFAULT_ARTICLE.name).write_bytes(config.DEFAULT_ARTICLE.read_bytes())
    out = tmp_path_factory.mktemp("corpus-out")
    assert analyze_corpus([str(folder)], out, workers=1, progress=False) == 0
    return compare.load_corpus(out / CORPUS_FOLDER)
