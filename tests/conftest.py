"""Shared fixtures: a cache of the session's own, and the shipped article, parsed once per test session."""

from __future__ import annotations

import pytest

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
